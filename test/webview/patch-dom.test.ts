import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { renderMap } from '../../src/render/render-map.js';
import { h } from '../../src/render/vnode.js';
import { DomPatcher } from '../../src/webview/patch-dom.js';
import { exampleModels } from '../fixtures/view-models.js';

function container(): Element {
    const dom = new JSDOM('<!DOCTYPE html><div id="map"></div>');
    return dom.window.document.getElementById('map')!;
}

describe('DOM patcher', () => {
    it('builds the tree once, with text as text nodes and attributes as attributes', () => {
        const root = container();
        const patcher = new DomPatcher(root);
        patcher.render(h('svg', { class: 'm' }, [h('text', { x: 1 }, ['<b>not bold</b>'])]));
        assert.equal(root.querySelector('b'), null);
        assert.equal(root.querySelector('text')!.textContent, '<b>not bold</b>');
        assert.equal(root.querySelector('text')!.namespaceURI, 'http://www.w3.org/2000/svg');
    });

    it('changes only what differs between two renders of a map', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const root = container();
        const patcher = new DomPatcher(root);
        const first = patcher.render(renderMap(model).svg);
        assert.ok(first.created > 300, String(first.created));
        const card = root.querySelector('[data-id="touchpoint:Webshop.Delivery.Tracking"]')!;
        const changed = structuredClone(model);
        changed.journeys[0].stages[3].touchpoints[0].title = 'Parcel tracking, renamed';
        const second = patcher.render(renderMap(changed).svg);
        // The title's text node, and the card's and emotion point's labels and tooltip that name it.
        assert.deepEqual(second, { created: 0, updated: 4, removed: 0 });
        assert.equal(root.querySelector('[data-id="touchpoint:Webshop.Delivery.Tracking"]'), card, 'the same element');
        assert.match(card.textContent!, /Parcel tracking, renamed/);
        const same = patcher.render(renderMap(changed).svg);
        assert.deepEqual(same, { created: 0, updated: 0, removed: 0 });
    });

    it('keeps keyed elements when others are inserted before them, and removes the gone ones', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const root = container();
        const patcher = new DomPatcher(root);
        patcher.render(renderMap(model).svg);
        const checkout = root.querySelector('.jm-card[data-id="touchpoint:Webshop.Purchase.Checkout"]')!;
        const changed = structuredClone(model);
        const purchase = changed.journeys[0].stages[2];
        purchase.touchpoints.unshift({ ...structuredClone(purchase.touchpoints[1]), id: 'touchpoint:Webshop.Purchase.New', title: 'New first' });
        changed.journeys[0].stages[4].touchpoints.pop();
        patcher.render(renderMap(changed).svg);
        assert.equal(root.querySelector('.jm-card[data-id="touchpoint:Webshop.Purchase.Checkout"]'), checkout);
        assert.ok(root.querySelector('[data-id="touchpoint:Webshop.Purchase.New"]'));
        assert.equal(root.querySelector('[data-id="touchpoint:Webshop.Loyalty.ReferralProgram"]'), null);
        // The DOM equals a fresh render of the same tree.
        const fresh = container();
        new DomPatcher(fresh).render(renderMap(changed).svg);
        assert.equal(root.innerHTML, fresh.innerHTML);
    });

    it('never sets an event handler attribute', () => {
        const root = container();
        const patcher = new DomPatcher(root);
        patcher.render(h('svg', { onload: 'alert(1)', class: 'x' }, [h('g', { ONCLICK: 'alert(2)', oNfocus: 'alert(3)', 'data-one': '1', o: 'kept' })]));
        assert.equal(root.querySelector('svg')!.getAttribute('onload'), null);
        assert.equal(root.querySelector('svg')!.getAttribute('class'), 'x');
        assert.deepEqual(root.querySelector('g')!.getAttributeNames(), ['data-one', 'o'], 'created: any case of on…');
        // Patched in as an update too.
        patcher.render(h('svg', { class: 'x' }, [h('g', { onmouseover: 'alert(4)', 'data-one': '2', o: 'kept' })]));
        assert.deepEqual(root.querySelector('g')!.getAttributeNames(), ['data-one', 'o'], 'updated: any case of on…');
    });
});
