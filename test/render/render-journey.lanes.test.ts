import * as assert from 'node:assert/strict';
import { EMPTY_LANE_HEIGHT } from '../../src/render/render-journey.js';
import { renderMap } from '../../src/render/render-map.js';
import type { VElement } from '../../src/render/vnode.js';
import { modelOf } from '../fixtures/view-models.js';
import { elements, translation, visibleText } from '../fixtures/vnode-tree.js';

const classes = (element: VElement) => (element.attrs.class ?? '').split(' ');
const lanes = (svg: VElement) => [...elements(svg)].filter(e => classes(e).includes('jm-lane'));

const SPARSE = `
journey Quiet "A quiet journey" {
    stage One "One" {
        touchpoint Visit "Visit" { channel web }
    }
    stage Two "Two" {
        touchpoint Call "Call" { channel phone pain "Long queue" }
    }
}
`;

const FULL = `
kpi Wait "Wait time" { target <= 2 current 4 }
journey Busy "A busy journey" {
    stage One "One" {
        emotion 1
        touchpoint Visit "Visit" {
            channel web
            pain "Slow page"
            opportunity "Faster page"
            backstage "Page cache" support "CDN"
            measures Wait
        }
    }
}
`;

describe('map: lanes', () => {
    it('collapses every lane with nothing in it to a thin labelled line, and keeps the others full', async () => {
        const svg = renderMap(await modelOf(SPARSE)).svg;
        const byKey = new Map(lanes(svg).map(lane => [lane.key, lane]));
        const empty = [...byKey].filter(([, lane]) => classes(lane).includes('jm-lane-empty')).map(([key]) => key);
        assert.deepEqual(empty, ['emotion', 'opportunities', 'backstage', 'support', 'kpis']);
        for (const key of empty) {
            const lane = byKey.get(key)!;
            assert.ok(visibleText(lane).length > 0, `${key} keeps its label`);
            assert.equal([...elements(lane)].filter(e => e.attrs['data-id']).length, 0, `${key} draws no element`);
            const rule = [...elements(lane)].find(e => classes(e).includes('jm-lane-rule'))!;
            assert.equal(Number(rule.attrs.y1), EMPTY_LANE_HEIGHT / 2);
        }
        assert.ok(!classes(byKey.get('pains')!).includes('jm-lane-empty'), 'the lane with a pain is full');
        assert.ok(!classes(byKey.get('touchpoints')!).includes('jm-lane-empty'));
        // Each lane starts where the one above it (thin or full) ends, plus the gap.
        const tops = lanes(svg).map(lane => translation(lane).y);
        assert.deepEqual(tops, [...tops].sort((a, b) => a - b));
        const opportunities = lanes(svg).findIndex(lane => lane.key === 'opportunities');
        assert.equal(tops[opportunities + 1] - tops[opportunities] > EMPTY_LANE_HEIGHT, true);
    });

    it('makes a sparse journey shorter than the same journey with every lane filled', async () => {
        const sparse = renderMap(await modelOf(SPARSE)).height;
        const full = renderMap(await modelOf(FULL)).height;
        assert.ok(sparse < full, `${sparse} < ${full}`);
    });

    it('draws no lane empty when each has something in it', async () => {
        const svg = renderMap(await modelOf(FULL)).svg;
        assert.deepEqual(lanes(svg).filter(lane => classes(lane).includes('jm-lane-empty')).map(lane => lane.key), []);
    });

    it('puts each lane head (label, scale) last in its lane, on the band colour, so it can stay over the cells', async () => {
        const svg = renderMap(await modelOf(FULL)).svg;
        for (const lane of lanes(svg)) {
            const last = lane.children[lane.children.length - 1] as VElement;
            assert.ok(classes(last).includes('jm-lane-head'), `${lane.key}: head last`);
            assert.ok(classes(last.children[0] as VElement).includes('jm-lane-band'), `${lane.key}: head has a background`);
            assert.ok(visibleText(last).length > 0);
        }
        const emotionHead = lanes(svg).find(lane => lane.key === 'emotion')!.children.at(-1) as VElement;
        assert.match(visibleText(emotionHead), /\+2/, 'the emotion scale moves with its label');
        const visibility = [...elements(svg)].find(e => e.key === 'visibility')!;
        assert.ok(visibility.children.some(child => typeof child !== 'string' && classes(child).includes('jm-lane-head')));
    });
});

describe('map: next links', () => {
    it('draws a resolved next as a keyboard-reachable link naming its target card, an unresolved one as plain text', async () => {
        const svg = renderMap(await modelOf(`
journey J {
    stage S {
        touchpoint A "Ad" { channel social next T.Pay }
        touchpoint B "Banner" { channel social next Nowhere }
    }
    stage T { touchpoint Pay "Checkout" { channel web } }
}`)).svg;
        const links = [...elements(svg)].filter(e => classes(e).includes('jm-next'));
        assert.equal(links.length, 2);
        const [resolved, unresolved] = links;
        assert.equal(resolved.attrs['data-next'], 'touchpoint:J.T.Pay');
        assert.equal(resolved.attrs.role, 'link');
        assert.equal(resolved.attrs.tabindex, '0');
        assert.equal(resolved.attrs['aria-label'], 'Next: Checkout');
        assert.match(visibleText(resolved), /→ Checkout/);
        assert.equal(unresolved.attrs['data-next'], undefined);
        assert.equal(unresolved.attrs.role, undefined);
        assert.equal(unresolved.attrs.tabindex, undefined);
        assert.ok(classes(unresolved).includes('jm-unresolved'));
        assert.ok([...elements(svg)].some(e => e.attrs['data-id'] === 'touchpoint:J.T.Pay' && e.attrs.role === 'button'), 'the target card is on the map');
    });
});
