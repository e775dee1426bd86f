import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
    ViewModelChangedNotification, ViewModelRequest, ViewModelResyncNotification, ViewModelSubscriptionNotification
} from '../../protocol/lsp-protocol.js';
import { PushedModels } from '../../protocol/pushed-models.js';
import type { JourneyMapModel } from '../../model/view-model.js';

/**
 * The client end of the view model protocol: asks the language server for
 * models, tells it which documents the previews show, and passes on the models
 * it pushes after each build (whole, or as deltas it applies to the model it holds).
 */
export class ViewModelSource implements vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<{ uri: string; model: JourneyMapModel }>();
    readonly onDidChange = this.changed.event;
    private subscribed: string[] = [];
    private readonly pushed = new PushedModels();
    private readonly disposables: vscode.Disposable[] = [this.changed];

    constructor(private readonly client: LanguageClient) {
        this.disposables.push(client.onNotification(ViewModelChangedNotification, push => {
            const outcome = this.pushed.receive(push);
            if (outcome.kind === 'model' && outcome.model) {
                this.changed.fire({ uri: outcome.uri, model: outcome.model });
            } else if (outcome.kind === 'resync' && this.client.state === State.Running) {
                void this.client.sendNotification(ViewModelResyncNotification, { uri: outcome.uri }).catch(() => undefined);
            }
        }));
        // After a server (re)start, it knows nothing of our previews: tell it again.
        this.disposables.push(client.onDidChangeState(event => {
            if (event.newState === State.Running) {
                this.pushed.forget();
                void this.sendSubscription();
                for (const uri of this.subscribed) {
                    void this.request(uri).then(model => model && this.changed.fire({ uri, model }));
                }
            }
        }));
    }

    /** The documents shown by previews; the server pushes their models from now on. */
    subscribe(uris: string[]): void {
        const unique = [...new Set(uris)].sort();
        if (unique.join('\n') !== this.subscribed.join('\n')) {
            for (const uri of this.subscribed.filter(uri => !unique.includes(uri))) {
                this.pushed.forget(uri);
            }
            this.subscribed = unique;
            void this.sendSubscription();
        }
    }

    /** The current model of a document, once the server has built it; undefined if it cannot say. */
    async request(uri: string): Promise<JourneyMapModel | undefined> {
        if (this.client.state !== State.Running) {
            return undefined;
        }
        try {
            const result = await this.client.sendRequest(ViewModelRequest, { uri });
            return result.model ?? undefined;
        } catch {
            // A restart or a cancelled build: the next push brings the model.
            return undefined;
        }
    }

    private async sendSubscription(): Promise<void> {
        if (this.client.state === State.Running) {
            await this.client.sendNotification(ViewModelSubscriptionNotification, { uris: this.subscribed }).catch(() => undefined);
        }
    }

    dispose(): void {
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}
