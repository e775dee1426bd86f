import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, PublishDiagnosticsNotification,
    type Diagnostic, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { ViewModelRequest } from '../../src/protocol/lsp-protocol.js';
import { sameValue } from '../../src/protocol/model-delta.js';
import { DiagnosticsPublisher } from '../../src/server/diagnostics-publisher.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

function diagnostic(line: number, message = 'Touchpoint T has no owner.', extra: Partial<Diagnostic> = {}): Diagnostic {
    return {
        range: { start: { line, character: 4 }, end: { line, character: 14 } }, severity: 2, code: 'journey/missing-owner', source: 'journey',
        message, data: { code: 'journey/missing-owner' }, ...extra
    };
}

describe('DiagnosticsPublisher', () => {
    let sent: PublishDiagnosticsParams[];
    let publisher: DiagnosticsPublisher;
    beforeEach(() => {
        sent = [];
        publisher = new DiagnosticsPublisher(params => sent.push(params));
    });

    it('publishes a document\'s first list, and then only lists that differ from the one published last', () => {
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(1)] }), true);
        // Equal, in other objects (as a build makes them).
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(1)] }), false);
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(2)] }), true);
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(2)] }), false);
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [] }), true);
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [] }), false);
        assert.deepEqual(sent.map(p => p.diagnostics.map(d => d.range.start.line)), [[1], [2], []]);
        assert.equal(publisher.skipped, 3);
    });

    it('tells every field apart: message, range end, severity, code, tags, data, related information, order', () => {
        const base = [diagnostic(1), diagnostic(3, 'Another.')];
        const variants: Diagnostic[][] = [
            [diagnostic(1, 'Touchpoint T has no owner!'), diagnostic(3, 'Another.')],
            [{ ...diagnostic(1), range: { start: { line: 1, character: 4 }, end: { line: 1, character: 15 } } }, diagnostic(3, 'Another.')],
            [diagnostic(1, undefined, { severity: 1 }), diagnostic(3, 'Another.')],
            [diagnostic(1, undefined, { code: 'journey/empty-stage' }), diagnostic(3, 'Another.')],
            [diagnostic(1, undefined, { tags: [1] }), diagnostic(3, 'Another.')],
            [diagnostic(1, undefined, { data: { code: 'journey/missing-owner', kind: 'owner' } }), diagnostic(3, 'Another.')],
            [diagnostic(1, undefined, { relatedInformation: [{ location: { uri: 'file:///b.journey', range: diagnostic(0).range }, message: 'here' }] }), diagnostic(3, 'Another.')],
            [diagnostic(3, 'Another.'), diagnostic(1)],
            [diagnostic(1)]
        ];
        for (const variant of variants) {
            publisher.publish({ uri: 'file:///a.journey', diagnostics: base });
            assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: variant }), true, JSON.stringify(variant));
        }
    });

    it('keeps each document apart, and publishes a forgotten document\'s next list whatever it is', () => {
        publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(1)] });
        assert.equal(publisher.publish({ uri: 'file:///b.journey', diagnostics: [diagnostic(1)] }), true);
        publisher.forget('file:///a.journey');
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: [diagnostic(1)] }), true);
        assert.equal(publisher.publish({ uri: 'file:///b.journey', diagnostics: [diagnostic(1)] }), false);
    });

    it('compares with what was published, not with the objects it was given (which may change later)', () => {
        const list = [diagnostic(1)];
        publisher.publish({ uri: 'file:///a.journey', diagnostics: list });
        list[0].range.end.character = 20;
        assert.equal(publisher.publish({ uri: 'file:///a.journey', diagnostics: list }), true);
    });

    it('always publishes a list given with a document version', () => {
        publisher.publish({ uri: 'file:///a.journey', version: 1, diagnostics: [diagnostic(1)] });
        assert.equal(publisher.publish({ uri: 'file:///a.journey', version: 1, diagnostics: [diagnostic(1)] }), true);
    });

    it('compares JSON data: absent and undefined fields alike, arrays in order', () => {
        assert.equal(sameValue({ a: 1, b: undefined }, { a: 1 }), true);
        assert.equal(sameValue({ a: 1 }, { a: 1, b: 2 }), false);
        assert.equal(sameValue([1, 2], [2, 1]), false);
        assert.equal(sameValue([1, [2, { c: 'x' }]], [1, [2, { c: 'x' }]]), true);
        assert.equal(sameValue({ a: [] }, { a: {} }), false);
        assert.equal(sameValue(null, {}), false);
        assert.equal(sameValue('1', 1), false);
    });
});

describe('diagnostics over the language server protocol, published when they change', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    const published: PublishDiagnosticsParams[] = [];

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-publish-'));
        server = await startServer({ workspaceFolder: folder });
        server.connection.onNotification(PublishDiagnosticsNotification.type, params => { published.push(params); });
    });

    after(async () => {
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    });

    /** Resolves once the server has built every change sent before (a read request waits for the builds queued before it). */
    async function settled(uri: string): Promise<number | undefined> {
        return (await server.connection.sendRequest(ViewModelRequest, { uri })).model?.documentVersion;
    }

    it('publishes nothing for an edit that leaves the diagnostics as they were, and the new list for one that changes them', async () => {
        // Line 1: a touchpoint without an owner (missing-owner on its name).
        const text = 'journey J "Title" {\n    stage S { touchpoint T "Tee" }\n}\n';
        const uri = server.open('quiet.journey', text, 1);
        assert.equal(await settled(uri), 1);
        const first = published.filter(p => p.uri === uri);
        assert.equal(first.length, 1);
        assert.ok(first[0].diagnostics.some(d => d.code === 'journey/missing-owner'), JSON.stringify(first[0].diagnostics));

        // A letter of the journey's title changed: the same diagnostics, at the same places.
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 13 } }, text: 'X' }]
        });
        assert.equal(await settled(uri), 2);
        assert.equal(published.filter(p => p.uri === uri).length, 1, 'an unchanged list is not published again');

        // A letter typed before the touchpoint on its line: its diagnostic moves, and the list is published.
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } }, text: 'S' }]
        });
        assert.equal(await settled(uri), 3);
        const after = published.filter(p => p.uri === uri);
        assert.equal(after.length, 2);
        const moved = after[1].diagnostics.find(d => d.code === 'journey/missing-owner');
        const before = first[0].diagnostics.find(d => d.code === 'journey/missing-owner');
        assert.equal(moved?.range.start.character, before!.range.start.character + 1);

        // Fixed: an empty list is published.
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 4 }, contentChanges: [{ text: 'owner O\njourney J "Title" {\n    owner O\n    stage S { touchpoint T "Tee" }\n}\n' }]
        });
        assert.equal(await settled(uri), 4);
        assert.deepEqual(published.filter(p => p.uri === uri).at(-1)?.diagnostics, []);
    });

    it('publishes a document again when it is opened again, whatever its diagnostics', async () => {
        const text = 'journey K "Title" {\n    stage S { touchpoint T "Tee" }\n}\n';
        // On disk as in the editor: closing it changes nothing on the server (a closed file stays in the workspace).
        writeFileSync(path.join(folder, 'reopened.journey'), text);
        const uri = server.open('reopened.journey', text, 1);
        assert.equal(await settled(uri), 1);
        const count = () => published.filter(p => p.uri === uri).length;
        assert.equal(count(), 1);
        await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
        assert.equal(await settled(uri), 1);
        assert.equal(count(), 2, 'the reopened document\'s diagnostics are published again');
    });
});
