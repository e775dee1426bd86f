// The DOM patcher with cells waiting outside the page (a wide map's first draw, virtual-columns.ts): one
// placeholder for each run of waiting cells, and after any run of edits, draws and fills the page equals a fresh render.
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { journeyWithTouchpoints } from '../../bench/render.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { applyModelDelta, diffModels } from '../../src/protocol/model-delta.js';
import { RenderMemo } from '../../src/render/render-memo.js';
import { renderMap } from '../../src/render/render-map.js';
import type { VNode } from '../../src/render/vnode.js';
import { DomPatcher } from '../../src/webview/patch-dom.js';
import { inSpan, outsideSpan, type Span } from '../../src/webview/virtual-columns.js';
import { modelOf } from '../fixtures/view-models.js';
import { Random } from '../fuzz/random.js';

function container(): Element {
    return new JSDOM('<!DOCTYPE html><div id="map"></div>').window.document.getElementById('map')!;
}

const LANE_CELLS = '.jm-lane > g > .jm-el';

function comments(root: Element): Comment[] {
    const found: Comment[] = [];
    const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
    while (walker.nextNode()) {
        found.push(walker.currentNode as Comment);
    }
    return found;
}

/** How many lane cells a map has (children of the groups that hold them, as virtual-columns.ts finds them). */
function laneCells(node: VNode): number {
    if (typeof node === 'string') return 0;
    if (node.attrs.class?.startsWith('jm-lane ')) {
        const cells = node.children.find(child => typeof child !== 'string' && child.tag === 'g' && child.attrs.class === undefined);
        return typeof cells === 'object' ? cells.children.filter(cell => typeof cell !== 'string' && (cell.attrs.class ?? '').startsWith('jm-el')).length : 0;
    }
    return node.children.reduce((sum: number, child) => sum + laneCells(child), 0);
}

/** The markup a fresh page draws of `model`, whole. */
function fresh(model: JourneyMapModel): { markup: string; cells: number } {
    const root = container();
    new DomPatcher(root).render(renderMap(model).svg);
    return { markup: root.innerHTML, cells: root.querySelectorAll(LANE_CELLS).length };
}

/** The model the preview holds after `edit` arrives as a delta (unchanged objects kept, as the memo needs them). */
function edited(model: JourneyMapModel, edit: (m: JourneyMapModel) => void): JourneyMapModel {
    const next = structuredClone(model);
    next.documentVersion++;
    edit(next);
    return applyModelDelta(model, JSON.parse(JSON.stringify(diffModels(model, next))));
}

describe('DOM patch of a map with cells waiting outside the page', function () {
    this.timeout(60000);
    let wide: JourneyMapModel;
    before(async () => {
        wide = await modelOf(journeyWithTouchpoints(120));
    });

    it('leaves each run of waiting cells side by side out under one placeholder, and puts them all in as a fresh render has them', () => {
        const root = container();
        const patcher = new DomPatcher(root);
        const { svg, width } = renderMap(wide);
        patcher.render(svg, outsideSpan({ from: width / 2, to: width / 2 + 1200 }));
        const whole = fresh(wide);
        assert.equal(laneCells(svg), whole.cells);
        const inPage = root.querySelectorAll(LANE_CELLS).length;
        assert.equal(patcher.waiting, whole.cells - inPage, 'every cell not in the page is counted as waiting');
        assert.ok(patcher.waiting > 300, `${patcher.waiting} cells wait`);
        // The cells left and right of the span in each lane: two runs a lane at most (the emotion marks come after the
        // curve and the stages' levels, which are never left out).
        const placeholders = comments(root);
        const lanes = root.querySelectorAll('.jm-lane').length;
        assert.ok(placeholders.length <= 2 * lanes, `${placeholders.length} placeholders for ${lanes} lanes`);
        for (const placeholder of placeholders) {
            assert.ok(placeholder.parentElement?.parentElement?.matches('.jm-lane'), 'a placeholder stands among a lane\'s cells');
        }
        assert.equal(patcher.fill(), whole.cells - inPage);
        assert.equal(patcher.waiting, 0);
        assert.equal(comments(root).length, 0);
        assert.equal(root.innerHTML, whole.markup);
    });

    it('puts in part of a run by place, by id and a few at a time, each cell in its place, the rest waiting under fewer placeholders', () => {
        const root = container();
        const patcher = new DomPatcher(root);
        const { svg, width } = renderMap(wide);
        patcher.render(svg, outsideSpan({ from: 0, to: 1000 }));
        const waiting = patcher.waiting;
        // Some cells from the left of the run that waits: the run's placeholder stays after them.
        assert.equal(patcher.fill(undefined, 5), 5);
        assert.equal(patcher.waiting, waiting - 5);
        // Cells in the middle of the map: the run is cut in two.
        const middle: Span = { from: width / 2, to: width / 2 + 400 };
        const inMiddle = patcher.fill(node => inSpan(node, middle));
        assert.ok(inMiddle > 0);
        assert.equal(patcher.waiting, waiting - 5 - inMiddle);
        for (const cell of Array.from(root.querySelectorAll(LANE_CELLS))) {
            assert.equal(cell.nextSibling?.nodeType === 8 && cell.nextSibling.nextSibling?.nodeType === 8, false, 'no two placeholders side by side');
        }
        const card = 'touchpoint:Big.S9.T3';
        assert.equal(root.querySelector(`[data-id="${card}"]`), null);
        assert.ok(patcher.fillId(card) > 0);
        assert.ok(root.querySelector(`.jm-card[data-id="${card}"]`), 'asked for by id, it is in the page');
        assert.equal(patcher.fillId(card), 0, 'once');
        patcher.fill();
        assert.equal(root.innerHTML, fresh(wide).markup);
    });

    it('equals a fresh render after any run of edits, draws of other spans and partial fills', async () => {
        const random = new Random(16);
        const edits: Array<(m: JourneyMapModel, r: Random) => void> = [
            (m, r) => { const s = r.pick(m.journeys[0].stages); const t = s.touchpoints.length ? r.pick(s.touchpoints) : undefined; if (t) t.title = r.chance(0.3) ? `${t.title} grown long enough to wrap onto the card's third line and be cut there` : `${t.title}!`; },
            (m, r) => { const s = r.pick(m.journeys[0].stages); if (s.touchpoints.length > 1) s.touchpoints.splice(r.int(0, s.touchpoints.length - 1), 1); },
            (m, r) => { const s = r.pick(m.journeys[0].stages); if (s.touchpoints.length) s.touchpoints.push({ ...structuredClone(s.touchpoints[0]), id: `${s.touchpoints[0].id}x${r.int(0, 1e6)}`, title: 'A new one' }); },
            (m, r) => { const t = r.pick(r.pick(m.journeys[0].stages).touchpoints); if (t) t.pains = r.chance(0.5) ? [] : [...t.pains, 'Another pain, written at length so that it takes a few lines of the note']; },
            (m, r) => { const stages = m.journeys[0].stages; const [moved] = stages.splice(r.int(0, stages.length - 1), 1); stages.splice(r.int(0, stages.length), 0, moved); },
            (m, r) => { const t = r.pick(r.pick(m.journeys[0].stages).touchpoints); if (t) t.emotion = r.int(-2, 2); },
            (m, r) => { if (m.owners[0]) m.owners[0].title = `Owner ${r.int(0, 9)}`; }
        ];
        let model = wide;
        const memo = new RenderMemo();
        const root = container();
        const patcher = new DomPatcher(root);
        const span = (width: number): Span | undefined => {
            if (random.chance(0.1)) return undefined;
            const from = random.next() * width;
            return { from, to: from + random.int(200, 3000) };
        };
        let drawn = renderMap(model, { memo });
        patcher.render(drawn.svg, outsideSpan(span(drawn.width) ?? { from: 0, to: 1000 }));
        for (let step = 0; step < 40; step++) {
            const edit = random.pick(edits);
            model = edited(model, m => edit(m, random));
            drawn = renderMap(model, { memo });
            const view = span(drawn.width);
            patcher.render(drawn.svg, view ? outsideSpan(view) : undefined);
            if (random.chance(0.4)) {
                const near = span(drawn.width);
                patcher.fill(near ? node => inSpan(node, near) : undefined, random.int(1, 30));
            }
            if (random.chance(0.2)) {
                const cells = Array.from(root.querySelectorAll('.jm-card')).map(card => card.getAttribute('data-id')!);
                patcher.fillId(random.pick(model.journeys[0].stages.flatMap(s => s.touchpoints.map(t => t.id)).filter(id => !cells.includes(id))) ?? 'none');
            }
            const inPage = root.querySelectorAll(LANE_CELLS).length;
            assert.equal(patcher.waiting, laneCells(drawn.svg) - inPage, `step ${step}: the cells waiting are counted`);
            if (step % 10 === 9) {
                // A page left alone puts every cell in: then it is the fresh render's map.
                patcher.fill();
                assert.equal(patcher.waiting, 0);
                assert.equal(root.innerHTML, fresh(model).markup, `step ${step}`);
            }
        }
        patcher.fill();
        assert.equal(root.innerHTML, fresh(model).markup);
    });
});
