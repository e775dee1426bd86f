import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { RenderMemo } from '../../src/render/render-memo.js';
import { renderMap } from '../../src/render/render-map.js';
import { childrenBuilt, copyElement, elementId, firstChild, h, lazy, LazyElement, toMarkup, type VElement, type VNode } from '../../src/render/vnode.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';

/** Every element of a tree, building whatever it reads (as exports do). */
function elements(node: VNode, out: VElement[] = []): VElement[] {
    if (typeof node !== 'string') {
        out.push(node);
        node.children.forEach(child => elements(child, out));
    }
    return out;
}

/** The elements of a tree whose insides are not built yet, found without building any. */
function unbuilt(node: VNode, out: VElement[] = []): VElement[] {
    if (typeof node !== 'string') {
        if (!childrenBuilt(node)) {
            out.push(node);
        } else {
            node.children.forEach(child => unbuilt(child, out));
        }
    }
    return out;
}

/** A journey whose cards, notes, KPI boxes and stage headers differ in height (wrapped titles, owners, measures, links). */
const VARIED = `
owner Ops "Operations"
kpi Nps "Net promoter score, measured every quarter across all channels" { owner Ops target >= 40 current 35 }
persona Shopper "Someone buying"
journey Varied "Cells of every height" {
    persona Shopper
    stage Find "Finding the product among far too many others on the shelf" {
        owner Ops
        goal "Find the right product quickly, without asking anyone for help in the shop"
        need "Clear signs"
        pain "The shelves are long and the labels are small, so it takes a while to find anything"
        touchpoint Search "Search on the website for the product by its name, brand and size" {
            channel web
            owner Ops
            measures Nps
            pain "Results are slow"
            pain "Filters reset when going back to the list, which customers find annoying"
            next Compare
        }
        touchpoint Compare "Compare" {
            channel app
            opportunity "Side by side view"
            continues Varied.Pay
        }
    }
    stage Pay "Pay" {
        emotion -1
        touchpoint Checkout "Checkout" { channel web measures Nps measures Missing }
    }
}
`;

describe('cells laid out at once, built when drawn', () => {
    it('builds a lazy element\'s children once, on first read, and reads its first child without building them', () => {
        let built = 0;
        const frame = h('rect', { width: 10 });
        const element = lazy('g', { class: 'cell', x: 1.25 }, frame, () => { built++; return [h('text', {}, ['inside']), 'tail']; }, 'key');
        assert.equal(childrenBuilt(element), false);
        assert.equal(firstChild(element), frame);
        assert.equal(built, 0, 'reading the first child builds nothing');
        assert.equal(toMarkup(element), toMarkup(h('g', { class: 'cell', x: 1.25 }, [h('rect', { width: 10 }), h('text', {}, ['inside']), 'tail'], 'key')));
        assert.equal(childrenBuilt(element), true);
        assert.equal(element.children, element.children, 'the same children at every read');
        assert.equal(built, 1);
        assert.equal(element.key, 'key');
        assert.equal(firstChild(h('g', {}, ['text'])), 'text');
    });

    it('makes a lazy element\'s attributes once, on first read, and answers its place and id without making them', () => {
        let made = 0;
        let built = 0;
        const element = new LazyElement('g', () => { made++; return { class: 'cell', x: 1.25, hidden: undefined, 'aria-label': 'A <label>' }; },
            () => { built++; return [h('rect', { width: 10 })]; }, 'key', { from: 1.25, to: 11.25, className: 'cell', id: 'Cell' });
        assert.equal(elementId(element), 'Cell');
        assert.deepEqual(element.place, { from: 1.25, to: 11.25, className: 'cell', id: 'Cell' });
        assert.equal(made + built, 0, 'its place and id are read without making anything');
        assert.equal(element.attributesBuilt, false);
        assert.equal(toMarkup(element), '<g class="cell" x="1.3" aria-label="A &lt;label&gt;"><rect width="10"/></g>');
        assert.equal(element.attrs, element.attrs, 'the same attributes at every read');
        assert.equal(element.children, element.children, 'the same children at every read');
        assert.deepEqual([made, built], [1, 1]);
        assert.equal(elementId(element), undefined, 'once made, the attributes answer (this one has no data-id)');
        // A copy is a plain element with the same attributes, children and key (a spread would lose the prototype's getters).
        const copy = copyElement(element, { children: ['text'] });
        assert.deepEqual(copy, { tag: 'g', attrs: element.attrs, children: ['text'], key: 'key' });
        assert.equal(toMarkup(copyElement(element, {})), toMarkup(element));
    });

    it('leaves the insides of cards, notes, KPI boxes, stage headers and emotion marks unbuilt after a render, and they hold no element ids', async () => {
        const models = [...Object.values(await exampleModels()), await modelOf(VARIED)];
        for (const model of models) {
            const { svg } = renderMap(model);
            const waiting = unbuilt(svg);
            const kinds = new Set(waiting.map(cell => (cell as LazyElement).place!.className.split(' ')[1]));
            if (model.journeys.some(j => j.stages.some(s => s.touchpoints.length > 0))) {
                for (const kind of ['jm-card', 'jm-stage']) {
                    assert.ok(kinds.has(kind), `${model.uri}: ${[...kinds].join()}`);
                }
            }
            for (const cell of waiting) {
                // A cell makes its attributes (its label among them) when first read, and says where it is and its id before.
                assert.ok(cell instanceof LazyElement && !cell.attributesBuilt, `${model.uri}: its attributes wait`);
                const place = cell.place!;
                assert.ok(place.id, 'a cell with lazy insides is itself an element with an id');
                assert.equal(cell.attrs['data-id'], place.id);
                assert.equal(cell.attrs.class, place.className);
                const kind = cell.attrs.class.split(' ')[1];
                const [x] = /^translate\(([-\d.]+) /.exec(cell.attrs.transform)!.slice(1).map(Number);
                assert.equal(place.from, x, `${kind} ${place.id}`);
                // As wide as its frame: a rectangle, or a point for an emotion mark (a circle).
                const frame = cell.children.find((child): child is VElement => typeof child !== 'string' && child.attrs.class === 'jm-frame')!;
                assert.equal(Math.round((place.to - place.from) * 10) / 10, frame.tag === 'circle' ? 0 : Number(frame.attrs.width), `${kind} ${place.id}: as wide as its frame`);
                // The preview finds waiting cells by id without building them: the ids are the cells' own.
                const inside = cell.children.slice(1).flatMap(child => elements(child));
                assert.deepEqual(inside.filter(e => e.attrs['data-id'] !== undefined).map(e => e.attrs['data-id']), [], `${model.uri}: ${cell.attrs['data-id']}`);
            }
        }
        const varied = unbuilt(renderMap(models[models.length - 1]).svg).map(cell => cell.attrs.class);
        for (const kind of ['jm-card', 'jm-stage', 'jm-pain', 'jm-opportunity', 'jm-kpi', 'jm-point']) {
            assert.ok(varied.some(c => c.split(' ').includes(kind)), `${kind} in ${varied.join()}`);
        }
    });

    it('sizes each cell to its insides: the lowest text of a built cell sits inside its frame, and cells of one lane are as tall as the tallest inside', async () => {
        const model = await modelOf(VARIED);
        const { svg } = renderMap(model);
        const cells = unbuilt(svg);
        const cards = cells.filter(cell => cell.attrs.class.includes('jm-card'));
        assert.equal(cards.length, 3);
        const heightOf = (cell: VElement) => Number((firstChild(cell) as VElement).attrs.height);
        assert.equal(new Set(cards.map(heightOf)).size, 1, 'cards of a lane share a height');
        // The lowest baseline of the text in a cell, from the cell's top (groups inside it move their text down).
        const lowest = (node: VElement, top = 0): number => {
            const moved = /^translate\([-\d.]+ ([-\d.]+)\)$/.exec(node.attrs.transform ?? '');
            const y = top + (moved && node.attrs['data-id'] === undefined ? Number(moved[1]) : 0);
            const own = node.tag === 'text' || node.tag === 'tspan' ? [y + Number(node.attrs.y ?? 0)] : [];
            return Math.max(-Infinity, ...own, ...node.children.filter((c): c is VElement => typeof c !== 'string').map(c => lowest(c, y)));
        };
        // Under the last line of the tallest cell of a lane: the rest of that line (a line of body text is 3.95 below its
        // baseline, of small text 3.3) and the cell's padding (10 in a card or a stage header, 7 in a note, 8 in a KPI box).
        // A cell laid out taller or shorter than what it holds leaves more or less.
        const bottomRoom: Record<string, number> = { 'jm-stage': 13.9, 'jm-card': 13.3, 'jm-note': 10.3, 'jm-kpi': 11.3 };
        for (const [kind, room] of Object.entries(bottomRoom)) {
            const ofKind = cells.filter(cell => cell.attrs.class.split(' ').includes(kind));
            assert.ok(ofKind.length > 0, kind);
            const least = Math.min(...ofKind.map(cell => heightOf(cell) - lowest(cell)));
            assert.equal(Math.round(least * 10) / 10, room, kind);
        }
    });

    it('builds the same insides whenever they are read: in any order, after later renders of an edited model through the same memo', async () => {
        const models = [...Object.values(await exampleModels()), await modelOf(VARIED)];
        for (const model of models) {
            const fresh = toMarkup(renderMap(model).svg);
            const memo = new RenderMemo();
            const first = renderMap(model, { memo });
            // Later renders through the same memo (an edit, then the model again) before the first render's cells are read.
            const changed: JourneyMapModel = structuredClone(model);
            changed.documentVersion++;
            for (const journey of changed.journeys) {
                for (const stage of journey.stages) {
                    stage.title += ' (edited)';
                    for (const touchpoint of stage.touchpoints) touchpoint.title = `Edited ${touchpoint.title}`;
                }
            }
            const later = renderMap(changed, { memo });
            renderMap(model, { memo });
            // Read the first render's cells from the last to the first, then the whole tree.
            for (const cell of unbuilt(first.svg).reverse()) {
                void cell.children;
            }
            assert.equal(toMarkup(first.svg), fresh, model.uri);
            assert.equal(toMarkup(later.svg), toMarkup(renderMap(changed).svg), model.uri);
        }
    });
});
