import { strict as assert } from 'node:assert';
import { diffAsMarkdown } from '../../../src/model/diff/diff-markdown-report.js';
import { diffAsText } from '../../../src/model/diff/diff-text-report.js';
import { diffFiles, outline } from '../../fixtures/diff-fixtures.js';

const SHARED = `
owner Payments
owner Ops
persona Buyer
persona Collector
evidence Survey "Survey 2026" { source "Panel" date "2026-10" sample 412 }
evidence Interviews
journey Onboarding { stage Welcome { touchpoint Mail } stage Setup { touchpoint App } }
`;

const BASE = `
journey Shop {
    persona Buyer, Collector
    stage Buy {
        emotion -1 for Buyer
        touchpoint Checkout {
            emotion -1
            emotion -2 for Buyer
            emotion +1 for Collector
            pain "Shipping cost appears late" from Survey
            backstage "Card authorised" by Payments
            support "Fraud screening"
            continues Onboarding.Welcome
        }
    }
}
`;

function edited(...replacements: Array<[string, string]>): string {
    let text = BASE;
    for (const [from, to] of replacements) {
        assert.ok(text.includes(from), `fixture does not contain ${JSON.stringify(from)}`);
        text = text.replace(from, to);
    }
    return text;
}

async function diff(head: string, base = BASE, shared = SHARED, headShared = shared) {
    return diffFiles({ 'shared.journey': shared, 'main.journey': base }, { 'shared.journey': headShared, 'main.journey': head });
}

describe('semantic diff: the second edition\'s properties', () => {
    it('reports a persona\'s emotion that changed, appeared or went, one change per persona', async () => {
        const result = await diff(edited(['emotion -2 for Buyer', 'emotion -1 for Buyer'], ['emotion +1 for Collector\n', '']));
        assert.deepEqual(outline(result), ['modified touchpoint Shop.Buy.Checkout']);
        assert.deepEqual(result.changes[0].properties, [
            { property: 'emotion for Buyer', before: -2, after: -1 },
            { property: 'emotion for Collector', before: 1 }
        ]);
        const stage = await diff(edited(['        emotion -1 for Buyer\n        touchpoint', '        emotion +2 for Collector\n        touchpoint']));
        assert.deepEqual(stage.changes[0].properties, [
            { property: 'emotion for Collector', after: 2 },
            { property: 'emotion for Buyer', before: -1 }
        ]);
    });

    it('reports personas added to a stage or touchpoint', async () => {
        const result = await diff(edited(['            emotion -1\n', '            emotion -1\n            persona Collector\n']));
        assert.deepEqual(result.changes[0].properties, [{ property: 'personas', before: [], after: ['Collector'], added: ['Collector'], removed: [] }]);
    });

    it('reports backstage and support items added, removed or given another owner', async () => {
        const result = await diff(edited(
            ['"Card authorised" by Payments', '"Card authorised" by Ops'],
            ['support "Fraud screening"', 'support "Fraud screening"\n            backstage "Parcel booked"']));
        assert.deepEqual(result.changes[0].properties.map(p => [p.property, p.added, p.removed]), [
            ['backstage', ['"Card authorised" by Ops', '"Parcel booked"'], ['"Card authorised" by Payments']]
        ]);
        const support = await diff(edited(['            support "Fraud screening"\n', '']));
        assert.deepEqual(support.changes[0].properties.map(p => [p.property, p.added, p.removed]), [['support', [], ['"Fraud screening"']]]);
    });

    it('reports evidence cited or no longer cited by a pain or opportunity', async () => {
        const result = await diff(edited(['from Survey', 'from Survey, Interviews']));
        assert.deepEqual(result.changes[0].properties.map(p => [p.property, p.added, p.removed]), [
            ['evidence', ['Interviews for pain "Shipping cost appears late"'], []]
        ]);
        const removed = await diff(edited([' from Survey', '']));
        assert.deepEqual(removed.changes[0].properties.map(p => [p.property, p.added, p.removed]), [
            ['evidence', [], ['Survey for pain "Shipping cost appears late"']]
        ]);
    });

    it('reports a continues link retargeted, and none when only the target journey was renamed', async () => {
        const result = await diff(edited(['continues Onboarding.Welcome', 'continues Onboarding.Setup']));
        assert.deepEqual(result.changes[0].properties, [{ property: 'continues', before: 'Onboarding.Welcome', after: 'Onboarding.Setup' }]);
        const dropped = await diff(edited(['            continues Onboarding.Welcome\n', '']));
        assert.deepEqual(dropped.changes[0].properties, [{ property: 'continues', before: 'Onboarding.Welcome' }]);
        const renamed = await diff(edited(['continues Onboarding.Welcome', 'continues Start.Welcome']), BASE, SHARED,
            SHARED.replace('journey Onboarding', 'journey Start'));
        assert.deepEqual(outline(renamed), ['renamed journey Start from Onboarding by content']);
    });

    it('reports evidence definitions added, removed and changed, field by field', async () => {
        const head = SHARED.replace('date "2026-10" sample 412', 'date "2026-11" sample 500 url "https://example.com/s"')
            .replace('evidence Interviews\n', 'evidence Interviews "Interviews"\nevidence Analytics\n');
        const result = await diff(BASE, BASE, SHARED, head);
        assert.deepEqual(outline(result), ['added evidence Analytics', 'modified evidence Interviews', 'modified evidence Survey']);
        assert.deepEqual(result.changes[1].properties, [{ property: 'title', after: 'Interviews' }]);
        assert.deepEqual(result.changes[2].properties, [
            { property: 'date', before: '2026-10', after: '2026-11' },
            { property: 'url', after: 'https://example.com/s' },
            { property: 'sample', before: '412', after: '500' }
        ]);
    });

    it('writes every new property in the text and Markdown reports', async () => {
        const result = await diff(edited(
            ['emotion -2 for Buyer', 'emotion -1 for Buyer'], ['from Survey', 'from Survey, Interviews'],
            ['support "Fraud screening"', 'support "Fraud screening" by Ops'], ['Onboarding.Welcome', 'Onboarding']));
        const text = diffAsText(result);
        for (const line of ['emotion for Buyer: -2 → -1', 'evidence: + Interviews for pain "Shipping cost appears late"',
            'support: + "Fraud screening" by Ops', 'support: - "Fraud screening"', 'continues: Onboarding.Welcome → Onboarding']) {
            assert.ok(text.includes(line), `${line}\n${text}`);
        }
        const markdown = diffAsMarkdown(result);
        assert.match(markdown, /emotion for Buyer/);
        assert.match(markdown, /Interviews for pain/);
        assert.match(markdown, /continues/);
        assert.equal(JSON.parse(JSON.stringify(result)).changes[0].properties.length, 4);
    });
});
