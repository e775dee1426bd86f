import type { Locale } from '../../language/reader-words.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import { MAP_CSS, themeCss } from '../../render/map-styles.js';
import { renderMap } from '../../render/render-map.js';
import { h, num, toMarkup, type VElement, type VNode } from '../../render/vnode.js';

/**
 * The index card's picture of a journey's map: the part of the map the card
 * shows, as an SVG image. A card shows its thumbnail 140 px tall, the map
 * scaled to fill it from the top left (site-styles.ts), and a card is at most
 * about 640 px wide: the thumbnail is the map's full height and at most
 * THUMBNAIL_ASPECT times as wide. What lies right of that, what only an
 * interactive map uses (tooltips, roles, ids, focus) and what an image never
 * shows is left out, so a thumbnail of a long journey is a fraction of the map.
 */
export const THUMBNAIL_ASPECT = 5;

/** Attributes for people and scripts using the interactive map; an image has no use for them. */
const INTERACTIVE = /^(role|tabindex|aria-.*|data-.*)$/;

export function thumbnailSvg(model: JourneyMapModel, locale?: Locale): string {
    const { svg, width, height } = renderMap(model, { locale });
    const cropWidth = Math.min(width, Math.ceil(height * THUMBNAIL_ASPECT));
    const cropped = crop(svg, 0, cropWidth);
    cropped.attrs.width = num(cropWidth);
    cropped.attrs.viewBox = `0 0 ${num(cropWidth)} ${num(height)}`;
    const styles = `${themeCss('light', ':root, .jm-map')}\n${MAP_CSS}`;
    const styled = { ...cropped, children: [h('style', {}, [styles]), ...cropped.children] };
    return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(styled)}\n`;
}

/**
 * `node` without the elements that start right of `limit` (x is where the
 * translations of its ancestors put its left edge; the map lays everything
 * out left to right from there), without tooltips and interactive attributes.
 */
export function crop(node: VElement, x: number, limit: number): VElement {
    const children: VNode[] = [];
    for (const child of node.children) {
        if (typeof child === 'string') {
            children.push(child);
            continue;
        }
        if (child.tag === 'title') {
            continue;
        }
        const left = x + translationX(child.attrs.transform) + ownX(child);
        if (left > limit) {
            continue;
        }
        children.push(crop(child, x + translationX(child.attrs.transform), limit));
    }
    const attrs: Record<string, string> = {};
    for (const name in node.attrs) {
        if (!INTERACTIVE.test(name)) {
            attrs[name] = node.attrs[name];
        }
    }
    return { tag: node.tag, attrs, children };
}

function translationX(transform: string | undefined): number {
    if (!transform) return 0;
    const match = /^\s*translate\(\s*(-?[\d.]+)/.exec(transform);
    return match ? Number(match[1]) : 0;
}

/** Where an element's own coordinates put its left edge (0 for groups and paths, which may reach anywhere). */
function ownX(element: VElement): number {
    const a = element.attrs;
    switch (element.tag) {
        case 'rect':
            return Number(a.x ?? 0) || 0;
        case 'text':
            // Text anchored at its end or middle reaches left of its x.
            return a['text-anchor'] === 'end' || a['text-anchor'] === 'middle' ? 0 : Number(a.x ?? 0) || 0;
        case 'circle':
            return (Number(a.cx ?? 0) || 0) - (Number(a.r ?? 0) || 0);
        case 'line':
            return Math.min(Number(a.x1 ?? 0) || 0, Number(a.x2 ?? 0) || 0);
        default:
            return 0;
    }
}
