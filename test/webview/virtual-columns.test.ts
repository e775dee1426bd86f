import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { renderMap } from '../../src/render/render-map.js';
import { childrenBuilt, type VElement, type VNode } from '../../src/render/vnode.js';
import { DomPatcher } from '../../src/webview/patch-dom.js';
import { cellSpan, inSpan, outsideSpan, spanToDraw, viewSpan, WHOLE_UP_TO_VIEWS } from '../../src/webview/virtual-columns.js';
import { exampleModels } from '../fixtures/view-models.js';

function container(): Element {
    const dom = new JSDOM('<!DOCTYPE html><div id="map"></div>');
    return dom.window.document.getElementById('map')!;
}

/** The map's markup without the placeholders of what waits outside the page. */
const markup = (root: Element) => root.innerHTML;

const cards = (root: Element) => Array.from(root.querySelectorAll('[data-kind="touchpoint"][role="button"].jm-card')).map(e => e.getAttribute('data-id'));

describe('wide maps drawn a part at a time', () => {
    it('draws a map whole unless it is wider than a few views, and then the view and a view either side', () => {
        assert.equal(spanToDraw(0, 800, 1, 800 * WHOLE_UP_TO_VIEWS), undefined);
        assert.equal(spanToDraw(0, 0, 1, 100000), undefined, 'a page that lays nothing out draws everything');
        assert.deepEqual(spanToDraw(0, 800, 1, 100000), { from: -800, to: 1600 });
        // At half size a view shows twice as much of the map.
        assert.deepEqual(spanToDraw(1000, 800, 0.5, 100000), { from: 400, to: 5200 });
    });

    it('puts in the page at a draw what is in view, of a map wide enough to be drawn a part at a time', () => {
        assert.equal(viewSpan(0, 800, 1, 800 * WHOLE_UP_TO_VIEWS), undefined, 'a narrow map is drawn whole');
        assert.equal(viewSpan(0, 0, 1, 100000), undefined);
        assert.deepEqual(viewSpan(0, 800, 1, 100000), { from: 0, to: 800 });
        assert.deepEqual(viewSpan(1000, 800, 0.5, 100000), { from: 2000, to: 3600 });
        // Within what is near the view, which the idle fill and a move of the view put in next.
        const near = spanToDraw(1000, 800, 0.5, 100000)!;
        assert.ok(near.from < 2000 && near.to > 3600);
    });

    it('leaves the cells of lanes outside the span out of the page, and puts them in by place, by id or all, as a fresh render has them', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const whole = container();
        new DomPatcher(whole).render(svg);
        const all = cards(whole);
        assert.ok(all.length >= 8, String(all.length));

        const root = container();
        const patcher = new DomPatcher(root);
        const span = { from: 0, to: 600 };
        patcher.render(svg, outsideSpan(span));
        const drawn = cards(root);
        assert.ok(drawn.length > 0 && drawn.length < all.length, `${drawn.length} of ${all.length} cards`);
        assert.ok(patcher.waiting > 0);
        for (const element of Array.from(root.querySelectorAll('.jm-lane > g > .jm-el[transform]'))) {
            const x = Number(/translate\(([-\d.]+)/.exec(element.getAttribute('transform')!)![1]);
            assert.ok(x <= span.to, `${element.getAttribute('data-id')} at ${x} is drawn`);
        }
        assert.ok(root.querySelectorAll('.jm-point').length < whole.querySelectorAll('.jm-point').length, 'emotion marks too');
        // Lanes, their heads and bands, the emotion curve and the stages' emotions are all there.
        for (const selector of ['.jm-lane', '.jm-lane-head', '.jm-lane-band', '.jm-stage-emotion', '.jm-curve']) {
            assert.equal(root.querySelectorAll(selector).length, whole.querySelectorAll(selector).length, selector);
        }

        const far = all.find(id => !drawn.includes(id))!;
        assert.ok(patcher.fillId(far) > 0);
        assert.ok(cards(root).includes(far), 'asked for by id, it is in the page');
        assert.equal(patcher.fillId(far), 0, 'once');
        assert.ok(patcher.fill(node => inSpan(node, { from: 0, to: 100000 })) > 0);
        assert.equal(patcher.waiting, 0);
        assert.equal(markup(root).replaceAll('<!---->', ''), markup(whole));
        assert.equal(markup(root).includes('<!---->'), false, 'every placeholder was replaced');
    });

    it('patches edits into a map that has parts waiting, and the filled map equals a fresh render of the last model', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const root = container();
        const patcher = new DomPatcher(root);
        const span = { from: 0, to: 500 };
        patcher.render(renderMap(model).svg, outsideSpan(span));
        const waiting = patcher.waiting;
        const changed = structuredClone(model);
        const stages = changed.journeys[0].stages;
        stages[stages.length - 1].touchpoints[0].title = 'Renamed while waiting';
        stages[0].touchpoints[0].title = 'Renamed in view';
        stages[stages.length - 1].touchpoints.pop();
        const stats = patcher.render(renderMap(changed).svg, outsideSpan(span));
        assert.ok(stats.updated > 0);
        assert.ok(patcher.waiting > 0 && patcher.waiting <= waiting);
        const cardText = () => Array.from(root.querySelectorAll('.jm-card')).map(card => card.textContent).join();
        assert.match(cardText(), /Renamed in view/);
        assert.doesNotMatch(cardText(), /Renamed while waiting/, 'a waiting card stays out of the page');
        // Everything in view now: the waiting cells come in by the next draw's span.
        patcher.render(renderMap(changed).svg, outsideSpan({ from: 0, to: 100000 }));
        patcher.fill();
        const fresh = container();
        new DomPatcher(fresh).render(renderMap(changed).svg);
        assert.equal(markup(root), markup(fresh));
    });

    it('builds the insides of a waiting cell only when it goes in the page, by place, by id or all', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const lazyCells: VElement[] = [];
        const collect = (node: VNode) => {
            if (typeof node === 'string') return;
            if (!childrenBuilt(node)) lazyCells.push(node);
            else node.children.forEach(collect);
        };
        collect(svg);
        const cardsLaid = lazyCells.filter(cell => cell.attrs.class.includes('jm-card'));
        assert.ok(cardsLaid.length >= 8, String(cardsLaid.length));
        const root = container();
        const patcher = new DomPatcher(root);
        patcher.render(svg, outsideSpan({ from: 0, to: 600 }));
        const drawn = new Set(cards(root));
        const built = () => cardsLaid.filter(childrenBuilt).map(cell => cell.attrs['data-id']);
        assert.deepEqual(new Set(built()), drawn, 'the cards drawn are built, the waiting ones not');
        const far = cardsLaid.map(cell => cell.attrs['data-id']).find(id => !drawn.has(id))!;
        patcher.fillId(far);
        assert.deepEqual(new Set(built()), new Set([...drawn, far]), 'finding a card by id builds that card only');
        patcher.fill();
        assert.equal(built().length, cardsLaid.length);
        assert.ok(lazyCells.every(childrenBuilt));
        const whole = container();
        new DomPatcher(whole).render(renderMap(model).svg);
        assert.equal(markup(root), markup(whole));
    });

    it('knows where a lane cell is across the map, and defers nothing else', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const cells: string[] = [];
        const walk = (node: typeof svg, parent?: typeof svg, grandparent?: typeof svg) => {
            if (parent && outsideSpan({ from: -2, to: -1 })(node, parent, grandparent)) {
                cells.push(node.attrs.class!);
                assert.ok(cellSpan(node)!.to >= cellSpan(node)!.from);
            }
            node.children.forEach(child => typeof child !== 'string' && walk(child, node, parent));
        };
        walk(svg);
        assert.ok(cells.some(c => c.includes('jm-card')) && cells.some(c => c.includes('jm-stage')) && cells.some(c => c.includes('jm-pain')), cells.join());
        assert.ok(cells.every(c => c.startsWith('jm-el ')), 'only cells');
        assert.ok(cells.some(c => c.includes('jm-point')), 'emotion marks');
    });
});
