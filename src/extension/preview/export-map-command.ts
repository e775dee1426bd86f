import * as vscode from 'vscode';
import { exportSvgOrHtml, type ExportFormat } from '../../render/export-map.js';
import type { ThemeName } from '../../render/map-styles.js';
import { baseName, type JourneyHost } from '../journey-host.js';
import type { ViewModelSource } from './view-model-source.js';

interface ExportChoice extends vscode.QuickPickItem {
    format: ExportFormat;
    theme: ThemeName;
}

const CHOICES: ExportChoice[] = [
    { label: 'SVG image, light', description: 'for documents and slides', format: 'svg', theme: 'light' },
    { label: 'SVG image, dark', format: 'svg', theme: 'dark' },
    { label: 'HTML page, light', description: 'self-contained, opens in any browser', format: 'html', theme: 'light' },
    { label: 'HTML page, dark', format: 'html', theme: 'dark' }
];

/**
 * "Journey: Export Map…": the map of a document as SVG or HTML, drawn by the
 * same renderer as the preview from the language server's model.
 */
export async function exportMapCommand(models: ViewModelSource, source: vscode.Uri | undefined, host: JourneyHost): Promise<void> {
    if (!source) {
        void vscode.window.showWarningMessage('Open a .journey file (or its preview) to export its map.');
        return;
    }
    const choice = await vscode.window.showQuickPick(CHOICES, { title: 'Export Journey Map', placeHolder: 'Format and theme' });
    if (!choice) {
        return;
    }
    const model = await models.request(source.toString());
    if (!model) {
        void vscode.window.showErrorMessage('The Journey language server has no map for this file yet. Try again in a moment.');
        return;
    }
    const error = model.syntaxErrors[0];
    if (error) {
        void vscode.window.showErrorMessage(`${baseName(source)} has a syntax error at line ${error.range.start.line + 1}, column ${error.range.start.character + 1}: fix it before exporting.`);
        return;
    }
    const base = baseName(source).replace(/\.journey$/, '');
    // Beside the file (on disk or in a virtual workspace); an untitled one's goes to the workspace.
    const defaultUri = source.scheme !== 'untitled'
        ? vscode.Uri.joinPath(source, '..', `${base}.${choice.format}`)
        : vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? source, `${base}.${choice.format}`);
    const filters: Record<string, string[]> = choice.format === 'svg' ? { 'SVG image': ['svg'] } : { 'HTML page': ['html', 'htm'] };
    const target = await host.saveExport(defaultUri, filters, exportSvgOrHtml(model, choice.format, choice.theme));
    if (!target) {
        return;
    }
    void vscode.window.showInformationMessage(`Exported the journey map to ${vscode.workspace.asRelativePath(target)}.`);
}
