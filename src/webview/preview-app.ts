import type { JourneyMapModel } from '../model/view-model.js';
import { renderMap } from '../render/render-map.js';
import type { Host } from './host.js';
import { DomPatcher } from './patch-dom.js';
import { buildChrome, type PreviewChrome, type ToolbarAction } from './preview-chrome.js';
import type { HostMessage, WebviewState } from '../protocol/webview-protocol.js';
import { syntaxBannerText } from './syntax-banner.js';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;
const ZOOM_STEP = 1.2;

/**
 * The preview in the page: keeps the latest model of each document, draws the
 * current one by patching the DOM, keeps the last good map while the text has
 * syntax errors, and turns clicks and keys into messages for the host.
 */
export class PreviewApp {
    private readonly chrome: PreviewChrome;
    private readonly patcher: DomPatcher;
    private readonly models = new Map<string, JourneyMapModel>();
    private readonly lastGood = new Map<string, JourneyMapModel>();
    private documents: Array<{ source: string; label: string }> = [];
    private source: string | undefined;
    private label = '';
    private locked = false;
    private zoom = 1;
    private size = { width: 0, height: 0 };
    private highlighted: string | null = null;
    private byId = new Map<string, Element[]>();
    private renders = 0;
    private pendingScroll: { left: number; top: number } | undefined;

    constructor(private readonly window: Window, private readonly host: Host) {
        const document = window.document;
        document.body.dataset.host = host.kind;
        this.chrome = buildChrome(document, action => this.onAction(action));
        this.patcher = new DomPatcher(this.chrome.map);
        const state = host.getState();
        if (state) {
            this.restore(state);
            this.showTitle();
        }
        this.chrome.map.addEventListener('click', event => this.activate(event.target));
        this.chrome.map.addEventListener('keydown', event => {
            if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element).getAttribute?.('data-id')) {
                event.preventDefault();
                this.activate(event.target);
            }
        });
        document.addEventListener('keydown', event => this.onKey(event));
        this.chrome.bannerText.addEventListener('click', () => {
            if (this.source) {
                this.host.post({ type: 'revealSyntaxError', source: this.source });
            }
        });
        let scrollQueued = false;
        this.chrome.viewport.addEventListener('scroll', () => {
            if (!scrollQueued) {
                scrollQueued = true;
                window.requestAnimationFrame(() => { scrollQueued = false; this.saveState(); });
            }
        });
        host.onMessage(message => this.receive(message));
        host.post({ type: 'ready' });
    }

    receive(message: HostMessage): void {
        switch (message.type) {
            case 'source':
                if (message.source !== this.source) {
                    this.highlighted = null;
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
                if (message.model.syntaxErrors.length === 0) {
                    this.lastGood.set(message.source, message.model);
                }
                if (this.host.kind === 'browser' && this.source === undefined) {
                    this.select(this.documents[0]?.source ?? message.source);
                } else if (message.source === this.source) {
                    this.draw();
                }
                break;
            case 'highlight':
                if (message.source === this.source) {
                    this.highlight(message.elementId, message.reveal);
                }
                break;
        }
    }

    private select(source: string): void {
        this.source = source;
        this.label = this.documents.find(d => d.source === source)?.label ?? source;
        this.highlighted = null;
        this.showTitle();
        this.showDocuments();
        this.draw();
    }

    private draw(): void {
        const model = this.source !== undefined ? this.models.get(this.source) : undefined;
        if (!model || this.source === undefined) {
            return;
        }
        const errors = model.syntaxErrors;
        const shown = errors.length > 0 ? this.lastGood.get(this.source) ?? model : model;
        this.showBanner(model, shown !== model);
        const { svg, width, height } = renderMap(shown);
        this.patcher.render(svg);
        this.size = { width, height };
        this.applyZoom();
        this.indexElements();
        this.highlight(this.highlighted, false);
        this.renders++;
        this.window.document.body.dataset.renders = String(this.renders);
        this.host.post({ type: 'rendered', source: this.source, documentVersion: shown.documentVersion, keptLastGood: shown !== model });
        if (this.pendingScroll) {
            this.chrome.viewport.scrollLeft = this.pendingScroll.left;
            this.chrome.viewport.scrollTop = this.pendingScroll.top;
            this.pendingScroll = undefined;
        }
    }

    private showBanner(model: JourneyMapModel, keptLastGood: boolean): void {
        const text = syntaxBannerText(model.syntaxErrors, keptLastGood);
        this.chrome.banner.hidden = text === undefined;
        if (text !== undefined) {
            this.chrome.bannerText.textContent = text;
        }
    }

    private showTitle(): void {
        this.chrome.title.textContent = this.locked ? `${this.label} (locked)` : this.label;
        this.window.document.title = this.label ? `Journey map: ${this.label}` : 'Journey map';
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

    private indexElements(): void {
        this.byId = new Map();
        const root = this.patcher.element;
        if (!root) {
            return;
        }
        for (const element of Array.from(root.querySelectorAll('[data-id]'))) {
            const id = element.getAttribute('data-id')!;
            const list = this.byId.get(id);
            if (list) {
                list.push(element);
            } else {
                this.byId.set(id, [element]);
            }
        }
    }

    private highlight(id: string | null, reveal: boolean): void {
        for (const element of Array.from(this.patcher.element?.querySelectorAll('.jm-highlight') ?? [])) {
            element.classList.remove('jm-highlight');
        }
        this.highlighted = id;
        const elements = id ? this.byId.get(id) ?? [] : [];
        for (const element of elements) {
            element.classList.add('jm-highlight');
        }
        if (reveal && elements.length > 0) {
            const primary = elements.find(e => e.getAttribute('role') === 'button') ?? elements[0];
            primary.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    }

    private activate(target: EventTarget | null): void {
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
        this.highlight(id, false);
    }

    /** Outside an editor, say where the element is written. */
    private showLocation(id: string): void {
        const model = this.source ? this.models.get(this.source) : undefined;
        const all = model ? [...model.journeys.flatMap(j => [j, ...j.stages, ...j.stages.flatMap(s => s.touchpoints)]), ...model.owners, ...model.personas, ...model.kpis] : [];
        const element = all.find(e => e.id === id);
        if (element) {
            const file = decodeURIComponent(element.source.uri.replace(/^.*\//, ''));
            const { line, character } = element.source.selection.start;
            this.chrome.status.textContent = `${element.title}: ${file}:${line + 1}:${character + 1}`;
        }
    }

    private onKey(event: KeyboardEvent): void {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        const actions: Record<string, ToolbarAction> = { '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit', '1': 'actual-size' };
        const action = actions[event.key];
        if (action) {
            event.preventDefault();
            this.onAction(action);
        }
    }

    private onAction(action: ToolbarAction): void {
        switch (action) {
            case 'zoom-in': this.setZoom(this.zoom * ZOOM_STEP); break;
            case 'zoom-out': this.setZoom(this.zoom / ZOOM_STEP); break;
            case 'actual-size': this.setZoom(1); break;
            case 'fit': {
                const viewport = this.chrome.viewport;
                const fit = Math.min(viewport.clientWidth / this.size.width, viewport.clientHeight / this.size.height);
                this.setZoom(Number.isFinite(fit) && fit > 0 ? fit : 1);
                break;
            }
        }
    }

    /** Zooms around the middle of what is in view. */
    private setZoom(zoom: number): void {
        const viewport = this.chrome.viewport;
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
        const centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / this.zoom;
        const centreY = (viewport.scrollTop + viewport.clientHeight / 2) / this.zoom;
        this.zoom = next;
        this.applyZoom();
        viewport.scrollLeft = centreX * next - viewport.clientWidth / 2;
        viewport.scrollTop = centreY * next - viewport.clientHeight / 2;
        this.saveState();
    }

    private applyZoom(): void {
        const svg = this.patcher.element;
        if (svg && this.size.width > 0) {
            svg.setAttribute('width', String(Math.round(this.size.width * this.zoom)));
            svg.setAttribute('height', String(Math.round(this.size.height * this.zoom)));
        }
        this.chrome.zoomLevel.textContent = `${Math.round(this.zoom * 100)}%`;
    }

    private restore(state: WebviewState): void {
        if (typeof state.zoom === 'number' && state.zoom >= MIN_ZOOM && state.zoom <= MAX_ZOOM) {
            this.zoom = state.zoom;
        }
        if (typeof state.scrollLeft === 'number' && typeof state.scrollTop === 'number') {
            this.pendingScroll = { left: state.scrollLeft, top: state.scrollTop };
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
            zoom: this.zoom,
            scrollLeft: this.chrome.viewport.scrollLeft,
            scrollTop: this.chrome.viewport.scrollTop
        });
    }
}
