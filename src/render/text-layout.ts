/**
 * Text measurement and wrapping without a DOM, so that a map is laid out the
 * same everywhere (preview, CLI, exports). Widths are estimates for a common
 * sans-serif face, erring wide so that real text rarely overflows its box.
 */

const NARROW = new Set("ijl|!.,:;'`");
const SEMI_NARROW = new Set('ftrI()[]{}"/\\- ');
const WIDE = new Set('mwMW@%&');

/** Width of one character, in em. */
function charWidth(char: string): number {
    if (NARROW.has(char)) return 0.28;
    if (SEMI_NARROW.has(char)) return 0.36;
    if (WIDE.has(char)) return 0.9;
    const code = char.codePointAt(0)!;
    if (code >= 0x41 && code <= 0x5a) return 0.68;
    if (code >= 0x30 && code <= 0x39) return 0.57;
    if (code >= 0x61 && code <= 0x7a) return 0.54;
    // CJK, Hangul, full-width forms and emoji take a whole em.
    if (code >= 0x2e80) return 1;
    return 0.6;
}

/** Estimated width of a single line of text, in pixels. */
export function textWidth(text: string, fontSize: number): number {
    let em = 0;
    for (const char of text) {
        em += charWidth(char);
    }
    return em * fontSize;
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
    const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(word => word.length > 0);
    const lines: string[] = [];
    let line = '';
    // Stops as soon as one line more than allowed exists: that is enough to know the text is cut.
    for (let i = 0; i < words.length && lines.length <= maxLines; i++) {
        const candidate = line ? `${line} ${words[i]}` : words[i];
        if (textWidth(candidate, fontSize) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (line) {
            lines.push(line);
        }
        // A word alone too wide for a line is split across lines.
        let rest = words[i];
        while (textWidth(rest, fontSize) > maxWidth && lines.length <= maxLines) {
            const head = longestFittingPrefix(rest, maxWidth, fontSize);
            lines.push(head);
            rest = rest.slice(head.length);
        }
        line = rest;
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
        width += charWidth(chars[end]) * fontSize;
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
