import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    CodeActionRequest, CompletionRequest, CompletionTriggerKind, DocumentFormattingRequest, MessageType, ShowMessageNotification,
    type CodeAction, type CompletionContext, type CompletionItem, type CompletionList, type ShowMessageParams
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

const OWNERS = 'owner Sales "Sales team"\nowner Support "Customer support"\n';
const ON_SPACE: CompletionContext = { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' };
const INVOKED: CompletionContext = { triggerKind: CompletionTriggerKind.Invoked };

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

    /** Labels of the completion at the end of `before` (the text goes on with `after`). */
    async function completionLabels(name: string, before: string, after: string, context: CompletionContext): Promise<string[]> {
        const uri = server.open(name, before + after);
        await server.diagnostics(uri);
        const position = TextDocument.create(uri, 'journey', 1, before).positionAt(before.length);
        const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context });
        const items: CompletionItem[] = Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
        return items.map(item => item.label).sort();
    }

    describe('completion', () => {
        const head = 'journey J {\n    stage S {\n        touchpoint T {\n            ';
        const tail = '\n        }\n    }\n}\n';

        it('lists the owners when a space is typed after owner', async () => {
            assert.deepEqual(await completionLabels('space-owner.journey', `${head}owner `, tail, ON_SPACE), ['Sales', 'Support']);
        });

        it('stays closed when a space is typed where no value is expected', async () => {
            assert.deepEqual(await completionLabels('space-emotion.journey', `${head}emotion `, tail, ON_SPACE), []);
            assert.deepEqual(await completionLabels('space-pain.journey', `${head}pain "Slow" `, tail, ON_SPACE), []);
        });

        it('offers nothing right after a KPI target, so Enter and Tab cannot glue a keyword onto it', async () => {
            const kpi = 'kpi Conversion {\n    owner Sales\n    target >= 5%';
            assert.deepEqual(await completionLabels('kpi-target.journey', kpi, '\n}\n', INVOKED), []);
        });
    });

    describe('missing-owner fixes', () => {
        it('offers the owner on the touchpoint, its stage and its journey; the stage fix covers the whole stage', async () => {
            const text = 'journey J {\n    stage S {\n        touchpoint A { owner Support }\n        touchpoint B\n        touchpoint C\n    }\n}\n';
            const uri = server.open('owners-missing.journey', text);
            const diagnostics = await server.diagnostics(uri, params => params.diagnostics.some(d => d.code === 'journey/missing-owner'));
            const diagnostic = diagnostics.find(d => d.code === 'journey/missing-owner')!;
            const actions = await server.connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            const titles = actions.map(action => action.title);
            assert.deepEqual(titles.filter(title => /to touchpoint B$/.test(title)), ["Add 'owner Support' to touchpoint B", "Add 'owner Sales' to touchpoint B"]);
            assert.deepEqual(titles.filter(title => title.includes('to stage S')),
                ["Add 'owner Support' to stage S (2 touchpoints without an owner)", "Add 'owner Sales' to stage S (2 touchpoints without an owner)"]);
            assert.deepEqual(titles.filter(title => title.includes('to journey J')), ["Add 'owner Support' to journey J", "Add 'owner Sales' to journey J"]);
            const stageFix = actions.find(action => action.title.startsWith("Add 'owner Sales' to stage S"))!;
            const edits = stageFix.edit!.changes![uri];
            const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, text), edits);
            assert.equal(fixed, text.replace('stage S {\n', 'stage S {\n        owner Sales\n'));
        });
    });

    describe('language fixes', () => {
        /** The text after applying the preferred (first) fix offered for the first diagnostic with `code`. */
        async function fixed(name: string, text: string, code: string, title: string): Promise<string> {
            const uri = server.open(name, text);
            const diagnostics = await server.diagnostics(uri, params => params.diagnostics.some(d => d.code === code));
            const diagnostic = diagnostics.find(d => d.code === code)!;
            const actions = await server.connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            const action = actions.find(candidate => candidate.title === title);
            assert.ok(action, actions.map(candidate => candidate.title).join(', '));
            return TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, text), action.edit!.changes![uri]);
        }

        it('changes a misspelt channel to the closest one', async () => {
            const text = 'journey J { owner Sales stage S { touchpoint T { channel webb } } }\n';
            assert.equal(await fixed('channel.journey', text, 'journey/syntax-error', "Change to 'web'"), text.replace('webb', 'web'));
        });

        it('replaces typographic quotes with straight ones', async () => {
            const text = 'journey J { owner Sales stage S { pain \u201dMejlet hamnar i skr\u00e4pposten\u201d touchpoint T } }\n';
            assert.equal(await fixed('quotes.journey', text, 'journey/typographic-quote', 'Use straight quotes "\u2026"'),
                text.replace(/\u201d/g, '"'));
        });

        it('removes the second of a repeated owner', async () => {
            const text = 'journey J { owner Sales owner Support stage S { touchpoint T } }\n';
            assert.equal(await fixed('repeated.journey', text, 'journey/repeated-property', "Remove this 'owner'"),
                'journey J { owner Sales stage S { touchpoint T } }\n');
        });
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
