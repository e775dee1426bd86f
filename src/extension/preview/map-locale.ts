import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseProjectConfig } from '../../language/config/journey-config-file.js';
import type { Locale } from '../../language/reader-words.js';
import { mapLocaleFor } from './map-locale-choice.js';

export { mapLocaleFor };

/** The map language for a document: from the config file at the root of its workspace folder (the first folder for an untitled one). */
export async function mapLocale(uri: vscode.Uri): Promise<Locale> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    let configured: Locale | undefined;
    if (folder) {
        try {
            const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
            configured = parseProjectConfig(new TextDecoder().decode(bytes)).config.locale;
        } catch {
            // No config file (or none readable): the display language decides.
        }
    }
    return mapLocaleFor(configured, vscode.env.language);
}
