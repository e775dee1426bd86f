/**
 * Typed reading of element properties. The grammar keeps every property an
 * element's block lists as its own node in `props` (in the order written), so
 * nothing written twice is lost; the rest of the code reads values here.
 *
 * A property that holds one value and is written twice is a `repeated-property`
 * error; until it is fixed, the first one written is the value shown everywhere
 * (view model, hover, exports), and the error sits on the later one.
 */
import type { AstNode, Reference } from 'langium';
import {
    isBackstageProperty, isChannelProperty, isContactProperty, isContinuesProperty, isCurrentProperty,
    isDateProperty, isDescriptionProperty, isEmotionProperty, isGoalProperty, isMeasuresProperty,
    isNeedProperty, isNextProperty, isOpportunityProperty, isOwnerProperty, isPainProperty,
    isPersonaPainProperty, isPersonaProperty, isSampleProperty, isSourceProperty, isSupportProperty,
    isTargetProperty, isUnitProperty, isUrlProperty,
    type BackstageProperty, type ContinuesProperty, type EmotionProperty, type Evidence, type Journey,
    type Kpi, type OpportunityProperty, type Owner, type PainProperty, type Persona, type Quantity,
    type Stage, type SupportProperty, type TargetProperty, type Touchpoint
} from './generated/ast.js';

/** Any element with a property block. */
export type ElementWithProperties = Journey | Stage | Touchpoint | Owner | Persona | Kpi | Evidence;

function firstOf<T extends AstNode>(element: { props?: readonly AstNode[] } | undefined, guard: (node: unknown) => node is T): T | undefined {
    for (const property of element?.props ?? []) {
        if (guard(property)) {
            return property;
        }
    }
    return undefined;
}

function allOf<T extends AstNode>(element: { props?: readonly AstNode[] } | undefined, guard: (node: unknown) => node is T): T[] {
    return (element?.props ?? []).filter(guard) as T[];
}

export function ownerOf(element: Journey | Stage | Touchpoint | Kpi | undefined): Reference<Owner> | undefined {
    return firstOf(element, isOwnerProperty)?.owner;
}

export function descriptionOf(element: Journey | Owner | Persona | Kpi | undefined): string | undefined {
    return firstOf(element, isDescriptionProperty)?.text;
}

export function contactOf(owner: Owner | undefined): string | undefined {
    return firstOf(owner, isContactProperty)?.text;
}

export function goalOf(stage: Stage | undefined): string | undefined {
    return firstOf(stage, isGoalProperty)?.text;
}

export function needOf(stage: Stage | undefined): string | undefined {
    return firstOf(stage, isNeedProperty)?.text;
}

/** A persona lists any number of goals, needs and pains. */
export function personaGoalsOf(persona: Persona | undefined): string[] {
    return allOf(persona, isGoalProperty).map(property => property.text);
}

export function personaNeedsOf(persona: Persona | undefined): string[] {
    return allOf(persona, isNeedProperty).map(property => property.text);
}

export function personaPainsOf(persona: Persona | undefined): string[] {
    return allOf(persona, isPersonaPainProperty).map(property => property.text);
}

export function channelOf(touchpoint: Touchpoint | undefined): string | undefined {
    return firstOf(touchpoint, isChannelProperty)?.channel;
}

/** The common emotion: the first `emotion` without `for`. */
export function emotionOf(element: Stage | Touchpoint | undefined): EmotionProperty | undefined {
    return firstOf(element, (node): node is EmotionProperty => isEmotionProperty(node) && !node.persona);
}

/** Each persona's own emotion (`emotion N for P`), the first per persona name, in writing order. */
export function personaEmotionsOf(element: Stage | Touchpoint | undefined): EmotionProperty[] {
    const seen = new Set<string>();
    return allOf(element, isEmotionProperty).filter(property => {
        const name = property.persona?.$refText;
        if (name === undefined || seen.has(name)) {
            return false;
        }
        seen.add(name);
        return true;
    });
}

/** Every `persona` reference of the element, across all its `persona` lines. */
export function personasOf(element: Journey | Stage | Touchpoint | undefined): Array<Reference<Persona>> {
    return allOf(element, isPersonaProperty).flatMap(property => property.personas);
}

export function painsOf(element: Stage | Touchpoint | undefined): PainProperty[] {
    return allOf(element, isPainProperty);
}

export function opportunitiesOf(element: Stage | Touchpoint | undefined): OpportunityProperty[] {
    return allOf(element, isOpportunityProperty);
}

export function measuresOf(element: Stage | Touchpoint | undefined): Array<Reference<Kpi>> {
    return allOf(element, isMeasuresProperty).flatMap(property => property.kpis);
}

export function nextOf(touchpoint: Touchpoint | undefined): Reference<Touchpoint> | undefined {
    return firstOf(touchpoint, isNextProperty)?.next;
}

export function backstageOf(touchpoint: Touchpoint | undefined): BackstageProperty[] {
    return allOf(touchpoint, isBackstageProperty);
}

export function supportOf(touchpoint: Touchpoint | undefined): SupportProperty[] {
    return allOf(touchpoint, isSupportProperty);
}

export function continuesOf(touchpoint: Touchpoint | undefined): ContinuesProperty | undefined {
    return firstOf(touchpoint, isContinuesProperty);
}

export function targetOf(kpi: Kpi | undefined): TargetProperty | undefined {
    return firstOf(kpi, isTargetProperty);
}

export function currentOf(kpi: Kpi | undefined): Quantity | undefined {
    return firstOf(kpi, isCurrentProperty)?.quantity;
}

export function unitOf(kpi: Kpi | undefined): string | undefined {
    return firstOf(kpi, isUnitProperty)?.text;
}

export function sourceOf(evidence: Evidence | undefined): string | undefined {
    return firstOf(evidence, isSourceProperty)?.text;
}

export function dateOf(evidence: Evidence | undefined): string | undefined {
    return firstOf(evidence, isDateProperty)?.text;
}

export function urlOf(evidence: Evidence | undefined): string | undefined {
    return firstOf(evidence, isUrlProperty)?.text;
}

export function sampleOf(evidence: Evidence | undefined): number | undefined {
    return firstOf(evidence, isSampleProperty)?.value;
}
