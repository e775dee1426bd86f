import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

describe('language server over stdio', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-protocol-'));
        // A definition on disk that is never opened: the server must index it at start.
        writeFileSync(path.join(folder, 'shared.journey'), 'owner Team "Team"\n');
        server = await startServer({ workspaceFolder: folder });
    });

    after(async () => {
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('answers a request that follows an open at once, also when an untitled name is closed and opened again', async () => {
        // VS Code reuses `Untitled-1` once it is closed; the close's update removes the document and the open's comes next.
        const probe = 'journey Probe {\n    stage S {\n        \n    }\n}\n';
        const uri = 'untitled:Untitled-1';
        const labels = async () => {
            const result = await server.connection.sendRequest<{ items: Array<{ label: string }> } | Array<{ label: string }> | null>(
                'textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 8 } });
            return (Array.isArray(result) ? result : result?.items ?? []).map(item => item.label);
        };
        for (let round = 0; round < 5; round++) {
            void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: 'owner X "x"\n' } });
            void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
            void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: probe } });
            assert.ok((await labels()).includes('touchpoint'), `round ${round}: the reopened document is completed`);
            void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
    });

    it('publishes coded diagnostics with exact ranges for an opened document', async () => {
        const text = [
            'journey J {',                              // 0
            '    owner Team',                            // 1
            '    stage S {',                             // 2
            '        emotion 7',                         // 3
            '        touchpoint T { owner Nobody }',     // 4
            '    }',                                     // 5
            '}',                                         // 6
            ''
        ].join('\n');
        const uri = server.open('main.journey', text);
        const diagnostics = await server.diagnostics(uri);
        const summary = diagnostics
            .map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
            .sort();
        assert.deepEqual(summary, [
            'journey/emotion-out-of-range 3:16-3:17',
            'journey/unresolved-reference 4:29-4:35'
        ]);
        assert.equal(diagnostics.find(d => d.code === 'journey/unresolved-reference')?.severity, 1);
    });

    it('reports syntax errors and keeps checking the rest of the file', async () => {
        const text = 'journey Broken {\n    stage A { touchpoint T { channel webb } }\n    stage B { touchpoint U { owner Ghost } }\n}\n';
        const uri = server.open('broken.journey', text);
        const diagnostics = await server.diagnostics(uri);
        const codes = diagnostics.map(d => d.code);
        assert.ok(codes.includes('journey/syntax-error'), codes.join());
        const unresolved = diagnostics.find(d => d.code === 'journey/unresolved-reference');
        assert.deepEqual(unresolved?.range, { start: { line: 2, character: 35 }, end: { line: 2, character: 40 } });
        assert.equal(server.stderr().includes('Error'), false, server.stderr());
    });

    it('reads a file from disk again when it is closed without saving', async () => {
        const { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification } = await import('vscode-languageserver-protocol');
        writeFileSync(path.join(folder, 'closing-owner.journey'), 'owner Closer "Closer"\n');
        const owner = server.open('closing-owner.journey', 'owner Closer "Closer"\n');
        const user = server.open('closing-user.journey', 'journey Closing {\n    owner Closer\n    stage S { touchpoint T { } }\n}\n');
        const unresolved = (d: { code?: unknown }[]) => d.filter(x => x.code === 'journey/unresolved-reference').length;
        assert.equal(unresolved(await server.diagnostics(user, p => unresolved(p.diagnostics) === 0)), 0);
        // An unsaved edit renames the owner: the other file no longer resolves it.
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: owner, version: 2 }, contentChanges: [{ text: 'owner Renamed "Closer"\n' }]
        });
        assert.equal(unresolved(await server.diagnostics(user, p => unresolved(p.diagnostics) === 1)), 1);
        // Closed without saving: the file on disk still defines Closer.
        await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: owner } });
        assert.equal(unresolved(await server.diagnostics(user, p => unresolved(p.diagnostics) === 0)), 0);
    });

    it('survives hostile documents and keeps answering', async () => {
        for (const [index, { name, text, expectCodes }] of HOSTILE_INPUTS.entries()) {
            const uri = server.open(`hostile-${index}.journey`, text);
            const codes = new Set((await server.diagnostics(uri)).map(d => String(d.code)));
            // All of them share one workspace: their `owner A`s and `journey J`s collide.
            codes.delete('journey/unused-definition');
            codes.delete('journey/duplicate-name');
            assert.deepEqual([...codes], expectCodes, name);
        }
        assert.equal(server.process.exitCode, null, 'the server is still running');
        const uri = server.open('after.journey', 'journey After { }');
        assert.deepEqual((await server.diagnostics(uri)).map(d => d.code), ['journey/empty-journey']);
    });
});

describe('language server over Node IPC', function () {
    this.timeout(30000);

    it('answers initialize and publishes diagnostics when started with --node-ipc', async () => {
        const { fork } = await import('node:child_process');
        const { IPCMessageReader, IPCMessageWriter, createProtocolConnection, InitializeRequest, PublishDiagnosticsNotification, DidOpenTextDocumentNotification, InitializedNotification } =
            await import('vscode-languageserver-protocol/node');
        const { SERVER_BUNDLE } = await import('../../bench/server-connection.js');
        const child = fork(SERVER_BUNDLE, ['--node-ipc'], { silent: true });
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        connection.listen();
        try {
            const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
            assert.ok(result.capabilities.textDocumentSync, 'the server declares document sync');
            await connection.sendNotification(InitializedNotification.type, {});
            const published = new Promise<string[]>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, p => resolve(p.diagnostics.map(d => String(d.code)))));
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: 'file:///ipc/test.journey', languageId: 'journey', version: 1, text: 'journey Lonely { }' }
            });
            assert.deepEqual(await published, ['journey/empty-journey']);
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});
