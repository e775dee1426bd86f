import type { LangiumDocument, LangiumParser, Lexer } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FormatRefusalNotice } from './journey-format-notice.js';
import { layoutGaps, type LayoutToken } from './journey-layout.js';

/**
 * One canonical layout (4-space indent, one property per line, blank lines between
 * stages and between top-level definitions). Only whitespace between tokens is
 * rewritten, and a result whose tokens differ from the source is thrown away, so
 * formatting can neither drop a comment nor change the meaning. A document with
 * syntax errors is left alone: its structure is not known, and the user is told so.
 */
export class JourneyFormatter implements Formatter {
    private readonly lexer: Lexer;
    private readonly parser: LangiumParser;
    private readonly refusal: FormatRefusalNotice;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
        this.parser = services.parser.LangiumParser;
        this.refusal = new FormatRefusalNotice(() => services.shared.lsp.Connection);
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        this.refusal.tell(document);
        return this.formatEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        this.refusal.tell(document);
        return this.formatEdits(document, params.range);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The edits that bring `document` (or the part within `range`) into canonical layout. */
    formatEdits(document: LangiumDocument, range?: Range): TextEdit[] {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            return [];
        }
        return this.editsFor(document.textDocument, range);
    }

    /** The whole text in canonical layout, or undefined when it has syntax errors. */
    formatText(text: string): string | undefined {
        const tokens = this.tokens(text);
        if (!tokens || this.parser.parse(text).parserErrors.length > 0) {
            return undefined;
        }
        const formatted = joinTokens(tokens, layoutGaps(text, tokens, eolOf(text)));
        return this.sameTokens(tokens, formatted) ? formatted : undefined;
    }

    private editsFor(textDocument: TextDocument, range?: Range): TextEdit[] {
        const text = textDocument.getText();
        const tokens = this.tokens(text);
        if (!tokens) {
            return [];
        }
        const gaps = layoutGaps(text, tokens, eolOf(text));
        if (!this.sameTokens(tokens, joinTokens(tokens, gaps))) {
            return [];
        }
        const from = range ? textDocument.offsetAt(range.start) : 0;
        const to = range ? textDocument.offsetAt(range.end) : text.length;
        const edits: TextEdit[] = [];
        for (let i = 0; i <= tokens.length; i++) {
            const start = i === 0 ? 0 : tokens[i - 1].end;
            const end = i === tokens.length ? text.length : tokens[i].offset;
            if (end < from || start > to || text.slice(start, end) === gaps[i]) {
                continue;
            }
            edits.push({
                range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) },
                newText: gaps[i]
            });
        }
        return edits;
    }

    private tokens(text: string): LayoutToken[] | undefined {
        const result = this.lexer.tokenize(text);
        if (result.errors && result.errors.length > 0) {
            return undefined;
        }
        const all = [...result.tokens, ...(result.hidden ?? [])]
            .map(token => ({
                image: token.image, type: token.tokenType.name, offset: token.startOffset,
                end: token.startOffset + token.image.length
            }));
        return all.sort((a, b) => a.offset - b.offset);
    }

    private sameTokens(tokens: LayoutToken[], formatted: string): boolean {
        const again = this.tokens(formatted);
        return again !== undefined && again.length === tokens.length
            && again.every((token, i) => token.image === tokens[i].image && token.type === tokens[i].type);
    }
}

function joinTokens(tokens: LayoutToken[], gaps: string[]): string {
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
        out += gaps[i] + tokens[i].image;
    }
    return out + gaps[tokens.length];
}

function eolOf(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
