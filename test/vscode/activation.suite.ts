import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { activateExtension, EXTENSION_ID, openDocument } from './helpers.js';

describe('activation', () => {
    it('activates in a workspace with .journey files and starts the server', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, 'the extension is installed');
        const api = await activateExtension();
        assert.equal(api.client.state, State.Running);
        assert.equal(api.client.initializeResult?.capabilities.textDocumentSync !== undefined, true);
    });

    it('registers the journey language for .journey files', async () => {
        assert.ok((await vscode.languages.getLanguages()).includes('journey'));
        const document = await openDocument('webshop.journey');
        assert.equal(document.languageId, 'journey');
    });

    it('contributes its commands', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['journey.restartServer', 'journey.showOutput']) {
            assert.ok(commands.includes(command), command);
        }
    });

    it('runs in the VS Code version the manifest targets', () => {
        const [major, minor] = vscode.version.split('.').map(Number);
        assert.ok(major === 1 && minor >= 91, vscode.version);
    });
});
