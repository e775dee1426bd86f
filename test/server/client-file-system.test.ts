import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import {
    createProtocolConnection, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    FileChangeType, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { FileStatRequest, ReadDirectoryRequest, ReadFileRequest, type FileStatResult } from '../../src/protocol/lsp-protocol.js';
import { SERVER_BUNDLE } from '../../bench/server-connection.js';

/**
 * A workspace the server cannot read itself (a virtual one, as on github.dev): the
 * server reads it through the file-system requests, answered here from memory, as
 * the extension answers them with `vscode.workspace.fs` in the browser.
 */
const ROOT = 'memfs://repo/ws';
const OWNERS = 'owner Support "Support team"\nowner Sales "Sales team"\n';
const USES = 'journey Uses {\n    owner Support\n    stage S {\n        touchpoint T {\n            owner NewTeam\n        }\n    }\n}\n';

describe('the server on a workspace read through the client (virtual workspaces, the browser)', function () {
    this.timeout(30000);
    const files = new Map<string, string>();
    const requests: string[] = [];
    let child: ChildProcess;
    let connection: ProtocolConnection;
    const latest = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];

    function statOf(uri: string): FileStatResult {
        if (files.has(uri)) {
            return { uri, type: 'file' };
        }
        return [...files.keys()].some(file => file.startsWith(`${uri}/`)) ? { uri, type: 'directory' } : { uri, type: 'missing' };
    }

    /** The diagnostics of `name` once they satisfy `accept`. */
    function diagnostics(name: string, accept: (found: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        const uri = `${ROOT}/${name}`;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`diagnostics of ${name}: ${JSON.stringify(latest.get(uri)?.map(d => d.code))}`)), 20000);
            const check = () => {
                const found = latest.get(uri);
                if (found && accept(found)) {
                    clearTimeout(timer);
                    waiters.splice(waiters.indexOf(check), 1);
                    resolve(found);
                }
            };
            waiters.push(check);
            check();
        });
    }

    const changed = (name: string, type: FileChangeType) =>
        connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${ROOT}/${name}`, type }] });
    const codes = (found: Diagnostic[]) => found.map(d => String(d.code));

    before(async () => {
        files.set(`${ROOT}/owners.journey`, OWNERS);
        files.set(`${ROOT}/uses.journey`, USES);
        files.set(`${ROOT}/notes/readme.txt`, 'not a journey');
        child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            latest.set(params.uri, params.diagnostics);
            [...waiters].forEach(check => check());
        });
        connection.onRequest(FileStatRequest, ({ uri }) => (requests.push(`stat ${uri}`), statOf(uri)));
        connection.onRequest(ReadFileRequest, ({ uri }) => {
            requests.push(`read ${uri}`);
            const text = files.get(uri);
            if (text === undefined) {
                throw new Error(`${uri} not found`);
            }
            return { text };
        });
        connection.onRequest(ReadDirectoryRequest, ({ uri }) => {
            requests.push(`list ${uri}`);
            const names = new Set([...files.keys()].filter(file => file.startsWith(`${uri}/`)).map(file => file.slice(uri.length + 1).split('/')[0]));
            return { entries: [...names].map(name => statOf(`${uri}/${name}`)) };
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: ROOT, workspaceFolders: [{ uri: ROOT, name: 'ws' }],
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
    });

    after(async () => {
        await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
        await connection.sendNotification(ExitNotification.type).catch(() => undefined);
        child.kill();
        connection.dispose();
    });

    const open = (name: string) => connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: `${ROOT}/${name}`, languageId: 'journey', version: 1, text: files.get(`${ROOT}/${name}`)! }
    });

    it('indexes the files it lists and reads, and resolves references into files never opened', async () => {
        await open('uses.journey');
        const found = await diagnostics('uses.journey', all => all.length > 0);
        assert.deepEqual(codes(found), ['journey/unresolved-reference'], JSON.stringify(found));
        assert.match(String(found[0].message), /NewTeam/);
        assert.ok(requests.includes(`list ${ROOT}`) && requests.includes(`read ${ROOT}/owners.journey`), requests.join('\n'));
        assert.ok(!requests.includes(`read ${ROOT}/notes/readme.txt`), 'only journeys are read');
        // The unused check looks across the workspace: Sales is used nowhere.
        await open('owners.journey');
        const owners = await diagnostics('owners.journey', all => all.length > 0);
        assert.deepEqual(codes(owners), ['journey/unused-definition']);
    });

    it('follows files created, changed and deleted, and the config file', async () => {
        files.set(`${ROOT}/team/new.journey`, 'owner NewTeam "Created later"\n');
        await changed('team', FileChangeType.Created);
        await diagnostics('uses.journey', all => all.length === 0);

        files.set(`${ROOT}/journey.config.json`, JSON.stringify({ severity: { 'journey/unused-definition': 'off' } }));
        await changed('journey.config.json', FileChangeType.Created);
        await diagnostics('owners.journey', all => all.length === 0);

        files.delete(`${ROOT}/team/new.journey`);
        await changed('team/new.journey', FileChangeType.Deleted);
        await diagnostics('uses.journey', all => codes(all).includes('journey/unresolved-reference'));

        files.set(`${ROOT}/more.journey`, 'owner NewTeam "Back again"\n');
        await changed('more.journey', FileChangeType.Created);
        await diagnostics('uses.journey', all => all.length === 0);
    });

    it('forgets a closed untitled document, and goes on following changes', async () => {
        const untitled = 'untitled:Untitled-1';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: untitled, languageId: 'journey', version: 1, text: 'owner Draft "Not saved"\n' }
        });
        await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no diagnostics for the untitled document')), 20000);
            const check = () => {
                if (latest.has(untitled)) {
                    clearTimeout(timer);
                    waiters.splice(waiters.indexOf(check), 1);
                    resolve();
                }
            };
            waiters.push(check);
            check();
        });
        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: untitled } });
        files.set(`${ROOT}/journey.config.json`, JSON.stringify({ severity: { 'journey/unused-definition': 'warning' } }));
        await changed('journey.config.json', FileChangeType.Changed);
        await diagnostics('owners.journey', all => codes(all).includes('journey/unused-definition'));
    });

    it('answers for open documents as on disk', async () => {
        void connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: `${ROOT}/open.journey`, languageId: 'journey', version: 1, text: 'journey Open {\n    owner Nobody\n    stage S { touchpoint T }\n}\n' }
        });
        const found = await diagnostics('open.journey', all => all.length > 0);
        assert.ok(codes(found).includes('journey/unresolved-reference'));
    });
});
