import { decodeHostMessage, parseHostMessage, STATIC_DATA_ID, type HostMessage, type WebviewMessage, type WebviewState } from '../protocol/webview-protocol.js';

/** Where the preview script runs: inside a VS Code webview, or in a browser page of `journey serve`. */
export interface Host {
    kind: 'vscode' | 'browser';
    /**
     * The objects of the whole models this host checked as they arrived: a model
     * cache that never changes them may trust them, so the first update after a
     * whole model checks only what it changed (see isJourneyMapModel).
     */
    checked?: WeakSet<object>;
    post(message: WebviewMessage): void;
    onMessage(listener: (message: HostMessage) => void): void;
    getState(): WebviewState | undefined;
    setState(state: WebviewState): void;
}

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function detectHost(window: Window): Host {
    if (typeof acquireVsCodeApi === 'function') {
        return vscodeHost(window, acquireVsCodeApi());
    }
    const data = window.document.getElementById(STATIC_DATA_ID);
    return data ? staticHost(window, data.textContent ?? '') : browserHost(window);
}

const LENS_KEY = 'journey-map-persona';

/**
 * In a browser only the persona lens is kept (for the tab's session), so a
 * reload or another page of a built site shows the same persona; which
 * document and where to scroll belong to the page.
 */
function sessionLens(window: Window): Pick<Host, 'getState' | 'setState'> {
    return {
        getState() {
            try {
                const persona = window.sessionStorage.getItem(LENS_KEY);
                return persona ? { persona } : undefined;
            } catch {
                return undefined; // no storage (a page opened from the file system, say): nothing kept
            }
        },
        setState(state) {
            try {
                if (state.persona) {
                    window.sessionStorage.setItem(LENS_KEY, state.persona);
                } else {
                    window.sessionStorage.removeItem(LENS_KEY);
                }
            } catch {
                // As above.
            }
        }
    };
}

function vscodeHost(window: Window, api: VsCodeApi): Host {
    const checked = new WeakSet<object>();
    return {
        kind: 'vscode',
        checked,
        post: message => api.postMessage(message),
        onMessage(listener) {
            window.addEventListener('message', event => {
                // Only the webview's own host posts to it, as JSON text; anything else is not a host message.
                const message = decodeHostMessage(event.data, checked);
                if (message) {
                    listener(message);
                }
            });
        },
        getState: () => (api.getState() ?? undefined) as WebviewState | undefined,
        setState: state => api.setState(state)
    };
}

/**
 * A page of a built site: the messages are in the page itself (inert JSON, not
 * script), checked like any other host's, and nothing is ever sent back.
 */
function staticHost(window: Window, json: string): Host {
    const checked = new WeakSet<object>();
    return {
        ...sessionLens(window),
        kind: 'browser',
        checked,
        post: () => undefined,
        onMessage(listener) {
            let data: unknown;
            try {
                data = JSON.parse(json);
            } catch {
                return;
            }
            const messages = Array.isArray(data) ? data.map(message => parseHostMessage(message, checked)) : [];
            // After the app has finished starting, as messages from any other host arrive.
            queueMicrotask(() => messages.forEach(message => message && listener(message)));
        }
    };
}

/** `journey serve`: messages arrive as Server-Sent Events from the page's own origin. */
function browserHost(window: Window): Host {
    const checked = new WeakSet<object>();
    return {
        ...sessionLens(window),
        kind: 'browser',
        checked,
        post: () => undefined,
        onMessage(listener) {
            const events = new EventSource(new URL('events', window.location.href));
            events.addEventListener('message', (event: MessageEvent<string>) => {
                const message = decodeHostMessage(event.data, checked);
                if (message) {
                    listener(message);
                }
            });
        }
    };
}
