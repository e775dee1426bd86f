import { faceUnits, faceWidths, FIRST_START, tableEm, tableUnits, UNITS_PER_EM, type FontFace, type FontSpec } from './font-metrics.js';

/**
 * Text measurement and wrapping without a DOM, so that a map is laid out the
 * same everywhere (preview, site, CLI, PNG and PDF): widths come from the map
 * font's own metrics (see font-metrics.ts), and the map's styles turn off
 * kerning and ligatures so that a line is exactly the sum of its characters.
 */

/** Width of a string in em, without letter spacing. */
function emWidth(text: string, face: FontFace): number {
    return rangeEm(text, 0, text.length, face);
}

/**
 * Width in em of `text` from `start` to `end`: summed in font units, which
 * allocates nothing, when the font has every character (the same sum, see
 * `faceUnits`); else as the widths in em, one after the other.
 */
function rangeEm(text: string, start: number, end: number, face: FontFace): number {
    const units = faceUnits(face);
    let sum = 0;
    for (let i = start; i < end; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff) {
            code = text.codePointAt(i)!;
            if (code > 0xffff) i++;
        }
        const advance = tableUnits(units, code);
        if (advance === 0) {
            return fallbackRangeEm(text, start, end, face);
        }
        sum += advance;
    }
    return sum / UNITS_PER_EM;
}

/** `rangeEm` of a text with a character the font lacks (whose width is no whole number of units), in em, in order. */
function fallbackRangeEm(text: string, start: number, end: number, face: FontFace): number {
    const widths = faceWidths(face);
    let em = 0;
    for (let i = start; i < end; i++) {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
        em += tableEm(widths, code);
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
    const lines: string[] = [];
    breakLines(text, maxWidth, font, maxLines, lines);
    if (lines.length <= maxLines) {
        return { lines, cut: false };
    }
    const kept = lines.slice(0, maxLines);
    kept[kept.length - 1] = withEllipsis(kept[kept.length - 1], maxWidth, font);
    return { lines: kept, cut: true };
}

/**
 * How many lines `wrapText` gives (at most `maxLines`), found without making
 * them: what a layout needs of a text that is drawn later, or never (a map's
 * cells out of view wait to be built, see `layBlock`).
 */
export function countLines(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): number {
    return Math.min(breakLines(text, maxWidth, font, maxLines), maxLines);
}

/**
 * The wrapping of `wrapText`: the lines found, up to one more than `maxLines`
 * (enough to know the text is cut), pushed on `lines` when given; answers how many.
 */
function breakLines(text: string, maxWidth: number, font: FontSpec, maxLines: number, lines?: string[]): number {
    const spacing = font.letterSpacing ?? 0;
    const face = font.face;
    const units = faceUnits(face);
    // Widths in em, letter spacing included, against the line's width in em.
    const wordWidth = (word: string) => emWidth(word, face) + characterCount(word) * spacing;
    const spaceEm = tableEm(faceWidths(face), 32) + spacing;
    const maxEm = maxWidth / font.size;
    // Without letter spacing, a line of words the font has whole is as wide as the sum of their units over
    // UNITS_PER_EM, exactly (see `faceUnits`), and fits when that sum is at most the width in units (the width
    // in em times a power of two, exactly too): lines compared in whole numbers, which allocate nothing.
    const spaceUnits = tableUnits(units, 32);
    const byUnits = spacing === 0 && spaceUnits > 0;
    const maxUnits = maxEm * UNITS_PER_EM;
    const length = text.length;
    let count = 0;
    // The line being filled: its text (only when the lines are wanted), whether it has a word yet, its width:
    // in units while every word on it is measured in units (`lineUnits`), else in em (`lineEm`).
    let line = '';
    let open = false;
    let inUnits = false;
    let lineUnits = 0;
    let lineEm = 0;
    // The words are the runs between white space (as `split(/\s+/)` has them), measured as they are read: a map
    // wraps thousands of texts, most of them short, on a first draw.
    let start = 0;
    // Stops as soon as one line more than allowed exists: that is enough to know the text is cut.
    while (count <= maxLines) {
        while (start < length && isSpace(text.charCodeAt(start))) {
            start++;
        }
        if (start >= length) {
            break;
        }
        let end = start;
        // The word's width in font units while the font has its every character (see `rangeEm`).
        let sum = 0;
        let lacking = false;
        let characters = 0;
        while (end < length) {
            let code = text.charCodeAt(end);
            if (code > 0x20 && code < 0x7f) {
                // Printable ASCII, most of a map's text: never a space, in the tables' first range.
                const advance = units[code - FIRST_START];
                sum += advance;
                lacking ||= advance === 0;
                characters++;
                end++;
                continue;
            }
            if (code >= 0xd800 && code <= 0xdbff) {
                code = text.codePointAt(end)!;
            } else if (isSpace(code)) {
                break;
            }
            const advance = tableUnits(units, code);
            sum += advance;
            lacking ||= advance === 0;
            if (code < 0xdc00 || code > 0xdfff) {
                // As `characterCount` counts: a pair once, a lone low surrogate not at all.
                characters++;
            }
            end += code > 0xffff ? 2 : 1;
        }
        const wordInUnits = byUnits && !lacking;
        if (open) {
            let fits: boolean;
            let wordEm = 0;
            if (inUnits && wordInUnits) {
                fits = lineUnits + spaceUnits + sum <= maxUnits;
            } else {
                if (inUnits) {
                    lineEm = lineUnits / UNITS_PER_EM;
                    inUnits = false;
                }
                wordEm = wordWidthEm(text, start, end, face, lacking, sum, characters, spacing);
                fits = lineEm + spaceEm + wordEm <= maxEm;
            }
            if (fits) {
                if (lines) {
                    line += ' ' + text.slice(start, end);
                }
                if (inUnits) {
                    lineUnits += spaceUnits + sum;
                } else {
                    lineEm += spaceEm + wordEm;
                }
                start = end;
                continue;
            }
            lines?.push(line);
            count++;
            line = '';
            open = false;
        }
        const wordEm = wordInUnits ? 0 : wordWidthEm(text, start, end, face, lacking, sum, characters, spacing);
        if (wordInUnits ? sum <= maxUnits : wordEm <= maxEm) {
            if (lines) {
                line = text.slice(start, end);
            }
            open = true;
            inUnits = wordInUnits;
            lineUnits = sum;
            lineEm = wordEm;
            start = end;
            continue;
        }
        // A word alone too wide for a line is split across lines.
        let rest = text.slice(start, end);
        start = end;
        while (wordWidth(rest) > maxEm && count <= maxLines) {
            const head = longestFittingPrefix(rest, maxWidth, font);
            lines?.push(head);
            count++;
            rest = rest.slice(head.length);
        }
        line = rest;
        open = rest !== '';
        inUnits = false;
        lineEm = wordWidth(rest);
    }
    if (open) {
        lines?.push(line);
        count++;
    }
    return count;
}

/** A word's width in em, letter spacing included (`sum`: its width in units, when the font has every character of it). */
function wordWidthEm(text: string, start: number, end: number, face: FontFace, lacking: boolean, sum: number, characters: number, spacing: number): number {
    return (lacking ? fallbackRangeEm(text, start, end, face) : sum / UNITS_PER_EM) + characters * spacing;
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
    const widths = faceWidths(font.face);
    let width = 0;
    let end = 0;
    for (; end < chars.length; end++) {
        width += (tableEm(widths, chars[end].codePointAt(0)!) + spacing) * font.size;
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
