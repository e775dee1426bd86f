// The preview script (PreviewApp) in jsdom, for tests and the fuzzer: a host that
// records what the page posts, and messages that cross as JSON and are checked, as in a webview.
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { decodeHostMessage, encodeHostMessage, type HostMessage, type WebviewMessage, type WebviewState } from '../../src/protocol/webview-protocol.js';
import type { Host } from '../../src/webview/host.js';
import { PreviewApp } from '../../src/webview/preview-app.js';

export interface JsdomPreview {
    posted: WebviewMessage[];
    /** Delivers a host message to the page as a host does (its JSON text, decoded and checked by the page). */
    send(message: HostMessage): void;
    /** The map's markup as the page's DOM holds it. */
    markup(): string | undefined;
    close(): void;
}

/** `checked`: the host's set of the model objects it checked as they arrived (see Host.checked). */
export function previewInJsdom(onPost: (message: WebviewMessage) => void = () => undefined, checked = new WeakSet<object>()): JsdomPreview {
    const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    const posted: WebviewMessage[] = [];
    let listener: (message: HostMessage) => void = () => undefined;
    let state: WebviewState | undefined;
    const host: Host = {
        kind: 'vscode',
        checked,
        post: message => { posted.push(message); onPost(message); },
        onMessage: l => { listener = l; },
        getState: () => state,
        setState: s => { state = s; }
    };
    new PreviewApp(dom.window as unknown as Window, host);
    return {
        posted,
        send(message) {
            const parsed = decodeHostMessage(encodeHostMessage(message), checked);
            assert.ok(parsed, `a valid ${message.type} message`);
            listener(parsed);
        },
        markup: () => dom.window.document.querySelector('#map > svg')?.outerHTML,
        close: () => dom.window.close()
    };
}

/** The map a fresh page draws of `model`. */
export function freshMarkup(model: JourneyMapModel): string | undefined {
    const page = previewInJsdom();
    page.send({ type: 'source', source: model.uri, label: 'fresh', locked: false });
    page.send({ type: 'render', source: model.uri, model });
    const markup = page.markup();
    page.close();
    return markup;
}
