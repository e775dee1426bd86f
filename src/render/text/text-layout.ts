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

/** Words recur across a map (names, channels, labels): their widths are kept, up to a bound. */
const wordWidths = new Map<string, number>();
const WORD_CACHE_LIMIT = 20000;

function wordEm(word: string, face: FontFace): number {
    const key = face === 'regular' ? word : '\u0001' + word;
    let width = wordWidths.get(key);
    if (width === undefined) {
        width = emWidth(word, face);
        if (wordWidths.size >= WORD_CACHE_LIMIT) {
            wordWidths.clear();
        }
        wordWidths.set(key, width);
    }
    return width;
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
    const words = text.split(/\s+/).filter(word => word.length > 0);
    const spacing = font.letterSpacing ?? 0;
    // Widths in em, letter spacing included, against the line's width in em.
    const wordWidth = (word: string) => wordEm(word, font.face) + characterCount(word) * spacing;
    const spaceEm = charEm(32, font.face) + spacing;
    const maxEm = maxWidth / font.size;
    const lines: string[] = [];
    let line = '';
    let lineEm = 0;
    // Stops as soon as one line more than allowed exists: that is enough to know the text is cut.
    for (let i = 0; i < words.length && lines.length <= maxLines; i++) {
        const word = words[i];
        const em = wordWidth(word);
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
