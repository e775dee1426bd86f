import * as vscode from 'vscode';
import { exportSvgOrHtml, type ExportFormat } from '../../render/export-map.js';
import type { ThemeName } from '../../render/map-styles.js';
import { baseName, type JourneyHost } from '../journey-host.js';
import type { ViewModelSource } from './view-model-source.js';

interface ExportChoice extends vscode.QuickPickItem {
    format: ExportFormat;
    theme: ThemeName;
}

/** The formats and themes on offer, in VS Code's display language. */
function choices(): ExportChoice[] {
    return [
        { label: vscode.l10n.t('SVG image, light'), description: vscode.l10n.t('for documents and slides'), format: 'svg', theme: 'light' },
        { label: vscode.l10n.t('SVG image, dark'), format: 'svg', theme: 'dark' },
        { label: vscode.l10n.t('HTML page, light'), description: vscode.l10n.t('self-contained, opens in any browser'), format: 'html', theme: 'light' },
        { label: vscode.l10n.t('HTML page, dark'), format: 'html', theme: 'dark' }
    ];
}

/**
 * "Journey: Export Map…": the map of a document as SVG or HTML, drawn by the
 * same renderer as the preview from the language server's model.
 */
export async function exportMapCommand(models: ViewModelSource, source: vscode.Uri | undefined, host: JourneyHost): Promise<void> {
    if (!source) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .journey file (or its preview) to export its map.'));
        return;
    }
    const choice = await vscode.window.showQuickPick(choices(), { title: vscode.l10n.t('Export Journey Map'), placeHolder: vscode.l10n.t('Format and theme') });
    if (!choice) {
        return;
    }
    const model = await models.request(source.toString());
    if (!model) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server has no map for this file yet. Try again in a moment.'));
        return;
    }
    const error = model.syntaxErrors[0];
    if (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} has a syntax error at line {1}, column {2}: fix it before exporting.', baseName(source), error.range.start.line + 1, error.range.start.character + 1));
        return;
    }
    const base = baseName(source).replace(/\.journey$/, '');
    // Beside the file (on disk or in a virtual workspace); an untitled one's goes to the workspace.
    const defaultUri = source.scheme !== 'untitled'
        ? vscode.Uri.joinPath(source, '..', `${base}.${choice.format}`)
        : vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? source, `${base}.${choice.format}`);
    const filters: Record<string, string[]> = choice.format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('HTML page')]: ['html', 'htm'] };
    const target = await host.saveExport(defaultUri, filters, exportSvgOrHtml(model, choice.format, choice.theme));
    if (!target) {
        return;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the journey map to {0}.', vscode.workspace.asRelativePath(target)));
}
