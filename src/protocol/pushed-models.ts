/**
 * The client's end of the server's view model pushes (ViewModelChangedNotification):
 * the models it holds, one per document, changed by each delta. A delta that does not
 * fit the model held (none held, another version, a shape that does not match) asks
 * for the whole model once; the deltas that come before it are passed over. Pure, so
 * the extension, the bench and the fuzzer receive the pushes the same way.
 */
import type { JourneyMapModel } from '../model/view-model.js';
import { isDeltaPush, type ViewModelPush } from './lsp-protocol.js';
import { applyModelDelta } from './model-delta.js';

export type PushOutcome =
    /** The document's model now (null: the server does not know the document). */
    | { kind: 'model'; uri: string; model: JourneyMapModel | null }
    /** A delta that does not fit: ask the server for the whole model (ViewModelResyncNotification). */
    | { kind: 'resync'; uri: string; reason: string }
    /** A delta that came while the whole model is on its way. */
    | { kind: 'skipped'; uri: string };

export class PushedModels {
    private readonly held = new Map<string, JourneyMapModel>();
    /** Documents whose whole model was asked for and has not come yet. */
    private readonly awaitingWhole = new Set<string>();

    receive(push: ViewModelPush): PushOutcome {
        const { uri } = push;
        if (!isDeltaPush(push)) {
            this.awaitingWhole.delete(uri);
            if (push.model) {
                this.held.set(uri, push.model);
            } else {
                this.held.delete(uri);
            }
            return { kind: 'model', uri, model: push.model };
        }
        if (this.awaitingWhole.has(uri)) {
            return { kind: 'skipped', uri };
        }
        const base = this.held.get(uri);
        let reason: string;
        if (base) {
            try {
                const model = applyModelDelta(base, push.delta);
                this.held.set(uri, model);
                return { kind: 'model', uri, model };
            } catch (error) {
                reason = error instanceof Error ? error.message : String(error);
            }
        } else {
            reason = `a delta against version ${push.delta.baseVersion}, and no model held`;
        }
        this.held.delete(uri);
        this.awaitingWhole.add(uri);
        return { kind: 'resync', uri, reason };
    }

    /** The model held for a document, if any. */
    model(uri: string): JourneyMapModel | undefined {
        return this.held.get(uri);
    }

    /** Drops what is held for a document (no longer subscribed), or for all (a new server). */
    forget(uri?: string): void {
        if (uri === undefined) {
            this.held.clear();
            this.awaitingWhole.clear();
        } else {
            this.held.delete(uri);
            this.awaitingWhole.delete(uri);
        }
    }
}
