import type { LangiumDocument } from 'langium';

/** Where a text stops parsing, for messages that name a file and position (CLI, compare). */
export interface SyntaxErrorPosition {
    /** 1-based. */
    line: number;
    column: number;
    message: string;
}

/** The first lexer or parser error of a parsed document, in text order. */
export function firstSyntaxError(document: LangiumDocument): SyntaxErrorPosition | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    return [
        ...lexerErrors.map(error => ({ line: error.line ?? 1, column: error.column ?? 1, message: error.message })),
        ...parserErrors.map(error => ({ ...tokenPosition(document, error.token), message: error.message }))
    ].sort((a, b) => a.line - b.line || a.column - b.column)[0];
}

/** A token the parser made up at the end of the file (line -1 or NaN) is placed there. */
function tokenPosition(document: LangiumDocument, token: { startLine?: number; startColumn?: number }): { line: number; column: number } {
    if (Number.isFinite(token.startLine) && token.startLine! >= 1) {
        return { line: token.startLine!, column: Number.isFinite(token.startColumn) && token.startColumn! >= 1 ? token.startColumn! : 1 };
    }
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return { line: end.line + 1, column: end.character + 1 };
}
