import * as assert from 'node:assert/strict';
import { chromeWordsFor } from '../../src/cli/chrome-words.js';
import { LOCALES } from '../../src/language/reader-words.js';
import { ENGLISH_CHROME } from '../../src/render/html-page.js';

describe('the map controls\' words for journey serve and journey build', () => {
    it('are English for en and when no locale is given', () => {
        assert.deepEqual(chromeWordsFor('en'), ENGLISH_CHROME);
        assert.deepEqual(chromeWordsFor(), ENGLISH_CHROME);
    });

    it('come from the extension\'s l10n bundle of each Nordic locale, every word translated, placeholders kept', () => {
        for (const locale of LOCALES.filter(l => l !== 'en')) {
            const words = chromeWordsFor(locale);
            for (const [key, english] of Object.entries(ENGLISH_CHROME) as Array<[keyof typeof ENGLISH_CHROME, string]>) {
                assert.ok(words[key].length > 0, `${locale} ${key}`);
                assert.equal(words[key].includes('{0}'), english.includes('{0}'), `${locale} ${key} keeps {0}`);
            }
            assert.notEqual(words.zoomIn, ENGLISH_CHROME.zoomIn, `${locale} translates the zoom button`);
        }
        assert.equal(chromeWordsFor('sv').actualSize, 'Verklig storlek (1)');
    });
});
