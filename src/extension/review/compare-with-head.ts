import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CompareRequest } from '../../protocol/lsp-protocol.js';
import { createNonce } from '../../render/html-page.js';
import { baseName, type JourneyHost } from '../journey-host.js';
import { mapLocale } from '../preview/map-locale.js';
import { comparePage, type CompareWords } from './compare-page.js';

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
        baseName: head.kind === 'found' ? 'HEAD' : vscode.l10n.t('HEAD (not committed yet)'),
        fileName,
        styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'preview.css')).toString(),
        styleSource: panel.webview.cspSource,
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'compare.js')).toString(),
        nonce: createNonce(),
        words: compareWords(),
        locale: await mapLocale(uri)
    });
    return panel;
}

/** The compare view's own words in VS Code's display language (l10n/bundle.l10n.*.json); `{0}`, `{1}` stay for the page to fill. */
function compareWords(): CompareWords {
    return {
        changesSince: vscode.l10n.t('{0}: changes since {1}', '{0}', '{1}'),
        noChangesSince: vscode.l10n.t('No changes since {0}.', '{0}'),
        legend: vscode.l10n.t('Legend'),
        added: vscode.l10n.t('added'),
        changed: vscode.l10n.t('changed'),
        moved: vscode.l10n.t('moved or renamed'),
        removedBelow: vscode.l10n.t('removed (listed below the map)'),
        removed: vscode.l10n.t('Removed'),
        addedAndChanged: vscode.l10n.t('Added and changed'),
        previousChange: vscode.l10n.t('Previous change (p)'),
        nextChange: vscode.l10n.t('Next change (n)'),
        position: vscode.l10n.t('{0} of {1}', '{0}', '{1}'),
        zoomOut: vscode.l10n.t('Zoom out (−)'),
        zoomIn: vscode.l10n.t('Zoom in (+)'),
        zoomLevel: vscode.l10n.t('Zoom level'),
        fitToWindow: vscode.l10n.t('Fit to window (0)'),
        fit: vscode.l10n.t('Fit'),
        actualSize: vscode.l10n.t('Actual size (1)')
    };
}

export function activeJourneyUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'journey' ? document.uri : undefined;
}
