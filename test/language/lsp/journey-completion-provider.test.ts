import { strict as assert } from 'node:assert';
import { expectCompletion, parseHelper } from 'langium/test';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import type { JourneyFile } from '../../../src/language/generated/ast.js';
import { TEMPLATE_STAGES } from '../../../src/language/lsp/journey-snippets.js';
import { SHARED, workspace } from '../../fixtures/lsp-fixtures.js';

const labels = (list: CompletionList, kind?: CompletionItemKind) =>
    list.items.filter(item => kind === undefined || item.kind === kind).map(item => item.label).sort();

async function complete(text: string, check: (list: CompletionList) => void) {
    const { Journey } = await workspace({ 'shared.journey': SHARED });
    await expectCompletion(Journey)({ text, index: 0, assert: check, disposeAfterCheck: true });
}

/** A snippet body with every placeholder replaced by its default (the first choice). */
function expandSnippet(body: string): string {
    return body
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

describe('completion', () => {
    it('offers the top-level definitions in an empty file as snippets, with both journey templates', async () => {
        await complete('<|>', list => {
            assert.deepEqual(labels(list, CompletionItemKind.Keyword), ['evidence'], 'each other keyword comes once, as its snippet');
            assert.deepEqual(labels(list, CompletionItemKind.Snippet),
                ['journey', 'journey (five phases)', 'journey (twelve steps)', 'kpi', 'owner', 'persona']);
        });
    });

    it('offers journey properties and stage inside a journey, and no touchpoint keywords', async () => {
        await complete('journey J {\n    <|>\n}', list => {
            assert.deepEqual(labels(list, CompletionItemKind.Keyword), ['description', 'owner', 'persona']);
            assert.deepEqual(labels(list, CompletionItemKind.Snippet), ['stage']);
        });
    });

    it('stops offering journey properties once a stage has started', async () => {
        await complete('journey J {\n    stage A { touchpoint T }\n    <|>\n}', list => {
            assert.deepEqual(labels(list, CompletionItemKind.Keyword), []);
            assert.deepEqual(labels(list, CompletionItemKind.Snippet), ['stage']);
        });
    });

    it('offers stage properties and touchpoint inside a stage', async () => {
        await complete('journey J {\n    stage S {\n        <|>\n    }\n}', list => {
            assert.deepEqual(labels(list, CompletionItemKind.Keyword),
                ['emotion', 'goal', 'measures', 'need', 'opportunity', 'owner', 'pain', 'persona']);
            assert.deepEqual(labels(list, CompletionItemKind.Snippet), ['touchpoint'], 'the owner-definition snippet is top-level only');
        });
    });

    it('offers only owners after owner, with the title as detail and the contact as documentation', async () => {
        await complete('journey J {\n    stage S {\n        touchpoint T { owner <|> }\n    }\n}', list => {
            assert.deepEqual(labels(list), ['Ecommerce', 'Marketing']);
            const marketing = list.items.find(item => item.label === 'Marketing')!;
            assert.equal(marketing.detail, 'Marketing team');
            assert.equal(marketing.kind, CompletionItemKind.Class);
            assert.deepEqual(marketing.documentation, { kind: 'markdown', value: 'Contact: marketing\\@example.com' });
        });
    });

    it('offers the owners after owner in an element error recovery left unbuilt (a kpi in a comment, found by the fuzzer)', async () => {
        // With the space a value needs: nothing is glued onto `owner` itself.
        await complete('/*kpi K owner <|>*/', list => {
            assert.deepEqual(labels(list, CompletionItemKind.Class), ['Ecommerce', 'Marketing']);
        });
    });

    it('offers only KPIs after measures, documented with target, current and status', async () => {
        await complete('journey J {\n    stage S {\n        measures <|>\n        touchpoint T\n    }\n}', list => {
            assert.deepEqual(labels(list), ['CTR', 'NPS']);
            const ctr = list.items.find(item => item.label === 'CTR')!;
            assert.equal(ctr.detail, 'Click-through rate');
            assert.match((ctr.documentation as { value: string }).value, /Target ≥ 2\.5%, current 1\.9%, off track, owner Marketing/);
            const nps = list.items.find(item => item.label === 'NPS')!;
            assert.match((nps.documentation as { value: string }).value, /on track/);
        });
    });

    it('offers personas after persona in a journey', async () => {
        await complete('journey J {\n    persona <|>\n}', list => {
            assert.deepEqual(labels(list), ['Buyer']);
            assert.equal(list.items[0].detail, 'First-time buyer');
        });
    });

    it('offers the sixteen channel values after channel', async () => {
        await complete('journey J { stage S { touchpoint T { channel <|> } } }', list => {
            const channels = list.items.filter(item => item.kind === CompletionItemKind.EnumMember);
            assert.equal(channels.length, 16);
            assert.ok(channels.every(item => item.detail === 'channel'));
            assert.deepEqual(list.items.filter(item => item.kind !== CompletionItemKind.EnumMember), []);
        });
    });

    it('offers same-stage touchpoints and other stages after next, never the touchpoint itself', async () => {
        const text = [
            'journey J {',
            '    stage A {',
            '        touchpoint A1 "First" { next <|> }',
            '        touchpoint A2 "Second"',
            '    }',
            '    stage B { touchpoint B1 touchpoint B2 }',
            '    stage Empty { }',
            '}'
        ].join('\n');
        await complete(text, list => {
            assert.deepEqual(labels(list), ['A2', 'B.']);
            const a2 = list.items.find(item => item.label === 'A2')!;
            assert.equal(a2.detail, 'Second');
            const stage = list.items.find(item => item.label === 'B.')!;
            assert.equal(stage.command?.command, 'editor.action.triggerSuggest', 're-opens the list for the touchpoints');
        });
    });

    it('completes Stage. with that stage\'s touchpoints, replacing only the part after the dot', async () => {
        const text = 'journey J {\n    stage A { touchpoint A1 { next B.<|> } }\n    stage B { touchpoint B1 touchpoint B2 }\n}';
        await complete(text, list => {
            assert.deepEqual(labels(list), ['B1', 'B2']);
            const edit = list.items[0].textEdit as { range: { start: { character: number }; end: { character: number } } };
            assert.equal(edit.range.start.character, edit.range.end.character, 'inserts after the dot, keeps the qualifier');
        });
        await complete('journey J {\n    stage A { touchpoint A1 { next B.B<|> } }\n    stage B { touchpoint B1 touchpoint B2 }\n}', list => {
            assert.deepEqual(labels(list), ['B1', 'B2']);
        });
    });

    it('inserts snippets as LSP snippets', async () => {
        await complete('<|>', list => {
            const kpi = list.items.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'kpi')!;
            assert.equal(kpi.insertTextFormat, InsertTextFormat.Snippet);
            assert.match(kpi.textEdit!.newText, /^kpi \$\{1:Name\} "\$\{2:Title\}" \{/);
        });
    });

    for (const [label, stages] of [['journey (five phases)', TEMPLATE_STAGES.fivePhases], ['journey (twelve steps)', TEMPLATE_STAGES.twelveSteps]] as const) {
        it(`inserts the ${label} template as a valid journey with its stages in order`, async () => {
            let item: CompletionItem | undefined;
            await complete('<|>', list => { item = list.items.find(i => i.label === label); });
            assert.ok(item, `${label} offered`);
            const text = expandSnippet(item!.textEdit!.newText);
            assert.match(text, /^ {4}owner Ecommerce$/m, 'the first of the workspace\'s owners');
            const { Journey } = await workspace({ 'shared.journey': SHARED });
            const document = await parseHelper<JourneyFile>(Journey)(text, { validation: true });
            assert.deepEqual(document.parseResult.parserErrors, []);
            const errors = (document.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2);
            assert.deepEqual(errors.map(d => d.message), []);
            const journey = document.parseResult.value.elements[0];
            assert.ok(journey.$type === 'Journey');
            assert.deepEqual(journey.stages.map(s => s.name), stages.map(s => s.name));
            assert.equal(stages.length, label.includes('five') ? 5 : 12);
        });
    }

    it('keeps snippets out when the client cannot take them', async () => {
        const { Journey, services } = await workspace({});
        await services.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } } }
        });
        await expectCompletion(Journey)({
            text: '<|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                assert.deepEqual(labels(list, CompletionItemKind.Snippet), []);
                assert.deepEqual(labels(list, CompletionItemKind.Keyword), ['evidence', 'journey', 'kpi', 'owner', 'persona'], 'the keywords stand in for them');
            }
        });
    });
});
