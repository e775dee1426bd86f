/**
 * Quick fixes for the language's own diagnostics: a property written twice, a
 * misspelt channel, typographic quotes. Each edit touches only the tokens the fix
 * is about: it removes one property, or replaces one token.
 */
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { JourneyDiagnosticData } from '../diagnostic-codes.js';
import { CHANNELS, misspeltChannel } from '../journey-syntax-messages.js';
import { editDistance } from './journey-quick-fixes.js';

function fix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: isPreferred || undefined,
        edit: { changes: { [document.uri.toString()]: edits } }
    };
}

/** repeated-property: remove the first one written, or this (later) one. */
export function repeatedPropertyFixes(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
    const first = data?.first as Range | undefined;
    const keyword = typeof data?.property === 'string' ? data.property : 'property';
    const actions = [fix(`Remove this '${keyword}'`, diagnostic, document, [removeProperty(document, diagnostic.range)], true)];
    if (first) {
        actions.push(fix(`Remove the first '${keyword}' (line ${first.start.line + 1})`, diagnostic, document, [removeProperty(document, first)]));
    }
    return actions;
}

/**
 * Removes a property's text. Alone on its line, the whole line goes; otherwise the
 * property and the spaces after it (or before it, at the end of a line), so that
 * nothing else on the line, a comment included, is touched.
 */
export function removeProperty(document: LangiumDocument, range: Range): TextEdit {
    const text = document.textDocument.getText();
    let start = document.textDocument.offsetAt(range.start);
    let end = document.textDocument.offsetAt(range.end);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd).replace(/\r$/, '');
    if (before.trim() === '' && after.trim() === '') {
        start = lineStart;
        end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    } else if (/^[ \t]+/.test(after)) {
        end += /^[ \t]+/.exec(after)![0].length;
    } else if (/[ \t]+$/.test(before)) {
        start -= /[ \t]+$/.exec(before)![0].length;
    }
    return { range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: '' };
}

/** "Unknown channel 'webb'": change it to a channel, the closest first. */
export function channelFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const written = misspeltChannel(String(diagnostic.message));
    if (written === undefined) {
        return [];
    }
    const ranked = [...CHANNELS].sort((a, b) => editDistance(written, a) - editDistance(written, b));
    return ranked.map((channel, i) => fix(`Change to '${channel}'`, diagnostic, document,
        [{ range: diagnostic.range, newText: channel }], i === 0));
}

/** typographic-quote: the same string between straight quotes. */
export function straightQuoteFix(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
    const replacement = data?.replacement;
    if (typeof replacement !== 'string') {
        return [];
    }
    return [fix('Use straight quotes "…"', diagnostic, document, [{ range: diagnostic.range, newText: replacement }], true)];
}

/** `target <= 2 min`: the word becomes `unit "min"`. */
export function unitFix(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
    const unit = data?.unit;
    if (typeof unit !== 'string') {
        return [];
    }
    return [fix(`Write ${unit}`, diagnostic, document, [{ range: diagnostic.range, newText: unit }], true)];
}
