import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../../language/reader-words.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import type { ThemeName } from '../../render/map-styles.js';
import { printable, PRINT_FONT_FAMILY, withoutText, type PrintableSvg } from '../../render/print/print-svg.js';
import { TEXT } from '../../render/render-parts.js';
import { renderMap } from '../../render/render-map.js';
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
    const fitting = fittingScale(svg.width, svg.height, scale);
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

/** The largest scale up to `scale` at which a map of this size stays within what viewers open. */
export function fittingScale(width: number, height: number, scale: number): number {
    return Math.min(scale, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height, Math.sqrt(MAX_PNG_PIXELS / (width * height)));
}

/** The smallest a line of the map's small text may be, in pixels, and still be read. */
export const LEGIBLE_TEXT_PX = 5;

export interface MapPng {
    data: Buffer;
    width: number;
    height: number;
    scale: number;
    /** False when the map had to be drawn so small that its text could not be read, and was left out. */
    text: boolean;
    /** How tall the map's small text is at that scale, in pixels. */
    textPx: number;
}

/**
 * `journey render -o map.png`: the map as a PNG within viewer limits. A map
 * too large for them is drawn at the largest scale that fits; when its text
 * would then be too small to read (a map of hundreds of touchpoints), the
 * picture shows its shapes without text: an overview, drawn in a fraction of
 * the time, and the caller says where to find a readable map.
 */
export function mapPng(model: JourneyMapModel, theme: ThemeName, scale: number, locale?: Locale): MapPng {
    const { svg, width, height } = renderMap(model, { locale });
    const fitting = fittingScale(width, height, scale);
    const textPx = TEXT.small.size * fitting;
    const text = textPx >= LEGIBLE_TEXT_PX;
    const png = printPng(printable(text ? svg : withoutText(svg), width, height, theme), scale);
    return { ...png, text, textPx };
}
