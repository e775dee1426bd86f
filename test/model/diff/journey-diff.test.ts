import { strict as assert } from 'node:assert';
import { DIFF_FORMAT_VERSION } from '../../../src/model/diff/diff-model.js';
import { exampleFiles } from '../../helpers.js';
import { DEFINITIONS, diffFiles, diffTexts, only, outline, SHOP } from '../../fixtures/diff-fixtures.js';

/** SHOP with each [from, to] replacement applied once (each must occur). */
function edit(text: string, ...replacements: Array<[string, string]>): string {
    for (const [from, to] of replacements) {
        assert.ok(text.includes(from), `fixture does not contain ${JSON.stringify(from)}`);
        text = text.replace(from, to);
    }
    return text;
}

describe('semantic diff: elements', () => {
    it('reports nothing for identical workspaces, and nothing for layout or comment edits', async () => {
        assert.deepEqual(outline(await diffTexts(SHOP, SHOP)), []);
        const reformatted = `// a comment\n${SHOP.replace(/\n {8}/g, '\n  ').replace('"Shopping" {', '"Shopping"\n{')}`;
        const result = await diffTexts(SHOP, reformatted);
        assert.deepEqual(outline(result), []);
        assert.equal(result.summary.total, 0);
        assert.equal(result.version, DIFF_FORMAT_VERSION);
    });

    it('reports an added journey once, with how many stages and touchpoints came with it', async () => {
        const result = await diffTexts(SHOP, SHOP + 'journey Returns { stage Ask { touchpoint Form touchpoint Mail } }\n');
        const change = only(result);
        assert.equal(change.change, 'added');
        assert.equal(change.kind, 'journey');
        assert.deepEqual(change.contains, { stages: 1, touchpoints: 2 });
        assert.deepEqual(change.location, { file: 'main.journey', line: 20 });
    });

    it('reports a removed journey at its place in the old file', async () => {
        const change = only(await diffTexts(SHOP + 'journey Old { stage A { touchpoint X } }\n', SHOP));
        assert.equal(change.change, 'removed');
        assert.equal(change.name, 'Old');
        assert.deepEqual(change.location, { file: 'main.journey', line: 20 });
    });

    it('reports an added stage with its touchpoints counted, not listed', async () => {
        const head = edit(SHOP, ['    stage Help', '    stage Ship "Shipping" { touchpoint Parcel touchpoint Door }\n    stage Help']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(`${change.change} ${change.kind} ${change.name}`, 'added stage Shop.Ship');
        assert.equal(change.id, 'stage:Shop.Ship');
        assert.equal(change.journey, 'Shop');
        assert.deepEqual(change.contains, { touchpoints: 2 });
    });

    it('reports a removed stage, and added and removed touchpoints', async () => {
        const head = edit(SHOP,
            [/    stage Help[\s\S]*?\n    }\n/.exec(SHOP)![0], ''],
            ['        touchpoint Cart', '        touchpoint Coupon "Coupon code" { channel web }\n        touchpoint Cart'],
            ['        touchpoint Compare "Comparison" { channel web pain "Too many tabs" }\n', '']);
        assert.deepEqual(outline(await diffTexts(SHOP, head)), [
            'modified touchpoint Shop.Find.Search',
            'removed touchpoint Shop.Find.Compare',
            'added touchpoint Shop.Buy.Coupon',
            'removed stage Shop.Help'
        ]);
    });

    it('reports a stage whose name changed but title did not as renamed, keeping its touchpoints', async () => {
        const head = edit(SHOP, ['stage Buy "Buying"', 'stage Purchase "Buying"'], ['next Find.Search', 'next Find.Search']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(change.change, 'renamed');
        assert.equal(change.name, 'Shop.Purchase');
        assert.equal(change.previousName, 'Shop.Buy');
        assert.equal(change.matchedBy, 'title');
    });

    it('reports a touchpoint renamed without a title as renamed by its content', async () => {
        const head = edit(SHOP, ['touchpoint Pay {', 'touchpoint Payment {']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(`${change.change} ${change.name} ${change.previousName} ${change.matchedBy}`, 'renamed Shop.Buy.Payment Shop.Buy.Pay content');
    });

    it('reports a touchpoint that changed stage as moved, with its property changes', async () => {
        const head = edit(SHOP,
            ['        touchpoint Hotline "Phone hotline" { channel phone measures Wait }\n', ''],
            ['        touchpoint Cart', '        touchpoint Hotline "Phone hotline" { channel chat measures Wait }\n        touchpoint Cart']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(change.change, 'moved');
        assert.equal(change.name, 'Shop.Buy.Hotline');
        assert.equal(change.previousName, 'Shop.Help.Hotline');
        assert.equal(change.matchedBy, 'name');
        assert.deepEqual(change.properties, [{ property: 'channel', before: 'phone', after: 'chat' }]);
    });

    it('reports a touchpoint moved into a new stage as moved, the stage as added without it', async () => {
        const head = edit(SHOP,
            ['        touchpoint Hotline "Phone hotline" { channel phone measures Wait }\n', ''],
            ['    stage Help', '    stage Call "Calling" { touchpoint Hotline "Phone hotline" { channel phone measures Wait } }\n    stage Help']);
        const result = await diffTexts(SHOP, head);
        assert.deepEqual(outline(result), ['added stage Shop.Call', 'moved touchpoint Shop.Call.Hotline from Shop.Help.Hotline by name']);
        assert.deepEqual(result.changes[0].contains, { touchpoints: 0 });
    });

    it('recognises a touchpoint renamed and moved at once by its title', async () => {
        const head = edit(SHOP,
            ['        touchpoint Hotline "Phone hotline" { channel phone measures Wait }\n', ''],
            ['        touchpoint Cart', '        touchpoint CallUs "Phone hotline" { channel phone }\n        touchpoint Cart']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(`${change.change} ${change.name} ${change.previousName} ${change.matchedBy}`, 'moved Shop.Buy.CallUs Shop.Help.Hotline title');
        assert.deepEqual(change.properties, [{ property: 'measures', before: ['Wait'], after: [], added: [], removed: ['Wait'] }]);
    });

    it('does not guess between look-alikes: two renamed twins are removed and added', async () => {
        const twins = 'journey T { stage S { touchpoint A { channel web } touchpoint B { channel web } } }\n';
        const renamed = 'journey T { stage S { touchpoint C { channel web } touchpoint D { channel web } } }\n';
        assert.deepEqual(outline(await diffFiles({ 'a.journey': twins }, { 'a.journey': renamed })), [
            'added touchpoint T.S.C', 'added touchpoint T.S.D', 'removed touchpoint T.S.A', 'removed touchpoint T.S.B'
        ]);
    });

    it('reports a changed stage order on the journey, and not when a stage is only added', async () => {
        const swapped = edit(SHOP, [/    stage Help[\s\S]*?\n    }\n/.exec(SHOP)![0], ''], ['    stage Find', /    stage Help[\s\S]*?\n    }\n/.exec(SHOP)![0] + '    stage Find']);
        const change = only(await diffTexts(SHOP, swapped));
        assert.equal(`${change.change} ${change.kind}`, 'modified journey');
        assert.deepEqual(change.properties, [{ property: 'stage order', before: ['Find', 'Buy', 'Help'], after: ['Help', 'Find', 'Buy'] }]);
        const added = edit(SHOP, ['    stage Find', '    stage Start { touchpoint Ad }\n    stage Find']);
        assert.deepEqual(outline(await diffTexts(SHOP, added)), ['added stage Shop.Start']);
    });

    it('moves shared definitions between files without reporting a change', async () => {
        const [owners, rest] = [DEFINITIONS.split('\n').filter(l => l.startsWith('owner')).join('\n'), DEFINITIONS.split('\n').filter(l => !l.startsWith('owner')).join('\n')];
        const result = await diffFiles({ 'shared.journey': DEFINITIONS, 'main.journey': SHOP },
            { 'owners.journey': owners, 'rest.journey': rest, 'main.journey': SHOP });
        assert.deepEqual(outline(result), []);
    });
});

describe('semantic diff: properties', () => {
    it('reports title, owner, channel, emotion, pains, opportunities and next of a touchpoint', async () => {
        const head = edit(SHOP, ['touchpoint Pay { channel web emotion -2 pain "Card declined" next Find.Search }',
            'touchpoint Pay "Payment" { channel app owner Support emotion 1 pain "Slow 3-D Secure" opportunity "Wallets" next Find.Compare }']);
        const change = only(await diffTexts(SHOP, head));
        assert.equal(change.change, 'modified');
        assert.deepEqual(change.properties, [
            { property: 'title', after: 'Payment' },
            { property: 'channel', before: 'web', after: 'app' },
            { property: 'owner', after: 'Support' },
            { property: 'emotion', before: -2, after: 1 },
            { property: 'pains', before: ['Card declined'], after: ['Slow 3-D Secure'], added: ['Slow 3-D Secure'], removed: ['Card declined'] },
            { property: 'opportunities', before: [], after: ['Wallets'], added: ['Wallets'], removed: [] },
            { property: 'next', before: 'Find.Search', after: 'Find.Compare' }
        ]);
    });

    it('compares next by target, not by how it is written', async () => {
        const head = edit(SHOP, ['next Compare', 'next Find.Compare']);
        assert.deepEqual(outline(await diffTexts(SHOP, head)), []);
    });

    it('reports KPI target, comparator and current as before and after, and the unit apart', async () => {
        const shared = DEFINITIONS.replace('target <= 5 current 7 unit "minutes"', 'target < 4 current 6 unit "min"');
        const result = await diffFiles({ 'shared.journey': DEFINITIONS, 'main.journey': SHOP }, { 'shared.journey': shared, 'main.journey': SHOP });
        const change = only(result);
        assert.equal(`${change.change} ${change.kind} ${change.name}`, 'modified kpi Wait');
        assert.deepEqual(change.properties, [
            { property: 'target', before: '≤ 5 minutes', after: '< 4 min' },
            { property: 'current', before: '7 minutes', after: '6 min' },
            { property: 'unit', before: 'minutes', after: 'min' }
        ]);
    });

    it('does not report a unit change as a target change when the value stays', async () => {
        const shared = DEFINITIONS.replace('unit "minutes"', 'unit "min"');
        const change = only(await diffFiles({ 's.journey': DEFINITIONS }, { 's.journey': shared }));
        assert.deepEqual(change.properties.map(p => p.property), ['unit']);
    });

    it('follows a renamed owner through the references to it: only the owner is reported', async () => {
        const shared = DEFINITIONS.replace(/\bSales\b/g, 'Revenue');
        const head = SHOP.replace(/\bSales\b/g, 'Revenue');
        const change = only(await diffFiles({ 'shared.journey': DEFINITIONS, 'main.journey': SHOP }, { 'shared.journey': shared, 'main.journey': head }));
        assert.equal(`${change.change} ${change.kind} ${change.name} ${change.previousName} ${change.matchedBy}`, 'renamed owner Revenue Sales content');
    });

    it('reports a changed owner of a stage and a journey, and changed personas', async () => {
        const head = edit(SHOP, ['    owner Sales\n    persona Buyer', '    owner Support\n    persona Buyer, Ghost'], ['        owner Sales\n        touchpoint Cart', '        owner Support\n        touchpoint Cart']);
        const result = await diffTexts(SHOP, head);
        assert.deepEqual(outline(result), ['modified journey Shop', 'modified stage Shop.Buy']);
        assert.deepEqual(result.changes[0].properties, [
            { property: 'owner', before: 'Sales', after: 'Support' },
            { property: 'personas', before: ['Buyer'], after: ['Buyer', 'Ghost'], added: ['Ghost'], removed: [] }
        ]);
        assert.deepEqual(result.changes[1].properties, [{ property: 'owner', before: 'Sales', after: 'Support' }]);
    });

    it('reports stage goal, need, emotion and measures; owner contact; persona goals', async () => {
        const head = edit(SHOP, ['    stage Find "Finding" {\n        emotion 1', '    stage Find "Finding" {\n        goal "Find fast"\n        need "Filters"\n        emotion 2\n        measures Conversion']);
        const shared = DEFINITIONS.replace('help@example.com', 'support@example.com').replace('goal "Order quickly"', 'goal "Order quickly" goal "Reorder"');
        const result = await diffFiles({ 'shared.journey': DEFINITIONS, 'main.journey': SHOP }, { 'shared.journey': shared, 'main.journey': head });
        assert.deepEqual(outline(result), ['modified stage Shop.Find', 'modified owner Support', 'modified persona Buyer']);
        assert.deepEqual(result.changes[0].properties.map(p => `${p.property}: ${JSON.stringify(p.before)} → ${JSON.stringify(p.after)}`), [
            'goal: undefined → "Find fast"', 'need: undefined → "Filters"', 'emotion: 1 → 2', 'measures: [] → ["Conversion"]'
        ]);
        assert.deepEqual(result.changes[1].properties, [{ property: 'contact', before: 'help@example.com', after: 'support@example.com' }]);
    });

    it('lists added and removed definitions by name', async () => {
        const shared = DEFINITIONS.replace('persona Buyer', 'persona Shopper').replace('kpi Wait', 'kpi Queue') + 'owner Legal\n';
        const result = await diffFiles({ 's.journey': DEFINITIONS }, { 's.journey': shared });
        assert.deepEqual(outline(result), [
            'added owner Legal', 'renamed persona Shopper from Buyer by title', 'renamed kpi Queue from Wait by title'
        ]);
    });
});

describe('semantic diff: the examples', () => {
    const examples = Object.fromEntries(exampleFiles().map(file => [file.name, file.text]));

    it('finds no change between the examples and themselves', async () => {
        assert.deepEqual(outline(await diffFiles(examples, examples)), []);
    });

    it('reports a quarter of edits to the webshop example, each in its journey section', async () => {
        const webshop = edit(examples['webshop.journey'],
            ['            emotion -2\n', '            emotion -1\n'],
            ['touchpoint Search "Google search"', 'touchpoint GoogleSearch "Google search"'],
            ['    stage Loyalty "Loyalty and advocacy" {\n        owner CX', '    stage Loyalty "Loyalty and advocacy" {\n        owner Marketing']);
        const shared = edit(examples['shared.journey'], ['target >= 2.5%', 'target >= 3%'], ['current 1.9%', 'current 2.2%']);
        const result = await diffFiles(examples, { ...examples, 'webshop.journey': webshop, 'shared.journey': shared });
        assert.deepEqual(outline(result), [
            'renamed touchpoint Webshop.Awareness.GoogleSearch from Webshop.Awareness.Search by title',
            'modified touchpoint Webshop.Purchase.Checkout',
            'modified stage Webshop.Loyalty',
            'modified kpi CTR'
        ]);
        assert.deepEqual(result.changes[3].properties, [
            { property: 'target', before: '≥ 2.5%', after: '≥ 3%' },
            { property: 'current', before: '1.9%', after: '2.2%' }
        ]);
        assert.deepEqual(result.summary, { added: 0, removed: 0, renamed: 1, moved: 0, modified: 3, total: 4 });
        assert.ok(result.changes.slice(0, 3).every(change => change.journey === 'Webshop'));
    });
});
