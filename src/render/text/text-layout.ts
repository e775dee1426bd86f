import { charEm, type FontFace, type FontSpec } from './font-metrics.js';

/**
 * Text measurement and wrapping without a DOM, so that a map is laid out the
 * same everywhere (preview, site, CLI, PNG and PDF): widths come from the map
 * font's own metrics (see font-metrics.ts), and the map's styles turn off
 * kerning and ligatures so that a line is exactly the sum of its characters.
 */

/** Width of a string in em, without letter spacing. */
function emWidth(text: string, face: FontFace): number {
    let em = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
        em += charEm(code, face);
    }
    return em;
}

function characterCount(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xdc00 || code > 0xdfff) count++;
    }
    return count;
}

/** Width of a single line of text, in pixels. */
export function textWidth(text: string, font: FontSpec): number {
    return (emWidth(text, font.face) + characterCount(text) * (font.letterSpacing ?? 0)) * font.size;
}

export interface WrappedText {
    lines: string[];
    /** True when the text did not fit in the lines allowed; the last line ends with an ellipsis. */
    cut: boolean;
}

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than `maxWidth` at spaces (inside words only
 * when a word alone is too long), keeping at most `maxLines` lines.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): WrappedText {
    const spacing = font.letterSpacing ?? 0;
    const face = font.face;
    // Widths in em, letter spacing included, against the line's width in em.
    const wordWidth = (word: string) => emWidth(word, face) + characterCount(word) * spacing;
    const spaceEm = charEm(32, face) + spacing;
    const maxEm = maxWidth / font.size;
    const lines: string[] = [];
    let line = '';
    let lineEm = 0;
    // The words are the runs between white space (as `split(/\s+/)` has them), measured as they are read: a map
    // wraps thousands of texts, most of them short, on a first draw.
    let start = 0;
    // Stops as soon as one line more than allowed exists: that is enough to know the text is cut.
    while (lines.length <= maxLines) {
        while (start < text.length && isSpace(text.charCodeAt(start))) {
            start++;
        }
        if (start >= text.length) {
            break;
        }
        let end = start;
        let em = 0;
        let characters = 0;
        while (end < text.length) {
            const code = text.codePointAt(end)!;
            if (isSpace(code)) {
                break;
            }
            em += charEm(code, face);
            if (code < 0xdc00 || code > 0xdfff) {
                // As `characterCount` counts: a pair once, a lone low surrogate not at all.
                characters++;
            }
            end += code > 0xffff ? 2 : 1;
        }
        const word = text.slice(start, end);
        start = end;
        em += characters * spacing;
        if (line && lineEm + spaceEm + em <= maxEm) {
            line += ' ' + word;
            lineEm += spaceEm + em;
            continue;
        }
        if (line) {
            lines.push(line);
            line = '';
        }
        if (em <= maxEm) {
            line = word;
            lineEm = em;
            continue;
        }
        // A word alone too wide for a line is split across lines.
        let rest = word;
        while (wordWidth(rest) > maxEm && lines.length <= maxLines) {
            const head = longestFittingPrefix(rest, maxWidth, font);
            lines.push(head);
            rest = rest.slice(head.length);
        }
        line = rest;
        lineEm = wordWidth(rest);
    }
    if (line) {
        lines.push(line);
    }
    if (lines.length <= maxLines) {
        return { lines, cut: false };
    }
    const kept = lines.slice(0, maxLines);
    kept[kept.length - 1] = withEllipsis(kept[kept.length - 1], maxWidth, font);
    return { lines: kept, cut: true };
}

/** White space as `\s` in a regular expression has it. */
function isSpace(code: number): boolean {
    return code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
        : code >= 0xa0 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
            || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);
}

function longestFittingPrefix(word: string, maxWidth: number, font: FontSpec): string {
    const chars = [...word];
    const spacing = font.letterSpacing ?? 0;
    let width = 0;
    let end = 0;
    for (; end < chars.length; end++) {
        width += (charEm(chars[end].codePointAt(0)!, font.face) + spacing) * font.size;
        if (width > maxWidth) {
            break;
        }
    }
    return chars.slice(0, Math.max(end, 1)).join('');
}

function withEllipsis(line: string, maxWidth: number, font: FontSpec): string {
    const chars = [...line];
    while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, font) > maxWidth) {
        chars.pop();
    }
    return chars.join('').trimEnd() + ELLIPSIS;
}

/** Cuts a single line to fit, with an ellipsis. */
export function fitLine(text: string, maxWidth: number, font: FontSpec): WrappedText {
    return wrapText(text, maxWidth, font, 1);
}
