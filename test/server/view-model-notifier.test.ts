import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import {
    isDeltaPush, ViewModelChangedNotification, ViewModelRequest, ViewModelResyncNotification, ViewModelSubscriptionNotification,
    type ViewModelPush
} from '../../src/protocol/lsp-protocol.js';
import { PushedModels } from '../../src/protocol/pushed-models.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

/** A push as the client saw it: the raw notification and the model it holds after it. */
interface Received {
    uri: string;
    push: ViewModelPush;
    model: JourneyMapModel | null | undefined;
}

describe('view model over the language server protocol', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    const pushed: Received[] = [];
    const models = new PushedModels();
    const waiters: Array<{ accept: (r: Received) => boolean; resolve: (r: Received) => void }> = [];

    function nextPush(accept: (r: Received) => boolean): Promise<Received> {
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
        server.connection.onNotification(ViewModelChangedNotification, push => {
            const outcome = models.receive(push);
            const result: Received = { uri: push.uri, push, model: outcome.kind === 'model' ? outcome.model : undefined };
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

    it('pushes the model of a change once the document is linked, before its diagnostics are published', async () => {
        const uri = server.open('early.journey', 'journey E "Early" { stage S { touchpoint T } }', 1);
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] });
        await server.diagnostics(uri);
        // The push of version 2 and the diagnostics of version 2 (an empty stage now), in the order they arrive.
        const order: string[] = [];
        const diagnosed = server.diagnostics(uri, params => params.diagnostics.some(d => d.code === 'journey/empty-stage'))
            .then(() => order.push('diagnostics'));
        const modelPushed = nextPush(r => r.uri === uri && r.model?.documentVersion === 2).then(() => order.push('model'));
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: 'journey E "Early" { stage S { } }' }]
        });
        await Promise.all([diagnosed, modelPushed]);
        assert.deepEqual(order, ['model', 'diagnostics']);
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
    it('pushes the whole model first, then deltas against the model pushed last, and the whole model again when the client asks', async () => {
        const text = (title: string) => `journey D "${title}" { stage S { touchpoint T "Tee" } stage U { touchpoint V "Vee" } }`;
        const uri = server.open('deltas.journey', text('Aaa'), 1);
        // Built before the subscription: the first push is that of version 2.
        await server.diagnostics(uri);
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] });
        const change = (version: number, title: string) => server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version }, contentChanges: [{ text: text(title) }]
        });
        await change(2, 'Bbb');
        const first = await nextPush(r => r.uri === uri && r.model?.documentVersion === 2);
        assert.equal(isDeltaPush(first.push), false, 'the first push after a subscription is the whole model');

        await change(3, 'Ccc');
        const second = await nextPush(r => r.uri === uri && r.model?.documentVersion === 3);
        assert.ok(isDeltaPush(second.push), 'later pushes are deltas');
        assert.equal(second.push.delta.baseVersion, 2);
        assert.equal(second.model!.journeys[0].title, 'Ccc');
        // Only the title travels (same length: no position moves): the stages are the same objects as in the model of version 2.
        assert.ok(JSON.stringify(second.push).length < 300, JSON.stringify(second.push));
        assert.equal(second.model!.journeys[0].stages, first.model!.journeys[0].stages);
        const whole = await server.connection.sendRequest(ViewModelRequest, { uri });
        assert.deepEqual(second.model, whole.model);

        // A client that lost its model asks for the whole one: it comes as a whole push, and deltas follow it again.
        models.forget(uri);
        const from = pushed.length;
        await server.connection.sendNotification(ViewModelResyncNotification, { uri });
        const again = await nextPush(r => r.uri === uri && pushed.indexOf(r) >= from);
        assert.equal(isDeltaPush(again.push), false);
        assert.equal(again.model!.documentVersion, 3);
        await change(4, 'Ddd');
        const fourth = await nextPush(r => r.uri === uri && r.model?.documentVersion === 4);
        assert.ok(isDeltaPush(fourth.push));
        assert.equal(fourth.model!.journeys[0].title, 'Ddd');
    });

    it('pushes the whole model again after the document left the subscription and came back', async () => {
        const uri = server.open('again.journey', 'journey A "A" { stage S { touchpoint T } }', 1);
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] });
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: 'journey A "B" { stage S { touchpoint T } }' }]
        });
        await nextPush(r => r.uri === uri && r.model?.documentVersion === 2);
        const from = pushed.length;
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [] });
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] });
        models.forget(uri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 3 }, contentChanges: [{ text: 'journey A "C" { stage S { touchpoint T } }' }]
        });
        const third = await nextPush(r => r.uri === uri && pushed.indexOf(r) >= from);
        assert.equal(isDeltaPush(third.push), false);
        assert.equal(third.model!.journeys[0].title, 'C');
    });
});
