import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DocumentFormattingRequest, HoverRequest,
    InlayHintRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest, ResponseError,
    type CompletionItem, type CompletionList, type Location, type LocationLink, type MarkupContent, type TextEdit
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXAMPLES } from '../helpers.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

/** Position of `needle` (+delta) in `text`. */
function pos(text: string, needle: string, delta = 0) {
    const index = text.indexOf(needle);
    assert.ok(index >= 0, `'${needle}' in text`);
    return TextDocument.create('file:///x', 'journey', 1, text).positionAt(index + delta);
}

describe('editor features over stdio', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    let shared: string;
    let webshop: string;
    let sharedUri: string;
    let webshopUri: string;

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-lsp-'));
        shared = readFileSync(path.join(EXAMPLES, 'shared.journey'), 'utf8');
        webshop = readFileSync(path.join(EXAMPLES, 'webshop.journey'), 'utf8');
        // shared.journey is only on disk: the server must find its definitions itself.
        writeFileSync(path.join(folder, 'shared.journey'), shared);
        writeFileSync(path.join(folder, 'webshop.journey'), webshop);
        server = await startServer({ workspaceFolder: folder, settings: { journey: { inlayHints: { inheritedOwner: false } } } });
        sharedUri = server.open('shared.journey', shared);
        webshopUri = server.open('webshop.journey', webshop);
        await server.diagnostics(webshopUri);
    });

    after(async () => {
        await server?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('completes owners after owner, with titles', async () => {
        const result = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: webshopUri }, position: pos(webshop, 'owner Ecommerce\n            pain', 6)
        }) as CompletionList;
        const owners = result.items.map((item: CompletionItem) => `${item.label} ${item.detail}`).sort();
        assert.deepEqual(owners, ['CX Customer experience', 'Ecommerce E-commerce team', 'Marketing Marketing team', 'Ops Fulfilment and logistics']);
    });

    it('answers hover with the KPI card', async () => {
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: webshopUri }, position: pos(webshop, 'measures Reach', 10)
        });
        const value = (hover?.contents as MarkupContent).value;
        assert.match(value, /^### Weekly reach/);
        assert.match(value, /- Target: ≥ 50000 people/);
        assert.match(value, /off track/);
    });

    it('goes to a definition in another file', async () => {
        const result = await server.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: webshopUri }, position: pos(webshop, 'owner Ops', 7)
        }) as LocationLink[];
        assert.equal(result.length, 1);
        assert.equal(result[0].targetUri, sharedUri);
        assert.deepEqual(result[0].targetSelectionRange.start, pos(shared, 'owner Ops', 6));
    });

    it('finds references across files', async () => {
        const result = await server.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: sharedUri }, position: pos(shared, 'kpi NPS', 4), context: { includeDeclaration: false }
        }) as Location[];
        assert.deepEqual(result.map(l => l.uri), [webshopUri, webshopUri]);
    });

    it('renames across files, and refuses a taken name with a message', async () => {
        const prepared = await server.connection.sendRequest(PrepareRenameRequest.type, {
            textDocument: { uri: webshopUri }, position: pos(webshop, 'owner CX', 7)
        });
        assert.deepEqual(prepared, { start: pos(webshop, 'owner CX', 6), end: pos(webshop, 'owner CX', 8) });
        const edit = await server.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: webshopUri }, position: pos(webshop, 'owner CX', 7), newName: 'Experience'
        });
        assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [sharedUri, webshopUri].sort());
        assert.equal(edit!.changes![sharedUri].length, 3, 'the definition and two KPI owners');
        await assert.rejects(
            server.connection.sendRequest(RenameRequest.type, {
                textDocument: { uri: webshopUri }, position: pos(webshop, 'owner CX', 7), newName: 'Ops'
            }),
            (error: unknown) => error instanceof ResponseError && /owner named 'Ops' already exists/.test(error.message)
        );
    });

    it('formats a document into the canonical layout', async () => {
        const text = 'owner A\njourney J { owner A stage S { touchpoint T { channel web } } }\n';
        const uri = server.open('format.journey', text);
        await server.diagnostics(uri);
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        }) as TextEdit[];
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, text), edits);
        assert.equal(formatted, 'owner A\n\njourney J {\n    owner A\n\n    stage S {\n        touchpoint T {\n            channel web\n        }\n    }\n}\n');
    });

    it('reads the inlay hint setting from the client', async () => {
        const hints = await server.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: webshopUri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
        });
        assert.deepEqual(hints, [], 'journey.inlayHints.inheritedOwner is false for this client');
    });

    it('shows inherited owners once the setting is turned on', async () => {
        await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { journey: { inlayHints: { inheritedOwner: true } } }
        });
        const hints = await server.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: webshopUri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
        });
        assert.deepEqual(hints?.map(h => h.position), [pos(webshop, 'touchpoint WordOfMouth "A friend\'s recommendation"', 50)]);
    });

    it('answers a request sent right after a change with the new text', async () => {
        const text = 'owner A "First"\n';
        const uri = server.open('change.journey', text);
        await server.diagnostics(uri);
        void server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: 'owner A "Second"\n' }]
        });
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 6 } });
        assert.match((hover?.contents as MarkupContent).value, /^### Second/);
        assert.equal(server.stderr().includes('Error'), false, server.stderr());
    });
});
