/**
 * Which language a journey is written in, from the words of its titles, pains and
 * comments, so that the journey templates come in that language. Short texts of
 * closely related languages (Danish and Norwegian share most of their words) are
 * told apart by the words and spellings where they differ: `af`/`av`, `hvad`/`hva`,
 * `-hed`/`-het`, `æ ø` against `ä ö`. (A general trigram detector took short
 * Danish and Swedish phrases for Norwegian: a list of marker words does better on
 * the few words a journey file has.)
 */
import type { TemplateLanguage } from './journey-templates.js';

const MARKERS: Record<TemplateLanguage, readonly string[]> = {
    en: ['the', 'and', 'of', 'to', 'with', 'is', 'are', 'on', 'at', 'it', 'this', 'that', 'our', 'we', 'they', 'when', 'what',
        'how', 'their', 'your', 'you', 'not', 'be', 'after', 'before', 'too', 'an', 'customer', 'customers', 'buy', 'shop', 'team'],
    da: ['og', 'ikke', 'af', 'efter', 'hvad', 'ved', 'mig', 'dig', 'bliver', 'noget', 'meget', 'kun', 'nu', 'ud', 'op', 'hjælp',
        'spørgsmål', 'købe', 'købt', 'køb', 'jeg', 'er', 'til', 'fra', 'vores', 'kunden', 'kunder', 'når', 'også', 'hvordan',
        'mere', 'nogen', 'igen', 'hvis', 'selv', 'være', 'kommer', 'får', 'går'],
    nb: ['og', 'ikke', 'av', 'etter', 'hva', 'vet', 'meg', 'deg', 'blir', 'noe', 'mye', 'bare', 'nå', 'ut', 'opp', 'hjelp',
        'spørsmål', 'kjøpe', 'kjøpt', 'kjøp', 'jeg', 'er', 'til', 'fra', 'vår', 'våre', 'kunden', 'kunder', 'når', 'også',
        'hvordan', 'mer', 'noen', 'igjen', 'hvis', 'selv', 'være', 'kommer', 'får', 'går', 'hos'],
    sv: ['och', 'inte', 'att', 'är', 'för', 'av', 'efter', 'vad', 'mig', 'dig', 'blir', 'något', 'mycket', 'bara', 'nu', 'ut',
        'upp', 'hjälp', 'fråga', 'frågor', 'köpa', 'köpt', 'köp', 'jag', 'till', 'från', 'vår', 'våra', 'kunden', 'kunder',
        'när', 'också', 'hur', 'mer', 'någon', 'igen', 'om', 'själv', 'vara', 'kommer', 'får', 'går', 'hos', 'ett', 'det', 'som']
};

/** Word endings that only some of the languages spell so. */
const ENDINGS: ReadonlyArray<[RegExp, TemplateLanguage[]]> = [
    [/hed(?:en|er|erne)?$/u, ['da']],
    [/het(?:en|er|ene)?$/u, ['nb', 'sv']],
    [/skab(?:et|er)?$/u, ['da']],
    [/skap(?:et|er|en)?$/u, ['nb', 'sv']],
    [/sjon(?:en|er|ene)?$/u, ['nb']],
    [/tion(?:en|er|erna|s)?$/u, ['da', 'sv', 'en']]
];

/** Spellings inside words: `rejse`/`reise`, `køb`/`kjøp`, `net`/`nett`. */
const SPELLINGS: ReadonlyArray<[RegExp, TemplateLanguage[]]> = [
    [/ej/u, ['da']],
    [/ei|øy/u, ['nb']],
    [/(?:^|[^s])kj|^gj/u, ['nb']],
    [/([kpt])\1(?:[^aeiouyæøåäö]|$)/u, ['nb', 'sv']]
];

/** Letters that only some of the languages write, and how much one tells. */
const LETTERS: ReadonlyArray<[RegExp, TemplateLanguage[], number]> = [
    [/[æø]/gu, ['da', 'nb'], 1],
    [/[äö]/gu, ['sv'], 2]
];

const LOOKUP = new Map<string, TemplateLanguage[]>();
for (const [language, words] of Object.entries(MARKERS) as Array<[TemplateLanguage, readonly string[]]>) {
    for (const word of words) {
        LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
    }
}

/** At most this much text is read: the language shows long before. */
const MAX_TEXT = 200_000;

/**
 * The language of `text`, or undefined when its words do not tell (too few, or a
 * tie between the best two).
 */
export function detectTemplateLanguage(text: string): TemplateLanguage | undefined {
    const sample = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const score: Record<TemplateLanguage, number> = { en: 0, da: 0, nb: 0, sv: 0 };
    // Words of titles and comments, and the parts of CamelCase names (SosialeMedier).
    for (const match of sample.matchAll(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu)) {
        const word = match[0].toLowerCase();
        for (const language of LOOKUP.get(word) ?? []) {
            score[language] += 2;
        }
        for (const [spelling, languages] of SPELLINGS) {
            if (spelling.test(word)) {
                for (const language of languages) score[language] += 1;
            }
        }
        if (word.length >= 5) {
            for (const [ending, languages] of ENDINGS) {
                if (ending.test(word)) {
                    for (const language of languages) score[language] += 1;
                }
            }
        }
    }
    for (const [letters, languages, weight] of LETTERS) {
        const count = sample.match(letters)?.length ?? 0;
        for (const language of languages) score[language] += count * weight;
    }
    const ranked = (Object.entries(score) as Array<[TemplateLanguage, number]>).sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    return best[1] >= 2 && best[1] > second[1] ? best[0] : undefined;
}

/** The setting's value, if it names a language; `auto` and anything else mean "detect". */
export function templateLanguageSetting(value: unknown): TemplateLanguage | undefined {
    return value === 'en' || value === 'da' || value === 'nb' || value === 'sv' ? value : undefined;
}
