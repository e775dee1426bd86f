import { RANGES, REGULAR, SEMIBOLD, UNITS_PER_EM } from './inter-widths.js';

/**
 * The map's font and how wide its characters are. Every output draws text in
 * Inter (shipped with the extension, the site and the PNG/PDF renderer), so the
 * layout can measure with the font's own advance widths instead of guessing.
 */
export const MAP_FONT_FAMILY = 'Inter';

export type FontFace = 'regular' | 'semibold';

/** How a piece of text is drawn, as far as its width goes. */
export interface FontSpec {
    size: number;
    face: FontFace;
    /** Extra space after each character, in em (CSS letter-spacing). */
    letterSpacing?: number;
}

const tables = new Map<FontFace, Float64Array>();
const [FIRST_START, FIRST_END] = RANGES[0];

function table(face: FontFace): Float64Array {
    let widths = tables.get(face);
    if (!widths) {
        const units = (face === 'regular' ? REGULAR : SEMIBOLD).split(',');
        widths = new Float64Array(units.length);
        for (let i = 0; i < units.length; i++) {
            widths[i] = parseInt(units[i], 36) / UNITS_PER_EM;
        }
        tables.set(face, widths);
    }
    return widths;
}

/** Width in em for characters the font lacks, drawn by whatever fallback font the reader has. */
function fallbackEm(code: number): number {
    if (code >= 0x1f000) return 1.3; // emoji
    if (code >= 0x2e80) return 1; // CJK, Hangul, full-width forms
    return 0.7;
}

/** Width of one character (by code point) in em. */
export function charEm(code: number, face: FontFace): number {
    const widths = table(face);
    if (code >= FIRST_START && code <= FIRST_END) {
        // Latin and most punctuation: the first range, at the start of the table.
        const width = widths[code - FIRST_START];
        return width > 0 ? width : fallbackEm(code);
    }
    let offset = 0;
    for (const [start, end] of RANGES) {
        if (code < start) break;
        if (code <= end) {
            const width = widths[offset + code - start];
            return width > 0 ? width : fallbackEm(code);
        }
        offset += end - start + 1;
    }
    return fallbackEm(code);
}
