import { Resvg } from '@resvg/resvg-js';
import { PRINT_FONT_FAMILY, type PrintableSvg } from '../../render/print/print-svg.js';
import { mapFontPath } from './map-fonts.js';

/** Beyond these, image viewers and browsers refuse a PNG (and drawing it takes minutes). */
export const MAX_PNG_SIDE = 32000;
export const MAX_PNG_PIXELS = 100_000_000;

/**
 * A PNG of the map at `scale` (2 for slides), drawn by resvg with the map's own
 * font only, so that it looks the same on every machine. A map too large for a
 * PNG at that scale is drawn at the largest scale that fits (`scale` tells).
 */
export function printPng(svg: PrintableSvg, scale: number): { data: Buffer; width: number; height: number; scale: number } {
    const fitting = Math.min(scale, MAX_PNG_SIDE / svg.width, MAX_PNG_SIDE / svg.height, Math.sqrt(MAX_PNG_PIXELS / (svg.width * svg.height)));
    const image = new Resvg(svg.markup, {
        fitTo: { mode: 'zoom', value: fitting },
        font: {
            loadSystemFonts: false,
            fontFiles: [mapFontPath('regular'), mapFontPath('semibold')],
            defaultFontFamily: PRINT_FONT_FAMILY,
            sansSerifFamily: PRINT_FONT_FAMILY
        }
    }).render();
    return { data: image.asPng(), width: image.width, height: image.height, scale: fitting };
}
