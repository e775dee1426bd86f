import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { diffModels } from '../../src/protocol/model-delta.js';
import { decodeHostMessage, encodeHostMessage } from '../../src/protocol/webview-protocol.js';
import { ModelCache } from '../../src/webview/model-cache.js';
import { exampleModels } from '../fixtures/view-models.js';

describe('preview model cache', () => {
    /** A whole model as the page receives it, its objects checked into `checked`, and the delta of a title edit against it. */
    async function received(checked: WeakSet<object>) {
        const { 'webshop.journey': model } = await exampleModels();
        const message = decodeHostMessage(encodeHostMessage({ type: 'render', source: model.uri, model }), checked);
        assert.equal(message?.type, 'render');
        const whole = (message as { model: JourneyMapModel }).model;
        const next = structuredClone(whole);
        next.documentVersion = whole.documentVersion + 1;
        next.journeys[0].stages[0].touchpoints[0].title = 'Renamed';
        return { whole, delta: diffModels(whole, next) };
    }

    it('checks only what an update changed once the whole model came checked with the host\'s set', async () => {
        const checked = new WeakSet<object>();
        const { whole, delta } = await received(checked);
        const untouched = whole.journeys[0].stages[1].touchpoints[0];
        assert.ok(checked.has(whole.journeys[0]) && checked.has(untouched), 'the whole model\'s elements are in the set');
        const cache = new ModelCache(checked);
        cache.set(whole.uri, whole);
        // Changed in place, as nothing in the page does: an object in the set is trusted, so only the changed path is walked.
        (untouched as { title: unknown }).title = 7;
        assert.ok(cache.update(whole.uri, delta));
        assert.equal(cache.get(whole.uri)?.journeys[0].stages[0].touchpoints[0].title, 'Renamed');
    });

    it('checks the whole result of an update when the whole model was checked without its set', async () => {
        const { whole, delta } = await received(new WeakSet<object>());
        const cache = new ModelCache();
        cache.set(whole.uri, whole);
        (whole.journeys[0].stages[1].touchpoints[0] as { title: unknown }).title = 7;
        assert.equal(cache.update(whole.uri, delta), false);
        assert.equal(cache.get(whole.uri), whole);
    });
});
