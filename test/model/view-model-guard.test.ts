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
});
