import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { buildChrome, ENGLISH_CHROME } from '../../src/webview/preview-chrome.js';
import { PIN_PROPERTY } from '../../src/webview/sticky-labels.js';
import { MAX_ZOOM, MIN_ZOOM, wheelZoomFactor, Zoom } from '../../src/webview/zoom.js';

/**
 * jsdom lays nothing out: the viewport gets a size, a scroll position that
 * clamps as a browser's does, and a place on the page; the map sits at the
 * content's top left corner, as in the preview.
 */
function setup(view = { left: 20, top: 40, width: 400, height: 300 }, map = { width: 1000, height: 600 }, beforeZoom: (window: JSDOM['window']) => void = () => undefined) {
    const { window } = new JSDOM('<!DOCTYPE html><body></body>');
    beforeZoom(window);
    const chrome = buildChrome(window.document, ENGLISH_CHROME, () => undefined);
    const svg = window.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chrome.map.append(svg);
    const viewport = chrome.viewport;
    let left = 0;
    let top = 0;
    const contentWidth = () => Number(svg.getAttribute('width') ?? 0);
    const contentHeight = () => Number(svg.getAttribute('height') ?? 0);
    Object.defineProperties(viewport, {
        clientWidth: { get: () => view.width },
        clientHeight: { get: () => view.height },
        scrollLeft: { get: () => left, set: (v: number) => { left = Math.max(0, Math.min(v, contentWidth() - view.width)); } },
        scrollTop: { get: () => top, set: (v: number) => { top = Math.max(0, Math.min(v, contentHeight() - view.height)); } }
    });
    viewport.getBoundingClientRect = () => new window.DOMRect(view.left, view.top, view.width, view.height);
    svg.getBoundingClientRect = () => new window.DOMRect(view.left - left, view.top - top, contentWidth(), contentHeight());
    let changes = 0;
    const zoom = new Zoom(viewport, chrome.zoomLevel, () => svg, () => changes++);
    zoom.drawn(map.width, map.height);
    /** The map point (in unzoomed map units) under a client position. */
    const mapPointAt = (clientX: number, clientY: number) => ({
        x: (clientX - view.left + left) / zoom.value,
        y: (clientY - view.top + top) / zoom.value
    });
    return { zoom, svg, viewport, chrome, mapPointAt, changes: () => changes, window };
}

const close = (actual: number, expected: number, what: string) =>
    assert.ok(Math.abs(actual - expected) < 1, `${what}: ${actual} is not ${expected}`);

describe('preview zoom', () => {
    it('zooms in on Ctrl+wheel up and out on wheel down, a plain wheel only scrolls', () => {
        assert.equal(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false, metaKey: false }), undefined);
        assert.ok(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: true, metaKey: false })! > 1);
        assert.ok(wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false, metaKey: true })! < 1);
        // Lines and pages are turned into pixels; a huge delta is bounded.
        assert.equal(wheelZoomFactor({ deltaY: 3, deltaMode: 1, ctrlKey: true, metaKey: false }),
            wheelZoomFactor({ deltaY: 48, deltaMode: 0, ctrlKey: true, metaKey: false }));
        assert.equal(wheelZoomFactor({ deltaY: 100000, deltaMode: 0, ctrlKey: true, metaKey: false }),
            wheelZoomFactor({ deltaY: 300, deltaMode: 0, ctrlKey: true, metaKey: false }));
    });

    it('keeps the map point under the pointer in place when a wheel or pinch zooms', () => {
        const { zoom, viewport, svg, mapPointAt, changes } = setup();
        viewport.scrollLeft = 250;
        viewport.scrollTop = 100;
        const pointer = { clientX: 20 + 310, clientY: 40 + 70 };
        const before = mapPointAt(pointer.clientX, pointer.clientY);
        assert.equal(zoom.wheel({ ...pointer, deltaY: -120, deltaMode: 0, ctrlKey: true, metaKey: false }), true);
        assert.ok(zoom.value > 1);
        assert.equal(svg.getAttribute('width'), String(Math.round(1000 * zoom.value)));
        const after = mapPointAt(pointer.clientX, pointer.clientY);
        close(after.x, before.x, 'x');
        close(after.y, before.y, 'y');
        // A pinch outwards in small steps, then back: the point stays put all the way.
        for (const deltaY of [-8, -5, -12, 6, 9]) {
            zoom.wheel({ ...pointer, deltaY, deltaMode: 0, ctrlKey: true, metaKey: false });
            const now = mapPointAt(pointer.clientX, pointer.clientY);
            close(now.x, before.x, 'x while pinching');
            close(now.y, before.y, 'y while pinching');
        }
        assert.equal(changes(), 6, 'each zoom is saved');
        assert.equal(zoom.wheel({ ...pointer, deltaY: -120, deltaMode: 0, ctrlKey: false, metaKey: false }), false);
        assert.equal(changes(), 6);
    });

    it('keeps the zoom within its bounds, and the level shows it', () => {
        const { zoom, chrome } = setup();
        for (let i = 0; i < 40; i++) {
            zoom.wheel({ clientX: 100, clientY: 100, deltaY: -300, deltaMode: 0, ctrlKey: true, metaKey: false });
        }
        assert.equal(zoom.value, MAX_ZOOM);
        assert.equal(chrome.zoomLevel.textContent, '400%');
        for (let i = 0; i < 80; i++) {
            zoom.wheel({ clientX: 100, clientY: 100, deltaY: 300, deltaMode: 0, ctrlKey: true, metaKey: false });
        }
        assert.equal(zoom.value, MIN_ZOOM);
    });

    it('fits a wide map to the view\'s width, showing its left edge, and never blows a small map up', () => {
        const wide = setup();
        wide.viewport.scrollLeft = 300;
        wide.zoom.fitWidth();
        assert.equal(wide.zoom.value, 0.4);
        assert.equal(wide.svg.getAttribute('width'), '400');
        assert.equal(wide.svg.getAttribute('height'), '240');
        assert.equal(wide.viewport.scrollLeft, 0);
        assert.equal(wide.changes(), 1, 'the fitted zoom is saved');
        const small = setup(undefined, { width: 200, height: 900 });
        small.zoom.fitWidth();
        assert.equal(small.zoom.value, 1);
        assert.equal(small.svg.getAttribute('width'), '200');
    });

    it('zooms the toolbar\'s steps around the middle of the view', () => {
        const { zoom, viewport, mapPointAt } = setup();
        viewport.scrollLeft = 300;
        viewport.scrollTop = 200;
        const middle = mapPointAt(20 + 200, 40 + 150);
        zoom.run('zoom-in');
        close(mapPointAt(20 + 200, 40 + 150).x, middle.x, 'x');
        close(mapPointAt(20 + 200, 40 + 150).y, middle.y, 'y');
    });

    it('pins each lane head to the left edge, never the whole map, and after a draw only in the next frame, without measuring the map before', () => {
        const frames: Array<() => void> = [];
        const { zoom, svg, viewport, window } = setup(undefined, undefined, window => {
            window.requestAnimationFrame = (callback: FrameRequestCallback) => frames.push(() => callback(0));
        });
        const head = () => {
            const g = window.document.createElementNS('http://www.w3.org/2000/svg', 'g');
            g.setAttribute('class', 'jm-lane-head');
            svg.append(g);
            return g;
        };
        const heads = [head(), head()];
        frames.splice(0).forEach(frame => frame());
        viewport.scrollLeft = 300;
        viewport.dispatchEvent(new window.Event('scroll'));
        assert.deepEqual(heads.map(h => h.style.getPropertyValue(PIN_PROPERTY)), ['300', '300'], 'scrolled by 300 at 100%');
        assert.equal((svg as SVGElement).style.getPropertyValue(PIN_PROPERTY), '', 'not on the map: that would restyle every element of it');
        // A patch brings a new lane head; the map is drawn again, wider.
        heads.push(head());
        let measured = 0;
        const measure = svg.getBoundingClientRect;
        svg.getBoundingClientRect = () => { measured++; return measure(); };
        zoom.drawn(1200, 600);
        zoom.drawn(1200, 600);
        assert.equal(measured, 0, 'a draw measures nothing in the page');
        assert.equal(heads[2].style.getPropertyValue(PIN_PROPERTY), '');
        assert.equal(frames.length, 1, 'one pin for the frame, however many draws');
        frames.splice(0).forEach(frame => frame());
        assert.deepEqual(heads.map(h => h.style.getPropertyValue(PIN_PROPERTY)), ['300', '300', '300']);
        viewport.scrollLeft = 0;
        viewport.dispatchEvent(new window.Event('scroll'));
        assert.deepEqual(heads.map(h => h.getAttribute('style') ?? ''), ['', '', ''], 'back at the left edge, unpinned');
    });
});
