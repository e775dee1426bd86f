import { isJourneyMapModel } from '../model/view-model-guard.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { applyModelDelta, DeltaMismatch, type ModelDelta } from '../protocol/model-delta.js';

/** What to draw for a document: its latest model, and the map to show for it. */
export interface ModelToShow {
    latest: JourneyMapModel;
    /** The latest model, or while it has syntax errors the last one without. */
    shown: JourneyMapModel;
    keptLastGood: boolean;
}

/** The latest model of each document, and the last one that parsed, so a typo does not blank the map. */
export class ModelCache {
    private readonly latest = new Map<string, JourneyMapModel>();
    private readonly lastGood = new Map<string, JourneyMapModel>();
    /**
     * @param checked The model objects checked (those of a whole model as it
     * arrived, and after each delta): the cache never changes a model it holds
     * (a delta builds new objects along the changed path only), so the next
     * check walks only what the next delta brought.
     */
    constructor(private readonly checked = new WeakSet<object>()) {}

    set(source: string, model: JourneyMapModel): void {
        this.latest.set(source, model);
        if (model.syntaxErrors.length === 0) {
            this.lastGood.set(source, model);
        }
    }

    /**
     * Applies what changed since the model this cache holds; false (and nothing
     * changed) when it holds none, or another version than the delta's base,
     * or the result is not a model: the host then sends the whole model.
     */
    update(source: string, delta: ModelDelta): boolean {
        const base = this.latest.get(source);
        if (!base || base.documentVersion !== delta.baseVersion) {
            return false;
        }
        let model: JourneyMapModel;
        try {
            model = applyModelDelta(base, delta);
        } catch (error) {
            if (error instanceof DeltaMismatch) {
                return false;
            }
            throw error;
        }
        if (!isJourneyMapModel(model, this.checked) || model.documentVersion !== delta.documentVersion) {
            return false;
        }
        this.set(source, model);
        return true;
    }

    get(source: string): JourneyMapModel | undefined {
        return this.latest.get(source);
    }

    toShow(source: string): ModelToShow | undefined {
        const latest = this.latest.get(source);
        if (!latest) {
            return undefined;
        }
        const shown = latest.syntaxErrors.length > 0 ? this.lastGood.get(source) ?? latest : latest;
        return { latest, shown, keptLastGood: shown !== latest };
    }
}
