import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { LOCALES, readerWords, type Locale } from '../../../src/language/reader-words.js';
import type { JourneyDiff, PropertyChange } from '../../../src/model/diff/diff-model.js';
import { diffAsMarkdown, MARKDOWN_HEADING } from '../../../src/model/diff/diff-markdown-report.js';
import { diffAsText } from '../../../src/model/diff/diff-text-report.js';
import { propertyLabel, propertyLines } from '../../../src/model/diff/diff-wording.js';
import { ROOT } from '../../helpers.js';
import { DEFINITIONS, diffFiles, diffTexts, SHOP } from '../../fixtures/diff-fixtures.js';
import { editedExamples } from '../../fixtures/edited-examples.js';

/**
 * The reports of one diff of the reference examples, whole, in each language:
 * test/fixtures/diff-reports/. They were read by their languages' readers;
 * `JOURNEY_UPDATE_SNAPSHOTS=1` writes them again after a deliberate change,
 * to be read again in the diff of the commit.
 */
const SNAPSHOTS = path.join(ROOT, 'test', 'fixtures', 'diff-reports');

function matchesSnapshot(actual: string, name: string): void {
    const file = path.join(SNAPSHOTS, name);
    if (process.env.JOURNEY_UPDATE_SNAPSHOTS === '1') {
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(file, actual);
    }
    assert.ok(existsSync(file), `${name} is missing: run with JOURNEY_UPDATE_SNAPSHOTS=1`);
    assert.equal(actual, readFileSync(file, 'utf8'), name);
}

let examples: JourneyDiff;

async function examplesDiff(): Promise<JourneyDiff> {
    if (!examples) {
        const { base, head } = editedExamples();
        examples = await diffFiles(base, head);
    }
    return examples;
}

function lines(text: string): string[] {
    return text.split('\n');
}

describe("diff reports in the reader's language", function () {
    this.timeout(20000);

    for (const locale of LOCALES) {
        it(`writes the text and Markdown reports of the reference examples' changes in ${locale} as read and kept`, async () => {
            const diff = await examplesDiff();
            matchesSnapshot(diffAsText(diff, readerWords(locale)) + '\n', `examples.${locale}.txt`);
            matchesSnapshot(diffAsMarkdown(diff, readerWords(locale)), `examples.${locale}.md`);
        });
    }

    it('stays English, byte for byte, without a reader\'s words', async () => {
        const diff = await examplesDiff();
        assert.equal(diffAsText(diff), diffAsText(diff, readerWords('en')));
        assert.equal(diffAsMarkdown(diff), diffAsMarkdown(diff, readerWords('en')));
        assert.ok(diffAsMarkdown(diff).startsWith(`${MARKDOWN_HEADING}\n`));
        const text = lines(diffAsText(diff));
        assert.ok(text.includes('journey Webshop'));
        assert.ok(text.includes('definitions'));
        assert.ok(text.includes('             stage order: Reservering, Afhentning → Afhentning, Reservering'), text.join('\n'));
        assert.ok(text.includes('             emotion for Studerende: -2 → -1'));
        assert.ok(text.includes('             evidence: - Brugerundersøgelse for pain "Koden til appen kommer først dagen efter"'));
        assert.ok(text.includes('             current: 41200 people → 1043500 people'), 'English figures as the journey writes them');
        assert.match(text[text.length - 1], /^27 changes: 1 journey removed, 2 journeys changed, 1 stage added, /);
    });

    it('says the headings, verbs, kinds and counts in Danish', async () => {
        const text = lines(diffAsText(await examplesDiff(), readerWords('da')));
        assert.equal(text[0], 'rejse Indmeldelse');
        assert.ok(text.includes('definitioner'));
        assert.ok(text.some(line => /^ {2}ændret {4}kontaktpunkt Purchase\.Checkout {2}webshop\.journey:\d+$/.test(line)), text.join('\n'));
        assert.ok(text.some(line => /^ {2}omdøbt {4}kontaktpunkt Awareness\.GoogleSearch "Google search" \(fra Awareness\.Search, samme titel\) /.test(line)));
        assert.ok(text.some(line => /^ {2}flyttet {3}kontaktpunkt Delivery\.Newsletter "Monthly newsletter" \(fra Loyalty\.Newsletter\) /.test(line)));
        assert.ok(text.some(line => /^ {2}tilføjet {2}fase Returns \(2 kontaktpunkter\) /.test(line)));
        assert.ok(text.some(line => /^ {2}fjernet {3}rejse Nettbutikk "Digital kundereise" \(5 faser, 8 kontaktpunkter\) /.test(line)));
        assert.equal(text[text.length - 1], '27 ændringer: 1 rejse fjernet, 2 rejser ændret, 1 fase tilføjet, 2 faser ændret, 1 kontaktpunkt omdøbt, '
            + '1 kontaktpunkt flyttet, 4 kontaktpunkter ændret, 1 ejer tilføjet, 3 ejere fjernet, 1 ejer ændret, 1 persona fjernet, 1 persona ændret, '
            + '3 KPI’er fjernet, 3 KPI’er ændret, 2 evidens ændret');
    });

    it('says them in Norwegian bokmål', async () => {
        const text = lines(diffAsText(await examplesDiff(), readerWords('nb')));
        assert.equal(text[0], 'reise Indmeldelse');
        assert.ok(text.includes('definisjoner'));
        assert.ok(text.some(line => /^ {2}lagt til {2}fase Returns \(2 kontaktpunkter\) /.test(line)), text.join('\n'));
        assert.ok(text.some(line => /^ {2}omdøpt {4}kontaktpunkt Awareness\.GoogleSearch "Google search" \(fra Awareness\.Search, samme tittel\) /.test(line)));
        assert.ok(text.includes('              kanal: nett → app'));
        assert.ok(text.includes('              fasenes rekkefølge: Reservering, Afhentning → Afhentning, Reservering'));
        assert.match(text[text.length - 1], /^27 endringer: 1 reise fjernet, 2 reiser endret, 1 fase lagt til, .*, 3 KPI-er endret, 2 belegg endret$/);
    });

    it('says them in Swedish, the verbs as nouns as the compare view does, the counts in the perfect', async () => {
        const text = lines(diffAsText(await examplesDiff(), readerWords('sv')));
        assert.equal(text[0], 'resa Indmeldelse');
        assert.ok(text.includes('definitioner'));
        // The verb column is as wide as the longest verb, `borttagning`, and a space; then a space as in English.
        assert.ok(text.some(line => /^ {2}borttagning {2}resa Nettbutikk "Digital kundereise" \(5 faser, 8 kontaktpunkter\) /.test(line)), text.join('\n'));
        assert.ok(text.some(line => /^ {2}tillägg {6}fas Returns \(2 kontaktpunkter\) /.test(line)));
        assert.ok(text.includes('                 känsla hos Studerende: -2 → -1'), 'property lines indented past the verb column');
        assert.match(text[text.length - 1], /^27 ändringar: 1 resa har tagits bort, 2 resor har ändrats, 1 fas har lagts till, .*, 2 underlag har ändrats$/);
    });

    it('names every property the diff reports in the reader\'s words, English as the diff\'s own names', () => {
        const expected: Record<string, Record<Exclude<Locale, 'en'>, string>> = {
            title: { da: 'titel', nb: 'tittel', sv: 'titel' },
            description: { da: 'beskrivelse', nb: 'beskrivelse', sv: 'beskrivning' },
            owner: { da: 'ejer', nb: 'eier', sv: 'ägare' },
            personas: { da: 'personaer', nb: 'personaer', sv: 'personas' },
            goal: { da: 'mål', nb: 'mål', sv: 'mål' },
            need: { da: 'behov', nb: 'behov', sv: 'behov' },
            goals: { da: 'mål', nb: 'mål', sv: 'mål' },
            needs: { da: 'behov', nb: 'behov', sv: 'behov' },
            emotion: { da: 'følelse', nb: 'følelse', sv: 'känsla' },
            'emotion for Anna': { da: 'følelse hos Anna', nb: 'følelse hos Anna', sv: 'känsla hos Anna' },
            pains: { da: 'smertepunkter', nb: 'smertepunkter', sv: 'smärtpunkter' },
            opportunities: { da: 'muligheder', nb: 'muligheter', sv: 'möjligheter' },
            evidence: { da: 'evidens', nb: 'belegg', sv: 'underlag' },
            measures: { da: 'måler', nb: 'måler', sv: 'mäter' },
            channel: { da: 'kanal', nb: 'kanal', sv: 'kanal' },
            next: { da: 'næste', nb: 'neste', sv: 'nästa' },
            backstage: { da: 'bag kulisserne', nb: 'bak kulissene', sv: 'bakom kulisserna' },
            support: { da: 'støttefunktioner', nb: 'støttefunksjoner', sv: 'stödfunktioner' },
            continues: { da: 'fortsætter i', nb: 'fortsetter i', sv: 'fortsätter i' },
            contact: { da: 'kontakt', nb: 'kontakt', sv: 'kontakt' },
            target: { da: 'mål', nb: 'mål', sv: 'mål' },
            current: { da: 'aktuelt', nb: 'nå', sv: 'nu' },
            unit: { da: 'enhed', nb: 'enhet', sv: 'enhet' },
            source: { da: 'kilde', nb: 'kilde', sv: 'källa' },
            date: { da: 'dato', nb: 'dato', sv: 'datum' },
            url: { da: 'url', nb: 'url', sv: 'url' },
            sample: { da: 'stikprøve', nb: 'utvalg', sv: 'urval' },
            'stage order': { da: 'fasernes rækkefølge', nb: 'fasenes rekkefølge', sv: 'fasernas ordningsföljd' }
        };
        for (const [property, translations] of Object.entries(expected)) {
            assert.equal(propertyLabel(property, readerWords('en')), property, 'English says the diff\'s own name');
            for (const [locale, label] of Object.entries(translations)) {
                assert.equal(propertyLabel(property, readerWords(locale as Locale)), label, `${locale} ${property}`);
            }
        }
        // A property a later diff reports before it has words: its own name rather than nothing.
        assert.equal(propertyLabel('colour', readerWords('da')), 'colour');
    });

    it('writes KPI figures and samples as the map does, and leaves other values as written', () => {
        const show = (property: PropertyChange, locale: Locale) => propertyLines(property, value => value, readerWords(locale));
        const target = { property: 'target', before: '≥ 2.5%', after: '≤ -1200.75 minutes' };
        assert.deepEqual(show(target, 'en'), ['target: ≥ 2.5% → ≤ -1200.75 minutes']);
        assert.deepEqual(show(target, 'da'), ['mål: ≥ 2,5\u00a0% → ≤ -1.200,75 minutes']);
        assert.deepEqual(show(target, 'nb'), ['mål: ≥ 2,5\u00a0% → ≤ −1\u00a0200,75 minutes']);
        assert.deepEqual(show({ property: 'current', after: '41200 people' }, 'sv'), ['nu: (ingen) → 41\u00a0200 people']);
        assert.deepEqual(show({ property: 'sample', before: '412', after: '1310' }, 'da'), ['stikprøve: 412 → 1.310']);
        assert.deepEqual(show({ property: 'channel', before: 'web', after: 'email' }, 'sv'), ['kanal: webb → e-post']);
        // Text that is not a figure, and a channel the language does not know, stay as written.
        assert.deepEqual(show({ property: 'current', before: 'n/a', after: '12,5' }, 'da'), ['aktuelt: n/a → 12,5']);
        assert.deepEqual(show({ property: 'channel', before: 'fax' }, 'nb'), ['kanal: fax → (ingen)']);
        assert.deepEqual(show({ property: 'unit', before: '1000 kr' }, 'da'), ['enhed: 1000 kr → (ingen)']);
    });

    it('words the evidence a note cites and who does backstage work, keeping the note and the names as written', () => {
        const show = (property: PropertyChange, locale: Locale) => propertyLines(property, value => value, readerWords(locale));
        const evidence = { property: 'evidence', before: [], after: ['Survey for opportunity "for pain \\"x\\""'], added: ['Survey for opportunity "for pain \\"x\\""'], removed: [] };
        assert.deepEqual(show(evidence, 'en'), ['evidence: + Survey for opportunity "for pain \\"x\\""']);
        assert.deepEqual(show(evidence, 'da'), ['evidens: + Survey for muligheden "for pain \\"x\\""']);
        assert.deepEqual(show(evidence, 'sv'), ['underlag: + Survey för möjligheten "for pain \\"x\\""']);
        const backstage = { property: 'backstage', before: ['"Pack by hand"'], after: ['"Pack by hand" by Ops'], added: ['"Pack by hand" by Ops'], removed: ['"Pack by hand"'] };
        assert.deepEqual(show(backstage, 'nb'), ['bak kulissene: + "Pack by hand" av Ops', 'bak kulissene: - "Pack by hand"']);
        assert.deepEqual(show(backstage, 'en'), ['backstage: + "Pack by hand" by Ops', 'backstage: - "Pack by hand"']);
    });

    it('writes the Markdown comment in the reader\'s language: heading, summary, journey headings, columns, verbs', async () => {
        const markdown = diffAsMarkdown(await examplesDiff(), readerWords('da'));
        const text = lines(markdown);
        assert.equal(text[0], '### Ændringer i rejserne');
        assert.match(text[2], /^\*\*1 rejse fjernet · 2 rejser ændret · 1 fase tilføjet · /);
        assert.ok(text.includes('#### Rejse Webshop'));
        assert.ok(text.includes('#### Ejere, personaer og KPI’er'));
        assert.ok(text.includes('| | Element | Ændring | Hvor |'));
        const html = marked.parse(markdown, { async: false });
        assert.match(html, /<td>ændret<br>kanal: web → app<br>følelse: 😫 -2 → 🙁 -1<br>/);
        assert.match(html, /<td>omdøbt \(fra Awareness\.Search, samme titel\)<\/td>/);
        assert.match(html, /<td>ændret<br>mål: ≥ 2,5\u00a0% → ≥ 3,5\u00a0%<\/td>/);
        assert.doesNotMatch(html, /\b(changed|added|removed|renamed|moved|emotion|touchpoint|stage)\b/, 'no English word of ours left');
        const sv = lines(diffAsMarkdown(await examplesDiff(), readerWords('sv')));
        assert.equal(sv[0], '### Ändringar i resorna');
        assert.ok(sv.includes('| | Element | Ändring | Var |'));
        assert.ok(sv.includes('#### Ägare, personas och KPI:er'));
        const nb = lines(diffAsMarkdown(await examplesDiff(), readerWords('nb')));
        assert.equal(nb[0], '### Endringer i reisene');
        assert.ok(nb.includes('#### Reise Udlån'));
    });

    it('keeps the journeys\' text as written and escaped in every language', async () => {
        const head = SHOP.replace('touchpoint Cart "Shopping cart" { channel web emotion -1 }',
            'touchpoint Cart "Shopping cart" { channel web emotion -1 pain "Coupon | field @team <img src=x> *bold*" }');
        const diff = await diffTexts(SHOP, head);
        for (const locale of LOCALES) {
            const words = readerWords(locale);
            assert.match(diffAsText(diff, words), /: \+ "Coupon \| field @team <img src=x> \*bold\*"$/m, locale);
            const markdown = diffAsMarkdown(diff, words);
            assert.match(markdown, /: \+ “Coupon \\\| field \\@team \\<img src=x\\> \\\*bold\\\*”/, locale);
            assert.match(markdown, / \*\*Buy\.Cart\*\* “Shopping cart” /, locale);
        }
    });

    it('escapes a persona\'s name in a property\'s label in Markdown, in every language', async () => {
        const head = SHOP.replace('touchpoint Cart "Shopping cart" { channel web emotion -1 }',
            'touchpoint Cart "Shopping cart" { channel web emotion -1 emotion +1 for _VIP_ }');
        const diff = await diffTexts(SHOP, head, `${DEFINITIONS}\npersona _VIP_\n`);
        assert.match(diffAsMarkdown(diff), /<br>emotion for \\_VIP\\_: \(none\) → \+1 \|/);
        assert.match(diffAsMarkdown(diff, readerWords('sv')), /<br>känsla hos \\_VIP\\_: \(ingen\) → \+1 \|/);
        assert.match(diffAsText(diff, readerWords('da')), /^ +følelse hos _VIP_: \(ingen\) → \+1$/m, 'text as written in the text report');
    });

    it('counts one change and several with the language\'s plural, and says when nothing changed', async () => {
        const one = await diffTexts(SHOP, SHOP.replace('touchpoint Pay {', 'touchpoint Payment {'));
        const expected: Record<Locale, [string, string, string, string]> = {
            en: ['1 change: 1 touchpoint renamed', 'No changes.', '### Journey changes', 'No changes to the journeys.'],
            da: ['1 ændring: 1 kontaktpunkt omdøbt', 'Ingen ændringer.', '### Ændringer i rejserne', 'Ingen ændringer i rejserne.'],
            nb: ['1 endring: 1 kontaktpunkt omdøpt', 'Ingen endringer.', '### Endringer i reisene', 'Ingen endringer i reisene.'],
            sv: ['1 ändring: 1 kontaktpunkt har bytt namn', 'Inga ändringar.', '### Ändringar i resorna', 'Inga ändringar i resorna.']
        };
        const none = await diffTexts(SHOP, SHOP);
        for (const [locale, [summary, noChanges, heading, noJourneyChanges]] of Object.entries(expected)) {
            const words = readerWords(locale as Locale);
            assert.equal(lines(diffAsText(one, words)).pop(), summary);
            assert.equal(diffAsText(none, words), noChanges);
            assert.equal(diffAsMarkdown(none, words), `${heading}\n\n${noJourneyChanges}\n`);
        }
    });
});
