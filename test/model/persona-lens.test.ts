import * as assert from 'node:assert/strict';
import {
    hasPersonaEmotions, journeyPersonas, lensJourney, modelPersonas, passes, personaEmotionAt, personaKey
} from '../../src/model/persona-lens.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';

describe('persona lens', () => {
    it('lists a journey\'s personas once, those it lists first, then those named on stages and touchpoints', async () => {
        const model = await modelOf('persona A\npersona B\njourney J { persona B\n stage S { emotion 1 for A\n touchpoint T { persona Ghost } } }');
        assert.deepEqual(journeyPersonas(model.journeys[0]).map(personaKey), ['persona:B', 'persona:A', 'Ghost']);
        assert.deepEqual(modelPersonas(model).map(p => p.name), ['B', 'A', 'Ghost']);
        assert.equal(hasPersonaEmotions(model.journeys[0]), true);
        const { 'webshop.journey': webshop } = await exampleModels();
        assert.equal(hasPersonaEmotions(webshop.journeys[0]), false);
    });

    it('keeps only the touchpoints a persona passes, and every stage', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const indmeldelse = model.journeys[0];
        const ole = lensJourney(indmeldelse, 'persona:Pensionist');
        assert.deepEqual(ole.stages.map(s => s.touchpoints.map(t => t.name)), [['Hjemmeside', 'Skranke'], []]);
        const mette = lensJourney(indmeldelse, 'persona:Studerende');
        assert.deepEqual(mette.stages.map(s => s.touchpoints.map(t => t.name)), [['Hjemmeside'], ['App']]);
        assert.equal(indmeldelse.stages[0].touchpoints.length, 2, 'the model itself is left alone');
    });

    it('lets everyone pass where nobody is named', async () => {
        const model = await modelOf('journey J { stage S { touchpoint T } }');
        assert.equal(passes(model.journeys[0].stages[0].touchpoints[0], 'persona:Anyone'), true);
    });

    it('reads a persona\'s emotion: its own, else the touchpoint\'s, else its own on the stage, else the stage\'s', async () => {
        const model = await modelOf(`persona A
persona B
journey J { persona A, B
    stage S { emotion -1 for A
        emotion +1
        touchpoint Own { emotion -2 for A }
        touchpoint Common { emotion 2 }
        touchpoint Staged
    }
    stage Empty { touchpoint Nothing }
}`);
        const [stage, empty] = model.journeys[0].stages;
        const [own, common, staged] = stage.touchpoints;
        assert.deepEqual(personaEmotionAt(stage, own, 'persona:A'), { value: -2, own: true });
        assert.deepEqual(personaEmotionAt(stage, own, 'persona:B'), { value: 1, own: false });
        assert.deepEqual(personaEmotionAt(stage, common, 'persona:A'), { value: 2, own: false });
        assert.deepEqual(personaEmotionAt(stage, staged, 'persona:A'), { value: -1, own: false });
        assert.deepEqual(personaEmotionAt(stage, staged, 'persona:B'), { value: 1, own: false });
        assert.equal(personaEmotionAt(empty, empty.touchpoints[0], 'persona:A'), undefined);
    });
});
