/**
 * Text measurement and wrapping without a DOM, so that a map is laid out the
 * same everywhere (preview, CLI, exports). Widths are estimates for a common
 * sans-serif face, erring wide so that real text rarely overflows its box.
 */

/** Widths in em of the ASCII characters, looked up by code; the rest by range. */
const ASCII_WIDTHS = (() => {
    const table = new Float64Array(128).fill(0.6);
    const set = (chars: string, width: number) => { for (const char of chars) table[char.charCodeAt(0)] = width; };
    for (let code = 0x41; code <= 0x5a; code++) table[code] = 0.68;
    for (let code = 0x30; code <= 0x39; code++) table[code] = 0.57;
    for (let code = 0x61; code <= 0x7a; code++) table[code] = 0.54;
    set("ijl|!.,:;'`", 0.28);
    set('ftrI()[]{}"/\\- ', 0.36);
    set('mwMW@%&', 0.9);
    return table;
})();

/** Width of one character (by code point), in em. */
function charWidth(code: number): number {
    if (code < 128) return ASCII_WIDTHS[code];
    // CJK, Hangul, full-width forms and emoji take a whole em.
    return code >= 0x2e80 ? 1 : 0.6;
}

/** Width of a string in em. */
function emWidth(text: string): number {
    let em = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // A surrogate pair is one character: count it at its high half, skip the low half.
        if (code >= 0xdc00 && code <= 0xdfff && i > 0) continue;
        em += charWidth(code >= 0xd800 && code <= 0xdbff ? 0x10000 : code);
    }
    return em;
}

/** Words recur across a map (names, channels, labels): their widths are kept, up to a bound. */
const wordWidths = new Map<string, number>();
const WORD_CACHE_LIMIT = 20000;

function wordEm(word: string): number {
    let width = wordWidths.get(word);
    if (width === undefined) {
        width = emWidth(word);
        if (wordWidths.size >= WORD_CACHE_LIMIT) {
            wordWidths.clear();
        }
        wordWidths.set(word, width);
    }
    return width;
}

const SPACE_EM = ASCII_WIDTHS[32];

/** Estimated width of a single line of text, in pixels. */
export function textWidth(text: string, fontSize: number): number {
    return emWidth(text) * fontSize;
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
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Number.POSITIVE_INFINITY): WrappedText {
    const words = text.split(/\s+/).filter(word => word.length > 0);
    const maxEm = maxWidth / fontSize;
    const lines: string[] = [];
    let line = '';
    let lineEm = 0;
    // Stops as soon as one line more than allowed exists: that is enough to know the text is cut.
    for (let i = 0; i < words.length && lines.length <= maxLines; i++) {
        const word = words[i];
        const em = wordEm(word);
        if (line && lineEm + SPACE_EM + em <= maxEm) {
            line += ' ' + word;
            lineEm += SPACE_EM + em;
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
        while (emWidth(rest) > maxEm && lines.length <= maxLines) {
            const head = longestFittingPrefix(rest, maxWidth, fontSize);
            lines.push(head);
            rest = rest.slice(head.length);
        }
        line = rest;
        lineEm = emWidth(rest);
    }
    if (line) {
        lines.push(line);
    }
    if (lines.length <= maxLines) {
        return { lines, cut: false };
    }
    const kept = lines.slice(0, maxLines);
    kept[kept.length - 1] = withEllipsis(kept[kept.length - 1], maxWidth, fontSize);
    return { lines: kept, cut: true };
}

function longestFittingPrefix(word: string, maxWidth: number, fontSize: number): string {
    const chars = [...word];
    let width = 0;
    let end = 0;
    for (; end < chars.length; end++) {
        width += charWidth(chars[end].codePointAt(0)!) * fontSize;
        if (width > maxWidth) {
            break;
        }
    }
    return chars.slice(0, Math.max(end, 1)).join('');
}

function withEllipsis(line: string, maxWidth: number, fontSize: number): string {
    const chars = [...line];
    while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, fontSize) > maxWidth) {
        chars.pop();
    }
    return chars.join('').trimEnd() + ELLIPSIS;
}

/** Cuts a single line to fit, with an ellipsis. */
export function fitLine(text: string, maxWidth: number, fontSize: number): WrappedText {
    return wrapText(text, maxWidth, fontSize, 1);
}
