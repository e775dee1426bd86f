import { ELEMENT_KINDS, kindNoun, plural, signed } from '../../language/vocabulary.js';
import type { ChangeType, ElementChange, JourneyDiff, PropertyChange, PropertyValue } from './diff-model.js';

/** How the reports name things: shared by the text and Markdown reports so they read the same. */

export const VERBS: Record<ChangeType, string> = {
    added: 'added', removed: 'removed', renamed: 'renamed', moved: 'moved', modified: 'changed'
};
const CHANGE_ORDER: ChangeType[] = ['added', 'removed', 'renamed', 'moved', 'modified'];

/** Properties holding free text, shown in quotes; the rest are names and values. */
const QUOTED = new Set(['title', 'description', 'goal', 'need', 'contact', 'unit', 'pains', 'opportunities', 'goals', 'needs',
    'source', 'date', 'url']);

/** `1 stage added, 2 touchpoints changed`: counts by kind (in the language's order), then by change. */
export function summaryPhrases(diff: JourneyDiff): string[] {
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
                phrases.push(`${plural(count, kindNoun(kind))} ${VERBS[type]}`);
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
export function changeNote(change: ElementChange): string | undefined {
    if (change.previousName !== undefined) {
        const how = change.matchedBy === 'title' ? ', same title' : change.matchedBy === 'content' ? ', same content' : '';
        return `from ${localName(change, change.previousName)}${how}`;
    }
    if (change.contains) {
        const parts: string[] = [];
        if (change.contains.stages !== undefined) {
            parts.push(plural(change.contains.stages, kindNoun('stage')));
        }
        if (change.contains.touchpoints !== undefined) {
            parts.push(plural(change.contains.touchpoints, kindNoun('touchpoint')));
        }
        return parts.join(', ');
    }
    return undefined;
}

/** One property change, as a list of readable parts: `emotion: -2 → -1`, `pains: + "A"`, `pains: - "B"`. */
export function propertyLines(change: PropertyChange, show: (value: string, quoted: boolean) => string): string[] {
    const quoted = QUOTED.has(change.property);
    const value = (v: PropertyValue | undefined): string => {
        if (v === undefined) {
            return '(none)';
        }
        if (Array.isArray(v)) {
            return v.length === 0 ? '(none)' : v.map(item => show(item, quoted)).join(', ');
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
