import type { JourneyMapModel } from '../../model/view-model.js';
import { diffModels } from '../../protocol/model-delta.js';
import type { HostMessage } from '../../protocol/webview-protocol.js';

/**
 * What to post to a webview for a new model: the whole model the first time
 * (and after `forget`, when the page is new or asked for it), afterwards only
 * what changed since the model posted last.
 */
export class ModelForwarding {
    private sent: { source: string; model: JourneyMapModel } | undefined;

    message(source: string, model: JourneyMapModel): HostMessage {
        const previous = this.sent?.source === source ? this.sent.model : undefined;
        this.sent = { source, model };
        if (!previous) {
            return { type: 'render', source, model };
        }
        return { type: 'update', source, ...diffModels(previous, model) };
    }

    /** The page holds no model we know of (reloaded, another document, or it asked for the whole one). */
    forget(): void {
        this.sent = undefined;
    }
}
