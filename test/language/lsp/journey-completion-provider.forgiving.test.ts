import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseHelper } from 'langium/test';
import { CompletionTriggerKind } from 'vscode-languageserver-protocol';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import type { JourneyFile } from '../../../src/language/generated/ast.js';
import { VALUE_KEYWORDS } from '../../../src/language/lsp/journey-completion-context.js';
import { TEMPLATES } from '../../../src/language/lsp/journey-templates.js';
import { SHARED, workspace, type Services } from '../../fixtures/lsp-fixtures.js';
import { EXAMPLES } from '../../helpers.js';

const CURSOR = '<|>';

/** Completion at `<|>` in `text` (a file beside `files`), as typed (invoked) or on a typed space. */
async function completeIn(text: string, options: { onSpace?: boolean; files?: Record<string, string>; services?: Services } = {}): Promise<CompletionList> {
    const offset = text.indexOf(CURSOR);
    assert.ok(offset >= 0, 'the text marks the cursor');
    const env = await workspace({ ...(options.files ?? { 'shared.journey': SHARED }), 'main.journey': text.replace(CURSOR, '') });
    const document = env.docs['main.journey'];
    const services = options.services ?? env.services;
    if (options.services) {
        // Build the document in the given services instead (they carry the settings under test).
        const built = await parseHelper<JourneyFile>(services.Journey)(text.replace(CURSOR, ''));
        return (await services.Journey.lsp.CompletionProvider!.getCompletion(built, {
            textDocument: { uri: built.uri.toString() }, position: built.textDocument.positionAt(offset)
        }))!;
    }
    const list = await services.Journey.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
        context: options.onSpace ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' } : { triggerKind: CompletionTriggerKind.Invoked }
    });
    return list ?? { isIncomplete: false, items: [] };
}

const labelsOf = (list: CompletionList) => list.items.map(item => item.label);
const inKpi = (line: string) => `kpi K "Conversion" {\n    owner Marketing\n    ${line}\n}\n`;
const inTouchpoint = (line: string) => `journey J {\n    stage S {\n        touchpoint T {\n            ${line}\n        }\n        touchpoint U\n    }\n}\n`;

describe('completion that never glues a word onto what is being typed', () => {
    for (const typed of ['target >= 5%<|>', 'target >= 5<|>', 'target >= 3%<|>', 'current 2.1<|>', 'target <= -4<|>']) {
        it(`offers nothing directly after the number in '${typed.replace(CURSOR, '')}'`, async () => {
            assert.deepEqual(labelsOf(await completeIn(inKpi(typed))), []);
        });
    }

    it('offers nothing directly after a string or an emotion value', async () => {
        assert.deepEqual(labelsOf(await completeIn(inTouchpoint('pain "Slow"<|>'))), []);
        assert.deepEqual(labelsOf(await completeIn(inTouchpoint('emotion -1<|>'))), []);
        assert.deepEqual(labelsOf(await completeIn('journey J "Title"<|>')), []);
    });

    it('offers only the names that match while a name is typed, no keyword after it', async () => {
        assert.deepEqual(labelsOf(await completeIn(inTouchpoint('owner Mark<|>'))), ['Marketing']);
        assert.deepEqual(labelsOf(await completeIn(inTouchpoint('owner Marketing<|>'))), ['Marketing']);
    });

    it('offers the next properties once a space or a line break follows the value', async () => {
        assert.ok(labelsOf(await completeIn(inKpi('target >= 5% <|>'))).includes('current'));
        assert.ok(labelsOf(await completeIn(inKpi('target >= 5%\n    <|>'))).includes('current'));
        assert.deepEqual(labelsOf(await completeIn(inKpi('target >= 5%\n    cur<|>'))), ['current'], 'and completes the keyword being typed');
    });

    it('leaves Tab to the snippet after the KPI target is typed at its placeholder', async () => {
        // The KPI snippet as inserted, with `5%` typed over its target placeholder.
        const snippet = 'kpi Name "Title" {\n    owner Marketing\n    target >= 5%<|>\n    current 0\n}\n';
        assert.deepEqual(labelsOf(await completeIn(snippet)), []);
        assert.deepEqual(labelsOf(await completeIn(snippet.replace('5%<|>', '5%').replace('current 0', 'current 3<|>'))), []);
    });

    it('still completes after a list comma and a path dot', async () => {
        assert.deepEqual(labelsOf(await completeIn('journey J {\n    stage S {\n        measures CTR,<|>\n        touchpoint T\n    }\n}')).sort(), ['CTR', 'NPS']);
        assert.deepEqual(labelsOf(await completeIn('journey J {\n    stage A { touchpoint A1 { next B.<|> } }\n    stage B { touchpoint B1 }\n}')), ['B1']);
    });
});

describe('completion that opens by itself where a value must follow', () => {
    const cases: Array<[string, string, string[]]> = [
        ['owner', inTouchpoint('owner <|>'), ['Ecommerce', 'Marketing']],
        ['channel', inTouchpoint('channel <|>'), ['ads', 'app', 'chat', 'email', 'event', 'other', 'partner', 'phone', 'print', 'referral', 'search', 'sms', 'social', 'store', 'tv', 'web']],
        ['next', inTouchpoint('next <|>'), ['U']],
        ['persona', 'journey J {\n    persona <|>\n}\n', ['Buyer']],
        ['measures', 'journey J {\n    stage S {\n        measures <|>\n    }\n}\n', ['CTR', 'NPS']],
        ['a list comma', 'journey J {\n    stage S {\n        measures CTR, <|>\n    }\n}\n', ['CTR', 'NPS']]
    ];
    for (const [after, text, expected] of cases) {
        it(`lists the values on the space after ${after}`, async () => {
            assert.deepEqual(labelsOf(await completeIn(text, { onSpace: true })).sort(), expected);
        });
    }

    const quiet: Array<[string, string]> = [
        ['emotion', inTouchpoint('emotion <|>')],
        ['pain', inTouchpoint('pain <|>')],
        ['a touchpoint name', inTouchpoint('touchpoint <|>')],
        ['the indentation of a new line', inTouchpoint('<|>')],
        ['a value', inKpi('target >= 5% <|>')],
        ['owner in a comment', inTouchpoint('// ask the owner <|>')],
        ['owner in a string being typed', inTouchpoint('pain "ask the owner <|>')],
        ['owner in a closed string', inTouchpoint('pain "ask the owner <|>"')],
        ['a definition keyword (a new name follows)', 'owner <|>']
    ];
    for (const [after, text] of quiet) {
        it(`stays closed on the space after ${after}`, async () => {
            assert.deepEqual(labelsOf(await completeIn(text, { onSpace: true })), []);
        });
    }

    it('has the space among its trigger characters, and every value keyword of the language in its table', async () => {
        const { Journey } = await workspace({});
        assert.ok(Journey.lsp.CompletionProvider!.completionOptions?.triggerCharacters?.includes(' '));
        for (const keyword of ['owner', 'channel', 'next', 'persona', 'measures', 'for', 'from', 'by', 'continues']) {
            assert.ok(VALUE_KEYWORDS.has(keyword), keyword);
        }
    });

    it('inserts a value keyword with its space and asks for the values', async () => {
        const owner = (await completeIn(inTouchpoint('<|>'))).items.find(item => item.label === 'owner')!;
        assert.equal(owner.textEdit?.newText, 'owner ');
        assert.equal(owner.command?.command, 'editor.action.triggerSuggest');
        const emotion = (await completeIn(inTouchpoint('<|>'))).items.find(item => item.label === 'emotion')!;
        assert.equal(emotion.textEdit?.newText, 'emotion');
        assert.equal(emotion.command, undefined);
    });
});

describe('keyword items', () => {
    it('say what the property means where it is written, never just "keyword"', async () => {
        const touchpoint = await completeIn(inTouchpoint('<|>'));
        const kpi = await completeIn(inKpi('<|>'));
        const doc = (item: CompletionItem | undefined) => (item?.documentation as { value: string } | undefined)?.value ?? '';
        const touchpointOwner = touchpoint.items.find(item => item.label === 'owner');
        assert.equal(touchpointOwner?.detail, 'owner Owner');
        assert.match(doc(touchpointOwner), /inherits the owner of its stage/);
        assert.match(doc(kpi.items.find(item => item.label === 'owner')), /answers for this KPI/);
        assert.match(doc(kpi.items.find(item => item.label === 'target')), /higher is better/);
        assert.match(doc(touchpoint.items.find(item => item.label === 'emotion')), /-2 .* \+2/);
        for (const item of [...touchpoint.items, ...kpi.items].filter(i => i.kind === CompletionItemKind.Keyword)) {
            assert.notEqual(item.detail?.toLowerCase(), 'keyword', item.label);
            assert.ok(doc(item).length > 20, `${item.label} is documented`);
        }
    });

    it('do not repeat a snippet: one entry per keyword, documented', async () => {
        const list = await completeIn('<|>', { files: {} });
        const plain = list.items.filter(item => item.label === 'journey' || item.label === 'kpi');
        assert.deepEqual(plain.map(item => item.kind), [CompletionItemKind.Snippet, CompletionItemKind.Snippet]);
        assert.match((plain[0].documentation as { value: string }).value, /customer journey/);
    });
});

describe('snippets that name a reference', () => {
    it('offer the workspace\'s owners as a choice in the KPI snippet, those the file uses first', async () => {
        const files = { 'owners.journey': 'owner Alpha\nowner Beta\nowner Gamma\n' };
        const list = await completeIn('journey J {\n    owner Gamma\n    stage S { owner Gamma touchpoint T { owner Beta } }\n}\n<|>', { files });
        const kpi = list.items.find(item => item.label === 'kpi' && item.kind === CompletionItemKind.Snippet)!;
        assert.match(kpi.textEdit!.newText, /^ {4}owner \$\{3\|Gamma,Beta,Alpha\|\}$/m);
        assert.doesNotMatch(kpi.textEdit!.newText, /\bOwner\b/);
    });

    it('offer the choice in the journey snippet and in both templates too', async () => {
        const list = await completeIn('<|>');
        for (const label of ['journey', 'journey (five phases)', 'journey (twelve steps)']) {
            const item = list.items.find(i => i.label === label)!;
            assert.match(item.textEdit!.newText, /^ {4}owner \$\{3\|Ecommerce,Marketing\|\}$/m, label);
        }
    });

    it('keep a named placeholder when the workspace has no owner yet', async () => {
        const list = await completeIn('<|>', { files: {} });
        const kpi = list.items.find(item => item.label === 'kpi')!;
        assert.match(kpi.textEdit!.newText, /owner \$\{3:Owner\}/);
    });
});

describe('journey templates in the file\'s language', () => {
    const templateLabels = (list: CompletionList) => list.items.filter(i => i.label.startsWith('journey (')).map(i => i.label);
    const stagesOf = (list: CompletionList, label: string) =>
        [...(list.items.find(i => i.label === label)?.textEdit?.newText ?? '').matchAll(/^ {4}stage (\S+)/gm)].map(m => m[1]);

    it('come in Norwegian beside a Norwegian journey, with the phases of kundereise.journey', async () => {
        const kundereise = readFileSync(path.join(EXAMPLES, 'kundereise.journey'), 'utf8');
        const list = await completeIn(`${kundereise}\n<|>`, { files: {} });
        assert.deepEqual(templateLabels(list), ['journey (fem faser)', 'journey (tolv steg)']);
        assert.deepEqual(stagesOf(list, 'journey (fem faser)'), ['Bevissthet', 'Vurdering', 'Kjøp', 'Oppfølging', 'Lojalitet']);
        assert.equal(stagesOf(list, 'journey (tolv steg)').length, 12);
    });

    it('come in Danish and Swedish from a few words of the file', async () => {
        const danish = await completeIn('// Kunderejsen for webshoppen, efter workshoppen\nowner Salg "Salg og kundeservice"\n<|>', { files: {} });
        assert.deepEqual(stagesOf(danish, 'journey (fem faser)'), ['Opmærksomhed', 'Overvejelse', 'Køb', 'Opfølgning', 'Loyalitet']);
        const swedish = await completeIn('owner Sälj "Sälj och kundtjänst"\npersona Eva "Eva vill inte vänta" { pain "Mejlet hamnar i skräpposten" }\n<|>', { files: {} });
        assert.deepEqual(stagesOf(swedish, 'journey (fem faser)'), ['Medvetenhet', 'Överväganden', 'Köp', 'Uppföljning', 'Lojalitet']);
        assert.deepEqual(templateLabels(swedish), ['journey (fem faser)', 'journey (tolv steg)']);
    });

    it('follow the workspace when the file itself says nothing, and stay English by default', async () => {
        const kundereise = readFileSync(path.join(EXAMPLES, 'kundereise.journey'), 'utf8');
        assert.deepEqual(templateLabels(await completeIn('<|>', { files: { 'kundereise.journey': kundereise } })), ['journey (fem faser)', 'journey (tolv steg)']);
        assert.deepEqual(templateLabels(await completeIn('<|>', { files: {} })), ['journey (five phases)', 'journey (twelve steps)']);
    });

    it('follow the setting journey.templates.language over the words of the file', async () => {
        const env = await workspace({});
        env.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { journey: { templates: { language: 'sv' } } } });
        const list = await completeIn('// The customer journey of the shop, as the team sees it\n<|>', { services: env.services });
        assert.deepEqual(stagesOf(list, 'journey (five phases)'), [], 'no English template');
        assert.deepEqual(stagesOf(list, 'journey (fem faser)'), TEMPLATES.sv.fivePhases.stages.map(stage => stage.name));
    });

    for (const language of ['da', 'nb', 'sv'] as const) {
        for (const model of ['fivePhases', 'twelveSteps'] as const) {
            it(`inserts the ${language} ${model} template as a journey without errors`, async () => {
                const env = await workspace({ 'shared.journey': SHARED });
                env.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { journey: { templates: { language } } } });
                const list = await completeIn('<|>', { services: env.services });
                const label = `journey (${TEMPLATES[language][model].label})`;
                const body = list.items.find(item => item.label === label)?.textEdit?.newText;
                assert.ok(body, `${label} offered`);
                const text = body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
                const document = await parseHelper<JourneyFile>(env.services.Journey)(text, { validation: true });
                assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), []);
                const problems = (document.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2);
                assert.deepEqual(problems.map(d => d.message), []);
                const journey = document.parseResult.value.elements[0];
                assert.ok(journey.$type === 'Journey');
                assert.deepEqual(journey.stages.map(s => s.name), TEMPLATES[language][model].stages.map(s => s.name));
                assert.equal(journey.stages.length, model === 'fivePhases' ? 5 : 12);
            });
        }
    }
});
