import { DocumentState, URI, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyProjectConfig } from './journey-project-config.js';

/**
 * Watched-file changes, plus: when a folder's journey.config.json is created, edited
 * or deleted, its config is reloaded and the folder re-checked. Nothing is re-parsed:
 * files still included are validated again, newly ignored ones leave the workspace
 * and newly included ones join it.
 */
export class JourneyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly fileSystemProvider: FileSystemProvider;

    constructor(services: LangiumSharedServices, private readonly projectConfig: JourneyProjectConfig) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.fileSystemProvider = services.workspace.FileSystemProvider;
    }

    /**
     * A closed untitled document is gone: without this it would stay in the workspace
     * with no file behind it and no language to look up, and the next update that
     * touches every document (a config change, a relink) would fail on it.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'untitled') {
            this.fireDocumentUpdate([], [uri]);
        } else {
            this.rereadClosed(uri).catch(error => console.error(`Reading ${uri.toString()} again after it was closed failed.`, error));
        }
    }

    /**
     * A file closed without saving ("Don't Save", a revert): the text on disk is the
     * truth again. Without this the workspace would keep checking the unsaved edits,
     * and other files would go on resolving (or failing to resolve) against them.
     * A file that is gone from disk leaves the workspace.
     */
    private async rereadClosed(uri: URI): Promise<void> {
        await this.workspaceManager.ready;
        const document = this.documents.getDocument(uri);
        if (!document) {
            return;
        }
        let onDisk: string;
        try {
            onDisk = await this.fileSystemProvider.readFile(uri);
        } catch {
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        if (document.parseResult.value.$cstNode?.root.fullText !== onDisk) {
            this.fireDocumentUpdate([uri], []);
        }
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const roots = new Map<string, URI>();
        const others = params.changes.filter(change => {
            const root = this.projectConfig.rootOfConfigFile(URI.parse(change.uri));
            if (root) {
                roots.set(root.toString(), root);
            }
            return !root;
        });
        if (others.length > 0 || roots.size === 0) {
            super.didChangeWatchedFiles({ changes: others });
        }
        if (roots.size > 0) {
            this.reload([...roots.values()]);
        }
    }

    private reload(roots: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                await Promise.all(roots.map(root => this.projectConfig.load(root)));
                const deleted: URI[] = [];
                for (const document of this.documents.all) {
                    if (this.projectConfig.isIgnored(document.uri)) {
                        deleted.push(document.uri);
                    } else if (document.state >= DocumentState.IndexedReferences) {
                        // Severities may have changed: validate again, keep parse and links.
                        this.documentBuilder.resetToState(document, DocumentState.IndexedReferences);
                    }
                }
                const found = (await Promise.all(roots.map(root => this.workspaceManager.searchFolder(root)))).flat();
                const added = found.filter(uri => !this.documents.hasDocument(uri));
                await this.documentBuilder.update(added, deleted, token);
            }))
            .catch(error => console.error('Reloading journey.config.json failed.', error));
    }
}
