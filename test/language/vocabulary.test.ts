import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import {
    fillPlaceholders,
    clampEmotion, describeTarget, ELEMENT_KINDS, EMOTION_RANGE, EMOTION_WORDS, emotionText, inheritedFrom, kindNoun, kindOfType,
    kpiFigures, plural, STATUS_WORDS, typeNoun, withArticle
} from '../../src/language/vocabulary.js';

describe('vocabulary', () => {
    it('imports nothing, so every layer may use it', () => {
        const text = readFileSync(new URL('../../src/language/vocabulary.ts', import.meta.url), 'utf8');
        assert.deepEqual(ts.preProcessFile(text, true, true).importedFiles, []);
    });

    it('names each element kind with its plural and article', () => {
        assert.deepEqual(ELEMENT_KINDS.map(kind => withArticle(kind)),
            ['a journey', 'a stage', 'a touchpoint', 'an owner', 'a persona', 'a KPI', 'evidence']);
        assert.deepEqual(ELEMENT_KINDS.map(kind => kindNoun(kind, 2)), ['journeys', 'stages', 'touchpoints', 'owners', 'personas', 'KPIs', 'evidence']);
        assert.equal(withArticle('Owner'), 'an owner');
        assert.equal(kindOfType('Kpi'), 'kpi');
        assert.equal(kindOfType('Quantity'), undefined);
        assert.equal(typeNoun('Kpi'), 'KPI');
        assert.equal(typeNoun('Emotion'), 'Emotion');
    });

    it('fills a phrase\'s placeholders with plain text: a $ in a file name is not a replacement pattern', () => {
        assert.equal(fillPlaceholders('{0} (locked)', 'a$&b$\'.journey'), 'a$&b$\'.journey (locked)');
        assert.equal(fillPlaceholders('{1} of {0}', 'x', 'y'), 'y of x');
        assert.equal(fillPlaceholders('{0} and {1}', 'x'), 'x and ');
    });

    it('counts with the right plural', () => {
        assert.equal(plural(1, 'journey'), '1 journey');
        assert.equal(plural(2, 'journey'), '2 journeys');
        assert.equal(plural(3, 'opportunity'), '3 opportunities');
        assert.equal(plural(0, 'KPI'), '0 KPIs');
        assert.equal(plural(2, 'file'), '2 files');
    });

    it('words every emotion of the range and says when a value is outside it', () => {
        for (let value = EMOTION_RANGE.min; value <= EMOTION_RANGE.max; value++) {
            assert.ok(EMOTION_WORDS[value], `no word for ${value}`);
        }
        assert.equal(emotionText(1), '+1 (positive)');
        assert.equal(emotionText(-2), '-2 (very negative)');
        assert.equal(emotionText(7), '+7 (out of range)');
        assert.equal(clampEmotion(7), EMOTION_RANGE.max);
        assert.equal(clampEmotion(-9), EMOTION_RANGE.min);
    });

    it('has one wording per KPI status and reads targets alike everywhere', () => {
        assert.deepEqual(STATUS_WORDS, { 'on-track': 'on track', 'off-track': 'off track', unknown: 'no status' });
        assert.equal(describeTarget({ comparator: '>=', text: '3%' }), '≥ 3%');
        assert.equal(describeTarget({ text: '3%' }), '≥ 3%');
        assert.equal(describeTarget({ comparator: '<', text: '4 min' }), '< 4 min');
        assert.equal(kpiFigures({ target: { comparator: '<=', text: '5' } }), 'target ≤ 5 · no current value');
        assert.equal(inheritedFrom('stage'), 'from stage');
        assert.equal(inheritedFrom('touchpoint'), undefined);
    });
});
