import * as assert from 'node:assert/strict';
import { mapLocaleFor } from '../../../src/extension/preview/map-locale-choice.js';

describe('the map language in VS Code', () => {
    it('is journey.config.json\'s locale when it sets one, whatever VS Code\'s display language', () => {
        assert.equal(mapLocaleFor('sv', 'da'), 'sv');
        assert.equal(mapLocaleFor('en', 'nb'), 'en');
    });

    it('else follows a Danish, Norwegian or Swedish display language, regional ones included', () => {
        assert.deepEqual(['da', 'nb', 'no', 'nn-NO', 'sv', 'sv-FI', 'NB-no', 'da_DK'].map(language => mapLocaleFor(undefined, language)),
            ['da', 'nb', 'nb', 'en', 'sv', 'sv', 'nb', 'da']);
    });

    it('else is English', () => {
        assert.deepEqual(['en', 'en-GB', 'de', 'fi', 'zh-cn', ''].map(language => mapLocaleFor(undefined, language)), ['en', 'en', 'en', 'en', 'en', 'en']);
    });
});
