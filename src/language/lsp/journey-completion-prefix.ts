/**
 * Completion re-parses the text before the cursor to learn what may come next.
 * In a 10,000-line journey that is most of the file, on every request. The
 * parser's state at the cursor does not depend on complete siblings before it
 * (definitions, stages, touchpoints are lists without order), so they can be left
 * out: only the enclosing element's head and the cursor's own element remain.
 * Cuts are made only before the first syntax error, where the parsed tree is
 * exactly what a fresh parse of the prefix sees.
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isJourney, isJourneyFile, isStage } from '../generated/ast.js';
import { firstErrorOffset } from '../syntax-error-position.js';

/**
 * The text before `offset`, shortened by the complete siblings before the cursor,
 * that leaves the parser in the same state; undefined when nothing can be cut.
 */
export function condensedPrefix(document: LangiumDocument, offset: number): string | undefined {
    const root = document.parseResult.value;
    if (!isJourneyFile(root)) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const limit = Math.min(firstErrorOffset(document), offset);
    const element = lastStartingBefore(root.elements, limit);
    if (!element) {
        return undefined;
    }
    const pieces: string[] = [];
    let from = start(element);
    if (isJourney(element)) {
        const stage = lastStartingBefore(element.stages, limit);
        if (stage && stage !== element.stages[0]) {
            pieces.push(text.slice(from, start(element.stages[0])));
            from = start(stage);
        }
        if (isStage(stage)) {
            const touchpoint = lastStartingBefore(stage.touchpoints, limit);
            if (touchpoint && touchpoint !== stage.touchpoints[0]) {
                pieces.push(text.slice(from, start(stage.touchpoints[0])));
                from = start(touchpoint);
            }
        }
    }
    if (from === 0 && pieces.length === 0) {
        return undefined;
    }
    pieces.push(text.slice(from, offset));
    return pieces.join('');
}

/**
 * A token boundary shortly before `offset` (two tokens back) from which lexing
 * gives the same tokens as lexing the whole text; 0 when none is known.
 */
export function tokenWindowStart(document: LangiumDocument, offset: number): number {
    const cst = document.parseResult.value.$cstNode;
    const limit = Math.min(firstErrorOffset(document), offset);
    if (!cst || limit <= 0) {
        return 0;
    }
    let leaf = CstUtils.findLeafNodeBeforeOffset(cst, limit - 1) as ReturnType<typeof CstUtils.getPreviousNode>;
    for (let back = 0; back < 2 && leaf; back++) {
        leaf = CstUtils.getPreviousNode(leaf, false) ?? leaf;
    }
    const boundary = leaf?.offset;
    return boundary !== undefined && Number.isFinite(boundary) && boundary < limit ? boundary : 0;
}

function start(node: AstNode): number {
    return node.$cstNode?.offset ?? NaN;
}

/** The last node of `nodes` that starts before `limit`, if all nodes up to it have a CST. */
function lastStartingBefore<N extends AstNode>(nodes: readonly N[], limit: number): N | undefined {
    let found: N | undefined;
    for (const node of nodes) {
        const offset = start(node);
        if (!Number.isFinite(offset)) {
            return undefined;
        }
        if (offset >= limit) {
            break;
        }
        found = node;
    }
    return found;
}
