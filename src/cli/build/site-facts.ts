import type { EvidenceView, JourneyMapModel, JourneyView, KpiStatus, KpiView, OwnerView, StageView, TouchpointView, ViewReference } from '../../model/view-model.js';

/**
 * What the site says across the workspace, gathered once from the view models
 * of every file: the journeys with their counts, and the facts no single map
 * shows (pains and opportunities everywhere, every KPI, who answers for what).
 */
export interface SiteJourney {
    /** The page's file name under journeys/, unique in the site. */
    slug: string;
    /** The file it is written in, relative to where the build ran. */
    sourcePath: string;
    journey: JourneyView;
    /** The file's model with only this journey in it: what its map draws. */
    model: JourneyMapModel;
    ownerTitle?: string;
    personaTitles: string[];
    stageCount: number;
    touchpointCount: number;
    kpis: KpiView[];
    kpiCounts: Record<KpiStatus, number>;
    painCount: number;
    opportunityCount: number;
    /** The evidence its pains and opportunities cite, each once, in the order first cited. */
    evidence: EvidenceView[];
}

export interface SiteNote {
    kind: 'pain' | 'opportunity';
    text: string;
    journey: SiteJourney;
    stage: StageView;
    /** Absent for a note written on the stage itself. */
    touchpoint?: TouchpointView;
    /** Who answers for it: the touchpoint's owner in effect, else the stage's, else the journey's. */
    ownerTitle?: string;
}

export interface SiteKpi {
    kpi: KpiView;
    ownerTitle?: string;
    sourcePath: string;
    /** Journeys and stages (or touchpoints) that measure it, as "Journey › Stage". */
    measuredBy: string[];
}

export interface OwnerDuty {
    owner: OwnerView;
    journeys: string[];
    stages: string[];
    touchpoints: string[];
    kpis: string[];
}

export interface SiteFacts {
    journeys: SiteJourney[];
    notes: SiteNote[];
    kpis: SiteKpi[];
    unownedTouchpoints: Array<{ journey: SiteJourney; stage: StageView; touchpoint: TouchpointView }>;
    unmeasuredStages: Array<{ journey: SiteJourney; stage: StageView }>;
    owners: OwnerDuty[];
}

export function gatherFacts(files: Array<{ sourcePath: string; model: JourneyMapModel }>, pathOf: (uri: string) => string): SiteFacts {
    const slugs = new Set<string>();
    const journeys: SiteJourney[] = [];
    const kpis = new Map<string, SiteKpi>();
    const owners = new Map<string, OwnerDuty>();
    const duty = (owner: OwnerView) => {
        let entry = owners.get(owner.id);
        if (!entry) {
            entry = { owner, journeys: [], stages: [], touchpoints: [], kpis: [] };
            owners.set(owner.id, entry);
        }
        return entry;
    };
    for (const { sourcePath, model } of files) {
        const ownerById = new Map(model.owners.map(owner => [owner.id, owner]));
        const kpiById = new Map(model.kpis.map(kpi => [kpi.id, kpi]));
        const ownerOf = (reference?: ViewReference) => reference?.targetId ? ownerById.get(reference.targetId) : undefined;
        for (const kpi of model.kpis) {
            if (!kpis.has(kpi.id)) {
                kpis.set(kpi.id, { kpi, ownerTitle: ownerOf(kpi.owner)?.title, sourcePath: pathOf(kpi.source.uri), measuredBy: [] });
                const owner = ownerOf(kpi.owner);
                if (owner) duty(owner).kpis.push(kpi.title);
            }
        }
        for (const owner of model.owners) {
            duty(owner);
        }
        for (const journey of model.journeys) {
            const measured = new Map<string, KpiView>();
            const measure = (references: ViewReference[], where: string) => {
                for (const reference of references) {
                    const kpi = reference.targetId ? kpiById.get(reference.targetId) : undefined;
                    if (kpi) {
                        measured.set(kpi.id, kpi);
                        const entry = kpis.get(kpi.id);
                        if (entry && !entry.measuredBy.includes(where)) entry.measuredBy.push(where);
                    }
                }
            };
            const journeyOwner = ownerOf(journey.owner);
            if (journeyOwner) duty(journeyOwner).journeys.push(journey.title);
            let touchpointCount = 0;
            let painCount = 0;
            let opportunityCount = 0;
            for (const stage of journey.stages) {
                const where = `${journey.title} › ${stage.title}`;
                measure(stage.measures, where);
                const stageOwner = ownerOf(stage.owner);
                if (stageOwner) duty(stageOwner).stages.push(where);
                touchpointCount += stage.touchpoints.length;
                painCount += stage.pains.length;
                opportunityCount += stage.opportunities.length;
                for (const touchpoint of stage.touchpoints) {
                    measure(touchpoint.measures, where);
                    painCount += touchpoint.pains.length;
                    opportunityCount += touchpoint.opportunities.length;
                    const owner = ownerOf(touchpoint.effectiveOwner);
                    if (owner) duty(owner).touchpoints.push(`${where} › ${touchpoint.title}`);
                }
            }
            const kpiList = [...measured.values()];
            const kpiCounts: Record<KpiStatus, number> = { 'on-track': 0, 'off-track': 0, unknown: 0 };
            for (const kpi of kpiList) kpiCounts[kpi.status]++;
            journeys.push({
                slug: uniqueSlug(journey.name, slugs),
                sourcePath,
                journey,
                model: { ...model, journeys: [journey] },
                ownerTitle: journeyOwner?.title ?? journey.owner?.name,
                personaTitles: journey.personas.map(p => model.personas.find(persona => persona.id === p.targetId)?.title ?? p.name),
                stageCount: journey.stages.length,
                touchpointCount,
                kpis: kpiList,
                kpiCounts,
                painCount,
                opportunityCount,
                evidence: citedEvidence(journey, model)
            });
        }
    }
    const notes: SiteNote[] = [];
    const unownedTouchpoints: SiteFacts['unownedTouchpoints'] = [];
    const unmeasuredStages: SiteFacts['unmeasuredStages'] = [];
    for (const site of journeys) {
        const ownerTitle = (reference?: ViewReference) => reference?.targetId
            ? site.model.owners.find(owner => owner.id === reference.targetId)?.title : undefined;
        for (const stage of site.journey.stages) {
            const stageOwner = ownerTitle(stage.owner) ?? ownerTitle(site.journey.owner);
            for (const text of stage.pains) notes.push({ kind: 'pain', text, journey: site, stage, ownerTitle: stageOwner });
            for (const text of stage.opportunities) notes.push({ kind: 'opportunity', text, journey: site, stage, ownerTitle: stageOwner });
            for (const touchpoint of stage.touchpoints) {
                const owner = ownerTitle(touchpoint.effectiveOwner);
                for (const text of touchpoint.pains) notes.push({ kind: 'pain', text, journey: site, stage, touchpoint, ownerTitle: owner });
                for (const text of touchpoint.opportunities) notes.push({ kind: 'opportunity', text, journey: site, stage, touchpoint, ownerTitle: owner });
                if (!owner) unownedTouchpoints.push({ journey: site, stage, touchpoint });
            }
            const measuredHere = stage.measures.some(m => m.resolved) || stage.touchpoints.some(t => t.measures.some(m => m.resolved));
            if (!measuredHere) unmeasuredStages.push({ journey: site, stage });
        }
    }
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    return {
        journeys,
        notes,
        kpis: [...kpis.values()].sort((a, b) => byTitle(a.kpi, b.kpi)),
        unownedTouchpoints,
        unmeasuredStages,
        owners: [...owners.values()].sort((a, b) => byTitle(a.owner, b.owner))
    };
}

function citedEvidence(journey: JourneyView, model: JourneyMapModel): EvidenceView[] {
    const byId = new Map(model.evidence.map(item => [item.id, item]));
    const cited = new Map<string, EvidenceView>();
    for (const element of [...journey.stages, ...journey.stages.flatMap(stage => stage.touchpoints)]) {
        for (const reference of element.citations.flatMap(citation => citation.evidence)) {
            const item = reference.targetId ? byId.get(reference.targetId) : undefined;
            if (item) cited.set(item.id, item);
        }
    }
    return [...cited.values()];
}

/** A file name from an element name: ASCII letters and digits, unique among `taken`. */
function uniqueSlug(name: string, taken: Set<string>): string {
    const base = name.normalize('NFKD')
        .replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[åÅ]/g, 'a')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'journey';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) {
        slug = `${base}-${n}`;
    }
    taken.add(slug);
    return slug;
}
