import * as vscode from 'vscode';

/** The part of the built-in git extension's API (`vscode.git`, version 1) this feature uses. */
interface GitExtension {
    readonly enabled: boolean;
    getAPI(version: 1): GitApi;
}

interface GitApi {
    getRepository(uri: vscode.Uri): GitRepository | null;
    openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitRepository {
    readonly rootUri: vscode.Uri;
    /** The file's text at `ref`; rejects when the file is not in that commit. */
    show(ref: string, path: string): Promise<string>;
}

export type HeadText =
    | { kind: 'found'; text: string; label: string }
    | { kind: 'untracked'; label: string }
    | { kind: 'unavailable'; reason: string };

/**
 * The text of a file at HEAD, through the built-in git extension (so it works
 * with the user's git setup and remote workspaces alike).
 */
export async function headText(uri: vscode.Uri): Promise<HeadText> {
    if (uri.scheme !== 'file') {
        return { kind: 'unavailable', reason: vscode.l10n.t('Only files on disk can be compared with HEAD.') };
    }
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) {
        return { kind: 'unavailable', reason: vscode.l10n.t('The built-in Git extension is not available.') };
    }
    const git = extension.isActive ? extension.exports : await extension.activate();
    if (!git.enabled) {
        return { kind: 'unavailable', reason: vscode.l10n.t('Git is disabled (git.enabled).') };
    }
    const api = git.getAPI(1);
    const repository = api.getRepository(uri) ?? await api.openRepository?.(vscode.Uri.joinPath(uri, '..')) ?? null;
    if (!repository) {
        return { kind: 'unavailable', reason: vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(uri)) };
    }
    const relative = vscode.workspace.asRelativePath(uri, false);
    const label = `HEAD:${relativeTo(repository.rootUri, uri) ?? relative}`;
    try {
        return { kind: 'found', text: await repository.show('HEAD', uri.fsPath), label };
    } catch {
        // Not committed yet (or no commit at all): everything in it is new.
        return { kind: 'untracked', label };
    }
}

function relativeTo(root: vscode.Uri, uri: vscode.Uri): string | undefined {
    const prefix = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
}
