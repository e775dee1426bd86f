import { readerWords, type ReaderWords } from '../../language/reader-words.js';
import { ELEMENT_KINDS, signed, type PhraseKey } from '../../language/vocabulary.js';
import type { ChangeType, ElementChange, JourneyDiff, PropertyChange, PropertyValue } from './diff-model.js';

/**
 * How the reports and the compare view name changes: shared so they read the
 * same. English unless given a reader's words (the compare view speaks the map's language).
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
    const value = (v: PropertyValue | undefined): string => {
        if (v === undefined) {
            return words.phrase('noValue');
        }
        if (Array.isArray(v)) {
            return v.length === 0 ? words.phrase('noValue') : v.map(item => show(item, quoted)).join(', ');
        }
        return typeof v === 'number' ? signed(v) : show(v, quoted);
    };
    const added = change.added ?? [];
    const removed = change.removed ?? [];
    if (added.length > 0 || removed.length > 0) {
        return [
            ...added.map(item => `${change.property}: + ${show(item, quoted)}`),
            ...removed.map(item => `${change.property}: - ${show(item, quoted)}`)
        ];
    }
    return [`${change.property}: ${value(change.before)} → ${value(change.after)}`];
}
