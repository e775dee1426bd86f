import type {
    JourneyMapModel, KpiView, OwnerView, PersonaView, TouchpointView, ViewReference
} from '../model/view-model.js';
import type { VElement } from './vnode.js';

/** What every part of the renderer needs to look up: the definitions, by id. */
export interface RenderContext {
    model: JourneyMapModel;
    owners: Map<string, OwnerView>;
    personas: Map<string, PersonaView>;
    kpis: Map<string, KpiView>;
    touchpoints: Map<string, TouchpointView>;
}

export function createContext(model: JourneyMapModel): RenderContext {
    const touchpoints = new Map<string, TouchpointView>();
    for (const journey of model.journeys) {
        for (const stage of journey.stages) {
            for (const touchpoint of stage.touchpoints) {
                touchpoints.set(touchpoint.id, touchpoint);
            }
        }
    }
    return {
        model,
        owners: new Map(model.owners.map(o => [o.id, o])),
        personas: new Map(model.personas.map(p => [p.id, p])),
        kpis: new Map(model.kpis.map(k => [k.id, k])),
        touchpoints
    };
}

/** The title of what a reference points to, or the name as written when it does not resolve. */
export function referenceTitle(reference: ViewReference, table: Map<string, { title: string }>): string {
    const target = reference.targetId ? table.get(reference.targetId) : undefined;
    return target ? target.title : reference.name;
}

/** One lane of a journey: its label and its cells, positioned from the lane's top edge. */
export interface Lane {
    key: string;
    label: string;
    height: number;
    nodes: VElement[];
    /** Extra marks in the label column (the emotion scale). */
    labelNodes?: VElement[];
}
