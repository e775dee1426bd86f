import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers.js';

export const SERVER_BUNDLE = path.join(ROOT, 'out', 'server', 'main.cjs');

/** The built language server, spawned over stdio, with a real JSON-RPC client. */
export interface ServerConnection {
    process: ChildProcess;
    connection: ProtocolConnection;
    /** Everything the server wrote to stderr so far. */
    stderr(): string;
    /** Opens a document (by path relative to the workspace folder) and returns its URI. */
    open(relativePath: string, text: string, version?: number): string;
    /** Resolves with the next diagnostics published for `uri` that satisfy `accept` (default: any). */
    diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
    /** Latest diagnostics published for `uri`, if any. */
    latestDiagnostics(uri: string): Diagnostic[] | undefined;
    close(): Promise<void>;
}

export interface StartOptions {
    /** Folder sent as the workspace folder; its `.journey` files are indexed at start. */
    workspaceFolder: string;
    initializationOptions?: unknown;
    settings?: Record<string, unknown>;
}

export async function startServer(options: StartOptions): Promise<ServerConnection> {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', chunk => { stderr += chunk.toString(); });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const latest = new Map<string, Diagnostic[]>();
    const waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        latest.set(params.uri, params.diagnostics);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    // Answer the server's configuration requests with the given settings.
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
        params.items.map(item => (item.section ? options.settings?.[item.section] : options.settings) ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();

    const folderUri = pathToFileURL(options.workspaceFolder).toString();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: path.basename(options.workspaceFolder) }],
        initializationOptions: options.initializationOptions,
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
            textDocument: {
                publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
                synchronization: { didSave: true, dynamicRegistration: false }
            }
        }
    });
    await connection.sendNotification(InitializedNotification.type, {});

    return {
        process: child,
        connection,
        stderr: () => stderr,
        open(relativePath, text, version = 1) {
            const uri = pathToFileURL(path.join(options.workspaceFolder, relativePath)).toString();
            void connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'journey', version, text }
            });
            return uri;
        },
        diagnostics(uri, accept = () => true, timeoutMs = 10000) {
            return new Promise((resolve, reject) => {
                const waiter = { uri, accept, resolve: (d: Diagnostic[]) => { clearTimeout(timer); resolve(d); } };
                const timer = setTimeout(() => {
                    waiters.splice(waiters.indexOf(waiter), 1);
                    reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${stderr}`));
                }, timeoutMs);
                waiters.push(waiter);
            });
        },
        latestDiagnostics: uri => latest.get(uri),
        async close() {
            if (child.exitCode === null && child.signalCode === null) {
                try {
                    await connection.sendRequest(ShutdownRequest.type);
                    await connection.sendNotification(ExitNotification.type);
                } catch {
                    // Already gone: nothing to shut down.
                }
                await new Promise<void>(resolve => {
                    const timer = setTimeout(() => { child.kill(); resolve(); }, 2000);
                    child.once('exit', () => { clearTimeout(timer); resolve(); });
                });
            }
            connection.dispose();
        }
    };
}
