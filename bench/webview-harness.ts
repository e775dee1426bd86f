// The preview's webview script in Chromium, without VS Code: for the render
// benchmark and the browser suites (test/e2e).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createNonce, previewPage } from '../src/render/html-page.js';
import { builtBundle } from './built.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built preview script and stylesheet: whatever imports this needs `npm run build`. */
export const WEBVIEW_ASSETS = path.dirname(builtBundle('webview/preview.js'));

/** Debian's Chromium, quiet on a closed network. */
export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    }
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
}

/**
 * Serves the preview page exactly as the extension builds it (same policy,
 * nonce, bundle), so the webview script runs as in VS Code; the test stands in
 * for the extension through `acquireVsCodeApi` (see VSCODE_STUB). Another page of
 * the webview bundle (the compare view's) is served by giving its HTML and script.
 */
export function startWebviewHarness(
    page: () => string = () => previewPage({ nonce: createNonce(), scriptUri: 'preview.js', styleUri: 'preview.css', styleSource: "'self'", title: 'Journey map' }),
    script = 'preview.js'
): Promise<LoopbackServer> {
    return serveOnLoopback((request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname === '/') {
            response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            response.end(page());
        } else if (url.pathname === `/${script}` || url.pathname === '/preview.css' || /^\/fonts\/[\w-]+\.ttf$/.test(url.pathname)) {
            const type = url.pathname.endsWith('.js') ? 'text/javascript' : url.pathname.endsWith('.css') ? 'text/css' : 'font/ttf';
            response.writeHead(200, { 'Content-Type': type });
            response.end(readFileSync(path.join(WEBVIEW_ASSETS, url.pathname.slice(1))));
        } else if (url.pathname === '/favicon.ico') {
            response.writeHead(204);
            response.end();
        } else {
            response.writeHead(404);
            response.end();
        }
    });
}

export interface LoopbackServer {
    url: string;
    close(): Promise<void>;
}

/** `handle` answering on a free port of 127.0.0.1 until close(). */
export async function serveOnLoopback(handle: RequestListener): Promise<LoopbackServer> {
    const server: Server = createServer(handle);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise(resolve => { server.closeAllConnections(); server.close(() => resolve()); })
    };
}

/**
 * Runs before the page's own script: what VS Code gives a webview. Posted
 * messages and saved state are recorded for the test to read, and a few theme
 * variables are set as VS Code does on the page.
 */
export const VSCODE_STUB = `
window.__posted = [];
window.__state = window.__initialState;
window.acquireVsCodeApi = () => ({
    postMessage: message => window.__posted.push(message),
    getState: () => window.__state,
    setState: state => { window.__state = state; }
});
document.addEventListener('DOMContentLoaded', () => {
    const theme = { '--vscode-editor-background': '#1e1e1e', '--vscode-editor-foreground': '#d4d4d4',
        '--vscode-descriptionForeground': '#a0a0a0', '--vscode-editorWidget-background': '#252526',
        '--vscode-editorWidget-border': '#454545', '--vscode-badge-background': '#4d4d4d', '--vscode-badge-foreground': '#ffffff',
        '--vscode-textLink-foreground': '#3794ff', '--vscode-charts-purple': '#b180d7', '--vscode-charts-green': '#89d185',
        '--vscode-editorError-foreground': '#f14c4c', '--vscode-charts-orange': '#d18616', '--vscode-focusBorder': '#007fd4',
        '--vscode-font-family': 'sans-serif' };
    for (const [name, value] of Object.entries(theme)) document.documentElement.style.setProperty(name, value);
});
`;
