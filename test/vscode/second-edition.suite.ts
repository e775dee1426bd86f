import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, askUntil, codeOf, hasCode, openDocument, openUntitled, positionIn, waitForDiagnostics } from './helpers.js';

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents.map(content => (typeof content === 'string' ? content : content.value))).join('\n');
}

/** The second edition's editor features through the VS Code API, on the Danish example and untitled files. */
describe('the second edition through the VS Code API', () => {
    before(activateExtension);

    it('completes personas after for and evidence after from, from the workspace', async () => {
        const text = 'journey Ny {\n    stage S {\n        touchpoint T {\n            emotion -1 for \n            pain "x" from \n        }\n    }\n}\n';
        const document = await openUntitled(text);
        assert.equal(document.getText(), text, `${document.uri.toString()} holds the text it was opened with`);
        const labels = async (needle: string) => (await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider', document.uri, positionIn(document, needle, needle.length)))
            .items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        // The personas come from bibliotek.journey, which the web worker may still be reading.
        const personas = await askUntil(() => labels('for '), found => found.includes('Studerende'));
        assert.ok(personas.includes('Studerende') && personas.includes('Pensionist'), personas.join(', '));
        const evidence = await labels('from ');
        assert.ok(evidence.includes('Brugerundersøgelse') && evidence.includes('Skrankeinterviews'), evidence.join(', '));
        assert.ok(!evidence.includes('Studerende'), 'only evidence after from');
    });

    it('shows an evidence card on hover over a citation', async () => {
        const bibliotek = await openDocument('bibliotek.journey');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', bibliotek.uri, positionIn(bibliotek, 'from Skrankeinterviews', 6));
        const text = hoverText(hovers);
        assert.match(text, /Interviews ved skranken/);
        assert.match(text, /Sample: 12/);
        assert.match(text, /Cited by: pain at Indmeldelse › Oprettelse › App/);
    });

    it('renames evidence at its definition and every citation', async () => {
        const bibliotek = await openDocument('bibliotek.journey');
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
            'vscode.executeDocumentRenameProvider', bibliotek.uri, positionIn(bibliotek, 'evidence Skrankeinterviews', 10), 'Interviews');
        const edits = edit.get(bibliotek.uri);
        assert.equal(edits.length, (bibliotek.getText().match(/Skrankeinterviews/g) ?? []).length);
        assert.ok(edits.every(e => bibliotek.getText(e.range) === 'Skrankeinterviews' && e.newText === 'Interviews'));
    });

    it('adds a persona the journey does not list with the quick fix, which clears the warning', async () => {
        const document = await openUntitled('journey Personer {\n    owner Digital\n    persona Studerende\n    stage S {\n        touchpoint T { emotion -1 for Pensionist }\n    }\n}\n');
        const diagnostics = await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/persona-not-in-journey'));
        const diagnostic = diagnostics.find(d => codeOf(d) === 'journey/persona-not-in-journey')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find(action => action.title === "Add persona 'Pensionist' to journey Personer");
        assert.ok(fix?.edit, actions.map(action => action.title).join(', '));
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await waitForDiagnostics(document.uri, found => !hasCode(found, 'journey/persona-not-in-journey'));
        assert.match(document.getText(), /\n {4}persona Studerende, Pensionist\n/);
    });
});
