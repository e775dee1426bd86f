import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CompareRequest } from '../../protocol/lsp-protocol.js';
import { createNonce } from '../../render/html-page.js';
import { baseName, type JourneyHost } from '../journey-host.js';
import { comparePage } from './compare-page.js';

export const COMPARE_VIEW_TYPE = 'journey.compare';

/**
 * "Journey: Compare with HEAD": the current map of a file with what changed
 * since the last commit marked. The server compares (one parser, one model);
 * the page is drawn by the preview's renderer, with marks and a legend added.
 * Returns the panel (for tests), or undefined when there was nothing to show.
 */
export async function compareWithHead(client: LanguageClient, host: JourneyHost, extensionUri: vscode.Uri, given?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> {
    const uri = given ?? activeJourneyUri();
    if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .journey file to compare it with HEAD.'));
        return undefined;
    }
    const head = await host.headText(uri);
    if (head.kind === 'unavailable') {
        void vscode.window.showErrorMessage(head.reason);
        return undefined;
    }
    const result = await client.sendRequest(CompareRequest, {
        uri: uri.toString(),
        baseText: head.kind === 'found' ? head.text : '',
        baseLabel: head.label
    });
    if (result.error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot compare with HEAD: {0}', result.error));
        return undefined;
    }
    if (!result.model || !result.diff) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server does not know this file yet. Try again in a moment.'));
        return undefined;
    }
    const fileName = baseName(uri);
    const assets = vscode.Uri.joinPath(extensionUri, 'out', 'webview');
    const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, `${fileName} ↔ HEAD`, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [assets]
    });
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'journey-file.svg');
    panel.webview.html = comparePage({
        model: result.model,
        diff: result.diff,
        baseName: head.kind === 'found' ? 'HEAD' : 'HEAD (not committed yet)',
        fileName,
        styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'preview.css')).toString(),
        styleSource: panel.webview.cspSource,
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'compare.js')).toString(),
        nonce: createNonce()
    });
    return panel;
}

export function activeJourneyUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'journey' ? document.uri : undefined;
}
