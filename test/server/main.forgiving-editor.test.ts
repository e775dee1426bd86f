import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    DocumentFormattingRequest, MessageType, ShowMessageNotification, type ShowMessageParams
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerConnection } from '../fixtures/server-connection.js';

const OWNERS = 'owner Sales "Sales team"\nowner Support "Customer support"\n';

/** The forgiving-editor behaviour of the built server, over stdio. */
describe('a forgiving editor over stdio', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    const messages: ShowMessageParams[] = [];

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-forgiving-'));
        writeFileSync(path.join(folder, 'owners.journey'), OWNERS);
        server = await startServer({ workspaceFolder: folder });
        server.connection.onNotification(ShowMessageNotification.type, params => { messages.push(params); });
    });

    after(async () => {
        await server?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    describe('formatting a file with a syntax error', () => {
        it('changes nothing and tells the user why, once for the same text', async () => {
            const text = 'journey J {\n  stage S {\n touchpoint T {\n  }\n';
            const uri = server.open('broken-format.journey', text);
            await server.diagnostics(uri);
            const request = () => server.connection.sendRequest(DocumentFormattingRequest.type, {
                textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
            });
            const before = messages.length;
            assert.deepEqual(await request(), []);
            assert.deepEqual(await request(), []);
            const told = messages.slice(before);
            assert.equal(told.length, 1, JSON.stringify(told));
            assert.equal(told[0].type, MessageType.Warning);
            assert.match(told[0].message, /^broken-format\.journey was not formatted: it has a syntax error at line 5/);
        });
    });
});
