import { DocumentState, URI, type LangiumDocuments } from 'langium';
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

    constructor(services: LangiumSharedServices, private readonly projectConfig: JourneyProjectConfig) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
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
