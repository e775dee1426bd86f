import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import {
    ViewModelChangedNotification, ViewModelRequest, ViewModelSubscriptionNotification, type ViewModelResult
} from '../../src/protocol/lsp-protocol.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

describe('view model over the language server protocol', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    const pushed: ViewModelResult[] = [];
    const waiters: Array<{ accept: (r: ViewModelResult) => boolean; resolve: (r: ViewModelResult) => void }> = [];

    function nextPush(accept: (r: ViewModelResult) => boolean): Promise<ViewModelResult> {
        const seen = pushed.find(accept);
        if (seen) {
            return Promise.resolve(seen);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no matching view model pushed')), 10000);
            waiters.push({ accept, resolve: r => { clearTimeout(timer); resolve(r); } });
        });
    }

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-view-model-'));
        writeFileSync(path.join(folder, 'shared.journey'), 'owner Team "The team"\nkpi K { target >= 5 current 7 }\n');
        server = await startServer({ workspaceFolder: folder });
        server.connection.onNotification(ViewModelChangedNotification, result => {
            pushed.push(result);
            for (const waiter of [...waiters]) {
                if (waiter.accept(result)) {
                    waiters.splice(waiters.indexOf(waiter), 1);
                    waiter.resolve(result);
                }
            }
        });
    });

    after(async () => {
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('answers the view model of an opened document, resolved against files on disk', async () => {
        const uri = server.open('main.journey', 'journey J "First" { owner Team stage S { measures K touchpoint T } }', 1);
        const { model } = await server.connection.sendRequest(ViewModelRequest, { uri });
        assert.ok(model);
        assert.equal(model.uri, uri);
        assert.equal(model.documentVersion, 1);
        assert.equal(model.journeys[0].title, 'First');
        assert.deepEqual(model.owners.map(o => o.title), ['The team']);
        assert.equal(model.kpis[0].status, 'on-track');
    });

    it('answers null for a document the server does not know', async () => {
        const uri = 'file:///nowhere/at/all.journey';
        assert.deepEqual(await server.connection.sendRequest(ViewModelRequest, { uri }), { uri, model: null });
    });

    it('pushes the new view model of a subscribed document after each change', async () => {
        const uri = server.open('live.journey', 'journey L "Before" { stage S { touchpoint T } }', 1);
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] });
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: 'journey L "After" { stage S { touchpoint T } stage U { touchpoint V } }' }]
        });
        const result = await nextPush(r => r.uri === uri && r.model?.documentVersion === 2);
        assert.equal(result.model!.journeys[0].title, 'After');
        assert.deepEqual(result.model!.journeys[0].stages.map(s => s.name), ['S', 'U']);
    });

    it('does not push documents nobody subscribed to', async () => {
        const uri = server.open('quiet.journey', 'journey Q { stage S { touchpoint T } }', 1);
        await server.diagnostics(uri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: 'journey Q "changed" { stage S { } }' }]
        });
        // The build of version 2 is done once its diagnostics (an empty stage now) arrive.
        await server.diagnostics(uri, params => params.diagnostics.some(d => d.code === 'journey/empty-stage'));
        assert.equal(pushed.filter(r => r.uri === uri).length, 0);
    });
});
