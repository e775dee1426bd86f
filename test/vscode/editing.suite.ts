import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
    activateExtension, askUntil, codeOf, hasCode, openDocument, openUntitled, positionIn, rangeOf, waitForDiagnostics, workspaceUri
} from './helpers.js';

function labels(list: vscode.CompletionList): string[] {
    return list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
}

async function complete(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
    return labels(await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position));
}

/** Runs `check` until it holds (at most `tries` times, a tick apart): for what the editor does by itself. */
async function eventually(check: () => Promise<boolean>, tries = 100): Promise<boolean> {
    for (let i = 0; i < tries; i++) {
        if (await check()) return true;
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    return false;
}

/** The names of every owner defined in the workspace's journey files, read as a reader would. */
async function workspaceOwners(): Promise<string[]> {
    const names: string[] = [];
    for (const uri of await vscode.workspace.findFiles('**/*.journey')) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        names.push(...[...text.matchAll(/^owner\s+(\S+)/gmu)].map(match => match[1]));
    }
    return names;
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents.map(content => (typeof content === 'string' ? content : content.value))).join('\n');
}

function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
    return 'targetUri' in location ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange } : location;
}

/** The text after its header comment with its layout destroyed: no indentation, no blank lines, all on one line. */
function mangle(text: string): string {
    const body = text.indexOf('\njourney ') + 1;
    const lines = text.slice(body).split('\n').map(line => line.trim()).filter(line => line !== '');
    return text.slice(0, body) + lines.join('  ') + '\n';
}

describe('editing features through the VS Code API', () => {
    before(activateExtension);

    describe('completion', () => {
        const PROBE = 'journey Probe {\n    stage S {\n        \n        touchpoint T {\n            owner \n            channel \n            measures \n        }\n    }\n}\n';

        it('offers the owners of the whole workspace after owner', async () => {
            const document = await openUntitled(PROBE);
            // The first answer may come before the server has read the workspace (in the web worker it reads it through the client).
            let items: string[] = [];
            await eventually(async () => (items = await complete(document, positionIn(document, 'owner ', 6))).includes('Marketing'));
            for (const owner of ['Marketing', 'Ecommerce', 'Ops', 'CX', 'Kundeservice']) {
                assert.ok(items.includes(owner), `${owner} in ${items.join(', ')}`);
            }
            assert.ok(!items.includes('Reach'), 'no KPIs after owner');
        });

        it('offers the KPIs after measures and the channel values after channel', async () => {
            const document = await openUntitled(PROBE);
            // The first answer may come before the server has read the workspace (in the web worker it reads it through the client).
            let kpis: string[] = [];
            await eventually(async () => (kpis = await complete(document, positionIn(document, 'measures ', 9))).includes('Reach'));
            assert.ok(kpis.includes('Reach') && kpis.includes('CartAbandonment'), kpis.join(', '));
            assert.ok(!kpis.includes('Marketing'), 'no owners after measures');
            const channels = await complete(document, positionIn(document, 'channel ', 8));
            for (const channel of ['web', 'app', 'email', 'store', 'partner', 'other']) {
                assert.ok(channels.includes(channel), `${channel} in ${channels.join(', ')}`);
            }
        });

        it('opens by itself with the owners when a space is typed after owner', async () => {
            const document = await openUntitled(PROBE);
            const editor = vscode.window.activeTextEditor!;
            const line = new vscode.Position(2, 8);
            editor.selection = new vscode.Selection(line, line);
            await vscode.commands.executeCommand('type', { text: 'owner ' });
            // Nothing invokes suggest here: a value is accepted only if the list opened by itself.
            const accepted = await eventually(async () => {
                await vscode.commands.executeCommand('acceptSelectedSuggestion');
                return /^ {8}owner \S+/.test(document.lineAt(2).text);
            });
            assert.ok(accepted, `the list opened after 'owner ': ${JSON.stringify(document.lineAt(2).text)}`);
            const owner = document.lineAt(2).text.trim().split(/\s+/)[1];
            const owners = await workspaceOwners();
            assert.ok(owners.includes(owner), `${owner} is one of the workspace's owners: ${owners.join(', ')}`);
        });

        it('answers a typed space with values only where a value must follow', async () => {
            const document = await openUntitled(PROBE.replace('        \n', '        emotion \n'));
            const onSpace = async (text: string, offset: number) => labels(await vscode.commands.executeCommand<vscode.CompletionList>(
                'vscode.executeCompletionItemProvider', document.uri, positionIn(document, text, offset), ' '));
            // The owners come from shared.journey, which the web worker may still be reading.
            const owners = await askUntil(() => onSpace('owner ', 6), answer => answer.includes('Marketing'));
            assert.ok(owners.includes('Marketing'), owners.join(', '));
            assert.deepEqual(await onSpace('emotion ', 8), []);
        });

        it('offers nothing right after a KPI target is typed, so Tab moves on in the snippet', async () => {
            const document = await openUntitled('kpi K "Conversion" {\n    owner Marketing\n    target >= 5%\n    current 0\n}\n');
            assert.deepEqual(await complete(document, positionIn(document, 'target >= 5%', 12)), []);
        });

        it('offers the stage keywords inside a stage', async () => {
            const document = await openUntitled(PROBE);
            const items = await complete(document, new vscode.Position(2, 8));
            for (const keyword of ['touchpoint', 'goal', 'emotion', 'measures']) {
                assert.ok(items.includes(keyword), `${keyword} in ${items.join(', ')}`);
            }
            assert.ok(!items.includes('channel'), 'channel belongs to touchpoints');
        });
    });

    it('shows the owner card on hover over an owner reference', async () => {
        const webshop = await openDocument('webshop.journey');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', webshop.uri, positionIn(webshop, 'owner Marketing', 9));
        const text = hoverText(hovers);
        assert.match(text, /Marketing team/);
        assert.match(text, /marketing\\@example\.com/, 'the contact, with @ escaped as everywhere in Markdown');
        assert.match(text, /Owns: .*stage/);
    });

    it('goes to a definition in another file and finds references across files', async () => {
        const webshop = await openDocument('webshop.journey');
        const shared = await vscode.workspace.openTextDocument(workspaceUri('shared.journey'));
        const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', webshop.uri, positionIn(webshop, 'measures Reach', 10));
        assert.equal(definitions.length, 1);
        const target = targetOf(definitions[0]);
        assert.equal(target.uri.toString(), shared.uri.toString());
        assert.equal(target.range.start.line, rangeOf(shared, 'kpi Reach').start.line);

        const references = await vscode.commands.executeCommand<vscode.Location[]>(
            'vscode.executeReferenceProvider', shared.uri, positionIn(shared, 'owner Ops', 7));
        const inWebshop = references.filter(location => location.uri.toString() === webshop.uri.toString());
        assert.equal(inWebshop.length, webshop.getText().match(/\bowner Ops\b/g)!.length);
    });

    it('renames an owner across files, and refuses a keyword as the new name', async () => {
        const webshop = await openDocument('webshop.journey');
        const shared = await vscode.workspace.openTextDocument(workspaceUri('shared.journey'));
        const at = positionIn(shared, 'owner Ecommerce', 7);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', shared.uri, at, 'Shop');
        const count = (document: vscode.TextDocument) => document.getText().match(/\bEcommerce\b/g)!.length;
        assert.equal(edit.get(shared.uri).length, count(shared));
        assert.equal(edit.get(webshop.uri).length, count(webshop));

        assert.ok(await vscode.workspace.applyEdit(edit));
        try {
            assert.ok(!/\bEcommerce\b/.test(webshop.getText()) && /owner Shop\b/.test(webshop.getText()));
            const definitions = await askUntil(() => vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
                'vscode.executeDefinitionProvider', webshop.uri, positionIn(webshop, 'owner Shop', 7)), found => found.length > 0);
            assert.equal(definitions.length, 1, 'owner Shop resolves once the server has the renamed files');
            assert.equal(targetOf(definitions[0]).uri.toString(), shared.uri.toString());
        } finally {
            const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', shared.uri, at, 'Ecommerce');
            assert.ok(await vscode.workspace.applyEdit(back));
        }
        await assert.rejects(async () => vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', shared.uri, at, 'stage'));
    });

    it('refuses a taken name as an answer, not as an error in the server log', async () => {
        const { client } = await activateExtension();
        const shared = await vscode.workspace.openTextDocument(workspaceUri('shared.journey'));
        const logged: string[] = [];
        const original = client.error.bind(client);
        client.error = (message: string, ...rest: unknown[]) => { logged.push(message); return original(message, ...(rest as [])); };
        try {
            await assert.rejects(
                async () => vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', shared.uri, positionIn(shared, 'owner Ecommerce', 7), 'Ops'),
                /already exists/);
        } finally {
            client.error = original;
        }
        assert.deepEqual(logged, []);
    });

    it('formats a document into the canonical layout', async () => {
        const canonical = (await vscode.workspace.openTextDocument(workspaceUri('webshop.journey'))).getText();
        const document = await openUntitled(mangle(canonical));
        assert.notEqual(document.getText(), canonical);
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
            'vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
        assert.ok(edits.length > 0);
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.equal(document.getText(), canonical);
    });

    describe('quick fixes', () => {
        const TEXT = 'journey Fixes {\n    owner Marketting\n    stage S {\n        emotion 5\n        touchpoint T\n    }\n}\n';

        it('replaces an unknown name with the closest existing one', async () => {
            const document = await openUntitled(TEXT);
            const diagnostics = await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/unresolved-reference'));
            const diagnostic = diagnostics.find(d => codeOf(d) === 'journey/unresolved-reference')!;
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
                'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const fix = actions.find(action => action.title === "Change to 'Marketing'");
            assert.ok(fix?.edit, actions.map(action => action.title).join(', '));
            assert.ok(await vscode.workspace.applyEdit(fix.edit));
            await waitForDiagnostics(document.uri, found => !hasCode(found, 'journey/unresolved-reference'));
            assert.match(document.getText(), /owner Marketing\n/);
        });

        it('adds a missing owner to the stage, which clears every ownerless touchpoint in it', async () => {
            const document = await openUntitled('journey Owners {\n    stage S {\n        touchpoint A\n        touchpoint B\n    }\n}\n');
            const diagnostics = await waitForDiagnostics(document.uri, found => found.filter(d => codeOf(d) === 'journey/missing-owner').length === 2);
            const diagnostic = diagnostics.find(d => codeOf(d) === 'journey/missing-owner')!;
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
                'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const fix = actions.find(action => /^Add 'owner \S+' to stage S/.test(action.title));
            assert.ok(fix?.edit, actions.map(action => action.title).join(', '));
            assert.ok(actions.some(action => /to touchpoint A$/.test(action.title)) && actions.some(action => /to journey Owners$/.test(action.title)));
            assert.ok(await vscode.workspace.applyEdit(fix.edit));
            await waitForDiagnostics(document.uri, found => !hasCode(found, 'journey/missing-owner'));
            assert.match(document.getText(), /stage S \{\n {8}owner \S+\n {8}touchpoint A/);
        });

        it('clamps an out-of-range emotion with the preferred fix, applied by the code action command', async () => {
            const document = await openUntitled(TEXT);
            await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/emotion-out-of-range'));
            const editor = vscode.window.activeTextEditor!;
            assert.equal(editor.document, document);
            const value = rangeOf(document, 'emotion 5');
            editor.selection = new vscode.Selection(value.end.translate(0, -1), value.end.translate(0, -1));
            await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix', apply: 'first', preferred: true });
            await waitForDiagnostics(document.uri, found => !hasCode(found, 'journey/emotion-out-of-range'));
            assert.match(document.getText(), /emotion 2\n/);
        });
    });
});
