import * as assert from 'node:assert/strict';
import { isLocale, LOCALES, readerWords } from '../../src/language/reader-words.js';
import { TRANSLATIONS } from '../../src/language/translations.js';
import { ENGLISH, type Vocabulary } from '../../src/language/vocabulary.js';

function keys(value: unknown, prefix = ''): string[] {
    return typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)];
}

function leaves(vocabulary: Vocabulary): Array<[string, string]> {
    return keys(vocabulary).map(key => [key, key.split('.').reduce<any>((node, part) => node[part], vocabulary) as string]);
}

describe("the reader's words", () => {
    it('has every English word in Danish, Norwegian and Swedish, none empty, each placeholder kept', () => {
        // The English kind words carry their article too, which only English grammar needs.
        const english = new Map(leaves(ENGLISH).filter(([key]) => !key.endsWith('.article')));
        for (const [locale, vocabulary] of Object.entries(TRANSLATIONS)) {
            const translated = new Map(leaves(vocabulary));
            assert.deepEqual([...translated.keys()].sort(), [...english.keys()].sort(), locale);
            for (const [key, text] of translated) {
                assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
                assert.equal((text.match(/\{\d\}/g) ?? []).join(), (english.get(key)!.match(/\{\d\}/g) ?? []).join(), `${locale} ${key} keeps its placeholders`);
            }
        }
    });

    it('knows its four locales and nothing else', () => {
        assert.deepEqual([...LOCALES], ['en', 'da', 'nb', 'sv']);
        assert.ok(isLocale('nb'));
        assert.ok(!isLocale('no'));
        assert.ok(!isLocale(undefined));
    });

    it('counts with each language\'s plural and writes numbers as its readers do', () => {
        assert.equal(readerWords('en').count(1, 'stage'), '1 stage');
        assert.equal(readerWords('da').count(3, 'stage'), '3 faser');
        assert.equal(readerWords('nb').count(1, 'touchpoint'), '1 kontaktpunkt');
        assert.equal(readerWords('sv').count(2, 'opportunity'), '2 möjligheter');
        assert.equal(readerWords('da').count(1200, 'pain'), '1.200 smertepunkter');
        assert.equal(readerWords('en').quantity({ value: 2.1, percent: true }), '2.1%');
        assert.equal(readerWords('da').quantity({ value: 2.1, percent: true }), '2,1\u00a0%');
        assert.equal(readerWords('sv').quantity({ value: 99.99, percent: true }), '99,99\u00a0%');
        assert.equal(readerWords('nb').quantity({ value: 41200, percent: false }, 'personer'), '41\u00a0200 personer');
        assert.equal(readerWords('en').target({ value: 3, percent: true, comparator: '<=' }), '≤ 3%');
        assert.equal(readerWords('sv').kpiFigures({ target: { value: 3, percent: true }, current: undefined }), 'mål ≥ 3\u00a0% · inget aktuellt värde');
    });

    it('writes dates in the reader\'s language and leaves other text as written', () => {
        assert.equal(readerWords('en').date('2026-10'), 'October 2026');
        assert.equal(readerWords('da').date('2026-12-05'), '5. december 2026');
        assert.equal(readerWords('nb').date('2026-12'), 'desember 2026');
        assert.equal(readerWords('sv').date('2026-02-30'), '2026-02-30');
        assert.equal(readerWords('sv').date('spring 2026'), 'spring 2026');
    });

    it('says statuses, emotions and channels in the reader\'s language', () => {
        assert.equal(readerWords('sv').status('on-track'), 'på rätt spår');
        assert.equal(readerWords('nb').status('on-track'), 'i rute');
        assert.equal(readerWords('da').emotion(-2), '-2 (meget negativ)');
        assert.equal(readerWords('sv').emotion(5), '+5 (utanför skalan)');
        assert.equal(readerWords('da').channel('store'), 'butik');
        assert.equal(readerWords('nb').channel(undefined), 'ingen kanal');
        assert.equal(readerWords('da').phrase('mapOf', 'Nettbutikk'), 'Kort over Nettbutikk');
        assert.equal(readerWords('en').inheritedFrom('stage'), 'from stage');
    });
});
