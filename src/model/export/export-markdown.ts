import { indexModel, referenceTitle, type ModelIndex } from '../view-model-index.js';
import type {
    CitationView, ContinuesView, EvidenceView, JourneyMapModel, JourneyView, KpiView, PersonaEmotionView, ServiceItemView, StageView,
    TouchpointView, ViewReference
} from '../view-model.js';
import { journeyAsMermaid } from './export-mermaid.js';
import { escapeMarkdown, markdownLink } from '../../language/markdown-escape.js';
import { describeTarget, emotionText, inheritedFrom, STATUS_WORDS } from '../../language/vocabulary.js';

/**
 * A Markdown summary of the map, for a README or a wiki: per journey its
 * description, owner and personas, the Mermaid diagram (GitHub draws it), a
 * table of stages and touchpoints (each persona's own emotion under the common
 * one, the evidence a pain or opportunity cites after it, backstage and support
 * columns when the journey has any), the KPIs it measures and the evidence it cites.
 */
export function modelAsMarkdown(model: JourneyMapModel): string {
    const context = indexModel(model);
    return model.journeys.map(journey => journeySection(journey, context)).join('\n\n') + '\n';
}

function journeySection(journey: JourneyView, context: ModelIndex): string {
    const out = [`## ${escapeMarkdown(journey.title)}`, ''];
    if (journey.description) {
        out.push(escapeMarkdown(journey.description), '');
    }
    const facts: string[] = [];
    if (journey.owner) {
        facts.push(`**Owner:** ${reference(journey.owner, context.owners)}`);
    }
    if (journey.personas.length > 0) {
        facts.push(`**Personas:** ${journey.personas.map(p => reference(p, context.personas)).join('; ')}`);
    }
    if (facts.length > 0) {
        out.push(facts.join(' · '), '');
    }
    out.push(journeyAsMermaid(journey, context), '');
    const behind = journey.stages.some(stage => stage.touchpoints.some(t => t.backstage.length > 0 || t.support.length > 0));
    const headings = ['Stage', 'Touchpoint', 'Channel', 'Owner', 'Emotion', 'Pains', 'Opportunities', 'KPIs', ...(behind ? ['Backstage', 'Support'] : [])];
    out.push(row(headings), row(headings.map(() => '---')));
    for (const stage of journey.stages) {
        const stageCell = `**${escapeMarkdown(stage.title)}**${stage.goal ? `<br>${escapeMarkdown(stage.goal)}` : ''}`
            + personasNote(stage.personas, context);
        // The stage's own row carries what is said of the stage; its touchpoints follow.
        out.push(row([
            stageCell, '', '', stage.owner ? reference(stage.owner, context.owners) : '', emotions(stage.emotion, stage.personaEmotions, context),
            cited(stage.pains, 'pain', stage.citations, context), cited(stage.opportunities, 'opportunity', stage.citations, context),
            stage.measures.map(m => reference(m, context.kpis)).join(', '),
            ...(behind ? ['', ''] : [])
        ]));
        for (const touchpoint of stage.touchpoints) {
            const owner = touchpoint.effectiveOwner;
            out.push(row([
                '', escapeMarkdown(touchpoint.title) + personasNote(touchpoint.personas, context) + continuesNote(touchpoint.continues, context),
                touchpoint.channel ?? '',
                owner ? `${reference(owner, context.owners)}${owner.from === 'touchpoint' ? '' : ` (${inheritedFrom(owner.from)})`}` : '',
                emotions(touchpoint.emotion, touchpoint.personaEmotions, context),
                cited(touchpoint.pains, 'pain', touchpoint.citations, context), cited(touchpoint.opportunities, 'opportunity', touchpoint.citations, context),
                touchpoint.measures.map(m => reference(m, context.kpis)).join(', '),
                ...(behind ? [serviceItems(touchpoint.backstage, context), serviceItems(touchpoint.support, context)] : [])
            ]));
        }
    }
    const kpis = measuredKpis(journey, context);
    if (kpis.length > 0) {
        out.push('', '| KPI | Target | Current | Status | Owner |', '| --- | --- | --- | --- | --- |');
        for (const kpi of kpis) {
            out.push(row([
                escapeMarkdown(kpi.title), escapeMarkdown(kpi.target ? describeTarget(kpi.target) : ''), escapeMarkdown(kpi.current?.text ?? ''),
                `${STATUS_MARKS[kpi.status]} ${STATUS_WORDS[kpi.status]}`, kpi.owner ? reference(kpi.owner, context.owners) : ''
            ]));
        }
    }
    const evidence = citedEvidence(journey, context);
    if (evidence.length > 0) {
        out.push('', '| Evidence | Source | Date | Sample | URL |', '| --- | --- | --- | --- | --- |');
        for (const item of evidence) {
            out.push(row([
                escapeMarkdown(item.title), escapeMarkdown(item.origin ?? ''), escapeMarkdown(item.date ?? ''),
                item.sample === undefined ? '' : String(item.sample), item.url === undefined ? '' : markdownLink(item.url)
            ]));
        }
    }
    return out.join('\n');
}

/** `<br>*for* Mette, Ole`: the personas a stage or touchpoint names itself. */
function personasNote(personas: ViewReference[], context: ModelIndex): string {
    return personas.length > 0 ? `<br>*for* ${personas.map(p => reference(p, context.personas)).join(', ')}` : '';
}

/** `<br>→ Det første lån › Reservering`: where the customer goes on to, by title when it is in this model. */
function continuesNote(continues: ContinuesView | undefined, context: ModelIndex): string {
    if (!continues) {
        return '';
    }
    const journey = context.model.journeys.find(j => j.id === continues.journey.targetId);
    const stage = continues.stage && (journey?.stages.find(s => s.id === continues.stage!.targetId)?.title ?? continues.stage.name);
    const target = journey?.title ?? continues.journey.name;
    return `<br>→ ${escapeMarkdown(stage ? `${target} › ${stage}` : target)}`;
}

/** The common emotion, then one line per persona's own: `Mette: -2 (very negative)`. */
function emotions(common: number | undefined, own: PersonaEmotionView[], context: ModelIndex): string {
    return [
        ...(common === undefined ? [] : [emotion(common)]),
        ...own.map(entry => `${reference(entry.persona, context.personas)}: ${emotion(entry.emotion)}`)
    ].join('<br>');
}

/** Pains or opportunities, each with the evidence it cites: `Slow (from Survey 2026)`. */
function cited(items: string[], on: CitationView['on'], citations: CitationView[], context: ModelIndex): string {
    return items.map((text, index) => {
        const citation = citations.find(c => c.on === on && c.index === index);
        const sources = citation ? citation.evidence.map(e => reference(e, context.evidence)) : [];
        return escapeMarkdown(text) + (sources.length > 0 ? ` (from ${sources.join(', ')})` : '');
    }).join('<br>');
}

/** Backstage or support items, each with who does it: `Card is printed (Front desk)`. */
function serviceItems(items: ServiceItemView[], context: ModelIndex): string {
    return items.map(item => escapeMarkdown(item.text) + (item.owner ? ` (${reference(item.owner, context.owners)})` : '')).join('<br>');
}

/** The evidence the journey's pains and opportunities cite, in first-citation order. */
function citedEvidence(journey: JourneyView, context: ModelIndex): EvidenceView[] {
    const found = new Map<string, EvidenceView>();
    const elements: Array<StageView | TouchpointView> = journey.stages.flatMap(stage => [stage, ...stage.touchpoints]);
    for (const element of elements) {
        for (const ref of element.citations.flatMap(citation => citation.evidence)) {
            const evidence = ref.targetId ? context.evidence.get(ref.targetId) : undefined;
            if (evidence) {
                found.set(evidence.id, evidence);
            }
        }
    }
    return [...found.values()];
}

const STATUS_MARKS: Record<KpiView['status'], string> = { 'on-track': '🟢', 'off-track': '🔴', unknown: '⚪' };

/** The KPIs a journey's stages and touchpoints measure, in first-mention order. */
function measuredKpis(journey: JourneyView, context: ModelIndex): KpiView[] {
    const found = new Map<string, KpiView>();
    for (const stage of journey.stages) {
        for (const ref of [...stage.measures, ...stage.touchpoints.flatMap(t => t.measures)]) {
            const kpi = ref.targetId ? context.kpis.get(ref.targetId) : undefined;
            if (kpi) {
                found.set(kpi.id, kpi);
            }
        }
    }
    return [...found.values()];
}

function reference(ref: ViewReference, table: Map<string, { title: string }>): string {
    return escapeMarkdown(referenceTitle(ref, table));
}

function emotion(value: number | undefined): string {
    return value === undefined ? '' : escapeMarkdown(emotionText(value));
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}
