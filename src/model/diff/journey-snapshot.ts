import type { LangiumDocument } from 'langium';
import { buildViewModel } from '../build-view-model.js';
import { allElements } from '../view-model-query.js';
import type { AnyElement, EvidenceView, JourneyView, KpiView, OwnerView, PersonaView, TouchpointView } from '../view-model.js';

/**
 * One side of a diff: every journey and definition of a set of files, from the
 * view models of its documents. Each element is listed once, from the file it
 * is written in.
 */
export interface JourneySnapshot {
    journeys: JourneyView[];
    owners: OwnerView[];
    personas: PersonaView[];
    kpis: KpiView[];
    evidence: EvidenceView[];
    /** Every element by its view-model id (targets of references). */
    byId: Map<string, AnyElement>;
    /** The file name to show for a document URI. */
    fileLabel(uri: string): string;
}

/** Builds the snapshot of linked documents; `label` names a document's file for the reader. */
export function snapshotOf(documents: LangiumDocument[], label: (uri: string) => string = uri => uri): JourneySnapshot {
    const snapshot: JourneySnapshot = { journeys: [], owners: [], personas: [], kpis: [], evidence: [], byId: new Map(), fileLabel: label };
    for (const document of documents) {
        const model = buildViewModel(document);
        const own = <T extends AnyElement>(elements: T[]) => elements.filter(element => element.source.uri === model.uri);
        snapshot.journeys.push(...model.journeys);
        snapshot.owners.push(...own(model.owners));
        snapshot.personas.push(...own(model.personas));
        snapshot.kpis.push(...own(model.kpis));
        snapshot.evidence.push(...own(model.evidence));
    }
    for (const list of [snapshot.owners, snapshot.personas, snapshot.kpis, snapshot.evidence]) {
        list.sort((a, b) => compareText(a.name, b.name));
    }
    for (const element of allElements(snapshot)) {
        // Ids are unique within a document; a name defined twice in the workspace is an error the user sees already.
        if (!snapshot.byId.has(element.id)) {
            snapshot.byId.set(element.id, element);
        }
    }
    return snapshot;
}

export function touchpointsOf(journey: JourneyView): TouchpointView[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}

export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
