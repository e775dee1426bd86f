import * as vscode from 'vscode';
import { continuesTarget, elementAt, elementsById } from '../../model/view-model-query.js';
import type { JourneyMapModel, Range } from '../../model/view-model.js';
import { createNonce, previewPage, type ChromeWords } from '../../render/html-page.js';
import { encodeHostMessage, parseWebviewMessage, type HostMessage, type WebviewMessage } from '../../protocol/webview-protocol.js';
import { baseName } from '../journey-host.js';
import { locateContinues } from './continues-location.js';
import { mapLocale, mapLocaleFor } from './map-locale.js';
import { ModelForwarding } from './model-forwarding.js';
import { UpdateThrottle } from './update-throttle.js';
import type { ViewModelSource } from './view-model-source.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

/** What a preview shows now: for the command palette's state and for tests. */
export interface PreviewStatus {
    source: string;
    locked: boolean;
    visible: boolean;
    active: boolean;
    /** The model version last drawn by the webview (from its acknowledgement), or -1. */
    renderedVersion: number;
    renderedKeptLastGood: boolean;
    /** The persona lens the webview last drew under (its key), if any. */
    renderedPersona?: string;
    /** The title of the first journey in the latest model, if any. */
    firstJourneyTitle?: string;
    /** The element last marked in the map as under the editor's cursor (null: none). */
    highlighted: string | null;
    /** The language of the map's own words on the page (journey.config.json's locale, else VS Code's display language). */
    lang: string;
}

/**
 * One preview panel: a webview showing the map of one document, following the
 * active editor unless locked. It forwards the server's models to the webview
 * (each at once while the page keeps up, else the newest when it has drawn the one
 * before: update-throttle.ts), turns the webview's clicks into reveals and the editor's cursor
 * into highlights.
 */
export class PreviewPanel implements vscode.Disposable {
    private model: JourneyMapModel | undefined;
    private highlighted: string | null = null;
    private rendered: { version: number; keptLastGood: boolean; persona?: string } = { version: -1, keptLastGood: false };
    /** An element to scroll to once the map of a newly shown document is drawn (the target of a followed `continues`). */
    private revealOnRender: string | undefined;
    private isDisposed = false;
    private lang: string;
    private readonly throttle: UpdateThrottle<JourneyMapModel>;
    /** Posts deltas once the page has a model. */
    private readonly forwarding = new ModelForwarding();
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;
    private readonly renderedEmitter = new vscode.EventEmitter<PreviewStatus>();
    /** Fires when the webview has drawn a model. */
    readonly onDidRender = this.renderedEmitter.event;

    constructor(
        readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly models: ViewModelSource,
        private source: vscode.Uri,
        private lockedTo: boolean,
        private readonly onSourceChange: () => void
    ) {
        this.throttle = new UpdateThrottle(model => this.post(this.forwarding.message(this.source.toString(), model)));
        const assets = vscode.Uri.joinPath(extensionUri, 'out', 'webview');
        panel.webview.options = { enableScripts: true, localResourceRoots: [assets] };
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'journey-file.svg');
        // The display language's words at once; journey.config.json's "locale", once read, redraws the page if it differs.
        this.lang = mapLocaleFor(undefined, vscode.env.language);
        panel.webview.html = this.html(assets, this.lang);
        void mapLocale(source).then(locale => {
            if (locale !== this.lang && !this.isDisposed) {
                this.lang = locale;
                panel.webview.html = this.html(assets, this.lang);
            }
        });
        this.disposables.push(
            panel.webview.onDidReceiveMessage(data => {
                const message = parseWebviewMessage(data);
                if (message) {
                    void this.receive(message);
                }
            }),
            panel.onDidDispose(() => this.dispose()),
            models.onDidChange(({ uri, model }) => {
                if (uri === this.source.toString()) {
                    this.accept(model);
                }
            })
        );
        this.updateTitle();
    }

    get uri(): vscode.Uri {
        return this.source;
    }

    get locked(): boolean {
        return this.lockedTo;
    }

    status(): PreviewStatus {
        return {
            source: this.source.toString(),
            locked: this.lockedTo,
            visible: this.panel.visible,
            active: this.panel.active,
            renderedVersion: this.rendered.version,
            renderedKeptLastGood: this.rendered.keptLastGood,
            ...this.rendered.persona !== undefined ? { renderedPersona: this.rendered.persona } : {},
            firstJourneyTitle: this.model?.journeys[0]?.title,
            highlighted: this.highlighted,
            lang: this.lang
        };
    }

    /** Shows another document (an unlocked preview following the active editor). */
    show(source: vscode.Uri): void {
        if (source.toString() === this.source.toString()) {
            return;
        }
        this.source = source;
        this.model = undefined;
        this.highlighted = null;
        this.rendered = { version: -1, keptLastGood: false };
        this.forgetPage();
        this.updateTitle();
        this.onSourceChange();
        this.sendSource();
        void this.refresh();
    }

    toggleLock(): void {
        this.lockedTo = !this.lockedTo;
        this.updateTitle();
        this.sendSource();
        if (this.lockedTo && this.panel.active) {
            // A locked preview must not be the tab the next opened file replaces.
            void vscode.commands.executeCommand('workbench.action.keepEditor');
        }
    }

    /** The editor's cursor moved in the previewed document: mark the element there. */
    selectionChanged(editor: vscode.TextEditor): void {
        if (!this.model || editor.document.uri.toString() !== this.source.toString()) {
            return;
        }
        const position = editor.selection.active;
        const element = elementAt(this.model, { line: position.line, character: position.character });
        const id = element?.id ?? null;
        if (id !== this.highlighted) {
            this.highlighted = id;
            this.post({ type: 'highlight', source: this.source.toString(), elementId: id, reveal: true });
        }
    }

    /**
     * The page holds no model this panel knows of (a new page, another document, or it
     * asked for the whole model): nothing pending is sent, and the next model goes whole.
     */
    private forgetPage(): void {
        this.throttle.reset();
        this.forwarding.forget();
    }

    /**
     * The map of a document has just come (a new preview, another document
     * followed): mark what the cursor of the editor showing it is on, without
     * waiting for the cursor to move.
     */
    private highlightCursor(): void {
        const source = this.source.toString();
        const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e?.document.uri.toString() === source);
        if (editor) {
            this.selectionChanged(editor);
        }
    }

    private async refresh(): Promise<void> {
        const requested = this.source.toString();
        const model = await this.models.request(requested);
        if (model && requested === this.source.toString()) {
            this.accept(model);
        }
    }

    private accept(model: JourneyMapModel): void {
        const first = this.model === undefined;
        if (this.throttle.push(model)) {
            this.model = model;
            if (first) {
                this.highlightCursor();
            }
        }
    }

    private async receive(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                // A new page (first load, or shown again after being hidden): send everything.
                this.sendSource();
                this.forgetPage();
                if (this.model) {
                    this.throttle.push(this.model);
                } else {
                    await this.refresh();
                }
                if (this.highlighted) {
                    this.post({ type: 'highlight', source: this.source.toString(), elementId: this.highlighted, reveal: false });
                } else {
                    this.highlightCursor();
                }
                break;
            case 'needModel':
                // The page missed a model (or holds another one): the whole latest model, at once.
                if (message.source === this.source.toString() && this.model) {
                    this.forgetPage();
                    this.throttle.push(this.model);
                }
                break;
            case 'rendered':
                if (message.source === this.source.toString()) {
                    this.rendered = { version: message.documentVersion, keptLastGood: message.keptLastGood, persona: message.persona };
                    // The page has caught up: the model held back for it, if any, goes now.
                    this.throttle.shown(message.documentVersion, message.keptLastGood);
                    if (this.revealOnRender) {
                        this.post({ type: 'highlight', source: this.source.toString(), elementId: this.revealOnRender, reveal: true });
                        this.revealOnRender = undefined;
                    }
                    this.renderedEmitter.fire(this.status());
                }
                break;
            case 'reveal': {
                const element = message.source === this.source.toString() && this.model ? elementsById(this.model).get(message.elementId) : undefined;
                if (element) {
                    this.highlighted = element.id;
                    await this.reveal(vscode.Uri.parse(element.source.uri), element.source.selection);
                }
                break;
            }
            case 'openContinues':
                if (message.source === this.source.toString()) {
                    await this.followContinues(message.elementId);
                }
                break;
            case 'revealSyntaxError': {
                const error = message.source === this.source.toString() ? this.model?.syntaxErrors[0] : undefined;
                if (error) {
                    await this.reveal(this.source, error.range);
                }
                break;
            }
        }
    }

    /**
     * Follows a touchpoint's `continues` (a click on its link): shows the other
     * journey's map in this preview (locked or not: the user asked for it) and
     * opens its file at the journey or stage. False when it leads nowhere.
     */
    async followContinues(touchpointId: string): Promise<boolean> {
        const touchpoint = this.model ? elementsById(this.model).get(touchpointId) : undefined;
        const continues = touchpoint?.kind === 'touchpoint' ? touchpoint.continues : undefined;
        const target = continues && continuesTarget(continues);
        if (!this.model || !continues || !target) {
            return false;
        }
        const inModel = continues.sameDocument ? elementsById(this.model).get(target.targetId)?.source : undefined;
        const location = inModel
            ? { uri: vscode.Uri.parse(inModel.uri), range: inModel.selection }
            : await locateContinues(continues).then(found => found && { uri: found.uri, range: fromVsRange(found.range) });
        if (!location) {
            return false;
        }
        if (location.uri.toString() !== this.source.toString()) {
            this.show(location.uri);
            this.revealOnRender = target.targetId;
        }
        this.highlighted = target.targetId;
        this.post({ type: 'highlight', source: this.source.toString(), elementId: target.targetId, reveal: true });
        await this.reveal(location.uri, location.range);
        return true;
    }

    /** Opens the source in the editor group that shows it already, else beside the preview. */
    private async reveal(uri: vscode.Uri, range: Range): Promise<void> {
        const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, selection, preserveFocus: false });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private sendSource(): void {
        this.post({ type: 'source', source: this.source.toString(), label: baseName(this.source), locked: this.lockedTo });
    }

    /** As JSON text, which crosses to the page whole (see webview-protocol.ts). */
    private post(message: HostMessage): void {
        void this.panel.webview.postMessage(encodeHostMessage(message));
    }

    private updateTitle(): void {
        const name = baseName(this.source);
        this.panel.title = this.lockedTo ? `[Preview] ${name}` : `Preview ${name}`;
    }

    /** The page: the map's words in `lang`, the controls' in VS Code's display language. */
    private html(assets: vscode.Uri, lang: string): string {
        const webview = this.panel.webview;
        const words = previewChromeWords();
        return previewPage({
            nonce: createNonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'preview.css')).toString(),
            styleSource: webview.cspSource,
            title: words.toolbar,
            lang,
            chromeWords: words
        });
    }

    dispose(): void {
        if (this.isDisposed) {
            return;
        }
        this.isDisposed = true;
        this.throttle.cancel();
        for (const disposable of this.disposables.splice(0)) {
            disposable.dispose();
        }
        this.disposed.fire();
        this.disposed.dispose();
        this.renderedEmitter.dispose();
        this.panel.dispose();
    }
}

/** The preview's own controls in VS Code's display language (l10n/bundle.l10n.*.json); `{0}` stays for the webview to fill. */
export function previewChromeWords(): ChromeWords {
    return {
        toolbar: vscode.l10n.t('Journey map'),
        files: vscode.l10n.t('Journey files'),
        zoomOut: vscode.l10n.t('Zoom out (−)'),
        zoomIn: vscode.l10n.t('Zoom in (+)'),
        fitToWindow: vscode.l10n.t('Fit to window (0)'),
        fit: vscode.l10n.t('Fit'),
        actualSize: vscode.l10n.t('Actual size (1)'),
        zoomLevel: vscode.l10n.t('Zoom level'),
        goToError: vscode.l10n.t('Go to the error'),
        locked: vscode.l10n.t('{0} (locked)', '{0}'),
        pageTitle: vscode.l10n.t('Journey map: {0}', '{0}'),
        syntaxError: vscode.l10n.t('Syntax error at line {0}, column {1}: {2}.', '{0}', '{1}', '{2}'),
        syntaxErrors: vscode.l10n.t('Syntax error at line {0}, column {1}: {2} (and {3} more).', '{0}', '{1}', '{2}', '{3}'),
        showingLastValid: vscode.l10n.t('Showing the last valid map.')
    };
}

function fromVsRange(range: vscode.Range): Range {
    return {
        start: { line: range.start.line, character: range.start.character },
        end: { line: range.end.line, character: range.end.character }
    };
}
