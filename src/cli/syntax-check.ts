import type { LangiumDocument } from 'langium';
import { firstSyntaxError } from '../language/syntax-error-position.js';
import { InputError } from './workspace.js';

/** An input error (exit 2) naming the file and position when the document does not parse. */
export function assertParses(document: LangiumDocument, label: string): void {
    const error = firstSyntaxError(document);
    if (error) {
        throw new InputError(`${label}:${error.line}:${error.column}: syntax error: ${error.message}`);
    }
}
