import { escapeMarkdown } from '../../language/markdown-escape.js';
import type { ChangeType, ElementChange, JourneyDiff, PropertyChange } from './diff-model.js';
import { kindNoun, signed } from '../../language/vocabulary.js';
import { changeNote, changeVerb, localName, propertyLines, summaryPhrases } from './diff-wording.js';

/** The heading every comment starts with, so a workflow can find and update its earlier comment. */
export const MARKDOWN_HEADING = '### Journey changes';

const MARKS: Record<ChangeType, string> = {
    added: '➕', removed: '➖', renamed: '🏷️', moved: '🔀', modified: '✏️'
};

const FACES = ['😫', '🙁', '😐', '🙂', '😄'];

/**
 * `journey diff --format markdown`: a pull-request comment. A summary line of
 * counts, then a table per journey (and one for the definitions), emotions and
 * KPI values as before → after. All model text goes through escapeMarkdown.
 */
export function diffAsMarkdown(diff: JourneyDiff): string {
    const out = [MARKDOWN_HEADING, ''];
    if (diff.changes.length === 0) {
        out.push('No changes to the journeys.');
        return out.join('\n') + '\n';
    }
    out.push(`**${escapeMarkdown(summaryPhrases(diff).join(' · '))}**`);
    let section: string | undefined;
    for (const change of diff.changes) {
        const heading = change.journey !== undefined ? `#### Journey ${escapeMarkdown(change.journey)}` : '#### Owners, personas and KPIs';
        if (heading !== section) {
            out.push('', heading, '', '| | Element | Change | Where |', '| --- | --- | --- | --- |');
            section = heading;
        }
        out.push(`| ${MARKS[change.change]} | ${element(change)} | ${details(change)} | ${escapeMarkdown(`${change.location.file}:${change.location.line}`)} |`);
    }
    return out.join('\n') + '\n';
}

function element(change: ElementChange): string {
    const name = localName(change);
    const title = change.title !== name.split('.').pop() ? ` “${escapeMarkdown(change.title)}”` : '';
    return `${kindNoun(change.kind)} **${escapeMarkdown(name)}**${title}`;
}

function details(change: ElementChange): string {
    const note = changeNote(change);
    const parts = [escapeMarkdown(note ? `${changeVerb(change.change)} (${note})` : changeVerb(change.change))];
    for (const property of change.properties) {
        parts.push(...propertyText(property));
    }
    return parts.join('<br>');
}

function propertyText(property: PropertyChange): string[] {
    if (property.property === 'emotion') {
        return [`emotion: ${emotion(property.before)} → ${emotion(property.after)}`];
    }
    // The labels and arrows are ours; only the values are model text.
    return propertyLines(property, (value, quoted) => quoted ? `“${escapeMarkdown(value)}”` : escapeMarkdown(value));
}

function emotion(value: unknown): string {
    if (typeof value !== 'number') {
        return '(none)';
    }
    const face = FACES[Math.max(0, Math.min(4, value + 2))];
    return `${face} ${signed(value)}`;
}
