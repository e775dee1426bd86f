import type { ToolbarAction } from './preview-chrome.js';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const ZOOM_STEP = 1.2;

/** The map's zoom: sets the drawn size of the SVG, zooms around the middle of the view, fits the window. */
export class Zoom {
    private zoom = 1;
    private size = { width: 0, height: 0 };

    constructor(
        private readonly viewport: HTMLElement,
        private readonly level: HTMLOutputElement,
        private readonly svg: () => Element | undefined,
        private readonly onChange: () => void
    ) {}

    get value(): number {
        return this.zoom;
    }

    /** A zoom from saved state, when it is a valid one. */
    restore(zoom: unknown): void {
        if (typeof zoom === 'number' && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM) {
            this.zoom = zoom;
        }
    }

    /** A new map of this size was drawn: give it the current zoom. */
    drawn(width: number, height: number): void {
        this.size = { width, height };
        this.apply();
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

    /** Zooms around the middle of what is in view. */
    private set(zoom: number): void {
        const viewport = this.viewport;
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
        const centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / this.zoom;
        const centreY = (viewport.scrollTop + viewport.clientHeight / 2) / this.zoom;
        this.zoom = next;
        this.apply();
        viewport.scrollLeft = centreX * next - viewport.clientWidth / 2;
        viewport.scrollTop = centreY * next - viewport.clientHeight / 2;
        this.onChange();
    }

    private apply(): void {
        const svg = this.svg();
        if (svg && this.size.width > 0) {
            svg.setAttribute('width', String(Math.round(this.size.width * this.zoom)));
            svg.setAttribute('height', String(Math.round(this.size.height * this.zoom)));
        }
        this.level.textContent = `${Math.round(this.zoom * 100)}%`;
    }
}
