import { strict as assert } from 'node:assert';
import type { LangiumDocument } from 'langium';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes, type InlayHint, type InlayHintLabelPart } from 'vscode-languageserver-types';
import { exampleFiles } from '../helpers.js';
import { workspace, type Services } from './lsp-fixtures.js';

const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

async function hints(Journey: Services['Journey'], document: LangiumDocument): Promise<string[]> {
    const result = await Journey.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: whole }) ?? [];
    return result.map((hint: InlayHint) => {
        const label = typeof hint.label === 'string' ? hint.label : hint.label.map((part: InlayHintLabelPart) => part.value).join('');
        return `${hint.position.line}:${hint.position.character} ${label}`;
    });
}

describe('semantic tokens', () => {
    it('colours definitions and references by kind, definitions marked as declarations', async () => {
        const { Journey } = await workspace({});
        const tokens = await highlightHelper(Journey)([
            'owner <|O|>',
            'persona <|P|>',
            'kpi <|K|> { owner <|O|> }',
            'journey <|J|> { persona <|P|> stage <|S|> { measures <|K|> touchpoint <|T|> { channel <|web|> next <|S|>.<|T|> } } }'
        ].join('\n'));
        const expected = [
            SemanticTokenTypes.class, SemanticTokenTypes.interface, SemanticTokenTypes.variable, SemanticTokenTypes.class,
            SemanticTokenTypes.namespace, SemanticTokenTypes.interface, SemanticTokenTypes.struct, SemanticTokenTypes.variable,
            SemanticTokenTypes.event, SemanticTokenTypes.enumMember, SemanticTokenTypes.struct, SemanticTokenTypes.event
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const declaration = AllSemanticTokenModifiers[SemanticTokenModifiers.declaration];
        const declared = tokens.tokens.filter(t => (t.tokenModifiers & declaration) !== 0).map(t => t.text);
        assert.deepEqual(declared, ['O', 'P', 'K', 'J', 'S', 'T']);
    });
});

describe('inlay hints', () => {
    it('show the inherited owner after the header of touchpoints without one, and where it comes from', async () => {
        const { Journey, docs } = await workspace(Object.fromEntries(exampleFiles().map(f => [f.name, f.text])));
        assert.deepEqual(await hints(Journey, docs['webshop.journey']), ['27:58 owner: Marketing (from stage)']);
        const norwegian = await hints(Journey, docs['kundereise.journey']);
        assert.ok(norwegian.includes('34:49 owner: Markedsføring (from journey)'), norwegian.join('\n'));
        assert.ok(norwegian.every(h => !h.includes('Chat')), 'a touchpoint with its own owner gets none');
    });

    it('link the owner name to its definition and sit after the name when there is no title', async () => {
        const { Journey, docs } = await workspace({ 'main.journey': 'owner O "Team"\njourney J { owner O stage S { touchpoint T } }\n' });
        const [hint] = await Journey.lsp.InlayHintProvider!.getInlayHints(docs['main.journey'],
            { textDocument: { uri: docs['main.journey'].uri.toString() }, range: whole }) ?? [];
        assert.deepEqual(hint.position, { line: 1, character: 42 });
        const owner = (hint.label as InlayHintLabelPart[])[1];
        assert.equal(owner.tooltip, 'Team');
        assert.deepEqual(owner.location?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } });
    });

    it('are turned off by journey.inlayHints.inheritedOwner = false, and on again', async () => {
        const { Journey, docs, services } = await workspace({ 'main.journey': 'owner O\njourney J { owner O stage S { touchpoint T } }\n' });
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.updateConfiguration({ settings: { journey: { inlayHints: { inheritedOwner: false } } } });
        assert.deepEqual(await hints(Journey, docs['main.journey']), []);
        configuration.updateConfiguration({ settings: { journey: { inlayHints: { inheritedOwner: true } } } });
        assert.equal((await hints(Journey, docs['main.journey'])).length, 1);
    });
});

describe('code lens', () => {
    it('summarises each journey and stage as N touchpoints · M KPIs (K off track)', async () => {
        const { Journey, docs } = await workspace(Object.fromEntries(exampleFiles().map(f => [f.name, f.text])));
        const webshop = docs['webshop.journey'];
        const lenses = await Journey.lsp.CodeLensProvider!.provideCodeLens(webshop, { textDocument: { uri: webshop.uri.toString() } }) ?? [];
        assert.deepEqual(lenses.map(l => `${l.range.start.line} ${l.command?.title}`), [
            '3 11 touchpoints · 6 KPIs (5 off track)',
            '7 3 touchpoints · 2 KPIs (2 off track)',
            '33 2 touchpoints · 1 KPI (1 off track)',
            '53 2 touchpoints · 2 KPIs (2 off track)',
            '73 2 touchpoints · 0 KPIs (0 off track)',
            '90 2 touchpoints · 2 KPIs (1 off track)'
        ]);
    });

    it('counts each KPI once and only resolved ones', async () => {
        const { Journey, docs } = await workspace({
            'main.journey': 'kpi A { target >= 1 current 0 }\nkpi B { target >= 1 current 2 }\n' +
                'journey J {\n    stage S {\n        measures A, Missing\n        touchpoint T { measures A, B }\n        touchpoint U\n    }\n}\n'
        });
        const main = docs['main.journey'];
        const lenses = await Journey.lsp.CodeLensProvider!.provideCodeLens(main, { textDocument: { uri: main.uri.toString() } }) ?? [];
        assert.deepEqual(lenses.map(l => l.command?.title), ['2 touchpoints · 2 KPIs (1 off track)', '2 touchpoints · 2 KPIs (1 off track)']);
    });
});
