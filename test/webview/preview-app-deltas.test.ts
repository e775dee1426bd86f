import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { ModelForwarding } from '../../src/extension/preview/model-forwarding.js';
import { diffModels } from '../../src/protocol/model-delta.js';
import { renderMap } from '../../src/render/render-map.js';
import { toMarkup } from '../../src/render/vnode.js';
import { exampleModels } from '../fixtures/view-models.js';
import { freshMarkup, previewInJsdom } from './jsdom-preview.js';

describe('preview with deltas', () => {
    it('draws each update, and after a run of them shows what a fresh page draws of the last model', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const source = model.uri;
        const page = previewInJsdom();
        const forwarding = new ModelForwarding();
        page.send({ type: 'source', source, label: 'webshop', locked: false });
        page.send(forwarding.message(source, model));
        let current = model;
        const edits: Array<(m: JourneyMapModel) => void> = [
            m => { m.journeys[0].stages[3].touchpoints[0].title = 'Parcel tracking, renamed with a title long enough to wrap onto another line'; },
            m => { m.journeys[0].stages[2].touchpoints.splice(1, 1); },
            m => { m.journeys[0].stages[0].pains.push('A new pain on the first stage'); },
            m => { m.journeys[0].stages.reverse(); }
        ];
        for (const edit of edits) {
            const next = structuredClone(current);
            next.documentVersion++;
            edit(next);
            const message = forwarding.message(source, next);
            assert.equal(message.type, 'update');
            page.send(message);
            assert.equal(page.markup(), freshMarkup(next));
            current = next;
        }
        assert.match(page.markup()!, /renamed with a title/);
        assert.equal(page.markup(), toMarkupInDom(current), 'the fresh page draws what the renderer gives');
        assert.deepEqual(page.posted.filter(m => m.type === 'needModel'), []);
        assert.deepEqual(page.posted.filter(m => m.type === 'rendered').map(m => m.type === 'rendered' && m.documentVersion),
            [model.documentVersion, ...edits.map((_, i) => model.documentVersion + i + 1)]);
    });

    it('after a whole model, checks only the objects an update changed: the host\'s set of checked objects is its cache\'s', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const source = model.uri;
        const added: object[] = [];
        const checked = new class extends WeakSet<object> {
            override add(value: object): this {
                added.push(value);
                return super.add(value);
            }
        }();
        const page = previewInJsdom(undefined, checked);
        page.send({ type: 'source', source, label: 'webshop', locked: false });
        page.send({ type: 'render', source, model });
        const elements = model.journeys.length + model.kpis.length + model.evidence.length
            + model.journeys[0].stages.reduce((n, stage) => n + 1 + stage.touchpoints.length, 0);
        assert.equal(added.length, elements, 'each journey, stage, touchpoint, KPI and evidence of the whole model');
        const next = structuredClone(model);
        next.documentVersion++;
        next.journeys[0].stages[3].touchpoints[0].title = 'Renamed';
        added.length = 0;
        page.send({ type: 'update', source, ...diffModels(model, next) });
        assert.deepEqual(page.posted.filter(m => m.type === 'needModel'), []);
        assert.deepEqual(added.map(o => (o as { id: string }).id), [
            next.journeys[0].stages[3].touchpoints[0].id, next.journeys[0].stages[3].id, next.journeys[0].id
        ], 'the new touchpoint and the new objects on its path only');
        assert.equal(page.markup(), freshMarkup(next));
    });

    it('asks for the whole model when an update is against a version it does not hold, and draws nothing from it', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const source = model.uri;
        const page = previewInJsdom();
        page.send({ type: 'source', source, label: 'webshop', locked: false });
        const skipped = structuredClone(model);
        skipped.documentVersion++;
        const next = structuredClone(skipped);
        next.documentVersion++;
        next.journeys[0].title = 'Renamed';
        page.send({ type: 'update', source, ...diffModels(skipped, next) });
        assert.deepEqual(page.posted.at(-1), { type: 'needModel', source }, 'no model at all');
        page.send({ type: 'render', source, model });
        const before = page.markup();
        page.send({ type: 'update', source, ...diffModels(skipped, next) });
        assert.deepEqual(page.posted.at(-1), { type: 'needModel', source }, 'a model of another version');
        assert.equal(page.markup(), before);
        page.send({ type: 'render', source, model: next });
        assert.equal(page.markup(), freshMarkup(next));
    });
});

/** The renderer's markup of `model` as a DOM serialises it. */
function toMarkupInDom(model: JourneyMapModel): string {
    const dom = new JSDOM(`<!DOCTYPE html><body><div id="map">${toMarkup(renderMap(model).svg)}</div></body>`);
    return dom.window.document.querySelector('#map > svg')!.outerHTML;
}
