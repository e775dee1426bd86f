import type { JourneyDiff } from './diff-model.js';
import { CHANGE_TYPES } from './diff-model.js';
import { readerWords, type ReaderWords } from '../../language/reader-words.js';
import { changeNote, changeVerb, localName, propertyLines, summaryPhrases } from './diff-wording.js';

/**
 * `journey diff` for a terminal: a block per journey, then the definitions,
 * then the counts, in the reader's words (English unless given others); the
 * names, titles and text of the journeys stay as written.
 */
export function diffAsText(diff: JourneyDiff, words: ReaderWords = readerWords()): string {
    if (diff.changes.length === 0) {
        return words.phrase('noChanges');
    }
    // The verbs in one column, as wide as the language's longest and a space; property lines indented past them.
    const verbWidth = Math.max(...CHANGE_TYPES.map(type => changeVerb(type, words).length)) + 1;
    const propertyIndent = ' '.repeat(verbWidth + 5);
    const lines: string[] = [];
    let section: string | undefined;
    for (const change of diff.changes) {
        const heading = change.journey !== undefined ? `${words.noun('journey')} ${change.journey}` : words.phrase('definitions');
        if (heading !== section) {
            if (section !== undefined) {
                lines.push('');
            }
            lines.push(heading);
            section = heading;
        }
        const title = change.title !== localName(change).split('.').pop() ? ` ${quote(change.title)}` : '';
        const note = changeNote(change, words);
        lines.push(`  ${changeVerb(change.change, words).padEnd(verbWidth)} ${words.noun(change.kind)} ${localName(change)}${title}`
            + `${note ? ` (${note})` : ''}  ${change.location.file}:${change.location.line}`);
        for (const property of change.properties) {
            for (const line of propertyLines(property, (value, quoted) => quoted ? quote(value) : value, words)) {
                lines.push(`${propertyIndent}${line}`);
            }
        }
    }
    lines.push('', `${words.count(diff.summary.total, 'change')}: ${summaryPhrases(diff, words).join(', ')}`);
    return lines.join('\n');
}

function quote(text: string): string {
    return JSON.stringify(text);
}
