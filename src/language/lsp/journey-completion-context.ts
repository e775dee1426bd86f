/**
 * Where completion may open, read from the text around the cursor. Completion
 * must never glue a word onto what the user is typing (`target >= 5%current`):
 * an item is offered only where its text starts a token of its own. And a value
 * (owner, channel, KPI, ...) is offered as soon as a space is typed after a
 * keyword that takes one, and nowhere else on a space.
 */
import { CstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';

/**
 * Keywords after which a value must follow: typing a space after one of them
 * opens completion by itself (the second edition's `for`, `from`, `by` and
 * `continues` included).
 */
export const VALUE_KEYWORDS: ReadonlySet<string> = new Set([
    'owner', 'channel', 'next', 'persona', 'measures',
    'for', 'from', 'by', 'continues'
]);

/** A keyword (or a list's comma) followed by spaces at the end of the line before the cursor. */
const VALUE_OPENER_BEFORE_CURSOR = /(?:(?<=^|[\s{},])\p{L}+|,)(?=[ \t]+$)/u;
/** Completion is not asked for on a space more than a line away from its keyword. */
const LOOK_BACK = 512;

/**
 * Whether a value must follow at `offset`, which follows a typed space: the
 * word before the spaces is one of VALUE_KEYWORDS (or a comma of a list), as a
 * keyword of the text rather than a word in a string or a comment.
 */
export function valueExpectedAfterSpace(document: LangiumDocument, offset: number): boolean {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(Math.max(lineStart, offset - LOOK_BACK), offset);
    const opener = VALUE_OPENER_BEFORE_CURSOR.exec(line);
    if (!opener || (opener[0] !== ',' && !VALUE_KEYWORDS.has(opener[0])) || insideString(line)) {
        return false;
    }
    const openerOffset = offset - line.length + opener.index;
    const cst = document.parseResult.value.$cstNode;
    const leaf = cst && CstUtils.findLeafNodeAtOffset(cst, openerOffset);
    if (!leaf || leaf.end <= openerOffset || leaf.offset > openerOffset) {
        // Error recovery can leave the keyword out of the tree: the grammar-driven completion decides.
        return true;
    }
    return !leaf.hidden && leaf.offset === openerOffset && GrammarAST.isKeyword(leaf.grammarSource);
}

/** An odd number of unescaped quotes before the cursor on its line: a string is being typed. */
function insideString(line: string): boolean {
    let inside = false;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\' && inside) {
            i++;
        } else if (line[i] === '"') {
            inside = !inside;
        }
    }
    return inside;
}

/**
 * What may stand right before an item's text: the start of the file, a space or
 * line break, or a brace. References may also follow a list's comma or a path's dot.
 */
export function startsAtBoundary(text: string, start: number, item: CompletionItem): boolean {
    if (start <= 0) {
        return true;
    }
    const before = text[start - 1];
    if (/\s/u.test(before) || before === '{' || before === '}') {
        return true;
    }
    return isValueItem(item) && (before === ',' || before === '.');
}

/** Items that are values (references, channels, `next` paths) rather than keywords or snippets. */
export function isValueItem(item: CompletionItem): boolean {
    return item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet;
}

/** Where the text an item replaces starts (the cursor when it only inserts). */
export function editStart(item: CompletionItem, document: LangiumDocument, cursor: number): number {
    const edit = item.textEdit;
    if (!edit) {
        return cursor;
    }
    const range = 'range' in edit ? edit.range : edit.replace;
    return document.textDocument.offsetAt(range.start);
}
