import { firstChild, LazyElement, type VElement } from '../render/vnode.js';
import type { Deferral } from './patch-dom.js';

/**
 * Drawing a wide map a part at a time. A map of 1,000 touchpoints is some
 * 28,000 elements across 200,000 pixels; building them and having the browser
 * lay out and paint them all took most of a second before anything showed.
 * The lanes' cells (cards, notes, stages, KPI boxes) far to the left or right
 * of the view wait outside the page until the view comes near them, or the
 * page is idle, or something asks for them by id (a highlight, a `next` link):
 * soon after the first draw the page holds the whole map, so that find in page
 * and the keyboard reach every card, as before.
 */

/** Maps no wider than this many views are drawn whole at once. */
export const WHOLE_UP_TO_VIEWS = 4;

/** A stretch of the map across, in map units (the map's own pixels, before any zoom). */
export interface Span {
    from: number;
    to: number;
}

/**
 * The part of the map to draw at once: what is in view and one view's width
 * on either side; undefined when the whole map is to be drawn (a narrow map,
 * or a page that lays nothing out). The map sits at the left edge of the
 * scrolled content, as the preview's stylesheet places it.
 */
export function spanToDraw(scrollLeft: number, viewWidth: number, zoom: number, mapWidth: number): Span | undefined {
    if (!(viewWidth > 0) || !(zoom > 0) || !(mapWidth * zoom > WHOLE_UP_TO_VIEWS * viewWidth)) {
        return undefined;
    }
    const width = viewWidth / zoom;
    const left = Math.max(0, scrollLeft) / zoom;
    return { from: left - width, to: left + 2 * width };
}

/**
 * The part of the map a draw puts in the page at once: what is in view (undefined:
 * all of it, as for `spanToDraw`). The view's neighbours on either side
 * (`spanToDraw`) come in first when the page is idle, or as soon as the view
 * moves: a first draw of a wide map builds half as much before it shows.
 */
export function viewSpan(scrollLeft: number, viewWidth: number, zoom: number, mapWidth: number): Span | undefined {
    const near = spanToDraw(scrollLeft, viewWidth, zoom, mapWidth);
    if (!near) {
        return undefined;
    }
    const left = Math.max(0, scrollLeft) / zoom;
    return { from: left, to: left + viewWidth / zoom };
}

/**
 * Where a cell of a lane is across the map: an element the renderer moved
 * into place (`translate(x y)`), as wide as its frame when it starts with one
 * (a card, a note), else a point (an emotion mark). Undefined for anything
 * else, which is never deferred.
 */
export function cellSpan(node: VElement): Span | undefined {
    if (node instanceof LazyElement && node.place) {
        // A cell not made yet says where it is (see `LazyElement` in vnode.ts).
        return node.place;
    }
    const transform = node.attrs.transform;
    if (!transform?.startsWith('translate(')) {
        return undefined;
    }
    const x = Number.parseFloat(transform.slice('translate('.length));
    // Read without building the cell's insides, which wait until the cell is drawn (see `lazy` in vnode.ts).
    const frame = firstChild(node);
    const width = typeof frame === 'object' && frame.tag === 'rect' ? Number(frame.attrs.width ?? 0) : 0;
    return Number.isFinite(x) && Number.isFinite(width) ? { from: x, to: x + width } : undefined;
}

/** The cells of a lane: the children of the group that holds them (`.jm-lane` > `g` > cell), which the renderer moves only down. */
function isLaneCell(node: VElement, parent: VElement, grandparent: VElement | undefined): boolean {
    return parent.tag === 'g' && parent.attrs.class === undefined && (grandparent?.attrs.class?.startsWith('jm-lane ') ?? false)
        && ((node instanceof LazyElement && node.place ? node.place.className : node.attrs.class)?.startsWith('jm-el') ?? false);
}

/** Whether a cell of a lane lies across `span`, even partly. */
export function inSpan(node: VElement, span: Span): boolean {
    const cell = cellSpan(node);
    return !cell || (cell.to >= span.from && cell.from <= span.to);
}

/** The deferral for a draw of `span`: the lanes' cells wholly outside it wait. */
export function outsideSpan(span: Span): Deferral {
    return (node, parent, grandparent) => isLaneCell(node, parent, grandparent) && !inSpan(node, span);
}
