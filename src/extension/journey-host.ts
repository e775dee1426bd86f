import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { HeadText } from './review/git-head.js';

/**
 * What differs between the desktop (Node extension host, server in a Node
 * process) and the browser (web worker extension host on vscode.dev and
 * github.dev, server in a web worker). Everything else is one source.
 */
export interface JourneyHost {
    readonly kind: 'desktop' | 'web';
    /** The language client for this host's server, not started yet. */
    createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
    /** Puts text on the clipboard. */
    writeClipboard(text: string): Promise<void>;
    /**
     * Asks where to save an export (the dialog starts at `defaultUri`) and writes
     * it there; the file written, or undefined when the user cancelled.
     */
    saveExport(defaultUri: vscode.Uri, filters: Record<string, string[]>, content: string): Promise<vscode.Uri | undefined>;
    /** A file's text at HEAD, or why it cannot be had here. */
    headText(uri: vscode.Uri): Promise<HeadText>;
}

/** The parts both hosts do the same way, through the VS Code API. */
export async function writeClipboard(text: string): Promise<void> {
    await vscode.env.clipboard.writeText(text);
}

export async function saveExport(defaultUri: vscode.Uri, filters: Record<string, string[]>, content: string): Promise<vscode.Uri | undefined> {
    const target = await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export Journey Map'), defaultUri, filters });
    if (target) {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    }
    return target;
}

/** The last path segment of a URI: `webshop.journey`. */
export function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
