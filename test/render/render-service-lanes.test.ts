import * as assert from 'node:assert/strict';
import { renderMap } from '../../src/render/render-map.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';
import { elements, tooltips, visibleText } from '../fixtures/vnode-tree.js';

const classes = (element: { attrs: Record<string, string> }) => (element.attrs.class ?? '').split(' ');

describe('map: backstage, support, evidence and continues', () => {
    it('draws backstage and support lanes below a line of visibility, each item with its owner', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const journey = [...elements(renderMap(model).svg)].find(e => e.key === model.journeys[1].id)!;
        const lanes = [...elements(journey)].filter(e => classes(e).includes('jm-lane')).map(e => e.key);
        assert.deepEqual(lanes, ['stages', 'touchpoints', 'emotion', 'pains', 'opportunities', 'backstage', 'support', 'kpis']);
        const order = journey.children.map(c => typeof c === 'string' ? c : c.key);
        assert.equal(order.indexOf('visibility'), order.indexOf('backstage') - 1, 'the line sits right above the backstage lane');
        const backstage = [...elements(journey)].filter(e => classes(e).includes('jm-backstage'));
        assert.deepEqual(backstage.map(e => visibleText(e)), [
            'Materialet sendes fra en filial Materialer og logistik', 'Hylden fyldes op hver morgen Betjening og skranke'
        ]);
        assert.equal(backstage[0].attrs['data-id'], 'touchpoint:Udlån.Afhentning.Afhentningshylde');
        const support = [...elements(journey)].filter(e => classes(e).includes('jm-support'));
        assert.deepEqual(support.map(e => e.attrs['aria-label']), [
            'Support for Søgning i kataloget: Katalogets søgemaskine, by Digitale tjenester',
            'Support for Afhentningshylden: Sms, når materialet er klar'
        ]);
    });

    it('draws a journey without backstage or support with the line and both lanes as thin labelled lines', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const all = [...elements(renderMap(model).svg)];
        assert.ok(all.some(e => e.key === 'visibility'));
        for (const key of ['backstage', 'support']) {
            const lane = all.find(e => e.key === key && classes(e).includes('jm-lane'))!;
            assert.ok(classes(lane).includes('jm-lane-empty'), `${key} is drawn empty`);
            assert.match(visibleText(lane), key === 'backstage' ? /Backstage/ : /Support/);
        }
    });

    it('marks a pain or opportunity that cites evidence, naming the sources on hover', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const all = [...elements(renderMap(model).svg)];
        const cited = all.filter(e => classes(e).includes('jm-cited'));
        assert.equal(cited.length, 5);
        const app = cited.find(e => e.key === 'pain:touchpoint:Indmeldelse.Oprettelse.App:0')!;
        assert.ok(tooltips(app).includes('Evidence: Brugerundersøgelse 2026 (Kommunens årlige brugerundersøgelse, March 2026, sample 1,240, '
            + 'https://bibliotek.example.dk/brugerundersoegelse-2026); Interviews ved skranken (Tolv interviews med nye lånere, May 2026, sample 12)'));
        // In the reader's language, dates and numbers too.
        const danish = [...elements(renderMap(model, { locale: 'da' }).svg)].find(e => e.key === 'pain:touchpoint:Indmeldelse.Oprettelse.App:0')!;
        assert.ok(tooltips(danish).some(tip => tip.startsWith('Evidens: Brugerundersøgelse 2026 (Kommunens årlige brugerundersøgelse, marts 2026, stikprøve 1.240, ')),
            tooltips(danish).join('\n'));
        const plain = await modelOf('journey J { stage S { pain "Slow" touchpoint T } }');
        assert.ok(![...elements(renderMap(plain).svg)].some(e => classes(e).includes('jm-evidence-mark')));
    });

    it('draws continues as a link naming the journey and stage it leads into', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const links = [...elements(renderMap(model).svg)].filter(e => classes(e).includes('jm-continues'));
        assert.deepEqual(links.map(l => [l.attrs['data-continues-journey'], l.attrs['data-continues-stage'], l.attrs.role, visibleText(l)]), [
            ['Udlån', undefined, 'link', '↪ Det første lån'],
            ['Udlån', 'Reservering', 'link', '↪ Det første lån · Reservering']
        ]);
        const broken = await modelOf('journey J { stage S { touchpoint T { continues Nowhere } } }');
        const link = [...elements(renderMap(broken).svg)].find(e => classes(e).includes('jm-continues'))!;
        assert.deepEqual([link.attrs.role, link.attrs['aria-label']], [undefined, 'Continues in Nowhere, which does not exist']);
    });
});
