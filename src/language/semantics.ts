/**
 * Meaning shared by validation, editor features and the view model: signed
 * values, KPI status and inherited ownership. Pure functions of the AST.
 */
import type { Reference } from 'langium';
import type { Emotion, Kpi, Owner, Quantity, Touchpoint } from './generated/ast.js';

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export function emotionValue(emotion: Emotion | undefined): number | undefined {
    if (!emotion || emotion.value === undefined) {
        return undefined;
    }
    return emotion.negative ? -emotion.value : emotion.value;
}

export function quantityValue(quantity: Quantity | undefined): number | undefined {
    if (!quantity || quantity.value === undefined) {
        return undefined;
    }
    return quantity.negative ? -quantity.value : quantity.value;
}

/** `3.5%`, `-2`, `41200`: a quantity as the user wrote it (without spacing). */
export function formatQuantity(quantity: Quantity | undefined, unit?: string): string | undefined {
    const value = quantityValue(quantity);
    if (value === undefined) {
        return undefined;
    }
    const text = `${value}${quantity!.percent ? '%' : ''}`;
    return unit && !quantity!.percent ? `${text} ${unit}` : text;
}

export type KpiStatus = 'on-track' | 'off-track' | 'unknown';

/**
 * A KPI is on track when `current` satisfies `target`. `>=`/`>` mean higher is
 * better, `<=`/`<` lower is better; a target without a comparator means "at least".
 */
export function kpiStatus(kpi: Kpi): KpiStatus {
    const target = quantityValue(kpi.target);
    const current = quantityValue(kpi.current);
    if (target === undefined || current === undefined) {
        return 'unknown';
    }
    return satisfies(current, kpi.comparator ?? '>=', target) ? 'on-track' : 'off-track';
}

function satisfies(current: number, comparator: string, target: number): boolean {
    switch (comparator) {
        case '>': return current > target;
        case '<': return current < target;
        case '<=': return current <= target;
        case '=': return current === target;
        default: return current >= target;
    }
}

export type OwnerSource = 'touchpoint' | 'stage' | 'journey';

export interface EffectiveOwner {
    reference: Reference<Owner>;
    from: OwnerSource;
}

/** Ownership is inherited: journey owner → stage owner → touchpoint owner. */
export function effectiveOwner(touchpoint: Touchpoint): EffectiveOwner | undefined {
    if (touchpoint.owner) {
        return { reference: touchpoint.owner, from: 'touchpoint' };
    }
    const stage = touchpoint.$container;
    if (stage?.owner) {
        return { reference: stage.owner, from: 'stage' };
    }
    const journey = stage?.$container;
    if (journey?.owner) {
        return { reference: journey.owner, from: 'journey' };
    }
    return undefined;
}
