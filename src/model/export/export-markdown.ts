import { indexModel, referenceTitle, type ModelIndex } from '../view-model-index.js';
import type { JourneyMapModel, JourneyView, KpiView, ViewReference } from '../view-model.js';
import { journeyAsMermaid } from './export-mermaid.js';
import { escapeMarkdown } from '../../language/markdown-escape.js';
import { describeTarget, emotionText, inheritedFrom, STATUS_WORDS } from '../../language/vocabulary.js';

/**
 * A Markdown summary of the map, for a README or a wiki: per journey its
 * description, owner and personas, the Mermaid diagram (GitHub draws it), a
 * table of stages and touchpoints, and the KPIs it measures.
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
    out.push('| Stage | Touchpoint | Channel | Owner | Emotion | Pains | Opportunities | KPIs |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const stage of journey.stages) {
        const stageCell = `**${escapeMarkdown(stage.title)}**${stage.goal ? `<br>${escapeMarkdown(stage.goal)}` : ''}`;
        // The stage's own row carries what is said of the stage; its touchpoints follow.
        out.push(row([
            stageCell, '', '', stage.owner ? reference(stage.owner, context.owners) : '', emotion(stage.emotion),
            lines(stage.pains), lines(stage.opportunities), stage.measures.map(m => reference(m, context.kpis)).join(', ')
        ]));
        for (const touchpoint of stage.touchpoints) {
            const owner = touchpoint.effectiveOwner;
            out.push(row([
                '', escapeMarkdown(touchpoint.title), touchpoint.channel ?? '',
                owner ? `${reference(owner, context.owners)}${owner.from === 'touchpoint' ? '' : ` (${inheritedFrom(owner.from)})`}` : '',
                emotion(touchpoint.emotion), lines(touchpoint.pains), lines(touchpoint.opportunities),
                touchpoint.measures.map(m => reference(m, context.kpis)).join(', ')
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
    return out.join('\n');
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

function lines(items: string[]): string {
    return items.map(escapeMarkdown).join('<br>');
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}
