import * as assert from 'node:assert/strict';
import { isJourneyMapModel } from '../../src/model/view-model-guard.js';
import { exampleModels } from '../fixtures/view-models.js';

describe('view model guard', () => {
    it('accepts the view model of every example, also after a trip through JSON', async () => {
        for (const [name, model] of Object.entries(await exampleModels())) {
            assert.ok(isJourneyMapModel(model), name);
            assert.ok(isJourneyMapModel(JSON.parse(JSON.stringify(model))), name);
        }
    });

    it('rejects a model once any field of the second edition has the wrong shape', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const touchpoint = (m: any) => m.journeys[0].stages[1].touchpoints[0];
        const broken: Array<(m: any) => void> = [
            m => { delete m.evidence; },
            m => { m.evidence[0].kind = 'kpi'; },
            m => { m.evidence[0].sample = '1240'; },
            m => { m.evidence[0].origin = 3; },
            m => { m.journeys[0].stages[1].personaEmotions[0].emotion = '+1'; },
            m => { m.journeys[0].stages[1].personas = [{ name: 'Studerende' }]; },
            m => { m.journeys[0].stages[0].citations = null; },
            m => { touchpoint(m).personaEmotions = [{ persona: 'Studerende', emotion: 1 }]; },
            m => { touchpoint(m).passedBy = undefined; },
            m => { touchpoint(m).passedByFrom = 'everyone'; },
            m => { touchpoint(m).citations[0].on = 'need'; },
            m => { touchpoint(m).citations[0].evidence = ['Brugerundersøgelse']; },
            m => { touchpoint(m).backstage[0].owner = 'Digital'; },
            m => { touchpoint(m).support = [{ owner: { name: 'Digital', resolved: true } }]; },
            m => { touchpoint(m).continues.journey = 'Udlån'; },
            m => { touchpoint(m).continues.sameDocument = 'yes'; }
        ];
        for (const breakIt of broken) {
            const copy = structuredClone(model);
            breakIt(copy);
            assert.equal(isJourneyMapModel(copy), false, breakIt.toString());
        }
    });

    it('with a set of checked objects, walks only the objects it has not checked before: a changed path is checked again, the rest trusted', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const checked = new WeakSet<object>();
        const base = structuredClone(model);
        assert.ok(isJourneyMapModel(base, checked));
        const stage = base.journeys[0].stages[1];
        assert.ok(checked.has(base.journeys[0]) && checked.has(stage) && checked.has(stage.touchpoints[0]));
        // A delta's result: new objects along the changed path, the others kept.
        const broken = { ...base, journeys: [{ ...base.journeys[0], stages: base.journeys[0].stages.map(s => s === stage
            ? { ...stage, touchpoints: [{ ...stage.touchpoints[0], passedBy: 'everyone' }, ...stage.touchpoints.slice(1)] } : s) }] };
        assert.equal(isJourneyMapModel(broken, checked), false, 'the new touchpoint is checked');
        assert.equal(checked.has(broken.journeys[0]), false, 'what failed is not remembered');
        const fixed = { ...base, journeys: [{ ...base.journeys[0], stages: base.journeys[0].stages.map(s => s === stage
            ? { ...stage, touchpoints: [{ ...stage.touchpoints[0], title: 'Renamed' }, ...stage.touchpoints.slice(1)] } : s) }] };
        assert.ok(isJourneyMapModel(fixed, checked));
        // Objects in the set are trusted (the caller promised not to change them); without the set, all is checked.
        (base.journeys[0].stages[0] as any).touchpoints = 'changed after the check';
        assert.ok(isJourneyMapModel(base, checked));
        assert.equal(isJourneyMapModel(base), false);
    });
});
