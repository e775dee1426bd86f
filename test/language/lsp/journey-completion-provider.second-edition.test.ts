import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import { CompletionItemKind, type CompletionList } from 'vscode-languageserver-types';
import { workspace } from '../../fixtures/lsp-fixtures.js';

// Definitions in another file: completion reads them from the workspace index.
const DEFINITIONS = `owner Desk "Front desk"
owner Payments "Payments team"
persona Student "Mette, student"
persona Retiree "Ole, retired"
kpi Speed { owner Desk target >= 1 }
evidence Survey "User survey" { source "Annual survey" sample 400 }
evidence Interviews "Desk interviews"
journey Loans "Loans" {
    owner Desk
    stage Reserve "Reserve" { touchpoint Catalogue }
    stage Pickup "Pick-up" { touchpoint Shelf }
    stage Empty
}
`;

const labels = (list: CompletionList) => list.items.map(item => item.label).sort();

async function complete(text: string, check: (list: CompletionList) => void) {
    const { Journey } = await workspace({ 'defs.journey': DEFINITIONS });
    await expectCompletion(Journey)({ text, index: 0, assert: check, disposeAfterCheck: true });
}

const touchpoint = (body: string) => `journey Signup {\n    owner Desk\n    persona Student\n    stage S {\n        touchpoint T {\n            ${body}\n        }\n    }\n}`;

describe('completion of the second edition\'s references', () => {
    it('offers only personas after emotion … for, titled', async () => {
        await complete(touchpoint('emotion -1 for <|>'), list => {
            assert.deepEqual(labels(list), ['Retiree', 'Student']);
            assert.equal(list.items.find(item => item.label === 'Student')?.detail, 'Mette, student');
            assert.ok(list.items.every(item => item.kind === CompletionItemKind.Interface || item.kind === CompletionItemKind.Reference), JSON.stringify(list.items.map(i => i.kind)));
        });
    });

    it('offers only personas after persona on a touchpoint and a stage, and after a list\'s comma', async () => {
        await complete(touchpoint('persona <|>'), list => assert.deepEqual(labels(list), ['Retiree', 'Student']));
        await complete('journey J { stage S { persona Student, <|> touchpoint T } }', list => assert.deepEqual(labels(list), ['Retiree', 'Student']));
    });

    it('offers only evidence after from, on a pain and an opportunity, and after a comma', async () => {
        await complete(touchpoint('pain "Slow" from <|>'), list => {
            assert.deepEqual(labels(list), ['Interviews', 'Survey']);
            assert.equal(list.items.find(item => item.label === 'Survey')?.detail, 'User survey');
        });
        await complete(touchpoint('opportunity "Faster" from Survey, <|>'), list => assert.deepEqual(labels(list), ['Interviews', 'Survey']));
    });

    it('offers only owners after by, on backstage and support', async () => {
        await complete(touchpoint('backstage "Card is printed" by <|>'), list => assert.deepEqual(labels(list), ['Desk', 'Payments']));
        await complete(touchpoint('support "Member system" by <|>'), list => assert.deepEqual(labels(list), ['Desk', 'Payments']));
    });

    it('offers the other journeys after continues, and after Journey. that journey\'s stages', async () => {
        // Not the touchpoint's own journey: that is continues-own-journey.
        await complete(touchpoint('continues <|>'), list => assert.deepEqual(labels(list), ['Loans']));
        await complete(touchpoint('continues Loans.<|>'), list => assert.deepEqual(labels(list), ['Empty', 'Pickup', 'Reserve']));
        await complete(touchpoint('continues Loans.Pi<|>'), list => assert.ok(labels(list).includes('Pickup'), labels(list).join()));
    });

    it('offers the second edition\'s keywords inside a touchpoint and an evidence block', async () => {
        await complete(touchpoint('<|>'), list => {
            const keywords = list.items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);
            for (const keyword of ['backstage', 'support', 'continues', 'persona', 'emotion']) {
                assert.ok(keywords.includes(keyword), keyword);
            }
        });
        await complete('evidence E {\n    <|>\n}', list => {
            assert.deepEqual(list.items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label).sort(), ['date', 'sample', 'source', 'url']);
        });
    });
});
