/**
 * Markdown cards for hover (and completion documentation). User text is escaped
 * here and only here, so a title can never turn into a link or markup.
 */
import type { AstNode } from 'langium';
import type { Journey, Kpi, Owner, Persona, Stage, Touchpoint } from '../generated/ast.js';
import { effectiveOwner, formatQuantity, kpiStatus } from '../semantics.js';
import {
    countTouchpoints, describeEmotion, describeTarget, displayTitle, inheritedFrom, kpisOfStage, plural,
    qualifiedName, STATUS_WORDS
} from './journey-facts.js';

/** What the cards need from the workspace: the nodes whose references point at a node. */
export interface ReferenceSources {
    referencingNodes(target: AstNode): AstNode[];
}

const MAX_LISTED = 8;

export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

const code = (name: string | undefined) => `\`${(name ?? '').replace(/`/g, '')}\``;

function heading(node: { name: string; title?: string }, kind: string, context = ''): string[] {
    return [`### ${escapeMarkdown(displayTitle(node))}`, '', `*${kind}* ${code(node.name)}${context}`, ''];
}

function bullet(label: string, value: string | undefined): string[] {
    return value ? [`- ${label}: ${value}`] : [];
}

function ownerText(owner: Owner | undefined, refText: string, from?: string): string {
    const name = owner ? `${escapeMarkdown(displayTitle(owner))} (${code(owner.name)})` : `${code(refText)} (unresolved)`;
    return from ? `${name}, ${from}` : name;
}

function kpiText(kpi: Kpi): string {
    return `${escapeMarkdown(displayTitle(kpi))} (${code(kpi.name)}, ${STATUS_WORDS[kpiStatus(kpi)]})`;
}

function listed(items: string[]): string | undefined {
    if (items.length === 0) {
        return undefined;
    }
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

export function ownerCard(owner: Owner, sources: ReferenceSources): string {
    const owned = { Journey: 0, Stage: 0, Touchpoint: 0, Kpi: 0 } as Record<string, number>;
    let inherited = 0;
    for (const node of sources.referencingNodes(owner)) {
        owned[node.$type] = (owned[node.$type] ?? 0) + 1;
        if (node.$type === 'Stage') {
            inherited += (node as Stage).touchpoints.filter(t => !t.owner).length;
        } else if (node.$type === 'Journey') {
            for (const stage of (node as Journey).stages.filter(s => !s.owner)) {
                inherited += stage.touchpoints.filter(t => !t.owner).length;
            }
        }
    }
    const parts = [
        ...(owned.Journey ? [plural(owned.Journey, 'journey')] : []),
        plural(owned.Stage, 'stage'),
        plural(owned.Touchpoint, 'touchpoint') + (inherited ? ` (+${inherited} inherited)` : ''),
        plural(owned.Kpi, 'KPI')
    ];
    return [
        ...heading(owner, 'owner'),
        ...bullet('Contact', owner.contact && escapeMarkdown(owner.contact)),
        ...bullet('Description', owner.description && escapeMarkdown(owner.description)),
        `- Owns: ${parts.join(', ')}`
    ].join('\n');
}

export function kpiCard(kpi: Kpi, sources: ReferenceSources): string {
    const places = sources.referencingNodes(kpi)
        .filter((node): node is Stage | Touchpoint => node.$type === 'Stage' || node.$type === 'Touchpoint')
        .map(node => escapeMarkdown(qualifiedName(node)));
    return [
        ...heading(kpi, 'KPI', ` · ${STATUS_WORDS[kpiStatus(kpi)]}`),
        ...bullet('Target', describeTarget(kpi)),
        ...bullet('Current', formatQuantity(kpi.current, kpi.unit)),
        ...bullet('Owner', kpi.owner && ownerText(kpi.owner.ref, kpi.owner.$refText)),
        ...bullet('Description', kpi.description && escapeMarkdown(kpi.description)),
        `- Measured at: ${listed(places) ?? 'nowhere yet'}`
    ].join('\n');
}

export function touchpointCard(touchpoint: Touchpoint): string {
    const owner = effectiveOwner(touchpoint);
    const kpis = touchpoint.measures.map(ref => (ref.ref ? kpiText(ref.ref) : code(ref.$refText)));
    return [
        ...heading(touchpoint, 'touchpoint', ` in stage ${code(touchpoint.$container.name)}`),
        ...bullet('Channel', touchpoint.channel),
        `- Owner: ${owner ? ownerText(owner.reference.ref, owner.reference.$refText, inheritedFrom(owner)) : 'none'}`,
        ...bullet('KPIs', listed(kpis)),
        ...bullet('Emotion', describeEmotion(touchpoint.emotion)),
        ...touchpoint.pains.flatMap(pain => bullet('Pain', escapeMarkdown(pain))),
        ...touchpoint.opportunities.flatMap(opportunity => bullet('Opportunity', escapeMarkdown(opportunity))),
        ...bullet('Next', touchpoint.next && code(touchpoint.next.$refText))
    ].join('\n');
}

export function stageCard(stage: Stage): string {
    const kpis = [...kpisOfStage(stage)].map(kpiText);
    return [
        ...heading(stage, 'stage', ` of journey ${code(stage.$container.name)}`),
        `- Touchpoints: ${stage.touchpoints.length}`,
        `- Owner: ${stage.owner ? ownerText(stage.owner.ref, stage.owner.$refText) : stage.$container.owner
            ? ownerText(stage.$container.owner.ref, stage.$container.owner.$refText, 'from journey') : 'none'}`,
        ...bullet('Emotion', describeEmotion(stage.emotion)),
        ...bullet('Goal', stage.goal && escapeMarkdown(stage.goal)),
        ...bullet('Need', stage.need && escapeMarkdown(stage.need)),
        ...bullet('KPIs', listed(kpis))
    ].join('\n');
}

export function journeyCard(journey: Journey): string {
    const personas = journey.personas.map(ref => (ref.ref ? escapeMarkdown(displayTitle(ref.ref)) : code(ref.$refText)));
    return [
        ...heading(journey, 'journey'),
        ...bullet('Description', journey.description && escapeMarkdown(journey.description)),
        `- Stages: ${journey.stages.length}, touchpoints: ${countTouchpoints(journey)}`,
        `- Owner: ${journey.owner ? ownerText(journey.owner.ref, journey.owner.$refText) : 'none'}`,
        ...bullet('Personas', listed(personas))
    ].join('\n');
}

export function personaCard(persona: Persona): string {
    return [
        ...heading(persona, 'persona'),
        ...bullet('Description', persona.description && escapeMarkdown(persona.description)),
        ...persona.goals.flatMap(goal => bullet('Goal', escapeMarkdown(goal))),
        ...persona.needs.flatMap(need => bullet('Need', escapeMarkdown(need))),
        ...persona.pains.flatMap(pain => bullet('Pain', escapeMarkdown(pain)))
    ].join('\n');
}

/** The card for any definition, or undefined for nodes that have none. */
export function cardFor(node: AstNode, sources: ReferenceSources): string | undefined {
    switch (node.$type) {
        case 'Owner': return ownerCard(node as Owner, sources);
        case 'Kpi': return kpiCard(node as Kpi, sources);
        case 'Touchpoint': return touchpointCard(node as Touchpoint);
        case 'Stage': return stageCard(node as Stage);
        case 'Journey': return journeyCard(node as Journey);
        case 'Persona': return personaCard(node as Persona);
        default: return undefined;
    }
}
