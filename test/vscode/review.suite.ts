import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, openDocument, rangeOf, workspaceUri } from './helpers.js';

async function replace(document: vscode.TextDocument, text: string, by: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, text), by);
    assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('review commands', () => {
    const folder = () => workspaceUri().fsPath;

    before(async () => {
        await activateExtension();
        // The edits below stay unsaved only if the workbench does not save them itself
        // (a browser workbench's default is to save a second after each edit).
        assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off');
    });

    after(() => {
        // The other suites expect a plain folder.
        rmSync(path.join(folder(), '.git'), { recursive: true, force: true });
    });

    afterEach(async () => {
        for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
            assert.ok(document.uri.scheme !== 'file' || !document.isDirty, `${document.uri.path} reverted before the editors close (closing would offer to save it)`);
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('copies the journeys of the active file as a Mermaid block', async () => {
        await openDocument('webshop.journey');
        const text = await vscode.commands.executeCommand<string | undefined>('journey.review.copyAsMermaid');
        assert.match(text ?? '', /^```mermaid\njourney\n {4}title Buying an original painting online\n {4}section Awareness\n/);
        // The personas who pass a touchpoint are its actors.
        assert.match(text ?? '', /\n {8}Checkout: 1: Anna‚ 34‚ first original painting, Erik‚ 58‚ buys four works a year\n/);
        assert.match(text ?? '', /\n```$/);
    });

    it('compares the editor\'s text with HEAD: the map marks what changed and lists what was removed', async () => {
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: folder() });
        git('init', '-q');
        git('add', 'webshop.journey', 'shared.journey');
        git('commit', '-q', '-m', 'journeys');
        const document = await openDocument('webshop.journey');
        await replace(document, 'emotion -2', 'emotion -1');
        await replace(document, 'touchpoint WordOfMouth "A friend\'s recommendation" {\n            channel referral\n            emotion 2\n        }\n', '');
        const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('journey.review.compareWithHead');
        assert.ok(panel, 'the compare view opened');
        try {
            const html = panel.webview.html;
            assert.match(html, /<title>webshop\.journey: changes since HEAD<\/title>/);
            assert.match(html, /data-id="touchpoint:Webshop\.Purchase\.Checkout"[^>]*data-change="modified"/);
            assert.match(html, /<li class="removed" data-id="touchpoint:Webshop\.Awareness\.WordOfMouth">/);
            assert.match(html, /id="legend"/);
            // One script, the bundle's compare view (zoom, fit, next and previous change), with the page's nonce.
            assert.deepEqual([...html.matchAll(/<script nonce="[^"]+" src="([^"]+)"><\/script>/g)].map(m => m[1].replace(/^.*\//, '')), ['compare.js']);
            assert.equal(html.match(/<script/g)?.length, 1);
            assert.match(html, /data-action="next-change"/);
        } finally {
            panel.dispose();
        }
    });
});
