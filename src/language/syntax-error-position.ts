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

/**
 * The lexer and parser errors of a parsed document, in text order, read from the
 * parse result (so also for documents that were never validated). A token the
 * parser made up at the end of the file (line -1 or NaN) is placed there.
 */
export function syntaxErrorRanges(document: LangiumDocument): SyntaxErrorRange[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const errors: SyntaxErrorRange[] = [];
    for (const error of lexerErrors) {
        const start = { line: (error.line ?? 1) - 1, character: (error.column ?? 1) - 1 };
        errors.push({ message: error.message, range: { start, end: { line: start.line, character: start.character + error.length } } });
    }
    for (const { message, token } of parserErrors) {
        const known = Number.isFinite(token.startLine) && token.startLine! >= 1;
        const start = known
            ? { line: token.startLine! - 1, character: Number.isFinite(token.startColumn) && token.startColumn! >= 1 ? token.startColumn! - 1 : 0 }
            : end;
        errors.push({ message, range: { start, end: { line: start.line, character: start.character + (known ? Math.max(token.image.length, 1) : 0) } } });
    }
    return errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The first lexer or parser error of a parsed document, 1-based. */
export function firstSyntaxError(document: LangiumDocument): SyntaxErrorPosition | undefined {
    const first = syntaxErrorRanges(document)[0];
    return first && { line: first.range.start.line + 1, column: first.range.start.character + 1, message: first.message };
}
