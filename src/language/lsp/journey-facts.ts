/**
 * Small derived facts shown by several editor features (hover, completion
 * documentation, code lens, inlay hints), written once so that they agree.
 */
import type { EmotionProperty, Journey, Kpi, Owner, Stage, Touchpoint } from '../generated/ast.js';
import { currentOf, measuresOf, targetOf, unitOf } from '../element-properties.js';
import { emotionValue, formatQuantity, kpiStatus } from '../semantics.js';
import { describeTarget, emotionText, plural, STATUS_WORDS } from '../vocabulary.js';

/** The KPIs measured by a stage or any of its touchpoints, each once. */
export function kpisOfStage(stage: Stage, into = new Set<Kpi>()): Set<Kpi> {
    for (const reference of measuresOf(stage)) {
        if (reference.ref) into.add(reference.ref);
    }
    for (const touchpoint of stage.touchpoints) {
        for (const reference of measuresOf(touchpoint)) {
            if (reference.ref) into.add(reference.ref);
        }
    }
    return into;
}

export function kpisOfJourney(journey: Journey): Set<Kpi> {
    const kpis = new Set<Kpi>();
    for (const stage of journey.stages) {
        kpisOfStage(stage, kpis);
    }
    return kpis;
}

export function countTouchpoints(journey: Journey): number {
    return journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
}

/** The code lens text: `N touchpoints · M KPIs (K off track)`. */
export function lensSummary(touchpoints: number, kpis: Set<Kpi>): string {
    const offTrack = [...kpis].filter(kpi => kpiStatus(kpi) === 'off-track').length;
    return `${plural(touchpoints, 'touchpoint')} · ${plural(kpis.size, 'KPI')} (${offTrack} ${STATUS_WORDS['off-track']})`;
}

/** `+1 (positive)`, `-2 (very negative)`, `7 (out of range)`. */
export function describeEmotion(emotion: EmotionProperty | undefined): string | undefined {
    const value = emotionValue(emotion);
    return value === undefined ? undefined : emotionText(value);
}

/** `≥ 2.5%`: a KPI's target with its unit. */
export function kpiTarget(kpi: Kpi): string | undefined {
    const target = targetOf(kpi);
    const text = formatQuantity(target?.quantity, unitOf(kpi));
    return text === undefined ? undefined : describeTarget({ comparator: target?.comparator, text });
}

/** One line about a KPI: `target >= 2.5%, current 1.9%, off track`. */
export function kpiLine(kpi: Kpi): string {
    const parts: string[] = [];
    const target = kpiTarget(kpi);
    const current = formatQuantity(currentOf(kpi), unitOf(kpi));
    if (target) parts.push(`target ${target}`);
    if (current) parts.push(`current ${current}`);
    parts.push(STATUS_WORDS[kpiStatus(kpi)]);
    return parts.join(', ');
}

export function displayTitle(node: { name: string; title?: string }): string {
    return node.title || node.name || '';
}

/** `Webshop › Awareness › InstagramAds` */
export function qualifiedName(node: Journey | Stage | Touchpoint | Owner | Kpi): string {
    switch (node.$type) {
        case 'Stage': return `${node.$container.name} › ${node.name}`;
        case 'Touchpoint': return `${node.$container.$container.name} › ${node.$container.name} › ${node.name}`;
        default: return node.name;
    }
}
