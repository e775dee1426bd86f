import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { diffModels } from '../../src/protocol/model-delta.js';
import { PushedModels } from '../../src/protocol/pushed-models.js';
import { exampleModels } from '../fixtures/view-models.js';

/** As a push crosses the connection: JSON. */
function json<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

function retitled(model: JourneyMapModel, title: string): JourneyMapModel {
    const copy = structuredClone(model);
    copy.documentVersion = model.documentVersion + 1;
    copy.journeys[0].stages[1].touchpoints[0].title = title;
    return copy;
}

describe('pushed view models (the client end)', () => {
    const uri = 'file:///w/webshop.journey';

    it('holds the whole model pushed, and applies the deltas that follow it, keeping what did not change', async () => {
        const { 'webshop.journey': v1 } = await exampleModels();
        const v2 = retitled(v1, 'Renamed');
        const pushed = new PushedModels();
        const first = pushed.receive(json({ uri, model: v1 }));
        assert.equal(first.kind, 'model');
        const held = pushed.model(uri)!;
        const second = pushed.receive(json({ uri, delta: diffModels(v1, v2) }));
        assert.equal(second.kind, 'model');
        const model = (second as { model: JourneyMapModel }).model;
        assert.deepEqual(model, json(v2));
        assert.equal(pushed.model(uri), model);
        // Structural sharing: the stages the delta does not reach are the objects held before.
        assert.equal(model.journeys[0].stages[0], held.journeys[0].stages[0]);
        assert.notEqual(model.journeys[0].stages[1], held.journeys[0].stages[1]);
    });

    it('asks once for the whole model when a delta does not fit, passes over the deltas until it comes, then applies deltas again', async () => {
        const { 'webshop.journey': v1 } = await exampleModels();
        const v2 = retitled(v1, 'Two');
        const v3 = retitled(v2, 'Three');
        const v4 = retitled(v3, 'Four');
        const pushed = new PushedModels();
        // Nothing held yet.
        assert.equal(pushed.receive({ uri, delta: diffModels(v1, v2) }).kind, 'resync');
        assert.equal(pushed.receive({ uri, delta: diffModels(v2, v3) }).kind, 'skipped');
        assert.equal(pushed.receive(json({ uri, model: v3 })).kind, 'model');
        const fourth = pushed.receive(json({ uri, delta: diffModels(v3, v4) }));
        assert.equal(fourth.kind, 'model');
        assert.deepEqual((fourth as { model: JourneyMapModel }).model, json(v4));
        // Against another version than the one held.
        const resync = pushed.receive({ uri, delta: diffModels(v2, v3) });
        assert.equal(resync.kind, 'resync');
        assert.match((resync as { reason: string }).reason, /version 3/);
        assert.equal(pushed.model(uri), undefined);
    });

    it('asks for the whole model when a delta of the right version does not fit the shape of the model held', async () => {
        const { 'webshop.journey': v1 } = await exampleModels();
        const pushed = new PushedModels();
        pushed.receive(json({ uri, model: v1 }));
        const outcome = pushed.receive({ uri, delta: { documentVersion: v1.documentVersion + 1, baseVersion: v1.documentVersion, changes: { fields: { journeys: { fields: { x: { set: 1 } } } } } } });
        assert.equal(outcome.kind, 'resync');
    });

    it('keeps documents apart, forgets one or all, and drops a document the server no longer knows', async () => {
        const { 'webshop.journey': v1 } = await exampleModels();
        const other = 'file:///w/other.journey';
        const pushed = new PushedModels();
        pushed.receive(json({ uri, model: v1 }));
        pushed.receive(json({ uri: other, model: v1 }));
        pushed.forget(other);
        assert.equal(pushed.model(other), undefined);
        assert.ok(pushed.model(uri));
        assert.deepEqual(pushed.receive({ uri, model: null }), { kind: 'model', uri, model: null });
        assert.equal(pushed.model(uri), undefined);
        pushed.receive(json({ uri, model: v1 }));
        pushed.forget();
        assert.equal(pushed.model(uri), undefined);
        assert.equal(pushed.receive({ uri, delta: diffModels(v1, retitled(v1, 'x')) }).kind, 'resync');
    });
});
