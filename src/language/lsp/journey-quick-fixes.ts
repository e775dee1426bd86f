/**
 * Text edits behind the quick fixes. Each one inserts or replaces exactly what the
 * fix is about; nothing else in the file is touched.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Journey, JourneyFile, Touchpoint } from '../generated/ast.js';
import { isPersonaProperty } from '../generated/ast.js';
import { addFirstProperty } from './journey-missing-owner-fixes.js';

const INDENT = '    ';

/** The text of a new, empty definition of this kind. */
export function definitionText(type: string, name: string): string {
    switch (type) {
        case 'Kpi': return `kpi ${name} {}`;
        case 'Persona': return `persona ${name}`;
        case 'Evidence': return `evidence ${name}`;
        default: return `owner ${name}`;
    }
}

/**
 * Inserts a definition after the last one of the same kind in `document`, or at the
 * end of the file when it has none.
 */
export function insertDefinition(document: LangiumDocument<JourneyFile>, type: string, text: string): TextEdit {
    const textDocument = document.textDocument;
    const content = textDocument.getText();
    const sameKind = document.parseResult.value.elements.filter(element => element.$type === type);
    const last = sameKind[sameKind.length - 1]?.$cstNode;
    if (last) {
        const compact = !last.text.includes('{') && !text.includes('{');
        const position = textDocument.positionAt(last.end);
        return { range: { start: position, end: position }, newText: (compact ? '\n' : '\n\n') + text };
    }
    const trimmedEnd = content.replace(/\s+$/, '').length;
    const start = textDocument.positionAt(trimmedEnd);
    const end = textDocument.positionAt(content.length);
    const before = trimmedEnd === 0 ? '' : '\n\n';
    return { range: { start, end }, newText: `${before}${text}\n` };
}

/**
 * Removes a top-level definition with its line (and one blank line next to it),
 * keeping any comment around it.
 */
export function removeDefinition(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const text = document.textDocument.getText();
    let start = cst.offset;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    if (!atLineStart) start = cst.offset;
    let end = cst.end;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    if (atLineStart) {
        end = skipLineBreak(text, end);
        // A blank line before and after: take one of them with the definition.
        const blankBefore = start >= 2 && /\n[ \t]*\n$/.test(text.slice(Math.max(0, start - 64), start));
        const blankAfter = /^[ \t]*(\r?\n|$)/.test(text.slice(end, end + 64));
        if ((blankBefore || start === 0) && blankAfter) {
            while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
            end = skipLineBreak(text, end);
        }
    }
    return { range: toRange(document, start, end), newText: '' };
}

/** Adds `owner <name>` to a touchpoint, opening a block when it has none. */
export function addOwner(document: LangiumDocument, touchpoint: Touchpoint, owner: string): TextEdit | undefined {
    const cst = touchpoint.$cstNode;
    if (!cst) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, cst.offset))?.[0] ?? '';
    const brace = cst.text.indexOf('{');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    if (brace < 0) {
        return { range: toRange(document, cst.end, cst.end), newText: ` {${eol}${indent}${INDENT}owner ${owner}${eol}${indent}}` };
    }
    const close = cst.offset + cst.text.lastIndexOf('}');
    const open = cst.offset + brace + 1;
    if (/[\r\n]/.test(text.slice(open, close))) {
        return { range: toRange(document, open, open), newText: `${eol}${indent}${INDENT}owner ${owner}` };
    }
    // A one-line block (`{ channel web }`) stays on one line.
    const spaceBefore = /\s$/.test(text.slice(open, close)) || open === close ? '' : ' ';
    return { range: toRange(document, close, close), newText: `${spaceBefore}${open === close ? ' ' : ''}owner ${owner} ` };
}

/**
 * Adds a persona to a journey: at the end of its last `persona` line (`, Name`), or
 * as a `persona Name` line of its own when the journey lists none yet.
 */
export function addPersonaToJourney(document: LangiumDocument, journey: Journey, persona: string): TextEdit | undefined {
    const lines = journey.props.filter(isPersonaProperty);
    const last = lines[lines.length - 1]?.$cstNode;
    if (last) {
        return { range: toRange(document, last.end, last.end), newText: `, ${persona}` };
    }
    return addFirstProperty(document, journey, `persona ${persona}`);
}

function skipLineBreak(text: string, offset: number): number {
    if (text[offset] === '\r' && text[offset + 1] === '\n') return offset + 2;
    if (text[offset] === '\n') return offset + 1;
    return offset;
}

function toRange(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/** Edit distance, case-insensitive: how far a misspelt name is from an existing one. */
export function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[t.length];
}

/** The candidates closest to `name` (at most `limit`), close enough to be a typo or a fragment. */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
    const threshold = Math.max(2, Math.floor(name.length / 2));
    const lower = name.toLowerCase();
    const scored: Array<[string, number]> = [];
    for (const candidate of new Set(candidates)) {
        const lowerCandidate = candidate.toLowerCase();
        const fragment = lower.length >= 3 && (lowerCandidate.includes(lower) || lower.includes(lowerCandidate));
        const distance = fragment
            ? Math.min(1, editDistance(name, candidate))
            : editDistance(name, candidate);
        if (distance <= threshold && candidate !== name) {
            scored.push([candidate, distance]);
        }
    }
    scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
    return scored.slice(0, limit).map(([candidate]) => candidate);
}
