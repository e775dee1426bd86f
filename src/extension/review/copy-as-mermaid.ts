import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ViewModelRequest } from '../../protocol/lsp-protocol.js';
import { modelAsMermaid } from '../../model/export/export-mermaid.js';
import { baseName, type JourneyHost } from '../journey-host.js';
import { activeJourneyUri } from './compare-with-head.js';

/**
 * "Journey: Copy as Mermaid": the journeys of a file as ```mermaid blocks on
 * the clipboard, ready to paste into a pull request or an issue (GitHub draws
 * them). Returns the copied text, or undefined when nothing was copied.
 */
export async function copyAsMermaid(client: LanguageClient, host: JourneyHost, given?: vscode.Uri): Promise<string | undefined> {
    const uri = given ?? activeJourneyUri();
    if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .journey file to copy its journeys as Mermaid.'));
        return undefined;
    }
    const { model } = await client.sendRequest(ViewModelRequest, { uri: uri.toString() });
    const name = baseName(uri);
    if (!model) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server does not know this file yet. Try again in a moment.'));
        return undefined;
    }
    const error = model.syntaxErrors[0];
    if (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} has a syntax error at line {1}, column {2}: fix it before copying.', name, error.range.start.line + 1, error.range.start.character + 1));
        return undefined;
    }
    if (model.journeys.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} has no journeys to copy.', name));
        return undefined;
    }
    const text = modelAsMermaid(model);
    await host.writeClipboard(text);
    const count = model.journeys.length;
    void vscode.window.showInformationMessage(count === 1 ? vscode.l10n.t('Copied the journey of {0} as Mermaid.', name) : vscode.l10n.t('Copied {0} journeys of {1} as Mermaid.', count, name));
    return text;
}
