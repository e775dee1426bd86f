import { RANGES, REGULAR, SEMIBOLD, UNITS_PER_EM } from './inter-widths.js';

export { UNITS_PER_EM };

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

/** The first range of the tables (Latin and most punctuation, from the space on), which ASCII text is read from directly. */
export const [FIRST_START, FIRST_END] = RANGES[0];

/**
 * The advance widths of each face, range after range (as inter-widths.ts lists
 * them), made at the first use: in font units (whole numbers, 0 for no glyph)
 * and in em.
 */
let regularUnits: Uint16Array | undefined;
let semiboldUnits: Uint16Array | undefined;
let regularWidths: Float64Array | undefined;
let semiboldWidths: Float64Array | undefined;

function decodeUnits(units: string): Uint16Array {
    const list = units.split(',');
    const table = new Uint16Array(list.length);
    for (let i = 0; i < list.length; i++) {
        table[i] = parseInt(list[i], 36);
    }
    return table;
}

/**
 * The advance widths of a face in font units (UNITS_PER_EM to the em): a text
 * measured by summing these whole numbers allocates nothing, where a sum of
 * fractions of an em makes a heap number at each step in code not yet
 * optimised (as a first draw's is). Every width of the table is a whole number
 * of units over a power of two, so such a sum divided by UNITS_PER_EM is the
 * very sum of the widths in em.
 */
export function faceUnits(face: FontFace): Uint16Array {
    return face === 'regular' ? regularUnits ??= decodeUnits(REGULAR) : semiboldUnits ??= decodeUnits(SEMIBOLD);
}

/**
 * The width table of a face in em: read it once per text and pass it to
 * `tableEm` for each character (a lookup of the face per character was a tenth
 * of a map's layout).
 */
export function faceWidths(face: FontFace): Float64Array {
    let widths = face === 'regular' ? regularWidths : semiboldWidths;
    if (!widths) {
        const units = faceUnits(face);
        widths = new Float64Array(units.length);
        for (let i = 0; i < units.length; i++) {
            widths[i] = units[i] / UNITS_PER_EM;
        }
        if (face === 'regular') {
            regularWidths = widths;
        } else {
            semiboldWidths = widths;
        }
    }
    return widths;
}

/** The advance of a character (by code point) in font units from its face's `faceUnits`; 0 when the font lacks it. */
export function tableUnits(units: Uint16Array, code: number): number {
    if (code >= FIRST_START && code <= FIRST_END) {
        return units[code - FIRST_START];
    }
    let offset = 0;
    for (const [start, end] of RANGES) {
        if (code < start) break;
        if (code <= end) {
            return units[offset + code - start];
        }
        offset += end - start + 1;
    }
    return 0;
}

/** Width in em for characters the font lacks, drawn by whatever fallback font the reader has. */
function fallbackEm(code: number): number {
    if (code >= 0x1f000) return 1.3; // emoji
    if (code >= 0x2e80) return 1; // CJK, Hangul, full-width forms
    return 0.7;
}

/** Width of one character (by code point) in em, from its face's table (`faceWidths`). */
export function tableEm(widths: Float64Array, code: number): number {
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

/** Width of one character (by code point) in em. */
export function charEm(code: number, face: FontFace): number {
    return tableEm(faceWidths(face), code);
}
