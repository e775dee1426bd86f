import type { JourneyDiff } from './diff-model.js';
import { kindNoun } from '../../language/vocabulary.js';
import { changeNote, changeVerb, localName, propertyLines, summaryPhrases } from './diff-wording.js';

/** `journey diff` for a terminal: a block per journey, then the definitions, then the counts. */
export function diffAsText(diff: JourneyDiff): string {
    if (diff.changes.length === 0) {
        return 'No changes.';
    }
    const lines: string[] = [];
    let section: string | undefined;
    for (const change of diff.changes) {
        const heading = change.journey !== undefined ? `journey ${change.journey}` : 'definitions';
        if (heading !== section) {
            if (section !== undefined) {
                lines.push('');
            }
            lines.push(heading);
            section = heading;
        }
        const title = change.title !== localName(change).split('.').pop() ? ` ${quote(change.title)}` : '';
        const note = changeNote(change);
        lines.push(`  ${changeVerb(change.change).padEnd(8)} ${kindNoun(change.kind)} ${localName(change)}${title}`
            + `${note ? ` (${note})` : ''}  ${change.location.file}:${change.location.line}`);
        for (const property of change.properties) {
            for (const line of propertyLines(property, (value, quoted) => quoted ? quote(value) : value)) {
                lines.push(`             ${line}`);
            }
        }
    }
    lines.push('', `${diff.summary.total} ${diff.summary.total === 1 ? 'change' : 'changes'}: ${summaryPhrases(diff).join(', ')}`);
    return lines.join('\n');
}

function quote(text: string): string {
    return JSON.stringify(text);
}
