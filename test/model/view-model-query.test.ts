import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { elementAt, elementsById } from '../../src/model/view-model-query.js';
import { exampleModels as examples, modelsOf } from '../fixtures/view-models.js';

describe('view model queries', () => {
    const text = 'owner O\njourney J {\n  stage S {\n    touchpoint T { channel web }\n  }\n}\n';

    it('finds the innermost element at a position', async () => {
        const { 'main.journey': model } = await modelsOf({ 'main.journey': text });
        assert.equal(elementAt(model, { line: 3, character: 20 })?.id, 'touchpoint:J.S.T');
        assert.equal(elementAt(model, { line: 2, character: 4 })?.id, 'stage:J.S');
        assert.equal(elementAt(model, { line: 5, character: 0 })?.id, 'journey:J');
        assert.equal(elementAt(model, { line: 0, character: 3 })?.id, 'owner:O');
        assert.equal(elementAt(model, { line: 6, character: 0 }), undefined);
    });

    it('indexes every element by id', async () => {
        const { 'webshop.journey': model } = await examples();
        const byId = elementsById(model);
        assert.equal(byId.get('touchpoint:Webshop.Loyalty.Newsletter')?.title, 'Monthly newsletter');
        assert.equal(byId.get('kpi:NPS')?.kind, 'kpi');
        assert.equal(byId.size, 1 + 5 + 11 + 4 + 2 + 6);
    });
});
