/**
 * Quick fixes for `missing-owner`: the message says "add one to it, its stage or
 * its journey", so all three are offered. An owner on the stage clears every
 * ownerless touchpoint in it, on the journey every one in the journey. Each list
 * names first the owners already used nearest to the touchpoint.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { ownerOf } from '../element-properties.js';
import type { Journey, Stage, Touchpoint } from '../generated/ast.js';
import { addOwner } from './journey-quick-fixes.js';

/** Owners offered per element: a big workspace gets the most relevant ones. */
const MAX_OWNERS_PER_ELEMENT = 10;
const INDENT = '    ';

export interface OwnerFix {
    title: string;
    edit: TextEdit;
}

/** The fixes for a touchpoint without an owner: on it, on its stage, on its journey. */
export function missingOwnerFixes(document: LangiumDocument, touchpoint: Touchpoint, owners: readonly string[]): OwnerFix[] {
    const stage = touchpoint.$container;
    const journey = stage.$container;
    const fixes: OwnerFix[] = [];
    const add = (element: string, ranked: string[], edit: (owner: string) => TextEdit | undefined) => {
        for (const owner of ranked.slice(0, MAX_OWNERS_PER_ELEMENT)) {
            const textEdit = edit(owner);
            if (textEdit) fixes.push({ title: `Add 'owner ${owner}' to ${element}`, edit: textEdit });
        }
    };
    add(`touchpoint ${touchpoint.name}`, rankOwners(owners, [stage, journey]), owner => addOwner(document, touchpoint, owner));
    const ownerless = stage.touchpoints.filter(t => !ownerOf(t)).length;
    add(`stage ${stage.name}${ownerless > 1 ? ` (${ownerless} touchpoints without an owner)` : ''}`, rankOwners(owners, [stage, journey]),
        owner => addOwnerToBlock(document, stage, owner));
    add(`journey ${journey.name}`, rankOwners(owners, [journey, journey.$container]), owner => addOwnerToBlock(document, journey, owner));
    return fixes;
}

/**
 * The owners, ordered by how often each scope uses them (the nearest scope first),
 * then by name.
 */
export function rankOwners(owners: readonly string[], scopes: readonly AstNode[]): string[] {
    const counts = scopes.map(scope => {
        const uses = new Map<string, number>();
        for (const node of AstUtils.streamAllContents(scope)) {
            const name = (node as { owner?: { $refText?: string } }).owner?.$refText;
            if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
        }
        return uses;
    });
    const key = (owner: string) => counts.map(uses => uses.get(owner) ?? 0);
    return [...new Set(owners)].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        for (let i = 0; i < ka.length; i++) {
            if (ka[i] !== kb[i]) return kb[i] - ka[i];
        }
        return a.localeCompare(b);
    });
}

/** Adds `owner <name>` as the first property of a stage or journey, right after its `{`. */
export function addOwnerToBlock(document: LangiumDocument, element: Stage | Journey, owner: string): TextEdit | undefined {
    return addFirstProperty(document, element, `owner ${owner}`);
}

/** Adds a property (`owner X`, `persona P`) as the first one of a stage or journey, right after its `{`. */
export function addFirstProperty(document: LangiumDocument, element: Stage | Journey, property: string): TextEdit | undefined {
    const cst = element.$cstNode;
    const brace = cst && GrammarUtils.findNodeForKeyword(cst, '{');
    if (!cst || !brace) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const open = brace.end;
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, cst.offset))?.[0] ?? '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const restOfLine = /^[ \t]*(?:\/\/[^\r\n]*)?(\r?\n|$)/.exec(text.slice(open));
    if (restOfLine && restOfLine[1] !== '') {
        // A block laid out on lines: a line of its own, before the comment that may follow the brace stays put.
        const at = open + restOfLine[0].length - restOfLine[1].length;
        return { range: range(document, at, at), newText: `${eol}${indent}${INDENT}${property}` };
    }
    // A block on one line (`stage S { touchpoint T }`) stays on one line.
    const spaceAfter = /^\s/.test(text.slice(open)) ? '' : ' ';
    return { range: range(document, open, open), newText: ` ${property}${spaceAfter}` };
}

function range(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
