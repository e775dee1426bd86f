/**
 * Meaning shared by validation, editor features and the view model: signed
 * values, KPI status and inherited ownership. Pure functions of the AST.
 */
import type { Reference } from 'langium';
import type { EmotionProperty, Kpi, Owner, Quantity, Touchpoint } from './generated/ast.js';
import { currentOf, ownerOf, targetOf } from './element-properties.js';
import type { KpiStatus, OwnerSource } from './vocabulary.js';

export function emotionValue(emotion: EmotionProperty | undefined): number | undefined {
    if (!emotion || emotion.value === undefined) {
        return undefined;
    }
    return emotion.sign === '-' ? -emotion.value : emotion.value;
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

/**
 * A KPI is on track when `current` satisfies `target`. `>=`/`>` mean higher is
 * better, `<=`/`<` lower is better; a target without a comparator means "at least".
 * A KPI whose target and current disagree on `%` has no status (kpi-unit-mismatch).
 */
export function kpiStatus(kpi: Kpi): KpiStatus {
    const target = targetOf(kpi);
    const targetValue = quantityValue(target?.quantity);
    const current = currentOf(kpi);
    const currentValue = quantityValue(current);
    // A % target against a plain current (or the reverse) compares two different things.
    if (targetValue === undefined || currentValue === undefined || target!.quantity.percent !== current!.percent) {
        return 'unknown';
    }
    return satisfies(currentValue, target?.comparator ?? '>=', targetValue) ? 'on-track' : 'off-track';
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

export interface EffectiveOwner {
    reference: Reference<Owner>;
    from: OwnerSource;
}

/** Ownership is inherited: journey owner → stage owner → touchpoint owner. */
export function effectiveOwner(touchpoint: Touchpoint): EffectiveOwner | undefined {
    const own = ownerOf(touchpoint);
    if (own) {
        return { reference: own, from: 'touchpoint' };
    }
    const stage = touchpoint.$container;
    const stageOwner = ownerOf(stage);
    if (stageOwner) {
        return { reference: stageOwner, from: 'stage' };
    }
    const journeyOwner = ownerOf(stage?.$container);
    if (journeyOwner) {
        return { reference: journeyOwner, from: 'journey' };
    }
    return undefined;
}
