import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    CodeActionRequest, CompletionRequest, CompletionTriggerKind, DefinitionRequest, HoverRequest, RenameRequest,
    type CodeAction, type CompletionItem, type CompletionList, type LocationLink, type MarkupContent
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXAMPLES } from '../helpers.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

const ON_SPACE = { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' } as const;

function pos(text: string, needle: string, delta = 0) {
    const index = text.indexOf(needle);
    assert.ok(index >= 0, `'${needle}' in text`);
    return TextDocument.create('file:///x', 'journey', 1, text).positionAt(index + delta);
}

/** The second edition through the built server, over stdio, on the Danish example. */
describe('the second edition over stdio', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;
    let bibliotek: string;
    let uri: string;

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-second-'));
        bibliotek = readFileSync(path.join(EXAMPLES, 'bibliotek.journey'), 'utf8');
        writeFileSync(path.join(folder, 'bibliotek.journey'), bibliotek);
        server = await startServer({ workspaceFolder: folder });
        uri = server.open('bibliotek.journey', bibliotek);
        await server.diagnostics(uri);
    });

    after(async () => {
        await server?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    async function labelsAt(name: string, before: string, after: string): Promise<string[]> {
        const docUri = server.open(name, before + after);
        await server.diagnostics(docUri);
        const position = TextDocument.create(docUri, 'journey', 1, before).positionAt(before.length);
        const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: docUri }, position, context: ON_SPACE });
        const items: CompletionItem[] = Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
        return items.map(item => item.label).sort();
    }

    it('opens completion on a space after for, from, by and continues, with the workspace\'s names', async () => {
        const head = 'journey Ny {\n    stage S {\n        touchpoint T {\n            ';
        const tail = '\n        }\n    }\n}\n';
        assert.deepEqual(await labelsAt('for.journey', `${head}emotion -1 for `, tail), ['Pensionist', 'Studerende']);
        assert.deepEqual(await labelsAt('from.journey', `${head}pain "x" from `, tail), ['Brugerundersøgelse', 'Skrankeinterviews']);
        assert.deepEqual(await labelsAt('by.journey', `${head}backstage "x" by `, tail), ['Betjening', 'Digital', 'Materialer']);
        assert.deepEqual(await labelsAt('continues.journey', `${head}continues `, tail), ['Indmeldelse', 'Udlån']);
    });

    it('answers hover on evidence with its source, sample and citations', async () => {
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: pos(bibliotek, 'from Skrankeinterviews', 6) });
        const value = (hover?.contents as MarkupContent).value;
        assert.match(value, /^### Interviews ved skranken/);
        assert.match(value, /- Sample: 12$/m);
        assert.match(value, /- Cited by: pain at Indmeldelse › Oprettelse › App/);
    });

    it('goes from continues Udlån.Reservering to the stage', async () => {
        const links = await server.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri }, position: pos(bibliotek, 'continues Udlån.Reservering', 17)
        }) as LocationLink[];
        assert.equal(links.length, 1);
        assert.deepEqual(links[0].targetSelectionRange.start, pos(bibliotek, 'stage Reservering', 6));
    });

    it('renames evidence at every citation', async () => {
        const edit = await server.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri }, position: pos(bibliotek, 'evidence Skrankeinterviews', 10), newName: 'Interviews'
        });
        const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, bibliotek), edit!.changes![uri]);
        assert.equal(renamed, bibliotek.replaceAll('Skrankeinterviews', 'Interviews'));
    });

    it('reports persona-not-in-journey and fixes it by adding the persona to the journey', async () => {
        const text = 'persona A\npersona B\nowner O\njourney J {\n    owner O\n    persona A\n    stage S {\n        touchpoint T { emotion -1 for B }\n    }\n}\n';
        const docUri = server.open('persona.journey', text);
        const diagnostics = await server.diagnostics(docUri);
        const diagnostic = diagnostics.find(d => d.code === 'journey/persona-not-in-journey');
        assert.ok(diagnostic, JSON.stringify(diagnostics));
        const actions = await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: docUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(action => action.title === "Add persona 'B' to journey J");
        assert.ok(fix, actions.map(a => a.title).join(' | '));
        const fixed = TextDocument.applyEdits(TextDocument.create(docUri, 'journey', 1, text), fix.edit!.changes![docUri]);
        assert.equal(fixed, text.replace('    persona A\n', '    persona A, B\n'));
    });
});
