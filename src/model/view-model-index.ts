import type { EvidenceView, JourneyMapModel, KpiView, OwnerView, PersonaView, TouchpointView, ViewReference } from './view-model.js';

/** The definitions of a model by id: what the renderer and the exports look references up in. */
export interface ModelIndex {
    model: JourneyMapModel;
    owners: Map<string, OwnerView>;
    personas: Map<string, PersonaView>;
    kpis: Map<string, KpiView>;
    evidence: Map<string, EvidenceView>;
    touchpoints: Map<string, TouchpointView>;
}

export function indexModel(model: JourneyMapModel): ModelIndex {
    return {
        model,
        owners: new Map(model.owners.map(o => [o.id, o])),
        personas: new Map(model.personas.map(p => [p.id, p])),
        kpis: new Map(model.kpis.map(k => [k.id, k])),
        evidence: new Map(model.evidence.map(e => [e.id, e])),
        touchpoints: touchpointsById(model)
    };
}

function touchpointsById(model: JourneyMapModel): Map<string, TouchpointView> {
    const touchpoints = new Map<string, TouchpointView>();
    for (const journey of model.journeys) {
        for (const stage of journey.stages) {
            for (const touchpoint of stage.touchpoints) {
                touchpoints.set(touchpoint.id, touchpoint);
            }
        }
    }
    return touchpoints;
}

/** The title of what a reference points to, or the name as written when it does not resolve. */
export function referenceTitle(reference: ViewReference, table: Map<string, { title: string }>): string {
    const target = reference.targetId ? table.get(reference.targetId) : undefined;
    return target ? target.title : reference.name;
}
