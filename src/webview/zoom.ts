import type { ToolbarAction } from './preview-chrome.js';
import { laneHeadShift, pinLaneHeads } from './sticky-labels.js';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const ZOOM_STEP = 1.2;
/** How much one pixel of wheel turn zooms: a mouse notch (100 px) is about the toolbar's step, a pinch is smooth. */
const WHEEL_RATE = 0.002;
const LINE_PIXELS = 16;
const PAGE_PIXELS = 400;

/** A point in the viewport's box (client coordinates less the viewport's own left and top). */
export interface ViewportPoint {
    x: number;
    y: number;
}

/**
 * The factor a zooming wheel event (Ctrl/Cmd+wheel, or a trackpad pinch, which
 * browsers send as a wheel event with `ctrlKey`) zooms by; `undefined` for a
 * plain wheel event, which scrolls.
 */
export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey'>): number | undefined {
    if (!event.ctrlKey && !event.metaKey) {
        return undefined;
    }
    const pixels = event.deltaY * (event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? PAGE_PIXELS : 1);
    // Bounded per event so one coarse wheel notch never jumps across the whole range.
    const clamped = Math.max(-300, Math.min(300, pixels));
    return Math.exp(-clamped * WHEEL_RATE);
}

/**
 * The map's zoom: sets the drawn size of the SVG, zooms around a point of the
 * view (its middle, or the pointer), fits the window; and keeps the lane
 * labels at the view's left edge while the map scrolls sideways.
 */
export class Zoom {
    private zoom = 1;
    private size = { width: 0, height: 0 };
    /** A pin of the lane labels waits for the next frame (see `drawn`). */
    private pinQueued = false;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly level: HTMLOutputElement,
        private readonly svg: () => Element | undefined,
        private readonly onChange: () => void
    ) {
        viewport.addEventListener('scroll', () => this.pinLabels(), { passive: true });
    }

    get value(): number {
        return this.zoom;
    }

    /** A zoom from saved state, when it is a valid one. */
    restore(zoom: unknown): void {
        if (isZoom(zoom)) {
            this.zoom = zoom;
        }
    }

    /**
     * A new map of this size was drawn: give it the current zoom. The lane
     * labels are pinned in the next frame, not now: where they go depends on
     * where the map is, and asking that of a map just put in the page would
     * have the browser lay all of it out there and then, in the middle of the
     * draw, besides the layout of the frame that shows it.
     */
    drawn(width: number, height: number): void {
        this.size = { width, height };
        this.apply();
        this.pinSoon();
    }

    run(action: ToolbarAction): void {
        switch (action) {
            case 'zoom-in': this.set(this.zoom * ZOOM_STEP); break;
            case 'zoom-out': this.set(this.zoom / ZOOM_STEP); break;
            case 'actual-size': this.set(1); break;
            case 'fit': {
                const fit = Math.min(this.viewport.clientWidth / this.size.width, this.viewport.clientHeight / this.size.height);
                this.set(Number.isFinite(fit) && fit > 0 ? fit : 1);
                break;
            }
        }
    }

    /**
     * Fits the map to the view's width, never beyond its actual size (a small
     * map is not blown up); the height scrolls. Shows the map's left edge.
     */
    fitWidth(): void {
        const fit = this.viewport.clientWidth / this.size.width;
        this.zoom = Math.max(MIN_ZOOM, Math.min(1, Number.isFinite(fit) && fit > 0 ? fit : 1));
        this.apply();
        this.viewport.scrollLeft = 0;
        this.pinLabels();
        this.onChange();
    }

    /** Zooms by a wheel event over the map, keeping the point under the pointer in place; false when the event is not a zooming one. */
    wheel(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'clientX' | 'clientY'>): boolean {
        const factor = wheelZoomFactor(event);
        if (factor === undefined) {
            return false;
        }
        const box = this.viewport.getBoundingClientRect();
        this.zoomAt(this.zoom * factor, { x: event.clientX - box.left, y: event.clientY - box.top });
        return true;
    }

    /**
     * Sets the zoom so that the map's point now at `anchor` (in the viewport's
     * box) stays there, as far as scrolling allows.
     */
    zoomAt(zoom: number, anchor: ViewportPoint): void {
        const viewport = this.viewport;
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
        const offset = this.mapOffset();
        const mapX = (viewport.scrollLeft + anchor.x - offset.x) / this.zoom;
        const mapY = (viewport.scrollTop + anchor.y - offset.y) / this.zoom;
        this.zoom = next;
        this.apply();
        viewport.scrollLeft = mapX * next + offset.x - anchor.x;
        viewport.scrollTop = mapY * next + offset.y - anchor.y;
        this.pinLabels();
        this.onChange();
    }

    /** Zooms around the middle of what is in view. */
    private set(zoom: number): void {
        this.zoomAt(zoom, { x: this.viewport.clientWidth / 2, y: this.viewport.clientHeight / 2 });
    }

    /** Where the map's top left corner is in the viewport's scrolled content. */
    private mapOffset(): ViewportPoint {
        const svg = this.svg();
        if (!svg) {
            return { x: 0, y: 0 };
        }
        const map = svg.getBoundingClientRect();
        const box = this.viewport.getBoundingClientRect();
        return { x: map.left - box.left + this.viewport.scrollLeft, y: map.top - box.top + this.viewport.scrollTop };
    }

    private apply(): void {
        const svg = this.svg();
        if (svg && this.size.width > 0) {
            svg.setAttribute('width', String(Math.round(this.size.width * this.zoom)));
            svg.setAttribute('height', String(Math.round(this.size.height * this.zoom)));
        }
        this.level.textContent = `${Math.round(this.zoom * 100)}%`;
    }

    /**
     * Pins the lane labels before the next frame is drawn (at once where there
     * are no frames: a page without layout), as after a patch of the map, which
     * may have brought new lane heads.
     */
    pinSoon(): void {
        const window = this.viewport.ownerDocument.defaultView;
        if (typeof window?.requestAnimationFrame !== 'function') {
            this.pinLabels();
        } else if (!this.pinQueued) {
            this.pinQueued = true;
            window.requestAnimationFrame(() => {
                this.pinQueued = false;
                this.pinLabels();
            });
        }
    }

    /** Moves the lane labels to the view's left edge (a scroll, a zoom or a new map changes where that is). */
    pinLabels(): void {
        const svg = this.svg();
        if (svg) {
            pinLaneHeads(svg, laneHeadShift(this.viewport.scrollLeft, this.mapOffset().x, this.zoom, this.size.width));
        }
    }
}

export function isZoom(zoom: unknown): zoom is number {
    return typeof zoom === 'number' && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM;
}
