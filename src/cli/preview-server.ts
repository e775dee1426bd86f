import { readerWords, type Locale } from '../language/reader-words.js';
import { readFile } from 'node:fs/promises';
import { MAP_FONT_FILES } from '../render/text/map-font-files.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { createNonce, previewPage, previewPolicy } from '../render/html-page.js';
import { encodeHostMessage, type HostMessage } from '../protocol/webview-protocol.js';
import { chromeWordsFor } from './chrome-words.js';
import type { LiveWorkspace } from './live-workspace.js';

export interface PreviewServerOptions {
    host: string;
    /** 0 picks a free port. */
    port: number;
    /** The built webview script and stylesheet (out/webview). */
    assetsDirectory: string;
    workspace: LiveWorkspace;
    /** The reader's language of the map's own words (English when not given). */
    locale?: Locale;
}

export interface PreviewServer {
    url: string;
    close(): Promise<void>;
}

const ASSETS: Record<string, { file: string; type: string }> = {
    '/preview.js': { file: 'preview.js', type: 'text/javascript; charset=utf-8' },
    '/preview.css': { file: 'preview.css', type: 'text/css; charset=utf-8' },
    ...Object.fromEntries(MAP_FONT_FILES.map(font => [`/fonts/${font.file}`, { file: `fonts/${font.file}`, type: 'font/ttf' }]))
};

const KEEP_ALIVE_MS = 15000;

/**
 * The map in a browser: one page (the preview's own script, under the same
 * policy as in VS Code) and a Server-Sent Events stream of the same host
 * messages the extension posts to its webview.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
    const clients = new Set<ServerResponse>();
    const send = (response: ServerResponse, messages: HostMessage[]) => {
        for (const message of messages) {
            response.write(`data: ${encodeHostMessage(message)}\n\n`);
        }
    };
    options.workspace.onChange(messages => {
        for (const client of clients) {
            send(client, messages);
        }
    });
    const assets = new Map<string, Buffer>();
    for (const [route, asset] of Object.entries(ASSETS)) {
        assets.set(route, await readFile(path.join(options.assetsDirectory, asset.file)));
    }

    const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!allowedHost(request, options.host)) {
            // Another name resolving to this address (DNS rebinding) must not read local files.
            return plain(response, 403, 'Forbidden host');
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            return plain(response, 405, 'Method not allowed');
        }
        if (url.pathname === '/') {
            const nonce = createNonce();
            const page = {
                nonce, scriptUri: 'preview.js', styleUri: 'preview.css', styleSource: "'self'", connectSource: "'self'",
                title: readerWords(options.locale).phrase('journeyMap'), lang: options.locale,
                chromeWords: chromeWordsFor(options.locale)
            };
            response.writeHead(200, {
                ...SECURITY_HEADERS,
                'Content-Security-Policy': previewPolicy(page),
                'Content-Type': 'text/html; charset=utf-8',
                'Cache-Control': 'no-store'
            });
            const html = previewPage(page);
            return response.end(html);
        }
        const asset = ASSETS[url.pathname];
        if (asset) {
            response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
            return response.end(assets.get(url.pathname));
        }
        if (url.pathname === '/events') {
            response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
            clients.add(response);
            send(response, options.workspace.snapshot());
            const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
            request.on('close', () => {
                clearInterval(keepAlive);
                clients.delete(response);
            });
            return;
        }
        if (url.pathname === '/favicon.ico') {
            response.writeHead(204, SECURITY_HEADERS);
            return response.end();
        }
        return plain(response, 404, 'Not found');
    });

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
        url: `http://${hostInUrl}:${port}/`,
        close: () => new Promise<void>(resolve => {
            for (const client of clients) {
                client.end();
            }
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}

const SECURITY_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY'
};

function plain(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text);
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function allowedHost(request: IncomingMessage, boundHost: string): boolean {
    const header = request.headers.host;
    if (!header) {
        return false;
    }
    const name = header.replace(/:\d+$/, '').toLowerCase();
    if (LOOPBACK_NAMES.has(name)) {
        return true;
    }
    // Bound to a specific non-loopback address on purpose: that address is fine too.
    return name === boundHost.toLowerCase() || `[${boundHost.toLowerCase()}]` === name;
}
