import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { exportHtml, exportSvg } from '../../src/render/export-map.js';
import { levelY, smoothPath } from '../../src/render/render-emotion-lane.js';
import { renderMap } from '../../src/render/render-map.js';
import { toMarkup } from '../../src/render/vnode.js';
import { ROOT } from '../helpers.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';
import { byId, elements, tooltips, translation, visibleText } from '../fixtures/vnode-tree.js';

const SNAPSHOTS = path.join(ROOT, 'test', 'render', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

describe('map renderer', () => {
    describe('snapshots of the examples', () => {
        for (const name of ['bibliotek.journey', 'kundereise.journey', 'shared.journey', 'webshop.journey']) {
            it(`renders ${name} as it did when reviewed`, async () => {
                const model = (await exampleModels())[name];
                const svg = exportSvg(model, 'light');
                const file = path.join(SNAPSHOTS, `${name}.svg`);
                if (UPDATE || !existsSync(file)) {
                    mkdirSync(SNAPSHOTS, { recursive: true });
                    writeFileSync(file, svg);
                }
                assert.equal(svg, readFileSync(file, 'utf8'), `run with UPDATE_SNAPSHOTS=1 to accept a deliberate change to ${file}`);
            });
        }
    });

    it('is deterministic: the same model gives the same markup', async () => {
        const models = await exampleModels();
        for (const model of Object.values(models)) {
            assert.equal(toMarkup(renderMap(model).svg), toMarkup(renderMap(structuredClone(model)).svg));
        }
    });

    it('draws a column per stage in order and a card per touchpoint', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const stages = [...elements(svg)].filter(e => e.attrs['data-kind'] === 'stage' && e.attrs.role === 'button');
        assert.deepEqual(stages.map(s => s.attrs['data-id']),
            ['stage:Webshop.Awareness', 'stage:Webshop.Consideration', 'stage:Webshop.Purchase', 'stage:Webshop.Delivery', 'stage:Webshop.Loyalty']);
        const xs = stages.map(s => translation(s).x);
        assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
        const cards = [...elements(svg)].filter(e => (e.attrs.class ?? '').includes('jm-card'));
        assert.equal(cards.length, 11);
        const checkout = byId(svg, 'touchpoint:Webshop.Purchase.Checkout').find(e => e.attrs.class?.includes('jm-card'))!;
        const text = visibleText(checkout);
        for (const expected of ['web', 'Checkout', 'E-commerce team', 'Visit-to-order conversion', 'Cart abandonment']) {
            assert.ok(text.includes(expected), `card shows ${expected}: ${text}`);
        }
    });

    it('shows the header with title, description and personas', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const header = byId(renderMap(model).svg, 'journey:Webshop')[0];
        const text = visibleText(header);
        assert.ok(text.includes('Buying an original painting online'));
        assert.ok(text.includes('Five phases of the purchase journey'));
        assert.ok(text.includes('Anna, 34, first original painting'));
        assert.ok(text.includes('Erik, 58, buys four works a year'));
    });

    it('shows KPI target, current and status in colour and in words', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const nps = byId(svg, 'kpi:NPS')[0];
        assert.match(visibleText(nps), /target ≥ 50 points · current 44 points/);
        assert.match(visibleText(nps), /off track/);
        assert.match(nps.attrs.class, /jm-kpi-off-track/);
        const repeat = byId(svg, 'kpi:RepeatRate')[0];
        assert.match(visibleText(repeat), /on track/);
        assert.match(repeat.attrs['aria-label'], /Repeat purchase rate, target ≥ 25%, current 27%, on track/);
    });

    it('marks an inherited owner as such', async () => {
        const { 'kundereise.journey': model } = await exampleModels();
        const card = byId(renderMap(model).svg, 'touchpoint:Nettbutikk.Bevissthet.SosialeMedier')[0];
        assert.ok(tooltips(card).includes('Owner: Markedsføring (from journey)'));
        assert.match(card.attrs['aria-label'], /owner Markedsføring \(from journey\)/);
        assert.ok([...elements(card)].some(e => e.attrs.class?.includes('jm-inherited')));
    });

    it('plots emotions from +2 at the top to -2 at the bottom, touchpoints inheriting their stage', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const point = (id: string) => [...elements(svg)].find(e => e.attrs['data-id'] === id && e.attrs.class?.includes('jm-point'))!;
        assert.equal(translation(point('touchpoint:Webshop.Purchase.Checkout')).y, levelY(-2));
        assert.equal(translation(point('touchpoint:Webshop.Awareness.WordOfMouth')).y, levelY(2));
        const search = point('touchpoint:Webshop.Awareness.Search');
        assert.match(search.attrs.class, /jm-inherited/);
        assert.equal(translation(search).y, levelY(1));
        assert.match(search.attrs['aria-label'], /Google search: emotion \+1 \(positive\), from its stage/);
        assert.ok(levelY(2) < levelY(0) && levelY(0) < levelY(-2));
    });

    it('clamps emotions outside -2..+2 onto the scale', async () => {
        const model = await modelOf('journey J { stage S { touchpoint A { emotion 9 } touchpoint B { emotion -5 } } }');
        const points = [...elements(renderMap(model).svg)].filter(e => e.attrs.class?.includes('jm-point'));
        assert.deepEqual(points.map(p => translation(p).y), [levelY(2), levelY(-2)]);
    });

    it('draws the curve without swinging past the points it joins', () => {
        const points = [{ x: 0, y: 10 }, { x: 100, y: 110 }, { x: 200, y: 10 }, { x: 300, y: 60 }];
        const numbers = smoothPath(points).replace(/[MC]/g, ' ').trim().split(/\s+/).map(Number);
        const ys = numbers.filter((_, i) => i % 2 === 1);
        assert.ok(Math.min(...ys) >= 10 && Math.max(...ys) <= 110, `control points stay within 10..110: ${ys}`);
    });

    it('puts pains and opportunities under their touchpoint, stage notes across the stage', async () => {
        const model = await modelOf(`journey J { stage S {
            pain "A stage pain" opportunity "A stage idea"
            touchpoint A { pain "Pain of A" } touchpoint B { opportunity "Idea for B" } } }`);
        const { svg } = renderMap(model);
        const notes = [...elements(svg)].filter(e => e.attrs.class?.includes('jm-note'));
        const summary = notes.map(n => `${n.attrs['data-id']} ${visibleText(n)}`);
        assert.deepEqual(summary, ['stage:J.S A stage pain', 'touchpoint:J.S.A Pain of A', 'stage:J.S A stage idea', 'touchpoint:J.S.B Idea for B']);
        const stageNote = notes[0];
        const frame = stageNote.children[0] as { attrs: Record<string, string> };
        assert.ok(Number(frame.attrs.width) > 300, 'a stage note spans both touchpoint columns');
    });

    it('wraps long text and keeps cut text whole in a tooltip', async () => {
        const long = 'This pain is described at great length, '.repeat(12).trim();
        const model = await modelOf(`journey J { stage S { touchpoint T "A touchpoint with a title long enough to need several lines and then some more words still" { pain "${long}" } } }`);
        const { svg } = renderMap(model);
        const note = [...elements(svg)].find(e => e.attrs.class?.includes('jm-pain'))!;
        const text = [...elements(note)].find(e => e.tag === 'text')!;
        assert.equal(text.children.filter(c => typeof c !== 'string' && c.tag === 'tspan').length, 5);
        assert.deepEqual(tooltips(note), [long]);
        const card = byId(svg, 'touchpoint:J.S.T')[0];
        const title = [...elements(card)].find(e => e.tag === 'text' && e.attrs.class === 'jm-h3')!;
        assert.ok(title.children.filter(c => typeof c !== 'string' && c.tag === 'tspan').length >= 2);
    });

    it('shows every journey of a file, one under the other', async () => {
        const model = await modelOf('journey A "First" { stage S { touchpoint T } }\njourney B "Second" { stage S { touchpoint T } }');
        const sections = [...elements(renderMap(model).svg)].filter(e => e.attrs.class === 'jm-journey');
        assert.deepEqual(sections.map(s => s.key), ['journey:A', 'journey:B']);
        assert.ok(translation(sections[1]).y > translation(sections[0]).y);
    });

    it('shows the definitions of a file without journeys', async () => {
        const { 'shared.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        for (const id of ['owner:CX', 'persona:Collector', 'kpi:CartAbandonment']) {
            assert.equal(byId(svg, id).length, 1, id);
        }
        assert.match(visibleText(byId(svg, 'owner:CX')[0]), /cx@example\.com/);
    });

    it('says so when a file has nothing to show, and when a journey has no stages', async () => {
        assert.match(visibleText(renderMap(await modelOf('')).svg), /No journeys or definitions in this file yet/);
        assert.match(visibleText(renderMap(await modelOf('journey J "Empty" { }')).svg), /This journey has no stages yet/);
    });

    it('gives every clickable element a keyboard stop and an accessible name', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const buttons = [...elements(renderMap(model).svg)].filter(e => e.attrs.role === 'button');
        assert.ok(buttons.length > 20);
        for (const button of buttons) {
            assert.equal(button.attrs.tabindex, '0');
            assert.ok(button.attrs['aria-label'].length > 5, button.attrs['data-id']);
            assert.ok(button.attrs['data-id']);
        }
    });

    it('shows unresolved references by their written name, marked', async () => {
        const model = await modelOf('journey J { stage S { owner Ghost measures Missing touchpoint T } }');
        const { svg } = renderMap(model);
        const stage = byId(svg, 'stage:J.S').find(e => e.attrs.role === 'button')!;
        assert.match(visibleText(stage), /Ghost/);
        assert.ok([...elements(stage)].some(e => e.attrs.class?.includes('jm-unresolved')));
        assert.ok([...elements(svg)].some(e => e.attrs.class?.includes('jm-kpi jm-unresolved') && /Unknown KPI Missing/.test(visibleText(e))));
    });

    it('exports light and dark themes, with styles inside the file', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const light = exportSvg(model, 'light');
        const dark = exportSvg(model, 'dark');
        assert.match(light, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        assert.match(light, /--jm-bg: #ffffff/);
        assert.match(dark, /--jm-bg: #0d1117/);
        const html = exportHtml(model, 'dark');
        assert.match(html, /^<!DOCTYPE html>/);
        const page = new JSDOM(html).window.document;
        const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
        const style = page.querySelector('style')?.textContent ?? '';
        assert.equal(policy, `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; img-src data:`);
        assert.ok(!/<script/i.test(html));
        assert.match(html, /<title>Journey map: Buying an original painting online<\/title>/);
    });
});
