import { TRANSLATIONS } from './translations.js';
import {
    capitalised, describeTarget, ENGLISH, fillPlaceholders, signed, type ChannelKey, type ElementKind, type KpiStatus, type OwnerSource,
    type PhraseKey, type Vocabulary
} from './vocabulary.js';

/**
 * The reader's language: the words a map and a published site say themselves
 * (lane names, statuses, headings), their numbers and dates, in English,
 * Danish, Norwegian (bokmål) or Swedish. Text written in a journey stays as
 * written. The words come from the vocabulary's tables; this module only
 * picks a locale's tables and formats numbers and dates with `Intl`.
 */
export const LOCALES = ['en', 'da', 'nb', 'sv'] as const;
export type Locale = typeof LOCALES[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type Noun = ElementKind | 'pain' | 'opportunity' | 'change';

export interface ReaderWords {
    readonly locale: Locale;
    readonly vocabulary: Vocabulary;
    /** A phrase, with `{0}`, `{1}` replaced by `inserts`. */
    phrase(key: PhraseKey, ...inserts: string[]): string;
    /** `stage` / `stages`, chosen by count. */
    noun(noun: Noun, count?: number): string;
    /** `3 stages`, `1 fase`, `1 200 kontaktpunkter`. */
    count(count: number, noun: Noun): string;
    number(value: number): string;
    /** `2.1%`, `2,1 %`, `41 200 people`. */
    quantity(quantity: { value: number; percent: boolean }, unit?: string): string;
    /** `≥ 3 %`. */
    target(target: { value: number; percent: boolean; comparator?: string }, unit?: string): string;
    /** `target ≥ 3% · current 2.1%`, saying what is missing. */
    kpiFigures(kpi: KpiFigures): string;
    status(status: KpiStatus): string;
    /** `+1 (positive)`, `7 (out of range)`. */
    emotion(value: number): string;
    /** The channel as a reader reads it; a name the language does not know stays as written. */
    channel(channel: string | undefined): string;
    /** Where an inherited owner comes from; nothing for the touchpoint's own. */
    inheritedFrom(from: OwnerSource): string | undefined;
    /** `2026-10` as `October 2026`, `2026-12-05` as `5. december 2026`; other text as written. */
    date(text: string): string;
    /** The first letter upper case, as for a label or a heading. */
    capitalised(text: string): string;
}

export interface KpiFigures {
    unit?: string;
    target?: { value: number; percent: boolean; comparator?: string };
    current?: { value: number; percent: boolean };
}

const cache = new Map<Locale, ReaderWords>();

/** The words of `locale` (made once per locale: a map is drawn many times). */
export function readerWords(locale: Locale = DEFAULT_LOCALE): ReaderWords {
    let words = cache.get(locale);
    if (!words) {
        words = createWords(locale);
        cache.set(locale, words);
    }
    return words;
}

function createWords(locale: Locale): ReaderWords {
    const vocabulary = locale === 'en' ? ENGLISH : TRANSLATIONS[locale];
    const plurals = new Intl.PluralRules(locale);
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    const percents = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 20 });
    const months = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const nounWords = (noun: Noun) => noun === 'pain' || noun === 'opportunity' ? vocabulary.notes[noun]
        : noun === 'change' ? vocabulary.counted[noun] : vocabulary.kinds[noun];
    const words: ReaderWords = {
        locale,
        vocabulary,
        phrase: (key, ...inserts) => fillPlaceholders(vocabulary.phrases[key], ...inserts),
        noun: (noun, count = 1) => plurals.select(count) === 'one' ? nounWords(noun).singular : nounWords(noun).plural,
        count: (count, noun) => `${numbers.format(count)} ${words.noun(noun, count)}`,
        number: value => numbers.format(value),
        quantity: (quantity, unit) => quantity.percent ? percents.format(quantity.value)
            : unit ? `${numbers.format(quantity.value)} ${unit}` : numbers.format(quantity.value),
        target: (target, unit) => describeTarget({ comparator: target.comparator, text: words.quantity(target, unit) }),
        kpiFigures: kpi => [
            kpi.target ? `${vocabulary.phrases.target} ${words.target(kpi.target, kpi.unit)}` : vocabulary.phrases.noTarget,
            kpi.current ? `${vocabulary.phrases.current} ${words.quantity(kpi.current, kpi.unit)}` : vocabulary.phrases.noCurrentValue
        ].join(' · '),
        status: status => vocabulary.statuses[status],
        emotion: value => `${signed(value)} (${vocabulary.emotions[String(value) as keyof Vocabulary['emotions']] ?? vocabulary.phrases.outOfRange})`,
        channel: channel => channel === undefined ? vocabulary.phrases.noChannel : vocabulary.channels[channel as ChannelKey] ?? channel,
        inheritedFrom: from => from === 'touchpoint' ? undefined : from === 'stage' ? vocabulary.phrases.fromStage : vocabulary.phrases.fromJourney,
        date: text => {
            const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
            if (!match) return text;
            const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
            const time = Date.UTC(year, month - 1, day ?? 1);
            const valid = month >= 1 && month <= 12 && new Date(time).getUTCMonth() === month - 1 && (day === undefined || new Date(time).getUTCDate() === day);
            return !valid ? text : day === undefined ? months.format(time) : days.format(time);
        },
        capitalised
    };
    return words;
}
