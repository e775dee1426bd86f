import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { applyModelDelta, diffModels } from '../../src/protocol/model-delta.js';
import { RenderMemo } from '../../src/render/render-memo.js';
import { renderMap } from '../../src/render/render-map.js';
import { toMarkup, type VElement, type VNode } from '../../src/render/vnode.js';
import { exampleModels } from '../fixtures/view-models.js';

function find(node: VNode, test: (element: VElement) => boolean): VElement | undefined {
    if (typeof node === 'string') return undefined;
    if (test(node)) return node;
    for (const child of node.children) {
        const found = find(child, test);
        if (found) return found;
    }
    return undefined;
}

const card = (id: string) => (e: VElement) => e.attrs['data-id'] === id && e.attrs.class?.includes('jm-card');

/** The model the webview holds after this edit arrives as a delta. */
function edited(model: JourneyMapModel, edit: (m: JourneyMapModel) => void): JourneyMapModel {
    const next = structuredClone(model);
    next.documentVersion++;
    edit(next);
    return applyModelDelta(model, JSON.parse(JSON.stringify(diffModels(model, next))));
}

describe('map render with a memo of the last render', () => {
    it('draws exactly what a render without one draws, over a run of edits, under a lens and in another language', async () => {
        const models = await exampleModels();
        for (const [name, first] of Object.entries(models)) {
            const memo = new RenderMemo();
            let model = JSON.parse(JSON.stringify(first)) as JourneyMapModel;
            const edits: Array<(m: JourneyMapModel) => void> = [
                m => { const t = m.journeys[0]?.stages[0]?.touchpoints[0]; if (t) t.title = `${t.title} with many more words so that it wraps onto a third line of the card`; },
                m => { const s = m.journeys[0]?.stages[1]; if (s) s.touchpoints.reverse(); },
                m => { const s = m.journeys[0]?.stages[0]; if (s) s.pains.push('A pain long enough to make the pain lane taller than it was before this edit came'); },
                m => { if (m.owners[0]) m.owners[0].title = 'Renamed owner'; },
                m => { const t = m.journeys[0]?.stages[2]?.touchpoints[0]; if (t) t.emotion = -2; },
                m => { m.journeys[0]?.stages.splice(1, 1); },
                m => { const t = m.journeys[0]?.stages[0]?.touchpoints; if (t && t.length > 1) t[0].title = t[1].title; }
            ];
            for (const [i, edit] of edits.entries()) {
                model = edited(model, edit);
                for (const options of [{}, { locale: 'da' as const }, { persona: model.personas[0]?.id }]) {
                    assert.equal(toMarkup(renderMap(model, { ...options, memo }).svg), toMarkup(renderMap(model, options).svg), `${name}, edit ${i}, ${JSON.stringify(options)}`);
                }
                assert.equal(toMarkup(renderMap(model, { memo }).svg), toMarkup(renderMap(model).svg), `${name}, edit ${i}, back to no lens`);
            }
        }
    });

    it('gives the very same trees for what an edit left alone, and new ones for what it changed', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const memo = new RenderMemo();
        const before = renderMap(model, { memo }).svg;
        const next = edited(model, m => { m.journeys[0].stages[3].touchpoints[0].title = 'Parcel tracking, renamed'; });
        const after = renderMap(next, { memo }).svg;
        const untouched = 'touchpoint:Webshop.Purchase.Checkout';
        assert.ok(find(before, card(untouched)));
        assert.equal(find(after, card(untouched)), find(before, card(untouched)), 'an untouched card');
        const changed = 'touchpoint:Webshop.Delivery.Tracking';
        assert.notEqual(find(after, card(changed)), find(before, card(changed)));
        assert.match(toMarkup(find(after, card(changed))!), /Parcel tracking, renamed/);
        // A new set of definitions (here: an owner renamed) draws everything again.
        const owners = edited(next, m => { m.owners[0].title = 'Another name'; });
        assert.notEqual(find(renderMap(owners, { memo }).svg, card(untouched)), find(after, card(untouched)));
    });

    it('keeps the definitions section through an edit in a journey, and draws it again when the definitions or its place change', async () => {
        const { 'kundereise.journey': model } = await exampleModels();
        const definitions = (svg: VElement) => find(svg, e => e.attrs.class === 'jm-definitions');
        const memo = new RenderMemo();
        const before = definitions(renderMap(model, { memo }).svg);
        assert.ok(before, 'the example draws its definitions');
        const titled = edited(model, m => { m.journeys[0].stages[0].touchpoints[0].title = 'Renamed'; });
        assert.equal(definitions(renderMap(titled, { memo }).svg), before, 'the same tree after a title edit');
        // The map grows taller: the section moves down, drawn again where it now is.
        const taller = edited(titled, m => {
            for (let i = 0; i < 6; i++) m.journeys[0].stages[0].pains.push(`Pain ${i}, long enough to make the pain lane taller than it was before this edit came`);
        });
        const moved = definitions(renderMap(taller, { memo }).svg);
        assert.notEqual(moved, before);
        assert.equal(toMarkup(moved!), toMarkup(definitions(renderMap(taller).svg)!));
        const renamed = edited(taller, m => { m.kpis[0].title = 'Another KPI name'; });
        const redrawn = definitions(renderMap(renamed, { memo }).svg);
        assert.notEqual(redrawn, moved);
        assert.match(toMarkup(redrawn!), /Another KPI name/);
    });

    it('keeps only the pieces of the last render', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const memo = new RenderMemo();
        renderMap(model, { memo });
        const full = memo.size;
        const fewer = edited(model, m => { m.journeys[0].stages.splice(1, 3); });
        renderMap(fewer, { memo });
        assert.ok(memo.size < full, `${memo.size} < ${full}`);
    });

    it('computes every piece once in a first render, finds them in the next, and drops what a render did not use', () => {
        const memo = new RenderMemo();
        const computed: string[] = [];
        const piece = (key: string, deps: unknown[]) => memo.remember('slot', key, deps, () => { computed.push(key); return { key }; });
        memo.begin(['scope']);
        piece('a', [1]);
        piece('b', [2]);
        // The same key twice in a first render (which looks nothing up): computed again, kept once.
        const a = piece('a', [1]);
        memo.end();
        assert.equal(memo.size, 2);
        memo.begin(['scope']);
        assert.equal(piece('a', [1]), a, 'found again, the very same');
        piece('b', [3]);
        memo.end();
        assert.equal(memo.size, 2, 'every piece used: none dropped');
        memo.begin(['scope']);
        assert.equal(piece('a', [1]), a);
        assert.equal(piece('a', [1]), a, 'twice in a render that looks pieces up');
        memo.end();
        assert.equal(memo.size, 1, 'b was not used: dropped');
        memo.begin(['another scope']);
        assert.notEqual(piece('a', [1]), a, 'a new scope keeps nothing');
        memo.end();
        assert.deepEqual(computed, ['a', 'b', 'a', 'b', 'a']);
    });

    it('tells apart pieces of the same id in different slots, and drops unused pieces of every slot', () => {
        const memo = new RenderMemo();
        const piece = (slot: string, id: string, deps: unknown[]) => memo.remember(slot, id, deps, () => ({ slot, id }));
        memo.begin([]);
        const card = piece('card', 'x', [1]);
        const note = piece('note', 'x', [1]);
        piece('note', 'y', [1]);
        memo.end();
        assert.notEqual(card, note);
        assert.equal(memo.size, 3);
        memo.begin([]);
        assert.equal(piece('card', 'x', [1]), card);
        assert.equal(piece('note', 'x', [1]), note);
        memo.end();
        assert.equal(memo.size, 2, "note y was not used: dropped");
        memo.begin([]);
        assert.equal(piece('note', 'x', [1]), note);
        const changed = piece('card', 'x', [2]);
        assert.notEqual(changed, card, 'other inputs: computed again');
        memo.end();
        assert.equal(memo.size, 2);
        memo.begin([]);
        assert.equal(piece('card', 'x', [2]), changed, 'kept with its new inputs');
        memo.end();
        assert.equal(memo.size, 1);
    });
});
