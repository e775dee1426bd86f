/**
 * The preview as the extension feeds it, beside the fuzzed server: every view
 * model the server pushes goes to the page script (in jsdom) as the extension
 * sends it, the whole first and then what changed; now and then an update is
 * lost on the way (one that another follows), so that the page must ask for the whole model again. After a
 * batch, the page's map must equal what a fresh page draws of the last model.
 */
import { ModelForwarding } from '../../src/extension/preview/model-forwarding.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { freshMarkup, previewInJsdom, type JsdomPreview } from '../webview/jsdom-preview.js';
import type { Random } from './random.js';
import type { Failure } from './server-fuzz.js';

export class WebviewMirror {
    private page: JsdomPreview;
    private readonly forwarding = new ModelForwarding();
    private latest: JourneyMapModel | undefined;
    /** The last model without syntax errors: the map a page keeps while the text has some. */
    private lastGood: JourneyMapModel | undefined;
    private source: string | undefined;
    private error: string | undefined;
    readonly counts = { models: 0, updates: 0, lost: 0, wholeAgain: 0 };

    constructor(private readonly random: Random, private readonly loseRate = 0.03) {
        this.page = this.newPage();
    }

    private newPage(): JsdomPreview {
        return previewInJsdom(message => {
            // As the panel does: the page lacks the base of an update, so it gets the whole latest model.
            if (message.type === 'needModel' && this.latest && message.source === this.source) {
                this.counts.wholeAgain++;
                this.forwarding.forget();
                queueMicrotask(() => this.deliver(this.forwarding.message(this.source!, this.latest!)));
            }
        });
    }

    private queue: Array<{ source: string; model: JourneyMapModel }> = [];

    /**
     * A model the server pushed for the fuzzed document. It reaches the page in
     * `check`, in order: drawing here would hold up the fuzzer's own timing of the server's answers.
     */
    accept(source: string, model: JourneyMapModel): void {
        this.queue.push({ source, model });
    }

    /** `mayLose`: an update may be lost on the way when another follows it (the page can only notice a gap from the next one). */
    private forward(source: string, model: JourneyMapModel, mayLose = false): void {
        if (this.source !== source) {
            this.source = source;
            this.deliver({ type: 'source', source, label: 'fuzzed', locked: false });
        }
        this.latest = model;
        if (model.syntaxErrors.length === 0) {
            this.lastGood = model;
        }
        this.counts.models++;
        const message = this.forwarding.message(source, model);
        if (message.type === 'update') {
            this.counts.updates++;
            if (mayLose && this.random.chance(this.loseRate)) {
                this.counts.lost++;
                return;
            }
        }
        this.deliver(message);
    }

    private deliver(message: Parameters<JsdomPreview['send']>[0]): void {
        try {
            this.page.send(message);
        } catch (error) {
            this.error ??= `the page failed on a ${message.type} message: ${error instanceof Error ? error.stack : error}`;
        }
    }

    /** After a batch (every pushed model delivered): the page's map against a fresh page's of the last model. */
    async check(): Promise<Failure | undefined> {
        const queued = this.queue.splice(0);
        queued.forEach(({ source, model }, i) => this.forward(source, model, i < queued.length - 1));
        // Let a whole model asked for arrive.
        await new Promise(resolve => setImmediate(resolve));
        if (this.error) {
            const detail = this.error;
            this.error = undefined;
            this.restart();
            return { kind: 'crash', detail };
        }
        if (!this.latest) {
            return undefined;
        }
        const shown = this.page.markup();
        const expected = this.latest.syntaxErrors.length > 0 ? this.lastGood ?? this.latest : this.latest;
        const fresh = freshMarkup(expected);
        if (shown === fresh) {
            return undefined;
        }
        this.restart();
        return { kind: 'mismatch', detail: `the webview's map after deltas differs from a fresh render of version ${expected.documentVersion}:\n${firstDifference(shown ?? '', fresh ?? '')}` };
    }

    /** A new page, so that one mismatch is not counted again in every later batch. */
    private restart(): void {
        this.page.close();
        this.page = this.newPage();
        this.forwarding.forget();
        const source = this.source;
        this.source = undefined;
        if (source && this.latest) {
            this.forward(source, this.latest);
        }
    }

    dispose(): void {
        this.page.close();
    }
}

function firstDifference(a: string, b: string): string {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return `after deltas: …${a.slice(Math.max(0, i - 120), i + 200)}\nfresh:        …${b.slice(Math.max(0, i - 120), i + 200)}`;
}
