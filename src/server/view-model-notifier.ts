import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import {
    ViewModelChangedNotification, ViewModelRequest, ViewModelSubscriptionNotification, type ViewModelResult
} from '../protocol/lsp-protocol.js';
import { buildViewModel } from '../model/build-view-model.js';

/**
 * Serves the view model the preview draws: on request, and pushed after every
 * build for the documents a client subscribed to. It reads the same built
 * documents the diagnostics come from; there is no second parse.
 */
export class ViewModelNotifier {
    /** Normalised URI → the URI string as the client sent it. */
    private subscribed = new Map<string, string>();

    constructor(private readonly shared: LangiumSharedServices, private readonly connection: Connection) {}

    listen(): void {
        this.connection.onRequest(ViewModelRequest, async params => {
            await this.shared.workspace.WorkspaceManager.ready;
            // A read waits for the writes queued before it (the build of a just opened or changed text).
            return this.shared.workspace.WorkspaceLock.read(() => this.result(params.uri, this.document(normalise(params.uri))));
        });
        this.connection.onNotification(ViewModelSubscriptionNotification, params => {
            this.subscribed = new Map(params.uris.filter(uri => typeof uri === 'string').map(uri => [normalise(uri), uri]));
        });
        this.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
            for (const document of documents) {
                const clientUri = this.subscribed.get(document.uri.toString());
                if (clientUri !== undefined) {
                    void this.connection.sendNotification(ViewModelChangedNotification, this.result(clientUri, document));
                }
            }
        });
    }

    private document(key: string): LangiumDocument | undefined {
        return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(key));
    }

    private result(uri: string, document: LangiumDocument | undefined): ViewModelResult {
        if (!document) {
            return { uri, model: null };
        }
        try {
            return { uri, model: buildViewModel(document) };
        } catch (error) {
            // A bug here must not take the language server down with it.
            this.connection.console.error(`journey: view model of ${uri} failed: ${error instanceof Error ? error.stack : error}`);
            return { uri, model: null };
        }
    }
}

function normalise(uri: string): string {
    return URI.parse(uri).toString();
}
