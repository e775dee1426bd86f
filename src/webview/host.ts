import { parseHostMessage, type HostMessage, type WebviewMessage, type WebviewState } from './protocol.js';

/** Where the preview script runs: inside a VS Code webview, or in a browser page of `journey serve`. */
export interface Host {
    kind: 'vscode' | 'browser';
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
    return typeof acquireVsCodeApi === 'function' ? vscodeHost(window, acquireVsCodeApi()) : browserHost(window);
}

function vscodeHost(window: Window, api: VsCodeApi): Host {
    return {
        kind: 'vscode',
        post: message => api.postMessage(message),
        onMessage(listener) {
            window.addEventListener('message', event => {
                // Only the webview's own host posts to it; anything else is not a host message.
                const message = parseHostMessage(event.data);
                if (message) {
                    listener(message);
                }
            });
        },
        getState: () => (api.getState() ?? undefined) as WebviewState | undefined,
        setState: state => api.setState(state)
    };
}

/** `journey serve`: messages arrive as Server-Sent Events from the page's own origin. */
function browserHost(window: Window): Host {
    return {
        kind: 'browser',
        post: () => undefined,
        onMessage(listener) {
            const events = new EventSource(new URL('events', window.location.href));
            events.addEventListener('message', (event: MessageEvent<string>) => {
                let data: unknown;
                try {
                    data = JSON.parse(event.data);
                } catch {
                    return;
                }
                const message = parseHostMessage(data);
                if (message) {
                    listener(message);
                }
            });
        },
        getState: () => undefined,
        setState: () => undefined
    };
}
