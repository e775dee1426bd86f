/**
 * Markdown cards for hover (and completion documentation). User text is escaped
 * here and only here, so a title can never turn into a link or markup.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import {
    isJourney, isMeasuresProperty, isOpportunityProperty, isOwnerProperty, isPainProperty, isStage,
    type BackstageProperty, type Evidence, type Journey, type Kpi, type OpportunityProperty, type Owner, type PainProperty,
    type Persona, type Stage, type SupportProperty, type Touchpoint
} from '../generated/ast.js';
import {
    backstageOf, channelOf, contactOf, continuesOf, currentOf, dateOf, descriptionOf, emotionOf, goalOf, measuresOf, needOf,
    nextOf, opportunitiesOf, ownerOf, painsOf, personaEmotionsOf, personaGoalsOf, personaNeedsOf, personaPainsOf, personasOf,
    sampleOf, sourceOf, supportOf, unitOf, urlOf
} from '../element-properties.js';
import { effectiveOwner, formatQuantity, kpiStatus } from '../semantics.js';
import { escapeMarkdown, markdownLink } from '../markdown-escape.js';
import { inheritedFrom, plural, STATUS_WORDS, typeNoun } from '../vocabulary.js';
import { countTouchpoints, describeEmotion, displayTitle, kpisOfStage, kpiTarget, qualifiedName } from './journey-facts.js';

/** What the cards need from the workspace: the nodes (properties) whose references point at a node. */
export interface ReferenceSources {
    referencingNodes(target: AstNode): AstNode[];
}

const MAX_LISTED = 8;

const escapeOptional = (text: string | undefined) => text === undefined ? undefined : escapeMarkdown(text);

const code = (name: string | undefined) => `\`${(name ?? '').replace(/`/g, '')}\``;

function heading(node: AstNode & { name: string; title?: string }, context = ''): string[] {
    return [`### ${escapeMarkdown(displayTitle(node))}`, '', `*${typeNoun(node.$type)}* ${code(node.name)}${context}`, ''];
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
    for (const property of sources.referencingNodes(owner)) {
        // Only `owner X` owns; `backstage … by X` names who does the work behind a touchpoint.
        if (!isOwnerProperty(property) || ownerOf(property.$container) !== property.owner) {
            continue;
        }
        const node = property.$container;
        owned[node.$type] = (owned[node.$type] ?? 0) + 1;
        if (node.$type === 'Stage') {
            inherited += node.touchpoints.filter(t => !ownerOf(t)).length;
        } else if (node.$type === 'Journey') {
            for (const stage of node.stages.filter(s => !ownerOf(s))) {
                inherited += stage.touchpoints.filter(t => !ownerOf(t)).length;
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
        ...heading(owner),
        ...bullet('Contact', escapeOptional(contactOf(owner))),
        ...bullet('Description', escapeOptional(descriptionOf(owner))),
        `- Owns: ${parts.join(', ')}`
    ].join('\n');
}

export function kpiCard(kpi: Kpi, sources: ReferenceSources): string {
    const places = [...new Set(sources.referencingNodes(kpi).filter(isMeasuresProperty).map(property => property.$container))]
        .map(node => escapeMarkdown(qualifiedName(node)));
    const owner = ownerOf(kpi);
    return [
        ...heading(kpi, ` · ${STATUS_WORDS[kpiStatus(kpi)]}`),
        ...bullet('Target', kpiTarget(kpi)),
        ...bullet('Current', formatQuantity(currentOf(kpi), unitOf(kpi))),
        ...bullet('Owner', owner && ownerText(owner.ref, owner.$refText)),
        ...bullet('Description', escapeOptional(descriptionOf(kpi))),
        `- Measured at: ${listed(places) ?? 'nowhere yet'}`
    ].join('\n');
}

function nameText(reference: Reference<Persona | Owner | Evidence>): string {
    return reference.ref ? `${escapeMarkdown(displayTitle(reference.ref))} (${code(reference.ref.name)})` : `${code(reference.$refText)} (unresolved)`;
}

/** Who passes here: the element's own `persona` lines, else its stage's, else its journey's. */
function personasLine(element: Stage | Touchpoint): string[] {
    const own = personasOf(element);
    const stage = isStage(element) ? undefined : personasOf(element.$container);
    const [references, from] = own.length > 0 ? [own, undefined]
        : stage && stage.length > 0 ? [stage, 'from stage'] : [personasOf(AstUtils.getContainerOfType(element, isJourney)), 'from journey'];
    const names = listed(references.map(nameText));
    return names ? [`- Personas: ${names}${from ? `, ${from}` : ''}`] : [];
}

/** `Emotion for Mette (`Studerende`): -2 (very negative)`, one line per persona. */
function personaEmotionLines(element: Stage | Touchpoint): string[] {
    return personaEmotionsOf(element).flatMap(emotion =>
        emotion.persona ? bullet(`Emotion for ${nameText(emotion.persona)}`, describeEmotion(emotion)) : []);
}

/** A pain or opportunity with the evidence it cites: `text (from Survey 2026)`. */
function citedText(property: PainProperty | OpportunityProperty): string {
    const evidence = property.evidence.map(reference => reference.ref ? escapeMarkdown(displayTitle(reference.ref)) : `${code(reference.$refText)} (unresolved)`);
    const text = escapeMarkdown(property.text ?? '');
    return evidence.length > 0 ? `${text} (from ${evidence.join(', ')})` : text;
}

function behindText(property: BackstageProperty | SupportProperty): string {
    const text = escapeMarkdown(property.text ?? '');
    return property.owner ? `${text}, by ${nameText(property.owner)}` : text;
}

export function touchpointCard(touchpoint: Touchpoint): string {
    const owner = effectiveOwner(touchpoint);
    const kpis = measuresOf(touchpoint).map(ref => (ref.ref ? kpiText(ref.ref) : code(ref.$refText)));
    const next = nextOf(touchpoint);
    const continues = continuesOf(touchpoint);
    const continued = continues?.journey && code(continues.stage ? `${continues.journey.$refText}.${continues.stage.$refText}` : continues.journey.$refText);
    return [
        ...heading(touchpoint, ` in stage ${code(touchpoint.$container.name)}`),
        ...bullet('Channel', channelOf(touchpoint)),
        `- Owner: ${owner ? ownerText(owner.reference.ref, owner.reference.$refText, inheritedFrom(owner.from)) : 'none'}`,
        ...personasLine(touchpoint),
        ...bullet('KPIs', listed(kpis)),
        ...bullet('Emotion', describeEmotion(emotionOf(touchpoint))),
        ...personaEmotionLines(touchpoint),
        ...painsOf(touchpoint).flatMap(pain => bullet('Pain', citedText(pain))),
        ...opportunitiesOf(touchpoint).flatMap(opportunity => bullet('Opportunity', citedText(opportunity))),
        ...backstageOf(touchpoint).flatMap(item => bullet('Backstage', behindText(item))),
        ...supportOf(touchpoint).flatMap(item => bullet('Support', behindText(item))),
        ...bullet('Next', next && code(next.$refText)),
        ...bullet('Continues', continued)
    ].join('\n');
}

export function stageCard(stage: Stage): string {
    const kpis = [...kpisOfStage(stage)].map(kpiText);
    const owner = ownerOf(stage);
    const journeyOwner = ownerOf(stage.$container);
    return [
        ...heading(stage, ` of journey ${code(stage.$container.name)}`),
        `- Touchpoints: ${stage.touchpoints.length}`,
        `- Owner: ${owner ? ownerText(owner.ref, owner.$refText) : journeyOwner
            ? ownerText(journeyOwner.ref, journeyOwner.$refText, 'from journey') : 'none'}`,
        ...personasLine(stage),
        ...bullet('Emotion', describeEmotion(emotionOf(stage))),
        ...personaEmotionLines(stage),
        ...bullet('Goal', escapeOptional(goalOf(stage))),
        ...bullet('Need', escapeOptional(needOf(stage))),
        ...painsOf(stage).flatMap(pain => bullet('Pain', citedText(pain))),
        ...opportunitiesOf(stage).flatMap(opportunity => bullet('Opportunity', citedText(opportunity))),
        ...bullet('KPIs', listed(kpis))
    ].join('\n');
}

export function journeyCard(journey: Journey): string {
    const personas = personasOf(journey).map(ref => (ref.ref ? escapeMarkdown(displayTitle(ref.ref)) : code(ref.$refText)));
    const owner = ownerOf(journey);
    return [
        ...heading(journey),
        ...bullet('Description', escapeOptional(descriptionOf(journey))),
        `- Stages: ${journey.stages.length}, touchpoints: ${countTouchpoints(journey)}`,
        `- Owner: ${owner ? ownerText(owner.ref, owner.$refText) : 'none'}`,
        ...bullet('Personas', listed(personas))
    ].join('\n');
}

export function personaCard(persona: Persona): string {
    return [
        ...heading(persona),
        ...bullet('Description', escapeOptional(descriptionOf(persona))),
        ...personaGoalsOf(persona).flatMap(goal => bullet('Goal', escapeMarkdown(goal))),
        ...personaNeedsOf(persona).flatMap(need => bullet('Need', escapeMarkdown(need))),
        ...personaPainsOf(persona).flatMap(pain => bullet('Pain', escapeMarkdown(pain)))
    ].join('\n');
}

/** Evidence: where it comes from, when, how many people, and the pains and opportunities that cite it. */
export function evidenceCard(evidence: Evidence, sources: ReferenceSources): string {
    const citing = sources.referencingNodes(evidence).filter(node => isPainProperty(node) || isOpportunityProperty(node));
    const places = citing.map(node => {
        const element = node.$container as Stage | Touchpoint;
        return `${isPainProperty(node) ? 'pain' : 'opportunity'} at ${escapeMarkdown(qualifiedName(element))}`;
    });
    const sample = sampleOf(evidence);
    return [
        ...heading(evidence),
        ...bullet('Source', escapeOptional(sourceOf(evidence))),
        ...bullet('Date', escapeOptional(dateOf(evidence))),
        ...bullet('Sample', sample === undefined ? undefined : String(sample)),
        ...bullet('URL', urlOf(evidence) === undefined ? undefined : markdownLink(urlOf(evidence)!)),
        `- Cited by: ${listed(places) ?? 'nothing yet'}`
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
        case 'Evidence': return evidenceCard(node as Evidence, sources);
        default: return undefined;
    }
}
