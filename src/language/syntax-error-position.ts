import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** A lexer or parser error with its range (0-based, as in LSP). */
export interface SyntaxErrorRange {
    message: string;
    range: Range;
}

/** Where a text stops parsing, for messages that name a file and position (CLI, compare). */
export interface SyntaxErrorPosition {
    /** 1-based. */
    line: number;
    column: number;
    message: string;
}

/** A lexer or parser error by offset into the text. */
interface SyntaxErrorSpan {
    message: string;
    offset: number;
    length: number;
}

/**
 * The lexer and parser errors of a parsed document by offset, read from the parse
 * result (so also for documents that were never validated). A token the parser
 * made up at the end of the file (offset -1 or NaN) is placed there, with no length.
 */
function syntaxErrorSpans(document: LangiumDocument): SyntaxErrorSpan[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const end = document.textDocument.getText().length;
    const spans: SyntaxErrorSpan[] = lexerErrors.map(error => ({ message: error.message, offset: error.offset, length: error.length }));
    for (const { message, token } of parserErrors) {
        const known = Number.isFinite(token.startOffset) && token.startOffset >= 0;
        spans.push(known ? { message, offset: token.startOffset, length: Math.max(token.image.length, 1) } : { message, offset: end, length: 0 });
    }
    return spans;
}

/** Offset of the first lexer or parser error; Infinity when there is none. */
export function firstErrorOffset(document: LangiumDocument): number {
    return Math.min(Infinity, ...syntaxErrorSpans(document).map(span => span.offset));
}

/** The lexer and parser errors of a parsed document with their ranges, in text order. */
export function syntaxErrorRanges(document: LangiumDocument): SyntaxErrorRange[] {
    const text = document.textDocument;
    return syntaxErrorSpans(document)
        .sort((a, b) => a.offset - b.offset)
        .map(({ message, offset, length }) => ({ message, range: { start: text.positionAt(offset), end: text.positionAt(offset + length) } }));
}

/** The first lexer or parser error of a parsed document, 1-based. */
export function firstSyntaxError(document: LangiumDocument): SyntaxErrorPosition | undefined {
    const first = syntaxErrorRanges(document)[0];
    return first && { line: first.range.start.line + 1, column: first.range.start.character + 1, message: first.message };
}
