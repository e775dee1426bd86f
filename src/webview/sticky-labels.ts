import { LABEL_WIDTH, PAD } from '../render/map-geometry.js';

/** The custom property the preview's stylesheet moves a `.jm-lane-head` by (in map units), set on each head. */
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

/**
 * Pins the lane labels of a drawn map: the property is set on each lane head,
 * not on the `<svg>`, so that a scroll restyles the dozen heads rather than
 * every element of the map (a custom property is inherited: set on the root, it
 * has the browser recompute the style of all of them). Heads that already have
 * the value are left alone, so pinning after a draw or a vertical scroll costs
 * no style work at all.
 */
export function pinLaneHeads(svg: Element | undefined, shift: number): void {
    const value = shift > 0 ? String(shift) : '';
    for (const head of Array.from(svg?.getElementsByClassName('jm-lane-head') ?? [])) {
        const style = (head as SVGElement).style;
        if (!style || style.getPropertyValue(PIN_PROPERTY) === value) {
            continue;
        }
        if (value) {
            style.setProperty(PIN_PROPERTY, value);
        } else {
            style.removeProperty(PIN_PROPERTY);
        }
    }
}
