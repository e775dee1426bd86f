import { isLocale, readerWords, type Locale } from '../language/reader-words.js';
import { fillPlaceholders } from '../language/vocabulary.js';
import { allElements, continuesTarget, elementsById } from '../model/view-model-query.js';
import type { HostMessage, WebviewState } from '../protocol/webview-protocol.js';
import { RenderMemo } from '../render/render-memo.js';
import { prepareToRender, renderMap } from '../render/render-map.js';
import { SyntaxBanner } from './banner.js';
import { Highlighter, NEXT_LINK } from './highlight.js';
import { LensControl, lensChoices } from './lens-control.js';
import type { Host } from './host.js';
import { actionForKey, isActivationKey } from './keys.js';
import { ModelCache } from './model-cache.js';
import { DomPatcher } from './patch-dom.js';
import { buildChrome, chromeWordsFrom, type ChromeWords, type PreviewChrome } from './preview-chrome.js';
import { inSpan, outsideSpan, spanToDraw, viewSpan, type Span } from './virtual-columns.js';
import { isZoom, Zoom } from './zoom.js';

/** How many documents' zooms a panel keeps in its state. */
const ZOOMS_KEPT = 50;

/**
 * The idle fill of a wide map (the cells that wait outside the page) goes in short
 * slices, one per idle callback: a host message (a keystroke's update) that arrives
 * while a slice runs waits for that slice only, never for a whole idle period's fill.
 * A slice puts in at most IDLE_SLICE_CELLS cells, IDLE_FILL_CELLS at a time, and stops
 * sooner when IDLE_SLICE_MS have passed or the browser's idle period is over.
 */
const IDLE_FILL_CELLS = 4;
const IDLE_SLICE_CELLS = 12;
const IDLE_SLICE_MS = 3;

/**
 * The idle fill goes on only once no draw has come for this long. Each slice's cells
 * have the browser lay out, paint and raster the map again, on the same cores as
 * the next update: while the user types, the keystrokes' updates come first.
 */
const FILL_QUIET_MS = 1000;

/** A `continues` link on a touchpoint card (one that resolves). */
const CONTINUES_LINK = '.jm-continues[role="link"]';

/**
 * The preview in the page: follows the host's messages and draws the current
 * document's map by patching the DOM. The parts it wires together each keep
 * one concern: the models (`ModelCache`), the syntax banner, the zoom, the
 * highlight, the keys; the view state (document, zoom, scroll) is saved with
 * the host so a reloaded preview comes back as it was.
 */
export class PreviewApp {
    private readonly chrome: PreviewChrome;
    private readonly patcher: DomPatcher;
    private readonly models: ModelCache;
    /** The map's pieces from the last draw: after an update only the changed ones are built (and patched) again. */
    private readonly memo = new RenderMemo();
    /** The map element last drawn, its size and zoom. */
    private lastDrawn: Drawing | undefined;
    /** Fitting a new document's zoom before its map is drawn: the zoom leaves the map in the page alone. */
    private fitting = false;
    private readonly banner: SyntaxBanner;
    private readonly zoom: Zoom;
    private readonly highlighter: Highlighter;
    private readonly lensControl: LensControl;
    private readonly words: ChromeWords;
    /**
     * The page's language, which picks the map's words: the page's `lang`, set by a built site and by the
     * editor's panel (a change of the map's language loads the page again); undefined: English.
     */
    private readonly locale: Locale | undefined;
    /** The persona lens chosen (kept while a model lacks that persona, so it comes back with it). */
    private persona: string | undefined;
    private documents: Array<{ source: string; label: string }> = [];
    /** A built site's journey pages, by journey id: where a `continues` into another journey leads. */
    private journeyPages = new Map<string, string>();
    private source: string | undefined;
    private label = '';
    private locked = false;
    private renders = 0;
    private pendingScroll: { left: number; top: number } | undefined;
    /** The zoom of each document shown, by URI: a document shown for the first time opens fitted to the width. */
    private zooms = new Map<string, number>();
    /** The part of a wide map drawn at once (the rest waits outside the page, see virtual-columns.ts); undefined: all of it. */
    private span: Span | undefined;
    /** Putting the waiting rest of the map in the page while it is idle. */
    private filling = false;
    /** When the last draw was (the page's clock): the idle fill waits FILL_QUIET_MS after it. */
    private drawnAt = -Infinity;
    /** A page opened at an element (`…/udlan.html#stage:Udlån.Reservering`, from a `continues` link): shown once drawn. */
    private arrival: string | undefined;

    constructor(private readonly window: Window, private readonly host: Host) {
        this.models = new ModelCache(host.checked);
        const document = window.document;
        document.body.dataset.host = host.kind;
        this.words = chromeWordsFrom(document);
        this.chrome = buildChrome(document, this.words, action => this.zoom.run(action));
        this.patcher = new DomPatcher(this.chrome.map);
        this.zoom = new Zoom(this.chrome.viewport, this.chrome.zoomLevel, () => this.fitting ? undefined : this.patcher.element, () => this.zoomChanged());
        this.highlighter = new Highlighter(() => this.patcher.element, id => this.patcher.fillId(id) > 0);
        const lang = document.documentElement.lang;
        this.locale = isLocale(lang) ? lang : undefined;
        this.lensControl = new LensControl(this.chrome.lens, readerWords(this.locale), persona => {
            this.persona = persona;
            this.saveState();
            this.draw();
        });
        this.banner = new SyntaxBanner(this.chrome, this.words, () => {
            if (this.source) {
                this.host.post({ type: 'revealSyntaxError', source: this.source });
            }
        });
        if (host.kind === 'browser' && window.location.hash.length > 1) {
            this.arrival = decodeURIComponent(window.location.hash.slice(1));
        }
        const state = host.getState();
        if (state) {
            this.restore(state);
            if (state.source !== undefined) {
                this.showTitle();
            }
        }
        this.chrome.map.addEventListener('click', event => this.activate(event.target));
        this.chrome.map.addEventListener('keydown', event => {
            const target = event.target as Element;
            if (isActivationKey(event) && (target.getAttribute?.('data-id') || target.matches?.(CONTINUES_LINK) || target.matches?.(NEXT_LINK))) {
                event.preventDefault();
                this.activate(event.target);
            }
        });
        document.addEventListener('keydown', event => {
            // Keys typed into a control (the persona lens) are that control's.
            const action = (event.target as Element | null)?.closest?.('select, input') ? undefined : actionForKey(event);
            if (action) {
                event.preventDefault();
                this.zoom.run(action);
            }
        });
        // Ctrl/Cmd+wheel and a trackpad pinch (a wheel event with ctrlKey) zoom around the pointer; a plain wheel scrolls.
        this.chrome.viewport.addEventListener('wheel', event => {
            if (this.zoom.wheel(event)) {
                event.preventDefault();
            }
        }, { passive: false });
        let scrollQueued = false;
        this.chrome.viewport.addEventListener('scroll', () => {
            this.drawNearView();
            if (!scrollQueued) {
                scrollQueued = true;
                window.requestAnimationFrame(() => { scrollQueued = false; this.saveState(); });
            }
        });
        host.onMessage(message => this.receive(message));
        host.post({ type: 'ready' });
        // While the host answers with the first model: what a first render would otherwise do before drawing it.
        prepareToRender(this.locale);
    }

    receive(message: HostMessage): void {
        switch (message.type) {
            case 'source':
                if (message.source !== this.source) {
                    this.highlighter.highlight(null, false);
                }
                this.source = message.source;
                this.label = message.label;
                this.locked = message.locked;
                this.showTitle();
                this.saveState();
                this.draw();
                break;
            case 'documents':
                this.documents = message.documents;
                this.showDocuments();
                break;
            case 'render':
                this.models.set(message.source, message.model);
                if (this.host.kind === 'browser' && this.source === undefined) {
                    this.select(this.documents[0]?.source ?? message.source);
                } else if (message.source === this.source) {
                    this.draw();
                }
                break;
            case 'update':
                if (!this.models.update(message.source, message)) {
                    this.host.post({ type: 'needModel', source: message.source });
                } else if (message.source === this.source) {
                    this.draw();
                }
                break;
            case 'highlight':
                if (message.source === this.source) {
                    this.highlighter.highlight(message.elementId, message.reveal);
                }
                break;
            case 'journeyPages':
                this.journeyPages = new Map(message.pages.map(page => [page.journey, page.href]));
                break;
        }
    }

    private select(source: string): void {
        this.source = source;
        this.label = this.documents.find(d => d.source === source)?.label ?? source;
        this.highlighter.highlight(null, false);
        this.showTitle();
        this.showDocuments();
        this.draw();
    }

    private draw(): void {
        const toShow = this.source !== undefined ? this.models.toShow(this.source) : undefined;
        if (!toShow || this.source === undefined) {
            return;
        }
        const { latest, shown, keptLastGood } = toShow;
        this.banner.show(latest, keptLastGood);
        const lens = this.lensControl.show(lensChoices(shown), this.persona);
        const { svg, width, height } = renderMap(shown, { locale: this.locale, persona: lens, memo: this.memo });
        let zoom = this.zooms.get(this.source);
        if (zoom === undefined) {
            // A document shown for the first time opens fitted to the panel's width, measured before its map is in
            // the page: read after, the width would have the browser lay out the whole new map there and then.
            this.fitting = true;
            this.zoom.drawn(width, height);
            this.zoom.fitWidth();
            this.fitting = false;
            zoom = this.zoom.value;
        }
        // A wide map: what is in view now; what is near it first when the page is idle or the view moves, then the rest.
        const viewport = this.chrome.viewport;
        this.span = viewSpan(this.pendingScroll?.left ?? viewport.scrollLeft, viewport.clientWidth, zoom, width);
        this.patcher.render(svg, this.span ? outsideSpan(this.span) : undefined);
        this.drawnAt = this.window.performance.now();
        this.fillWhenIdle();
        const drawn = { root: this.patcher.element, width, height, zoom };
        // Setting the map's size, even to the same, has the browser lay out all of it: only when it changed.
        if (!sameDrawing(this.lastDrawn, drawn)) {
            this.zoom.restore(zoom);
            this.zoom.drawn(width, height);
        } else {
            this.zoom.pinSoon();
        }
        this.lastDrawn = drawn;
        this.highlighter.indexDrawn();
        this.renders++;
        this.window.document.body.dataset.renders = String(this.renders);
        this.host.post({
            type: 'rendered', source: this.source, documentVersion: shown.documentVersion, keptLastGood, ...lens !== undefined ? { persona: lens } : {}
        });
        if (this.arrival) {
            this.highlighter.highlight(this.arrival, true);
            this.arrival = undefined;
        }
        if (this.pendingScroll) {
            this.chrome.viewport.scrollLeft = this.pendingScroll.left;
            this.chrome.viewport.scrollTop = this.pendingScroll.top;
            this.pendingScroll = undefined;
        }
    }

    private showTitle(): void {
        this.chrome.title.textContent = this.locked ? fillPlaceholders(this.words.locked, this.label) : this.label;
        this.window.document.title = this.label ? fillPlaceholders(this.words.pageTitle, this.label) : this.words.toolbar;
    }

    private showDocuments(): void {
        const nav = this.chrome.documents;
        nav.replaceChildren(...this.documents.map(document => {
            const button = this.window.document.createElement('button');
            button.type = 'button';
            button.textContent = document.label;
            button.setAttribute('aria-pressed', String(document.source === this.source));
            button.addEventListener('click', () => this.select(document.source));
            return button;
        }));
    }

    private activate(target: EventTarget | null): void {
        const link = (target as Element | null)?.closest?.(CONTINUES_LINK);
        if (link) {
            this.followContinues(link);
            return;
        }
        const next = (target as Element | null)?.closest?.(NEXT_LINK)?.getAttribute('data-next');
        if (next) {
            this.highlighter.jumpTo(next);
            return;
        }
        const element = (target as Element | null)?.closest?.('[data-id]');
        const id = element?.getAttribute('data-id');
        if (!id || !this.source) {
            return;
        }
        if (this.host.kind === 'vscode') {
            this.host.post({ type: 'reveal', source: this.source, elementId: id });
        } else {
            this.showLocation(id);
        }
        this.highlighter.highlight(id, false);
    }

    /**
     * A touchpoint's `continues`: in VS Code the extension opens the other
     * journey's map and file; in a browser, a journey in this map is scrolled
     * to, a journey of another document `journey serve` shows is switched to,
     * and a built site goes to the journey's page.
     */
    private followContinues(link: Element): void {
        const touchpointId = link.closest('[data-id]')?.getAttribute('data-id');
        const model = this.source ? this.models.toShow(this.source)?.shown : undefined;
        if (!touchpointId || !model || !this.source) {
            return;
        }
        if (this.host.kind === 'vscode') {
            this.host.post({ type: 'openContinues', source: this.source, elementId: touchpointId });
            return;
        }
        const touchpoint = elementsById(model).get(touchpointId);
        const target = touchpoint?.kind === 'touchpoint' && touchpoint.continues ? continuesTarget(touchpoint.continues) : undefined;
        if (!target) {
            return;
        }
        if (model.journeys.some(journey => journey.id === target.journeyId)) {
            this.highlighter.highlight(target.targetId, true);
            return;
        }
        const page = this.journeyPages.get(target.journeyId);
        if (page) {
            this.window.location.href = `${page}#${encodeURIComponent(target.targetId)}`;
            return;
        }
        const source = this.documents.find(d => this.models.get(d.source)?.journeys.some(journey => journey.id === target.journeyId))?.source;
        if (source) {
            this.select(source);
            this.highlighter.highlight(target.targetId, true);
            this.chrome.map.querySelector<SVGElement>(`[data-id="${CSS.escape(target.targetId)}"][role="button"]`)?.focus();
        }
    }

    /** Outside an editor, say where the element is written. */
    private showLocation(id: string): void {
        const model = this.source ? this.models.get(this.source) : undefined;
        const element = model ? [...allElements(model)].find(e => e.id === id) : undefined;
        if (element) {
            const file = decodeURIComponent(element.source.uri.replace(/^.*\//, ''));
            const { line, character } = element.source.selection.start;
            this.chrome.status.textContent = `${element.title}: ${file}:${line + 1}:${character + 1}`;
        }
    }

    /** The view moved (a scroll, a zoom): the waiting parts of the map it comes near go in the page. */
    private drawNearView(): void {
        if (this.patcher.waiting === 0 || !this.lastDrawn || this.fitting) {
            return;
        }
        const viewport = this.chrome.viewport;
        const span = spanToDraw(viewport.scrollLeft, viewport.clientWidth, this.zoom.value, this.lastDrawn.width);
        if (span && this.patcher.fill(node => inSpan(node, span)) > 0) {
            this.highlighter.forget();
        } else if (!span && this.patcher.fill() > 0) {
            this.highlighter.forget();
        }
    }

    /**
     * Puts the waiting parts of the map in the page a few at a time, while the page has nothing else to do:
     * a short slice per idle callback (see IDLE_SLICE_CELLS), so that the browser runs any task that came
     * meanwhile (a host message above all) before the next slice.
     */
    private fillWhenIdle(): void {
        const idle = (this.window as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
        if (this.filling || this.patcher.waiting === 0 || typeof idle !== 'function') {
            return;
        }
        this.filling = true;
        // What is near the view first (the neighbours a draw left out), read at the first slice (the draw is done by then);
        // then the rest in order. A move of the view puts in what it comes near itself.
        let near: Span | undefined | null = null;
        const clock = this.window.performance;
        const slice = (deadline: IdleDeadline) => {
            const started = clock.now();
            if (started - this.drawnAt < FILL_QUIET_MS) {
                // Too soon after a draw (a keystroke's update, most likely another soon): asked again in the next idle period.
                idle.call(this.window, slice);
                return;
            }
            if (near === null) {
                const viewport = this.chrome.viewport;
                near = this.lastDrawn ? spanToDraw(viewport.scrollLeft, viewport.clientWidth, this.zoom.value, this.lastDrawn.width) : undefined;
            }
            let filled = 0;
            // One step at least, so that the fill ends however short the idle periods; then more while the slice is short.
            do {
                const limit = Math.min(IDLE_FILL_CELLS, IDLE_SLICE_CELLS - filled);
                const span = near;
                const put = span ? this.patcher.fill(node => inSpan(node, span), limit) : 0;
                if (put === 0) {
                    near = undefined;
                }
                filled += put || this.patcher.fill(undefined, limit);
            } while (this.patcher.waiting > 0 && filled < IDLE_SLICE_CELLS && deadline.timeRemaining() > 1 && clock.now() - started < IDLE_SLICE_MS);
            if (filled > 0) {
                this.highlighter.forget();
            }
            if (this.patcher.waiting > 0) {
                idle.call(this.window, slice);
            } else {
                this.filling = false;
            }
        };
        idle.call(this.window, slice);
    }

    /** The zoom changed: it is the shown document's from now on. */
    private zoomChanged(): void {
        this.drawNearView();
        if (this.lastDrawn && !this.fitting) {
            // The zoom has sized the map in the page already.
            this.lastDrawn.zoom = this.zoom.value;
        }
        if (this.source !== undefined) {
            this.zooms.delete(this.source);
            this.zooms.set(this.source, this.zoom.value);
            for (const old of this.zooms.keys()) {
                if (this.zooms.size <= ZOOMS_KEPT) {
                    break;
                }
                this.zooms.delete(old);
            }
        }
        this.saveState();
    }

    private restore(state: WebviewState): void {
        this.zoom.restore(state.zoom);
        if (state.zooms && typeof state.zooms === 'object') {
            for (const [uri, zoom] of Object.entries(state.zooms)) {
                if (isZoom(zoom)) {
                    this.zooms.set(uri, zoom);
                }
            }
        }
        // State saved before zooms were kept per document: its zoom is its document's.
        if (typeof state.source === 'string' && isZoom(state.zoom) && !this.zooms.has(state.source)) {
            this.zooms.set(state.source, state.zoom);
        }
        if (typeof state.scrollLeft === 'number' && typeof state.scrollTop === 'number') {
            this.pendingScroll = { left: state.scrollLeft, top: state.scrollTop };
        }
        if (typeof state.persona === 'string') {
            this.persona = state.persona;
        }
        if (typeof state.source === 'string') {
            this.source = state.source;
            this.label = typeof state.label === 'string' ? state.label : '';
            this.locked = state.locked === true;
        }
    }

    private saveState(): void {
        this.host.setState({
            source: this.source,
            label: this.label,
            locked: this.locked,
            zoom: this.zoom.value,
            zooms: Object.fromEntries(this.zooms),
            scrollLeft: this.chrome.viewport.scrollLeft,
            scrollTop: this.chrome.viewport.scrollTop,
            ...this.persona !== undefined ? { persona: this.persona } : {}
        });
    }
}

interface Drawing {
    root: Element | undefined;
    width: number;
    height: number;
    zoom: number;
}

function sameDrawing(a: Drawing | undefined, b: Drawing): boolean {
    return !!a && a.root === b.root && a.width === b.width && a.height === b.height && a.zoom === b.zoom;
}
