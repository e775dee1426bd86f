import { delayNextTick, DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import {
    ViewModelChangedNotification, ViewModelRequest, ViewModelResyncNotification, ViewModelSubscriptionNotification,
    type ViewModelPush, type ViewModelResult
} from '../protocol/lsp-protocol.js';
import { diffModels } from '../protocol/model-delta.js';
import { buildViewModel, ViewModelCache } from '../model/build-view-model.js';
import type { JourneyMapModel } from '../model/view-model.js';

/**
 * Serves the view model the preview draws: on request, and pushed by every build
 * for the documents a client subscribed to, as soon as they are linked (before their
 * diagnostics). It reads the same built documents the diagnostics come from; there
 * is no second parse.
 *
 * A push is the whole model the first time after a subscription (or a resync the
 * client asks for), afterwards what changed since the model pushed last: the client
 * holds that model, as every push reaches it, in order, over the one connection.
 */
export class ViewModelNotifier {
    /** Normalised URI → the URI string as the client sent it. */
    private subscribed = new Map<string, string>();
    /** Normalised URI → the model pushed for it last (what the client holds). */
    private readonly pushed = new Map<string, JourneyMapModel>();
    /**
     * Normalised URI → the stage views of its last push: a keystroke in one stage builds
     * that stage's view again and keeps the others' (the same objects, so the delta is quick).
     */
    private readonly caches = new Map<string, ViewModelCache>();

    constructor(private readonly shared: LangiumSharedServices, private readonly connection: Connection) {}

    listen(): void {
        this.connection.onRequest(ViewModelRequest, async params => {
            await this.shared.workspace.WorkspaceManager.ready;
            // A read waits for the writes queued before it (the build of a just opened or changed text).
            return this.shared.workspace.WorkspaceLock.read(() => this.result(params.uri, this.document(normalise(params.uri))));
        });
        this.connection.onNotification(ViewModelSubscriptionNotification, params => {
            this.subscribed = new Map(params.uris.filter(uri => typeof uri === 'string').map(uri => [normalise(uri), uri]));
            for (const key of [...this.pushed.keys(), ...this.caches.keys()]) {
                if (!this.subscribed.has(key)) {
                    this.pushed.delete(key);
                    this.caches.delete(key);
                }
            }
        });
        this.connection.onNotification(ViewModelResyncNotification, async params => {
            if (typeof params?.uri !== 'string') {
                return;
            }
            await this.shared.workspace.WorkspaceManager.ready;
            await this.shared.workspace.WorkspaceLock.read(() => {
                const key = normalise(params.uri);
                const clientUri = this.subscribed.get(key);
                if (clientUri !== undefined) {
                    // After the build under way, if any: the deltas pushed before this whole model are passed over by the client.
                    this.pushed.delete(key);
                    this.push(key, clientUri, this.document(key));
                }
            });
        });
        // Once the documents are linked, not validated: the view model reads the AST and its references, never the
        // diagnostics (build-view-model.ts), so the map waits neither for the checks nor for the diagnostics to be sent.
        this.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, async documents => {
            let pushed = false;
            for (const document of documents) {
                const key = document.uri.toString();
                const clientUri = this.subscribed.get(key);
                if (clientUri !== undefined) {
                    this.push(key, clientUri, document);
                    pushed = true;
                }
            }
            if (pushed) {
                // The connection writes a message on the event loop's next turn: let it write the pushes before validation goes on.
                await delayNextTick();
            }
        });
    }

    /** Pushes the document's model: what changed since the model pushed last, else the whole model. */
    private push(key: string, clientUri: string, document: LangiumDocument | undefined): void {
        let cache = this.caches.get(key);
        if (!cache) {
            cache = new ViewModelCache();
            this.caches.set(key, cache);
        }
        const { model } = this.result(clientUri, document, cache);
        const previous = this.pushed.get(key);
        let push: ViewModelPush = { uri: clientUri, model };
        if (model && previous) {
            try {
                push = { uri: clientUri, delta: diffModels(previous, model) };
            } catch (error) {
                this.connection.console.error(`journey: view model delta of ${clientUri} failed: ${error instanceof Error ? error.stack : error}`);
            }
        }
        if (model) {
            this.pushed.set(key, model);
        } else {
            this.pushed.delete(key);
        }
        void this.connection.sendNotification(ViewModelChangedNotification, push);
    }

    private document(key: string): LangiumDocument | undefined {
        return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(key));
    }

    private result(uri: string, document: LangiumDocument | undefined, cache?: ViewModelCache): ViewModelResult {
        if (!document) {
            return { uri, model: null };
        }
        try {
            return { uri, model: buildViewModel(document, undefined, cache) };
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
