import { DEFAULT_LOCALE, readerWords, type ReaderWords } from '../../language/reader-words.js';
import { ELEMENT_KINDS, signed, type PhraseKey } from '../../language/vocabulary.js';
import type { ChangeType, ElementChange, JourneyDiff, PropertyChange, PropertyValue } from './diff-model.js';
import { parseCitationItem, parseServiceItem, personaOfEmotion } from './property-items.js';

/**
 * How the reports and the compare view name changes: shared so they read the
 * same. English unless given a reader's words (the compare view speaks the
 * map's language, `journey diff --locale` the reader's).
 */

const ENGLISH_WORDS = readerWords('en');

const VERB_PHRASES: Record<ChangeType, PhraseKey> = {
    added: 'changeAdded', removed: 'changeRemoved', renamed: 'changeRenamed', moved: 'changeMoved', modified: 'changeModified'
};
const COUNT_PHRASES: Record<ChangeType, PhraseKey> = {
    added: 'countAdded', removed: 'countRemoved', renamed: 'countRenamed', moved: 'countMoved', modified: 'countModified'
};

/** `added`, `changed`: what happened to an element. */
export function changeVerb(type: ChangeType, words: ReaderWords = ENGLISH_WORDS): string {
    return words.phrase(VERB_PHRASES[type]);
}

const CHANGE_ORDER: ChangeType[] = ['added', 'removed', 'renamed', 'moved', 'modified'];

/** Properties holding free text, shown in quotes; the rest are names and values. */
const QUOTED = new Set(['title', 'description', 'goal', 'need', 'contact', 'unit', 'pains', 'opportunities', 'goals', 'needs',
    'source', 'date', 'url']);

/** `1 stage added, 2 touchpoints changed`: counts by kind (in the language's order), then by change. */
export function summaryPhrases(diff: JourneyDiff, words: ReaderWords = ENGLISH_WORDS): string[] {
    const counts = new Map<string, number>();
    for (const change of diff.changes) {
        const key = `${change.kind}/${change.change}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const phrases: string[] = [];
    for (const kind of ELEMENT_KINDS) {
        for (const type of CHANGE_ORDER) {
            const count = counts.get(`${kind}/${type}`);
            if (count) {
                phrases.push(words.phrase(COUNT_PHRASES[type], words.count(count, kind)));
            }
        }
    }
    return phrases;
}

/** The name to show inside a journey's section: without the journey's own prefix. */
export function localName(change: ElementChange, name = change.name): string {
    if (change.kind !== 'stage' && change.kind !== 'touchpoint') {
        return name;
    }
    return name.slice(name.indexOf('.') + 1);
}

/** `(from Delivery.Newsletter, same title)`, `(2 touchpoints)`: what else a reader needs in one line. */
export function changeNote(change: ElementChange, words: ReaderWords = ENGLISH_WORDS): string | undefined {
    if (change.previousName !== undefined) {
        const how = change.matchedBy === 'title' ? `, ${words.phrase('sameTitle')}` : change.matchedBy === 'content' ? `, ${words.phrase('sameContent')}` : '';
        return `${words.phrase('changedFrom', localName(change, change.previousName))}${how}`;
    }
    if (change.contains) {
        const parts: string[] = [];
        if (change.contains.stages !== undefined) {
            parts.push(words.count(change.contains.stages, 'stage'));
        }
        if (change.contains.touchpoints !== undefined) {
            parts.push(words.count(change.contains.touchpoints, 'touchpoint'));
        }
        return parts.join(', ');
    }
    return undefined;
}

/** One property change, as a list of readable parts: `emotion: -2 → -1`, `pains: + "A"`, `pains: - "B"`. */
export function propertyLines(change: PropertyChange, show: (value: string, quoted: boolean) => string, words: ReaderWords = ENGLISH_WORDS): string[] {
    const quoted = QUOTED.has(change.property);
    // The label is ours, but `emotion for X` holds a persona's name: shown as a value, not as markup.
    const label = show(propertyLabel(change.property, words), false);
    const item = (text: string) => show(itemText(change.property, text, words), quoted);
    const value = (v: PropertyValue | undefined): string => {
        if (v === undefined) {
            return words.phrase('noValue');
        }
        if (Array.isArray(v)) {
            return v.length === 0 ? words.phrase('noValue') : v.map(item).join(', ');
        }
        return typeof v === 'number' ? signed(v) : show(scalarText(change.property, v, words), quoted);
    };
    const added = change.added ?? [];
    const removed = change.removed ?? [];
    if (added.length > 0 || removed.length > 0) {
        return [
            ...added.map(text => `${label}: + ${item(text)}`),
            ...removed.map(text => `${label}: - ${item(text)}`)
        ];
    }
    return [`${label}: ${value(change.before)} → ${value(change.after)}`];
}

/**
 * The names of the properties a diff reports, as the reader reads them. The
 * diff's own keys (`emotion`, `pains`, `stage order`) are data, the same in
 * every language, and read as the English words; most names are words the
 * map already says.
 */
const PROPERTY_LABELS: Record<string, (words: ReaderWords) => string> = {
    title: words => words.phrase('propertyTitle'),
    description: words => words.phrase('propertyDescription'),
    owner: words => words.vocabulary.kinds.owner.singular,
    personas: words => words.vocabulary.kinds.persona.plural,
    goal: words => words.phrase('goal'),
    need: words => words.phrase('need'),
    goals: words => words.phrase('propertyGoals'),
    needs: words => words.phrase('propertyNeeds'),
    emotion: words => words.phrase('emotion'),
    pains: words => words.vocabulary.notes.pain.plural,
    opportunities: words => words.vocabulary.notes.opportunity.plural,
    evidence: words => words.vocabulary.kinds.evidence.plural,
    measures: words => words.phrase('propertyMeasures'),
    channel: words => words.phrase('channel'),
    next: words => words.phrase('next'),
    // The lanes' names, as a word inside a line.
    backstage: words => lowerFirst(words.phrase('backstage')),
    support: words => lowerFirst(words.phrase('support')),
    continues: words => words.phrase('propertyContinues'),
    contact: words => words.phrase('propertyContact'),
    target: words => words.phrase('target'),
    current: words => words.phrase('current'),
    unit: words => words.phrase('propertyUnit'),
    source: words => words.phrase('source'),
    date: words => words.phrase('date'),
    url: words => words.phrase('propertyUrl'),
    sample: words => words.phrase('sample'),
    'stage order': words => words.phrase('propertyStageOrder')
};

/** `emotion`, `følelse`; `emotion for Anna`, `känsla hos Anna`. A property the table does not know stays as the diff names it. */
export function propertyLabel(property: string, words: ReaderWords = ENGLISH_WORDS): string {
    const label = PROPERTY_LABELS[property];
    if (label) {
        return label(words);
    }
    const persona = personaOfEmotion(property);
    return persona !== undefined ? words.phrase('emotionFor', persona) : property;
}

/** A single value in the reader's words: a channel as the map names it, KPI figures and samples as the map writes numbers. */
function scalarText(property: string, value: string, words: ReaderWords): string {
    switch (property) {
        case 'channel': return words.channel(value);
        case 'target': return localFigure(value, words, /^(\S+) (.+)$/);
        case 'current': return localFigure(value, words);
        case 'sample': return words.locale === DEFAULT_LOCALE || !/^\d+$/.test(value) ? value : words.number(Number(value));
        default: return value;
    }
}

/**
 * `≥ 2.5%` as `≥ 2,5 %`: the diff holds a KPI's figures as the map's English
 * reads them (`${value}%`, or `${value} ${unit}`, after a comparator for a
 * target). English keeps them exactly so; anything else is left as it is.
 */
function localFigure(text: string, words: ReaderWords, prefix?: RegExp): string {
    if (words.locale === DEFAULT_LOCALE) {
        return text;
    }
    const split = prefix ? prefix.exec(text) : [text, '', text];
    const figure = split ? /^(-?\d+(?:\.\d+)?)(%?)(?: (.+))?$/.exec(split[2]) : undefined;
    if (!split || !figure) {
        return text;
    }
    const quantity = words.quantity({ value: Number(figure[1]), percent: figure[2] === '%' }, figure[3]);
    return prefix ? `${split[1]} ${quantity}` : quantity;
}

/** An item of a list property in the reader's words: the evidence a note cites, the owner of backstage work. */
function itemText(property: string, text: string, words: ReaderWords): string {
    if (property === 'evidence') {
        const citation = parseCitationItem(text);
        return citation ? words.phrase(citation.on === 'pain' ? 'citedForPain' : 'citedForOpportunity', citation.evidence, citation.quoted) : text;
    }
    if (property === 'backstage' || property === 'support') {
        const service = parseServiceItem(text);
        return service?.owner !== undefined ? `${service.quoted} ${words.phrase('by', service.owner)}` : text;
    }
    return text;
}

function lowerFirst(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
