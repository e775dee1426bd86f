import { strict as assert } from 'node:assert';
import { expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSymbols } from 'langium/test';
import { SymbolKind, type Location } from 'vscode-languageserver-types';

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));
import { exampleFiles } from '../../helpers.js';
import { at, workspace } from '../../fixtures/lsp-fixtures.js';

const where = (locations: Location[]) => locations
    .map(l => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`)
    .sort();

describe('navigation', () => {
    let env: Awaited<ReturnType<typeof workspace>>;
    before(async () => {
        env = await workspace(Object.fromEntries(exampleFiles().map(f => [f.name, f.text])));
    });

    it('goes from a reference to its definition in another file', async () => {
        const webshop = env.docs['webshop.journey'];
        const links = await env.Journey.lsp.DefinitionProvider!.getDefinition(webshop, at(webshop, 'measures Reach', 10));
        assert.equal(links?.length, 1);
        assert.equal(links![0].targetUri, env.docs['shared.journey'].uri.toString());
        assert.equal(env.docs['shared.journey'].textDocument.getText(links![0].targetSelectionRange), 'Reach');
    });

    it('goes to the stage from the qualifier of Stage.Touchpoint and to the touchpoint from its name', async () => {
        await expectGoToDefinition(env.Journey)({
            text: 'journey J {\n    stage <|A|> { touchpoint T1 { next <|>A.<|T2|> } touchpoint T2 }\n}',
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
        await expectGoToDefinition(env.Journey)({
            text: 'journey J {\n    stage A { touchpoint T1 { next A.<|>T2 } touchpoint <|T2|> }\n}',
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    it('finds the references of a KPI in every file, with or without the declaration', async () => {
        const shared = env.docs['shared.journey'];
        const withDeclaration = await env.Journey.lsp.ReferencesProvider!.findReferences(shared,
            { ...at(shared, 'kpi Conversion', 4), context: { includeDeclaration: true } });
        assert.deepEqual(where(withDeclaration), [
            'shared.journey:34:4-14', 'webshop.journey:43:21-31', 'webshop.journey:56:17-27', 'webshop.journey:64:21-31'
        ]);
        const without = await env.Journey.lsp.ReferencesProvider!.findReferences(shared,
            { ...at(shared, 'kpi Conversion', 4), context: { includeDeclaration: false } });
        assert.equal(without.length, 3);
    });

    it('finds a stage through the qualifiers that name it, and a touchpoint through its segment only', async () => {
        await expectFindReferences(env.Journey)({
            text: 'journey J {\n    stage <|A|> { touchpoint T1 { next <|A|>.T2 } touchpoint T2 { next <|A|>.T1 } }\n    stage B { touchpoint B1 { next <|A|>.T1 } }\n}',
            includeDeclaration: true, disposeAfterCheck: true
        });
        await expectFindReferences(env.Journey)({
            text: 'journey J {\n    stage A { touchpoint <|T1|> touchpoint T2 { next A.<|T1|> } }\n    stage B { touchpoint B1 { next A.<|T1|> } }\n}',
            includeDeclaration: true, disposeAfterCheck: true
        });
    });

    it('highlights every occurrence of an owner in the current document', async () => {
        await expectHighlight(env.Journey)({
            text: 'owner <|><|O|>\njourney J { owner <|O|> stage S { owner <|O|> touchpoint T { owner <|O|> } } }',
            index: 0, rangeIndex: [0, 1, 2, 3], disposeAfterCheck: true
        });
    });

    it('outlines journey > stages > touchpoints next to owners, personas and KPIs, with titles', async () => {
        await expectSymbols(env.Journey)({
            text: 'owner O "Team"\npersona P\nkpi K { }\njourney J "Title" {\n    stage S { touchpoint T1 touchpoint T2 }\n    stage U { touchpoint T1 }\n}',
            disposeAfterCheck: true,
            assert: symbols => {
                const outline = (list: typeof symbols, depth = 0): string[] => list.flatMap(s =>
                    [`${'  '.repeat(depth)}${s.name} ${KIND_NAMES[s.kind]}${s.detail ? ` "${s.detail}"` : ''}`, ...outline(s.children ?? [], depth + 1)]);
                assert.deepEqual(outline(symbols), [
                    'O Class "Team"', 'P Interface', 'K Constant', 'J Namespace "Title"',
                    '  S Struct', '    T1 Event', '    T2 Event', '  U Struct', '    T1 Event'
                ]);
            }
        });
    });

    it('lists workspace symbols of every kind, stages and touchpoints with their container', async () => {
        const symbols = await env.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Checkout' });
        assert.deepEqual(symbols.map(s => `${s.name} ${KIND_NAMES[s.kind]} ${s.containerName}`), ['Checkout Event Webshop.Purchase']);
        const all = await env.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        const kinds = new Set(all.map(s => KIND_NAMES[s.kind]));
        assert.deepEqual([...kinds].sort(), ['Class', 'Constant', 'Event', 'Interface', 'Namespace', 'Property', 'Struct']);
    });

    it('folds journeys, stages, multi-line touchpoints and block comments', async () => {
        await expectFoldings(env.Journey)({
            text: [
                '<|/* a comment',
                '   on three lines|>',
                '*/',
                '<|journey J {',
                '    <|stage S {',
                '        <|touchpoint T {',
                '            channel web|>',
                '        }',
                '        touchpoint U { channel web }|>',
                '    }|>',
                '}'
            ].join('\n'),
            disposeAfterCheck: true
        });
    });
});
