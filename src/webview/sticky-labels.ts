import { LABEL_WIDTH, PAD } from '../render/map-geometry.js';

/** The custom property the preview's stylesheet moves every `.jm-lane-head` by (in map units). */
export const PIN_PROPERTY = '--jm-pin-x';

/**
 * How far the lane heads move right so they stay at the view's left edge: the
 * map's width scrolled out of view on the left, in map units, never past the
 * last column's start.
 */
export function laneHeadShift(scrollLeft: number, mapLeft: number, zoom: number, mapWidth: number): number {
    if (!(zoom > 0)) {
        return 0;
    }
    const hidden = (scrollLeft - mapLeft) / zoom;
    const max = Math.max(0, mapWidth - 2 * PAD - LABEL_WIDTH);
    return Math.round(Math.max(0, Math.min(max, hidden)) * 100) / 100;
}

/** Pins the lane labels of a drawn map: one property on the `<svg>`, the stylesheet does the rest. */
export function pinLaneHeads(svg: Element | undefined, shift: number): void {
    const style = (svg as SVGElement | undefined)?.style;
    if (!style) {
        return;
    }
    if (shift > 0) {
        style.setProperty(PIN_PROPERTY, String(shift));
    } else {
        style.removeProperty(PIN_PROPERTY);
    }
}
