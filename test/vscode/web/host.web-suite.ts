import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openDocument, rangeOf, workspaceUri } from '../helpers.js';

/** Replaces `vscode.window[name]` while `body` runs (the dialogs a test cannot click). */
async function withWindow<K extends keyof typeof vscode.window>(name: K, stand: (typeof vscode.window)[K], body: () => Promise<void>): Promise<void> {
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window[name];
    window[name] = stand;
    try {
        await body();
    } finally {
        window[name] = original;
    }
}

/**
 * The provider's answer once it satisfies `accept`: a request made while the server is
 * still building is cancelled (and answers nothing), so ask again after a short pause.
 */
async function answered<T>(ask: () => Thenable<T>, accept: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 15000;
    let last: T | undefined;
    while (Date.now() < deadline) {
        last = await Promise.resolve(ask()).catch(() => undefined);
        if (last !== undefined && accept(last)) {
            return last;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`no ${what} within 15 s; last answer: ${JSON.stringify(last)?.slice(0, 300)}`);
}

/** What only the browser's web worker host shows: where it runs, and what it cannot do. */
describe('the web worker extension host', () => {
    before(activateExtension);

    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('runs the browser entry in a web worker, with the server in a worker too', async () => {
        const api = await activateExtension();
        assert.equal(api.host, 'web');
        assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node in the extension host');
        assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.extensionKind, vscode.ExtensionKind.UI);
    });

    it('highlights and counts through the server in the worker', async () => {
        const document = await openDocument('webshop.journey');
        const tokens = await answered(() => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri),
            found => (found?.data.length ?? 0) > 100, 'semantic tokens');
        assert.ok(tokens);
        const lenses = await answered(() => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri),
            found => found.some(lens => /touchpoint/.test(lens.command?.title ?? '')), 'a code lens counting touchpoints');
        assert.ok(lenses.length > 0);
    });

    it('exports the map as SVG through the save dialog', async () => {
        await openDocument('webshop.journey');
        const target = workspaceUri('exported', 'webshop.svg');
        let offered: vscode.Uri | undefined;
        await withWindow('showQuickPick', (async (items: readonly vscode.QuickPickItem[]) => items[0]) as never, () =>
            withWindow('showSaveDialog', async options => {
                offered = options?.defaultUri;
                return target;
            }, async () => {
                await vscode.commands.executeCommand('journey.preview.export');
            }));
        try {
            assert.equal(offered?.toString(), workspaceUri('webshop.svg').toString(), 'the dialog starts beside the file');
            const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
            assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
            assert.match(svg, /Buying an original painting online/);
        } finally {
            await vscode.workspace.fs.delete(workspaceUri('exported'), { recursive: true, useTrash: false });
        }
    });

    it('copies the journeys of the active file as Mermaid to the clipboard', async () => {
        await openDocument('webshop.journey');
        const text = await vscode.commands.executeCommand<string | undefined>('journey.review.copyAsMermaid');
        assert.match(text ?? '', /^```mermaid\njourney\n {4}title Buying an original painting online\n/);
        assert.equal(await vscode.env.clipboard.readText(), text);
    });

    it('says why Compare with HEAD is not available instead of failing', async () => {
        const document = await openDocument('webshop.journey');
        const errors: string[] = [];
        let panel: unknown;
        await withWindow('showErrorMessage', (async (message: string) => {
            errors.push(message);
            return undefined;
        }) as never, async () => {
            panel = await vscode.commands.executeCommand('journey.review.compareWithHead', document.uri);
        });
        assert.equal(panel, undefined);
        assert.equal(errors.length, 1, JSON.stringify(errors));
        assert.match(errors[0], /Compare with HEAD needs the Git extension, which does not run in this browser editor/);
        assert.ok(rangeOf(document, 'journey Webshop'), 'the document is untouched');
    });
});
