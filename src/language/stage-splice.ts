import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';
import type { Journey, JourneyFile, Stage } from './generated/ast.js';

/**
 * Re-parsing one stage instead of the whole file, after an edit inside it.
 *
 * Langium has no incremental parser: a keystroke in a 10,000-line file re-lexes and
 * re-parses all of it. When the old text parsed without errors and everything the edit
 * changed lies strictly inside one stage (after its `stage` keyword, before its closing
 * `}`), the stage's new text is parsed alone with the parser's `Stage` rule, and the new
 * stage replaces the old one in the AST and in the CST: the CST nodes after it move by the
 * edit's length (offsets) and line count (lines; columns on the closing brace's line).
 * Any doubt gives up, and the caller parses the whole text: an old text with errors, an
 * edit that reaches a stage's keyword or closing brace or lies outside every stage, a stage
 * text with any lexer or parser error or that does not end at its own closing brace (a
 * brace, quote or comment opened by the edit shows up as one of these).
 *
 * The lexer reaches the stage's start with the same state as before (the text before it
 * is unchanged and its tokens ended before the stage's first character); the stage's text
 * ends with `}`, a one-character token no following character can extend, so the tokens
 * after it are the same too. The fuzzer (test/fuzz/splice-fuzz.ts) checks edit by edit
 * that the result equals a fresh parse of the whole text: AST, CST and diagnostics.
 */
export function spliceStage(parser: LangiumParser, previous: ParseResult<AstNode>, oldText: string, newText: string): StageSplice | undefined {
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0 || (previous.lexerReport?.diagnostics.length ?? 0) > 0) {
        return undefined;
    }
    const root = previous.value as JourneyFile;
    const rootCst = root.$cstNode as MutableComposite | undefined;
    if (root.$type !== 'JourneyFile' || !rootCst || rootCst.container !== undefined) {
        return undefined;
    }
    const { start, oldEnd, delta } = changedRange(oldText, newText);
    const stage = stageAround(root, start, oldEnd);
    if (!stage) {
        return undefined;
    }
    const oldCst = stage.$cstNode as MutableComposite;
    const first = oldCst.content[0] as MutableLeaf;
    const last = oldCst.content[oldCst.content.length - 1] as MutableLeaf;
    const stageStart = first._offset;
    const stageText = newText.substring(stageStart, last._offset + last._length + delta);

    const parsed = parser.parse(stageText, { rule: 'Stage' });
    const stageRoot = parsed.value.$cstNode as MutableComposite | undefined;
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || (parsed.lexerReport?.diagnostics.length ?? 0) > 0
        || parsed.value.$type !== 'Stage' || !stageRoot || stageRoot.content.length === 0) {
        return undefined;
    }
    const newFirst = stageRoot.content[0] as MutableLeaf;
    const newLast = stageRoot.content[stageRoot.content.length - 1] as MutableLeaf;
    if (!isLeaf(newFirst) || newFirst.hidden || newFirst._offset !== 0
        || !isLeaf(newLast) || newLast.hidden || newLast._offset + newLast._length !== stageText.length || stageText[stageText.length - 1] !== '}') {
        return undefined;
    }

    // Everything after the old stage moves; the new stage's nodes move from 0 to where the stage starts.
    const oldStageEnd = last._offset + last._length;
    const after = { offset: delta, lines: newLast._endLine + first._startLine - last._endLine, line: last._endLine,
        columns: (newLast._endLine === 0 ? newLast._endColumn + first._startColumn : newLast._endColumn) - last._endColumn };
    shiftAfter(rootCst, oldCst, oldStageEnd, after);
    const into = { offset: stageStart, lines: first._startLine, columns: first._startColumn };
    for (const child of stageRoot.content) {
        placeSubtree(child as MutableNode, into);
        (child as { container?: CstNode }).container = oldCst;
    }
    oldCst.content = stageRoot.content;
    oldCst._rangeCache = undefined;
    (rootCst as MutableRoot)._text = newText;

    const spliced = parsed.value as Stage;
    const journey = stage.$container;
    Object.assign(spliced, { $container: journey, $containerProperty: stage.$containerProperty, $containerIndex: stage.$containerIndex, $cstNode: oldCst });
    oldCst.astNode = spliced;
    journey.stages[stage.$containerIndex!] = spliced;
    return {
        parseResult: { value: root, lexerErrors: [], lexerReport: parsed.lexerReport, parserErrors: [] },
        journey, oldStage: stage, newStage: spliced,
        moved: { line: last._endLine, character: last._endColumn, lines: after.lines, columns: after.columns }
    };
}

/** What a splice did: the stage it replaced, its replacement, and how positions after it moved. */
export interface StageSplice {
    parseResult: ParseResult<AstNode>;
    journey: Journey;
    /** The stage as it was before the edit (no longer in the AST; its CST nodes keep their old positions). */
    oldStage: Stage;
    newStage: Stage;
    moved: PositionShift;
}

/**
 * How the positions (line, UTF-16 character; zero-based) at or after the replaced stage's
 * old end moved: `lines` down, and on the line where it ended (`line`), `columns` right.
 */
export interface PositionShift {
    line: number;
    character: number;
    lines: number;
    columns: number;
}

/** A position of the text before the edit, where it is after the edit. */
export function shiftPosition<P extends { line: number; character: number }>(position: P, by: PositionShift): P {
    if (position.line < by.line || (position.line === by.line && position.character < by.character)) {
        return position;
    }
    return { ...position, line: position.line + by.lines, character: position.line === by.line ? position.character + by.columns : position.character };
}

/** The edit as one replaced range: its start, its end in the old text, and how much longer the new text is. */
export function changedRange(oldText: string, newText: string): { start: number; oldEnd: number; delta: number } {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, delta: newText.length - oldText.length };
}

/** The stage whose text strictly contains [start, end): after its first character, before its closing brace. */
function stageAround(root: JourneyFile, start: number, end: number): Stage | undefined {
    for (const element of root.elements) {
        const cst = element.$cstNode;
        if (element.$type !== 'Journey' || !cst || cst.offset >= start || cst.end <= end) {
            continue;
        }
        for (const stage of element.stages) {
            const node = stage.$cstNode as MutableComposite | undefined;
            if (!node || !isComposite(node) || node.content.length === 0) {
                return undefined;
            }
            const first = node.content[0] as MutableLeaf;
            const last = node.content[node.content.length - 1] as MutableLeaf;
            if (!isLeaf(first) || first.hidden || !isLeaf(last) || last.hidden || last._length !== 1) {
                return undefined;
            }
            if (first._offset < start && end <= last._offset) {
                return stage;
            }
            if (first._offset >= end) {
                return undefined;
            }
        }
        return undefined;
    }
    return undefined;
}

interface MutableLeaf extends CstNode {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface MutableComposite extends CstNode {
    content: CstNode[];
    _rangeCache: unknown;
    astNode: AstNode;
}

interface MutableRoot extends MutableComposite {
    _text: string;
}

type MutableNode = MutableLeaf | MutableComposite;

function isComposite(node: CstNode): node is MutableComposite {
    return Array.isArray((node as Partial<MutableComposite>).content);
}

function isLeaf(node: CstNode): node is MutableLeaf {
    return typeof (node as Partial<MutableLeaf>)._offset === 'number';
}

/**
 * Moves every leaf from `from` on by the edit, skipping the replaced stage, and drops the
 * cached ranges of the composites around and after it. Leaves on the line where the old
 * stage ended move by `columns` on that line.
 */
function shiftAfter(node: MutableComposite, skip: MutableComposite, from: number, by: { offset: number; lines: number; line: number; columns: number }): void {
    node._rangeCache = undefined;
    for (const child of node.content) {
        if (child === skip) continue;
        if (isComposite(child)) {
            if (child.end > from || child.content.length === 0 || childrenReach(child, from)) {
                shiftAfter(child, skip, from, by);
            }
        } else {
            const leaf = child as MutableLeaf;
            if (leaf._offset >= from) {
                leaf._offset += by.offset;
                if (leaf._startLine === by.line) leaf._startColumn += by.columns;
                if (leaf._endLine === by.line) leaf._endColumn += by.columns;
                leaf._startLine += by.lines;
                leaf._endLine += by.lines;
            }
        }
    }
}

/** Whether a composite holds a leaf at or after `from` (its hidden trailing leaves do not count in `end`). */
function childrenReach(node: MutableComposite, from: number): boolean {
    const last = node.content[node.content.length - 1];
    return isComposite(last) ? childrenReach(last, from) : (last as MutableLeaf)._offset >= from;
}

/** Moves a freshly parsed subtree from offset 0, line 0, column 0 to where the stage starts. */
function placeSubtree(node: MutableNode, to: { offset: number; lines: number; columns: number }): void {
    if (isComposite(node)) {
        node._rangeCache = undefined;
        for (const child of node.content) placeSubtree(child as MutableNode, to);
        return;
    }
    node._offset += to.offset;
    if (node._startLine === 0) node._startColumn += to.columns;
    if (node._endLine === 0) node._endColumn += to.columns;
    node._startLine += to.lines;
    node._endLine += to.lines;
}
