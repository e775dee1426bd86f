import { escapeMarkdown, markdownLink } from '../../language/markdown-escape.js';
import type { ChangeType, ElementChange, JourneyDiff, PropertyChange } from './diff-model.js';
import { PHRASES, signed } from '../../language/vocabulary.js';
import { readerWords, type ReaderWords } from '../../language/reader-words.js';
import { changeNote, changeVerb, localName, propertyLabel, propertyLines, summaryPhrases } from './diff-wording.js';

/** The heading every English comment starts with; another language says its own `journeyChanges`. */
export const MARKDOWN_HEADING = `### ${PHRASES.journeyChanges}`;

const MARKS: Record<ChangeType, string> = {
    added: '➕', removed: '➖', renamed: '🏷️', moved: '🔀', modified: '✏️'
};

const FACES = ['😫', '🙁', '😐', '🙂', '😄'];

/**
 * `journey diff --format markdown`: a pull-request comment. A summary line of
 * counts, then a table per journey (and one for the definitions), emotions and
 * KPI values as before → after, in the reader's words (English unless given
 * others). All model text goes through escapeMarkdown.
 */
export function diffAsMarkdown(diff: JourneyDiff, words: ReaderWords = readerWords()): string {
    const out = [`### ${escapeMarkdown(words.phrase('journeyChanges'))}`, ''];
    if (diff.changes.length === 0) {
        out.push(escapeMarkdown(words.phrase('noJourneyChanges')));
        return out.join('\n') + '\n';
    }
    out.push(`**${escapeMarkdown(summaryPhrases(diff, words).join(' · '))}**`);
    const columns = [words.phrase('columnElement'), words.phrase('columnChange'), words.phrase('columnWhere')].map(escapeMarkdown);
    let section: string | undefined;
    for (const change of diff.changes) {
        const heading = change.journey !== undefined
            ? `#### ${escapeMarkdown(`${words.capitalised(words.noun('journey'))} ${change.journey}`)}`
            : `#### ${escapeMarkdown(words.phrase('definitionsHeading'))}`;
        if (heading !== section) {
            out.push('', heading, '', `| | ${columns.join(' | ')} |`, '| --- | --- | --- | --- |');
            section = heading;
        }
        out.push(`| ${MARKS[change.change]} | ${element(change, words)} | ${details(change, words)} | ${escapeMarkdown(`${change.location.file}:${change.location.line}`)} |`);
    }
    return out.join('\n') + '\n';
}

function element(change: ElementChange, words: ReaderWords): string {
    const name = localName(change);
    const title = change.title !== name.split('.').pop() ? ` “${escapeMarkdown(change.title)}”` : '';
    return `${escapeMarkdown(words.noun(change.kind))} **${escapeMarkdown(name)}**${title}`;
}

function details(change: ElementChange, words: ReaderWords): string {
    const note = changeNote(change, words);
    const verb = changeVerb(change.change, words);
    const parts = [escapeMarkdown(note ? `${verb} (${note})` : verb)];
    for (const property of change.properties) {
        parts.push(...propertyText(property, words));
    }
    return parts.join('<br>');
}

function propertyText(property: PropertyChange, words: ReaderWords): string[] {
    if (property.property === 'emotion') {
        return [`${escapeMarkdown(propertyLabel('emotion', words))}: ${emotion(property.before, words)} → ${emotion(property.after, words)}`];
    }
    // The labels and arrows are ours; only the values are model text.
    const show = property.property === 'url'
        ? markdownLink
        : (value: string, quoted: boolean) => quoted ? `“${escapeMarkdown(value)}”` : escapeMarkdown(value);
    return propertyLines(property, show, words);
}

function emotion(value: unknown, words: ReaderWords): string {
    if (typeof value !== 'number') {
        return words.phrase('noValue');
    }
    const face = FACES[Math.max(0, Math.min(4, value + 2))];
    return `${face} ${signed(value)}`;
}
