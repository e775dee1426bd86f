import { Resvg } from '@resvg/resvg-js';
import { PRINT_FONT_FAMILY, type PrintableSvg } from '../../render/print/print-svg.js';
import { mapFontPath } from './map-fonts.js';

/**
 * A PNG of the map at `scale` (2 for slides), drawn by resvg with the map's own
 * font only, so that it looks the same on every machine.
 */
export function printPng(svg: PrintableSvg, scale: number): { data: Buffer; width: number; height: number } {
    const image = new Resvg(svg.markup, {
        fitTo: { mode: 'zoom', value: scale },
        font: {
            loadSystemFonts: false,
            fontFiles: [mapFontPath('regular'), mapFontPath('semibold')],
            defaultFontFamily: PRINT_FONT_FAMILY,
            sansSerifFamily: PRINT_FONT_FAMILY
        }
    }).render();
    return { data: image.asPng(), width: image.width, height: image.height };
}
