import * as fontkit from 'fontkit';
import type { FontFace } from '../../render/text/font-metrics.js';
import { mapFont } from './map-fonts.js';

/**
 * The map's font for PDFKit, laid out as the map is: one glyph per character
 * at its advance width, no kerning and no ligatures (the map's styles turn
 * both off, and text-layout.ts measures lines that way). PDFKit lays text out
 * with the font's `layout`; this one maps characters through the font's cmap
 * instead of running its OpenType features, so a PDF's text sits exactly
 * where the map measured it and costs no shaping. Each face is parsed once
 * per process and shared by every PDF.
 */

/** What PDFKit reads of a run: the glyphs, their positions (numbers only: it scales each key) and the total advance. */
interface PlainRun {
    glyphs: fontkit.Glyph[];
    positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
    readonly advanceWidth: number;
}

const faces = new Map<FontFace, fontkit.Font>();

export function pdfFont(face: FontFace): fontkit.Font {
    let font = faces.get(face);
    if (!font) {
        const parsed = fontkit.create(mapFont(face)) as fontkit.Font;
        // The parsed font stays as it is; PDFKit gets an object that answers like it but lays out plainly.
        font = Object.create(parsed, { layout: { value: (text: string) => plainLayout(parsed, text) } }) as fontkit.Font;
        faces.set(face, font);
    }
    return font;
}

/** One glyph per code point, each advancing by its own width. */
export function plainLayout(font: fontkit.Font, text: string): PlainRun {
    const glyphs: fontkit.Glyph[] = [];
    const positions: PlainRun['positions'] = [];
    for (const character of text) {
        const glyph = font.glyphForCodePoint(character.codePointAt(0)!);
        glyphs.push(glyph);
        positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
        glyphs,
        positions,
        // Read after PDFKit has scaled the positions, as fontkit's own runs are.
        get advanceWidth() {
            let width = 0;
            for (const position of positions) width += position.xAdvance;
            return width;
        }
    };
}
