import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LOCALES, type Locale } from '../../src/language/reader-words.js';
import { exportHtml } from '../../src/render/export-map.js';
import { mapTitle, prepareToRender, renderMap } from '../../src/render/render-map.js';
import { readerWords } from '../../src/language/reader-words.js';
import type { VNode } from '../../src/render/vnode.js';
import { ROOT } from '../helpers.js';
import { exampleModels } from '../fixtures/view-models.js';
import { elements } from '../fixtures/vnode-tree.js';

const SNAPSHOTS = path.join(ROOT, 'test', 'render', 'snapshots', 'words');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Every text a reader meets in a map, in order, once: what is drawn, tooltips and the screen reader's labels. */
function mapWords(svg: VNode): string[] {
    const seen = new Set<string>();
    for (const element of elements(svg)) {
        const texts = [
            ...element.children.filter((child): child is string => typeof child === 'string'),
            ...(element.attrs['aria-label'] !== undefined ? [String(element.attrs['aria-label'])] : [])
        ];
        for (const text of texts) seen.add(text.trim());
    }
    return [...seen].filter(text => text.length > 0 && !text.includes('{'));
}

describe("the map's words in the reader's language", () => {
    for (const locale of LOCALES) {
        it(`reads the Norwegian and Danish examples and the shared definitions in ${locale} as reviewed`, async () => {
            const models = await exampleModels();
            const words = ['kundereise.journey', 'bibliotek.journey', 'shared.journey']
                .flatMap(name => mapWords(renderMap(models[name], { locale }).svg));
            const text = `${words.join('\n')}\n`;
            const file = path.join(SNAPSHOTS, `examples.${locale}.txt`);
            if (UPDATE || !existsSync(file)) {
                mkdirSync(SNAPSHOTS, { recursive: true });
                writeFileSync(file, text);
            }
            assert.equal(text, readFileSync(file, 'utf8'), `run with UPDATE_SNAPSHOTS=1 to accept a deliberate change to ${file}`);
        });
    }

    // The Norwegian and Danish examples' own text has none of these, so any of them would be the map's own English.
    const english = new RegExp('\\b(Stage|Touchpoints?|Emotion|Pains?|Opportunit(y|ies)|KPIs|on track|off track|no owner|no channel|target|current|Journey|Owner'
        + '|from (stage|journey|its stage)|measured by|Backstage|Support|Line of visibility|Continues|Evidence|sample|not their own|unknown)\\b');
    for (const locale of LOCALES.filter(l => l !== 'en')) {
        it(`leaves none of the map's English words in ${locale}`, async () => {
            const models = await exampleModels();
            for (const name of ['kundereise.journey', 'bibliotek.journey']) {
                assert.deepEqual(mapWords(renderMap(models[name], { locale }).svg).filter(text => english.test(text)), [], name);
                assert.ok(mapWords(renderMap(models[name], { locale: 'en' }).svg).some(text => english.test(text)), 'the pattern finds the English words');
            }
        });
    }

    it('writes lane names, statuses and KPI figures in each language', async () => {
        const model = (await exampleModels())['kundereise.journey'];
        const lanes = (locale: Locale) => [...elements(renderMap(model, { locale }).svg)]
            .filter(e => String(e.attrs.class ?? '').startsWith('jm-lane ')).map(e => e.attrs['aria-label']);
        assert.deepEqual(lanes('en'), ['Stage', 'Touchpoints', 'Emotion', 'Pains', 'Opportunities', 'Backstage', 'Support', 'KPIs']);
        assert.deepEqual(lanes('da'), ['Fase', 'Kontaktpunkter', 'Følelse', 'Smertepunkter', 'Muligheder', 'Bag kulisserne', 'Støttefunktioner', 'KPI’er']);
        assert.deepEqual(lanes('nb'), ['Fase', 'Kontaktpunkter', 'Følelse', 'Smertepunkter', 'Muligheter', 'Bak kulissene', 'Støttefunksjoner', 'KPI-er']);
        assert.deepEqual(lanes('sv'), ['Fas', 'Kontaktpunkter', 'Känsla', 'Smärtpunkter', 'Möjligheter', 'Bakom kulisserna', 'Stödfunktioner', 'KPI:er']);
        const svWords = mapWords(renderMap(model, { locale: 'sv' }).svg);
        assert.ok(svWords.some(text => /^mål ≥ \d+(,\d+)? %/.test(text)), 'Swedish KPI figures use a decimal comma and a spaced %');
        assert.ok(svWords.includes('inte på rätt spår') || svWords.includes('på rätt spår'));
    });

    it('names the page and the map title in the reader\'s language', async () => {
        const model = (await exampleModels())['kundereise.journey'];
        assert.match(mapTitle(model, readerWords('da')), /^Kunderejsekort: /);
        const html = exportHtml(model, 'light', 'sv');
        assert.match(html, /<html lang="sv"/);
        assert.match(html, /<title>Kundresekarta: /);
    });
});

describe('a render prepared before the first model', () => {
    it('makes, for every language, the very words a render then uses', () => {
        for (const locale of LOCALES) {
            const words = prepareToRender(locale);
            assert.equal(words, readerWords(locale), locale);
            assert.equal(words.locale, locale);
            assert.equal(words.count(2, 'stage'), readerWords(locale).count(2, 'stage'));
        }
        assert.equal(prepareToRender(), readerWords(), 'the default language');
    });
});

