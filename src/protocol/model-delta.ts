/**
 * What changed between two view models of one document, keyed by element id:
 * the preview's host sends this instead of the whole model (a map of 1,000
 * touchpoints is about a megabyte of JSON; one edit changes a few hundred
 * bytes of it). Applying a delta keeps every unchanged object of the base
 * model as it was (the same object), so the webview can tell what to draw
 * again by identity.
 */
import type { JourneyMapModel } from '../model/view-model.js';

/** A change to one value of the model. */
export type ValueDelta =
    /** The new value, whole (a primitive, an array without ids, or an element new to the model). */
    | { set: unknown }
    /** An object: only its fields that changed, and the names of those it no longer has. */
    | ObjectDelta
    /** A list of elements (objects with unique string ids): its ids in their new order, and the elements that changed or are new. */
    | { ids: string[]; items: Record<string, ValueDelta> };

export interface ObjectDelta {
    fields: Record<string, ValueDelta>;
    removed?: string[];
}

/** A model as a change of the model of `baseVersion` (the document version the webview must hold to apply it). */
export interface ModelDelta {
    documentVersion: number;
    baseVersion: number;
    changes: ObjectDelta;
}

type Obj = Record<string, unknown>;

/** Field names that would reach an object's prototype when assigned: never in a model, refused in a delta. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Obj {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids of a list of elements, when every item is an object with a string id and none repeats. */
function elementIds(list: unknown[]): string[] | undefined {
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const item of list) {
        const id = isPlainObject(item) ? item.id : undefined;
        if (typeof id !== 'string' || seen.has(id)) {
            return undefined;
        }
        seen.add(id);
        ids.push(id);
    }
    return ids;
}

/** The change from `previous` to `next`, or undefined when they are equal. */
export function diffValue(previous: unknown, next: unknown): ValueDelta | undefined {
    if (previous === next) {
        return undefined;
    }
    if (Array.isArray(previous) && Array.isArray(next)) {
        return diffArray(previous, next);
    }
    if (isPlainObject(previous) && isPlainObject(next)) {
        return diffObject(previous, next);
    }
    return { set: next };
}

function diffObject(previous: Obj, next: Obj): ObjectDelta | undefined {
    const fields: Record<string, ValueDelta> = {};
    let changed = false;
    for (const key of Object.keys(next)) {
        if (next[key] === undefined) {
            continue;
        }
        const delta = previous[key] === undefined ? { set: next[key] } : diffValue(previous[key], next[key]);
        if (delta) {
            fields[key] = delta;
            changed = true;
        }
    }
    const removed = Object.keys(previous).filter(key => previous[key] !== undefined && next[key] === undefined);
    if (!changed && removed.length === 0) {
        return undefined;
    }
    return removed.length > 0 ? { fields, removed } : { fields };
}

function diffArray(previous: unknown[], next: unknown[]): ValueDelta | undefined {
    const nextIds = elementIds(next);
    const previousIds = nextIds && elementIds(previous);
    if (nextIds && previousIds) {
        const before = new Map(previousIds.map((id, i) => [id, previous[i]]));
        const items: Record<string, ValueDelta> = {};
        let changed = nextIds.length !== previousIds.length;
        nextIds.forEach((id, i) => {
            if (!changed && previousIds[i] !== id) {
                changed = true;
            }
            const old = before.get(id);
            const delta = old === undefined ? { set: next[i] } : diffValue(old, next[i]);
            if (delta) {
                items[id] = delta;
                changed = true;
            }
        });
        return changed ? { ids: nextIds, items } : undefined;
    }
    // A list without ids (text lines, references): equal item by item, or sent whole.
    if (previous.length === next.length && previous.every((item, i) => diffValue(item, next[i]) === undefined)) {
        return undefined;
    }
    return { set: next };
}

/** The delta that turns `previous` into `next`. */
export function diffModels(previous: JourneyMapModel, next: JourneyMapModel): ModelDelta {
    return {
        documentVersion: next.documentVersion,
        baseVersion: previous.documentVersion,
        changes: diffObject(previous as unknown as Obj, next as unknown as Obj) ?? { fields: {} }
    };
}

/** A delta that does not fit the value it is applied to. */
export class DeltaMismatch extends Error {}

/** `previous` changed by `delta`; every object the delta does not reach stays the same object. Throws DeltaMismatch when they do not fit. */
export function applyValue(previous: unknown, delta: ValueDelta): unknown {
    if ('set' in delta) {
        return delta.set;
    }
    if ('ids' in delta) {
        if (!Array.isArray(previous)) {
            throw new DeltaMismatch('a list delta on a value that is not a list');
        }
        const ids = elementIds(previous);
        if (!ids) {
            throw new DeltaMismatch('a list delta on a list without ids');
        }
        const before = new Map(ids.map((id, i) => [id, previous[i]]));
        return delta.ids.map(id => {
            const old = before.get(id);
            const change = Object.hasOwn(delta.items, id) ? delta.items[id] : undefined;
            if (change) {
                if (old === undefined && !('set' in change)) {
                    throw new DeltaMismatch(`a change to ${id}, which the base does not have`);
                }
                return applyValue(old, change);
            }
            if (old === undefined) {
                throw new DeltaMismatch(`${id} is neither in the base nor in the delta`);
            }
            return old;
        });
    }
    if (!isPlainObject(previous)) {
        throw new DeltaMismatch('an object delta on a value that is not an object');
    }
    const result: Obj = { ...previous };
    for (const key of Object.keys(delta.fields)) {
        if (FORBIDDEN.has(key)) {
            throw new DeltaMismatch(`a field named ${key}`);
        }
        result[key] = applyValue(previous[key], delta.fields[key]);
    }
    for (const key of delta.removed ?? []) {
        delete result[key];
    }
    return result;
}

/** The model of `delta.documentVersion`, from the model it was computed against. */
export function applyModelDelta(base: JourneyMapModel, delta: ModelDelta): JourneyMapModel {
    if (base.documentVersion !== delta.baseVersion) {
        throw new DeltaMismatch(`the delta is against version ${delta.baseVersion}, the base is version ${base.documentVersion}`);
    }
    return applyValue(base, delta.changes) as JourneyMapModel;
}

const MAX_DEPTH = 32;

/** Whether `data` has the shape of a ValueDelta (bounded depth, no field that reaches a prototype). */
export function isValueDelta(data: unknown, depth = 0): data is ValueDelta {
    if (!isPlainObject(data) || depth > MAX_DEPTH) {
        return false;
    }
    if ('set' in data) {
        return Object.keys(data).length === 1;
    }
    if ('ids' in data) {
        return Array.isArray(data.ids) && data.ids.every(id => typeof id === 'string') && new Set(data.ids).size === data.ids.length
            && isPlainObject(data.items) && Object.entries(data.items).every(([id, item]) => !FORBIDDEN.has(id) && isValueDelta(item, depth + 1));
    }
    return isObjectDelta(data, depth);
}

export function isObjectDelta(data: unknown, depth = 0): data is ObjectDelta {
    return isPlainObject(data) && isPlainObject(data.fields)
        && Object.entries(data.fields).every(([key, value]) => !FORBIDDEN.has(key) && isValueDelta(value, depth + 1))
        && (data.removed === undefined || (Array.isArray(data.removed) && data.removed.every(key => typeof key === 'string' && !FORBIDDEN.has(key))));
}
