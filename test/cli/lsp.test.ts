import { strict as assert } from 'node:assert';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest, createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, ShutdownRequest,
    SocketMessageReader, SocketMessageWriter, StreamMessageReader, StreamMessageWriter,
    type CompletionItem, type CompletionList, type Diagnostic, type MessageReader, type MessageWriter
} from 'vscode-languageserver-protocol/node';
import { run } from '../../src/cli/main.js';
import { builtBundle } from '../../bench/built.js';

const CLI = builtBundle('cli/main.cjs');

async function journey(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { out: line => out.push(line), err: line => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Talks to `journey lsp` like an editor: initialize, open a file with an error, ask for completion, shut down. */
async function session(child: ChildProcess, reader: MessageReader, writer: MessageWriter, folder: string) {
    const connection = createProtocolConnection(reader, writer);
    const published = new Map<string, Diagnostic[]>();
    const diagnosticsArrived = new Promise<void>(resolve => {
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.set(params.uri, params.diagnostics);
            if (params.uri.endsWith('broken.journey')) resolve();
        });
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    const initialized = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'project' }], capabilities: {}
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(path.join(folder, 'broken.journey')).toString();
    const text = 'journey J {\n    owner Nobody\n    stage S {\n        touchpoint T { channel web }\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
    await diagnosticsArrived;
    const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 10 } }) as CompletionItem[] | CompletionList | null;
    const items = Array.isArray(completion) ? completion : completion?.items ?? [];
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    const code = await exited;
    connection.dispose();
    return { capabilities: initialized.capabilities, diagnostics: published.get(uri) ?? [], completion: items.map(item => item.label), code };
}

describe('journey lsp', () => {
    let folder: string;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-lsp-'));
        writeFileSync(path.join(folder, 'owners.journey'), 'owner Sales "Sales team"\nowner Support\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('asks for a transport and names the three, exiting 2', async () => {
        const result = await journey('lsp');
        assert.equal(result.code, 2);
        assert.match(result.err, /--stdio, --node-ipc or --socket=PORT/);
    });

    it('refuses two transports, a bad port and unknown options with exit code 2', async () => {
        assert.match((await journey('lsp', '--stdio', '--socket=7000')).err, /only one of/);
        for (const port of ['0', '70000', 'abc']) {
            const result = await journey('lsp', `--socket=${port}`);
            assert.equal(result.code, 2);
            assert.match(result.err, new RegExp(`invalid port '${port}'`));
        }
        assert.equal((await journey('lsp', '--stdio', '--verbose')).code, 2);
    });

    it('refuses --node-ipc without an IPC channel instead of failing inside the server', async () => {
        const hadSend = process.send;
        process.send = undefined;
        try {
            const result = await journey('lsp', '--node-ipc');
            assert.equal(result.code, 2);
            assert.match(result.err, /IPC channel/);
        } finally {
            process.send = hadSend;
        }
    });

    it('is listed in the usage and explains itself with --help', async () => {
        assert.match((await journey('--help')).out, /lsp --stdio/);
        const help = await journey('lsp', '--help');
        assert.equal(help.code, 0);
        assert.match(help.out, /Language Server Protocol/);
    });

    it('serves an editor over --stdio: diagnostics for an opened file, completion of owners, a clean exit', async () => {
        const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const result = await session(child, new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!), folder);
        assert.ok(result.capabilities.completionProvider && result.capabilities.hoverProvider && result.capabilities.documentFormattingProvider);
        assert.ok(result.diagnostics.some(d => d.code === 'journey/syntax-error'), JSON.stringify(result.diagnostics));
        assert.ok(result.diagnostics.some(d => d.code === 'journey/unresolved-reference' && String(d.message).includes('Nobody')), JSON.stringify(result.diagnostics));
        assert.ok(result.completion.includes('Sales') && result.completion.includes('Support'), result.completion.join(', '));
        assert.equal(result.code, 0);
    });

    it('serves an editor over --node-ipc', async () => {
        const child = fork(CLI, ['lsp', '--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        const result = await session(child, new IPCMessageReader(child), new IPCMessageWriter(child), folder);
        assert.ok(result.diagnostics.some(d => d.code === 'journey/unresolved-reference'));
        assert.ok(result.completion.includes('Sales'));
        assert.equal(result.code, 0);
    });

    it('serves an editor over --socket=PORT, connecting to the client that listens there', async () => {
        const listener = createServer();
        const connected = new Promise<Socket>(resolve => listener.once('connection', resolve));
        await new Promise<void>(resolve => listener.listen(0, '127.0.0.1', resolve));
        const port = (listener.address() as AddressInfo).port;
        const child = spawn(process.execPath, [CLI, 'lsp', `--socket=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
        try {
            const socket = await connected;
            const result = await session(child, new SocketMessageReader(socket), new SocketMessageWriter(socket), folder);
            assert.ok(result.diagnostics.some(d => d.code === 'journey/syntax-error'));
            assert.ok(result.completion.includes('Support'));
            assert.equal(result.code, 0);
        } finally {
            listener.close();
        }
    });
});
