import { strict as assert } from 'node:assert';
import { exampleFiles } from '../../helpers.js';
import { workspace } from '../../fixtures/lsp-fixtures.js';

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
