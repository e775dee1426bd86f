import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    FileStatRequest, ReadDirectoryRequest, ReadFileRequest, type FileStatResult
} from '../protocol/lsp-protocol.js';

/**
 * Answers the server's file-system requests with `vscode.workspace.fs`: the web
 * worker server has no file system, so it reads the workspace's .journey files
 * and journey.config.json through these (the desktop server, through them too
 * for workspaces not on disk). Changes reach it as watched-file notifications,
 * registered by the server as on the desktop.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    const decoder = new TextDecoder();
    return vscode.Disposable.from(
        client.onRequest(FileStatRequest, async ({ uri }) => stat(vscode.Uri.parse(uri, true))),
        client.onRequest(ReadFileRequest, async ({ uri }) => ({ text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true))) })),
        client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
            const folder = vscode.Uri.parse(uri, true);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return { entries: entries.map(([name, type]) => ({ uri: vscode.Uri.joinPath(folder, name).toString(), type: kindOf(type) })) };
        })
    );
}

async function stat(uri: vscode.Uri): Promise<FileStatResult> {
    try {
        return { uri: uri.toString(), type: kindOf((await vscode.workspace.fs.stat(uri)).type) };
    } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
            return { uri: uri.toString(), type: 'missing' };
        }
        throw error;
    }
}

/** A link counts as what it points to; anything else (a broken link, say) as missing. */
function kindOf(type: vscode.FileType): FileStatResult['type'] {
    if (type & vscode.FileType.Directory) {
        return 'directory';
    }
    return type & vscode.FileType.File ? 'file' : 'missing';
}
