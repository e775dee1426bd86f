import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { applyModelDelta, DeltaMismatch, diffModels, type ModelDelta } from '../../src/protocol/model-delta.js';
import { parseHostMessage } from '../../src/protocol/webview-protocol.js';
import { ModelForwarding } from '../../src/extension/preview/model-forwarding.js';
import { ModelCache } from '../../src/webview/model-cache.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';

/** As the delta crosses to the webview: JSON. */
function sent(delta: ModelDelta): ModelDelta {
    return JSON.parse(JSON.stringify(delta)) as ModelDelta;
}

/** A model as it reaches the webview (JSON has no undefined fields). */
function json<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

function next(model: JourneyMapModel, change: (copy: JourneyMapModel) => void): JourneyMapModel {
    const copy = structuredClone(model);
    copy.documentVersion = model.documentVersion + 1;
    change(copy);
    return copy;
}

describe('model deltas', () => {
    it('turn the base model into the new one for titles changed, elements added, removed and moved, and fields dropped', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const edits: Array<(m: JourneyMapModel) => void> = [
            m => { m.journeys[0].stages[1].touchpoints[0].title = 'Renamed'; },
            m => { m.journeys[0].stages[2].touchpoints.unshift({ ...structuredClone(m.journeys[0].stages[2].touchpoints[0]), id: 'touchpoint:Webshop.Purchase.New' }); },
            m => { m.journeys[0].stages[0].touchpoints.pop(); },
            m => { m.journeys[0].stages.reverse(); },
            m => { delete m.journeys[0].stages[0].touchpoints[0].owner; },
            m => { m.journeys[0].stages[0].pains.push('A new pain'); },
            m => { m.owners = []; m.kpis.splice(0, 1); },
            m => { m.syntaxErrors = [{ message: 'x', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } }]; },
            m => { m.journeys = []; }
        ];
        for (const edit of edits) {
            const changed = next(model, edit);
            const delta = sent(diffModels(model, changed));
            assert.deepEqual(applyModelDelta(json(model), delta), json(changed), edit.toString());
            // And back again.
            const back = sent(diffModels(changed, { ...structuredClone(model), documentVersion: changed.documentVersion + 1 }));
            assert.deepEqual(applyModelDelta(json(changed), back), json({ ...model, documentVersion: changed.documentVersion + 1 }), `back: ${edit.toString()}`);
        }
    });

    it('carry only the changed element for a one-title edit, and keep every other element the same object', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const changed = next(model, m => { m.journeys[0].stages[3].touchpoints[0].title = 'Parcel tracking, renamed'; });
        const delta = sent(diffModels(model, changed));
        const size = JSON.stringify(delta).length;
        assert.ok(size < 600, `${size} characters: ${JSON.stringify(delta)}`);
        assert.match(JSON.stringify(delta), /touchpoint:Webshop\.Delivery\.Tracking/);
        const applied = applyModelDelta(model, delta);
        assert.equal(applied.journeys[0].stages[3].touchpoints[0].title, 'Parcel tracking, renamed');
        assert.equal(applied.journeys[0].stages[0], model.journeys[0].stages[0], 'an untouched stage');
        assert.equal(applied.journeys[0].stages[3].touchpoints[1], model.journeys[0].stages[3].touchpoints[1], 'an untouched touchpoint');
        assert.equal(applied.owners, model.owners);
        assert.notEqual(applied.journeys[0].stages[3], model.journeys[0].stages[3]);
        assert.equal(model.journeys[0].stages[3].touchpoints[0].title, 'Parcel tracking', 'the base is left as it was');
    });

    it('are empty when nothing changed but the version', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" } }');
        const delta = diffModels(model, { ...structuredClone(model), documentVersion: 9 });
        assert.deepEqual(delta.changes, { fields: { documentVersion: { set: 9 } } });
        assert.equal(delta.baseVersion, model.documentVersion);
        assert.equal(delta.documentVersion, 9);
    });

    it('refuse to apply to another version, or to a base without the elements they change', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" touchpoint U "Two" } }');
        const changed = next(model, m => { m.journeys[0].stages[0].touchpoints[1].title = 'Second'; });
        const delta = sent(diffModels(model, changed));
        assert.throws(() => applyModelDelta({ ...model, documentVersion: model.documentVersion - 1 }, delta), DeltaMismatch);
        const other = structuredClone(model);
        other.journeys[0].stages[0].touchpoints.pop();
        assert.throws(() => applyModelDelta(other, delta), DeltaMismatch);
    });
});

describe('update messages', () => {
    it('are checked like every host message: versions, shape, and no field that reaches a prototype', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" } }');
        const changed = next(model, m => { m.journeys[0].title = 'Other'; });
        const message = JSON.parse(JSON.stringify({ type: 'update', source: 'file:///a.journey', ...diffModels(model, changed) }));
        assert.deepEqual(parseHostMessage(message), message);
        assert.equal(parseHostMessage({ ...message, baseVersion: 'one' }), undefined);
        assert.equal(parseHostMessage({ ...message, changes: { fields: { title: { ids: [1], items: {} } } } }), undefined);
        assert.equal(parseHostMessage({ ...message, changes: JSON.parse('{"fields":{"__proto__":{"set":{"polluted":true}}}}') }), undefined);
        assert.equal(parseHostMessage({ ...message, changes: { fields: {}, removed: ['constructor'] } }), undefined);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('go out as the whole model first, then as what changed, and whole again once forgotten', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" } }');
        const changed = next(model, m => { m.journeys[0].title = 'Other'; });
        const forwarding = new ModelForwarding();
        assert.equal(forwarding.message('file:///a.journey', model).type, 'render');
        const update = forwarding.message('file:///a.journey', changed);
        assert.equal(update.type, 'update');
        assert.equal(forwarding.message('file:///b.journey', model).type, 'render', 'another document');
        forwarding.forget();
        assert.equal(forwarding.message('file:///b.journey', changed).type, 'render');
    });
});

describe('the webview\'s model cache with deltas', () => {
    it('applies a delta against the version it holds, and refuses one against another version or with none held', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" } }');
        const second = next(model, m => { m.journeys[0].stages[0].touchpoints[0].title = 'Two'; });
        const third = next(second, m => { m.journeys[0].stages[0].touchpoints[0].title = 'Three'; });
        const cache = new ModelCache();
        assert.equal(cache.update('a', sent(diffModels(model, second))), false, 'no model yet');
        cache.set('a', structuredClone(model));
        assert.equal(cache.update('a', sent(diffModels(second, third))), false, 'a delta against a version the cache lacks');
        assert.deepEqual(cache.get('a'), model, 'left as it was');
        assert.equal(cache.update('a', sent(diffModels(model, second))), true);
        assert.equal(cache.update('a', sent(diffModels(second, third))), true);
        assert.deepEqual(cache.get('a'), third);
    });

    it('refuses a delta whose result is not a model', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T "One" } }');
        const cache = new ModelCache();
        cache.set('a', model);
        const broken: ModelDelta = { documentVersion: model.documentVersion + 1, baseVersion: model.documentVersion, changes: { fields: { documentVersion: { set: model.documentVersion + 1 }, journeys: { set: 'none' } } } };
        assert.equal(cache.update('a', broken), false);
        assert.equal(cache.get('a'), model);
    });
});
