import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PreviewStatus } from '../../src/extension/preview/preview-panel.js';
import { activateExtension, openDocument, openUntitled, positionIn, rangeOf } from './helpers.js';

const TIMEOUT = 15000;

/** The previews' state once it satisfies `accept`, checked after each short pause. */
async function waitForPreview(accept: (status: PreviewStatus) => boolean, what: string): Promise<PreviewStatus> {
    const deadline = Date.now() + TIMEOUT;
    let last: PreviewStatus[] = [];
    while (Date.now() < deadline) {
        last = await vscode.commands.executeCommand<PreviewStatus[]>('journey.preview.status');
        const found = last.find(accept);
        if (found) {
            return found;
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for a preview that ${what}; previews: ${JSON.stringify(last)}`);
}

async function replace(document: vscode.TextDocument, text: string, by: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, text), by);
    assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('journey map preview', () => {
    before(async () => {
        await activateExtension();
    });

    afterEach(async () => {
        // Leave the documents as found: undo this test's edits, close everything.
        for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
            assert.ok(document.uri.scheme !== 'file' || !document.isDirty, `${document.uri.path} reverted before the editors close (closing would offer to save it)`);
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('opens beside the editor, draws the map, and redraws it after an edit', async () => {
        const document = await openDocument('webshop.journey');
        await vscode.commands.executeCommand('journey.preview.openToSide');
        const first = await waitForPreview(s => s.source === document.uri.toString() && s.renderedVersion === document.version, 'drew the opened document');
        assert.equal(first.firstJourneyTitle, 'Buying an original painting online');
        assert.equal(first.locked, false);

        await replace(document, '"Buying an original painting online"', '"Buying art online"');
        const second = await waitForPreview(s => s.renderedVersion === document.version, `drew version ${document.version}`);
        assert.equal(second.firstJourneyTitle, 'Buying art online');
        assert.equal(second.renderedKeptLastGood, false);
    });

    it('marks the element under the cursor as soon as the preview opens, and when it follows another editor', async () => {
        // Both cursors are placed before there is any preview: nothing moves them afterwards.
        const kundereise = await openDocument('kundereise.journey');
        const there = positionIn(kundereise, 'touchpoint Nettsted', 12);
        vscode.window.activeTextEditor!.selection = new vscode.Selection(there, there);
        const webshop = await openDocument('webshop.journey');
        const at = positionIn(webshop, 'touchpoint Search', 12);
        vscode.window.activeTextEditor!.selection = new vscode.Selection(at, at);
        await vscode.commands.executeCommand('journey.preview.openToSide');
        await waitForPreview(s => s.source === webshop.uri.toString() && s.renderedVersion === webshop.version
            && s.highlighted === 'touchpoint:Webshop.Awareness.Search', 'marked the touchpoint under the cursor');

        await vscode.window.showTextDocument(kundereise, vscode.ViewColumn.One);
        await waitForPreview(s => s.source === kundereise.uri.toString() && s.highlighted === 'touchpoint:Nettbutikk.Vurdering.Nettsted',
            'followed to kundereise.journey and marked the touchpoint under its cursor');
    });

    it('draws the map\'s words in journey.config.json\'s locale, else in VS Code\'s display language', async () => {
        const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'journey.config.json');
        const before = await vscode.workspace.fs.readFile(config).then(bytes => bytes, () => undefined);
        const webshop = await openDocument('webshop.journey');
        await vscode.commands.executeCommand('journey.preview.openToSide');
        const display = vscode.env.language.split('-')[0];
        const expected = ['da', 'sv'].includes(display) ? display : ['nb', 'no'].includes(display) ? 'nb' : 'en';
        await waitForPreview(s => s.source === webshop.uri.toString() && s.renderedVersion >= 0 && s.lang === expected, `drew the map in ${expected}`);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        try {
            const configured = before ? { ...JSON.parse(new TextDecoder().decode(before)), locale: 'sv' } : { locale: 'sv' };
            await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify(configured)));
            await openDocument('webshop.journey');
            await vscode.commands.executeCommand('journey.preview.openToSide');
            await waitForPreview(s => s.source === webshop.uri.toString() && s.renderedVersion >= 0 && s.lang === 'sv', 'drew the map in Swedish');
        } finally {
            if (before) {
                await vscode.workspace.fs.writeFile(config, before);
            } else {
                await vscode.workspace.fs.delete(config);
            }
        }
    });

    it('keeps the last good map while the text has a syntax error', async () => {
        const document = await openDocument('webshop.journey');
        await vscode.commands.executeCommand('journey.preview.openToSide');
        const good = await waitForPreview(s => s.renderedVersion === document.version, 'drew the document');
        await replace(document, 'channel sms', 'channel pigeon');
        const kept = await waitForPreview(s => s.renderedKeptLastGood, 'kept the last good map');
        assert.equal(kept.renderedVersion, good.renderedVersion);
    });

    it('follows the active editor, and stays on its document once locked', async () => {
        const webshop = await openDocument('webshop.journey');
        await vscode.commands.executeCommand('journey.preview.openToSide');
        await waitForPreview(s => s.source === webshop.uri.toString() && s.renderedVersion >= 0, 'shows webshop.journey');
        const kundereise = await openDocument('kundereise.journey');
        await waitForPreview(s => s.source === kundereise.uri.toString() && s.firstJourneyTitle === 'Digital kundereise', 'followed to kundereise.journey');

        const status = await vscode.commands.executeCommand<PreviewStatus[]>('journey.preview.status');
        assert.equal(status.length, 1, 'one preview, reused');
        // Lock it (the command acts on the active preview), then switch editors.
        await vscode.commands.executeCommand('journey.preview.open', kundereise.uri);
        await waitForPreview(s => s.active, 'is the active editor');
        await vscode.commands.executeCommand('journey.preview.toggleLock');
        await waitForPreview(s => s.locked, 'is locked');
        await waitForPreview(s => s.locked, 'is locked');
        await openDocument('webshop.journey');
        const locked = await waitForPreview(s => s.locked, 'is still locked');
        assert.equal(locked.source, kundereise.uri.toString());
    });

    it('follows a continues link: within the file to the stage, and into another file, whose map the preview then shows', async () => {
        const bibliotek = await openDocument('bibliotek.journey');
        await vscode.commands.executeCommand('journey.preview.openToSide');
        await waitForPreview(s => s.source === bibliotek.uri.toString() && s.renderedVersion === bibliotek.version, 'drew bibliotek.journey');
        assert.equal(await vscode.commands.executeCommand('journey.preview.followContinues', 'touchpoint:Indmeldelse.Oprettelse.App'), true);
        let editor = vscode.window.activeTextEditor!;
        assert.equal(editor.document.uri.toString(), bibliotek.uri.toString());
        assert.equal(editor.document.getText(editor.selection), 'Reservering');

        const aflevering = await openUntitled('journey Aflevering {\n    stage Automat {\n        touchpoint Automat {\n            continues Udlån\n        }\n    }\n}\n');
        await waitForPreview(s => s.source === aflevering.uri.toString() && s.renderedVersion === aflevering.version, 'drew the untitled journey');
        assert.equal(await vscode.commands.executeCommand('journey.preview.followContinues', 'touchpoint:Aflevering.Automat.Automat'), true);
        await waitForPreview(s => s.source === bibliotek.uri.toString() && s.firstJourneyTitle === 'Bliv låner', 'shows bibliotek.journey again');
        editor = vscode.window.activeTextEditor!;
        assert.equal(editor.document.uri.toString(), bibliotek.uri.toString());
        assert.equal(editor.document.getText(editor.selection), 'Udlån');
        assert.equal(await vscode.commands.executeCommand('journey.preview.followContinues', 'touchpoint:Indmeldelse.Opdagelse.Hjemmeside'), false,
            'a touchpoint without continues leads nowhere');
    });
});
