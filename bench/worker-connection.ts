// The built web worker language server (what vscode.dev and github.dev run) in
// headless Chromium, with a JSON-RPC client in this process: the same session as
// server-connection.ts gives over stdio, so one benchmark can run on both.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
    AbstractMessageReader, AbstractMessageWriter, createProtocolConnection, Disposable, ExitNotification, ShutdownRequest,
    type DataCallback, type Message
} from 'vscode-languageserver-protocol/node';
import { FileStatRequest, ReadDirectoryRequest, ReadFileRequest, type FileStatResult } from '../src/protocol/lsp-protocol.js';
import { builtBundle } from './built.js';
import { startSession, type ServerSession, type StartOptions } from './server-connection.js';
import { launchChromium, serveOnLoopback, type LoopbackServer } from './webview-harness.js';

/** Whatever imports this runs the built worker: it needs `npm run build`. */
export const WORKER_BUNDLE = builtBundle('server/worker.js');

export interface WorkerSession extends ServerSession {
    /** One message from this process to the page and back, with nothing else: what the bridge adds to each exchange. */
    bridgeRoundTrip(): Promise<void>;
}

/** Messages from the page, handed to the connection once it listens. */
class PageReader extends AbstractMessageReader {
    private callback: DataCallback | undefined;
    private readonly early: Message[] = [];

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        this.early.splice(0).forEach(message => callback(message));
        return Disposable.create(() => { this.callback = undefined; });
    }

    deliver(message: Message): void {
        if (this.callback) {
            this.callback(message);
        } else {
            this.early.push(message);
        }
    }
}

/** Messages to the worker, posted in order through the page. */
class PageWriter extends AbstractMessageWriter {
    private queue = Promise.resolve();

    constructor(private readonly page: Page) {
        super();
    }

    write(message: Message): Promise<void> {
        this.queue = this.queue.then(() => this.page.evaluate(m => (globalThis as unknown as { journeyWorker: Worker }).journeyWorker.postMessage(m), message))
            .catch(error => this.fireError(error, message, 1));
        return this.queue;
    }

    end(): void {
        // The page closes with the browser.
    }
}

/**
 * Starts the worker bundle in a page of a fresh Chromium and connects to it. The
 * server reads the workspace through the client, as in the browser; this client
 * answers from the disk under `workspaceFolder`.
 */
export async function startWorkerServer(options: StartOptions): Promise<WorkerSession> {
    const http = await serveWorker();
    let browser: Browser | undefined;
    try {
        browser = await launchChromium();
        const page = await browser.newPage();
        let console = '';
        page.on('console', message => { console += `${message.text()}\n`; });
        page.on('pageerror', error => { console += `${error.stack ?? error.message}\n`; });
        const reader = new PageReader();
        let echoed: (() => void) | undefined;
        await page.exposeFunction('journeyToClient', (message: Message) => reader.deliver(message));
        await page.exposeFunction('journeyEcho', () => echoed?.());
        await page.goto(http.url);
        await page.evaluate(() => {
            const scope = globalThis as unknown as { journeyWorker: Worker; journeyToClient(message: unknown): void };
            scope.journeyWorker = new Worker('/worker.js');
            scope.journeyWorker.onmessage = event => scope.journeyToClient(event.data);
        });
        const connection = createProtocolConnection(reader, new PageWriter(page));
        answerFileSystemRequests(connection);
        const opened = browser;
        const session = await startSession(connection, options, () => console, async () => {
            try {
                await connection.sendRequest(ShutdownRequest.type);
                await connection.sendNotification(ExitNotification.type);
            } catch {
                // Already gone: nothing to shut down.
            }
            await opened.close();
            await http.close();
        });
        return {
            ...session,
            bridgeRoundTrip: () => new Promise<void>(resolve => {
                echoed = resolve;
                void page.evaluate(() => (globalThis as unknown as { journeyEcho(): void }).journeyEcho());
            })
        };
    } catch (error) {
        await browser?.close();
        await http.close();
        throw error;
    }
}

/** The worker's file system requests, answered from the disk. */
function answerFileSystemRequests(connection: ReturnType<typeof createProtocolConnection>): void {
    const stat = (uri: string): FileStatResult => {
        try {
            return { uri, type: statSync(fileURLToPath(uri)).isDirectory() ? 'directory' : 'file' };
        } catch {
            return { uri, type: 'missing' };
        }
    };
    connection.onRequest(FileStatRequest, ({ uri }) => stat(uri));
    connection.onRequest(ReadFileRequest, ({ uri }) => ({ text: readFileSync(fileURLToPath(uri), 'utf8') }));
    connection.onRequest(ReadDirectoryRequest, ({ uri }) => {
        const folder = uri.endsWith('/') ? uri : `${uri}/`;
        return { entries: readdirSync(fileURLToPath(uri)).map(name => stat(`${folder}${encodeURIComponent(name)}`)) };
    });
}

/** A blank page and the worker bundle, from one origin (a worker's script must share the page's). */
function serveWorker(): Promise<LoopbackServer> {
    return serveOnLoopback((request, response) => {
        if (request.url === '/worker.js') {
            response.writeHead(200, { 'Content-Type': 'text/javascript' });
            response.end(readFileSync(WORKER_BUNDLE));
        } else if (request.url === '/') {
            response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            response.end('<!doctype html><title>Journey language server (web worker)</title>');
        } else {
            response.writeHead(request.url === '/favicon.ico' ? 204 : 404);
            response.end();
        }
    });
}
