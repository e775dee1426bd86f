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
    return isElementList(list) ? list.map(item => (item as Obj).id as string) : undefined;
}

/** Lists up to this long are checked for a repeated id pair by pair, without a set. */
const PAIRWISE_UP_TO = 16;

/** Whether every item of `list` is an object with a string id and none repeats (as `elementIds`, allocating nothing for a short list). */
function isElementList(list: unknown[]): boolean {
    for (const item of list) {
        if (!isPlainObject(item) || typeof item.id !== 'string') {
            return false;
        }
    }
    if (list.length <= PAIRWISE_UP_TO) {
        for (let i = 1; i < list.length; i++) {
            const id = (list[i] as Obj).id;
            for (let j = 0; j < i; j++) {
                if ((list[j] as Obj).id === id) {
                    return false;
                }
            }
        }
        return true;
    }
    return new Set(list.map(item => (item as Obj).id)).size === list.length;
}

/** Whether two values of JSON data are equal (absent and undefined fields alike, arrays in order): no change between them. */
export function sameValue(a: unknown, b: unknown): boolean {
    return diffValue(a, b) === undefined;
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

// The diff runs on every keystroke over the parts of the model built again (a stage, the definitions): where
// nothing changed it allocates nothing (no key lists, no empty field records), so that a keystroke leaves little
// for the garbage collector, whose pauses are what the user feels.

function diffObject(previous: Obj, next: Obj): ObjectDelta | undefined {
    let fields: Record<string, ValueDelta> | undefined;
    // for…in over plain objects (the model's, and JSON's) walks their own fields, as Object.keys does, without a list.
    for (const key in next) {
        const value = next[key];
        if (value === undefined) {
            continue;
        }
        const delta = previous[key] === undefined ? { set: value } : diffValue(previous[key], value);
        if (delta) {
            (fields ??= {})[key] = delta;
        }
    }
    let removed: string[] | undefined;
    for (const key in previous) {
        if (previous[key] !== undefined && next[key] === undefined) {
            (removed ??= []).push(key);
        }
    }
    if (!fields && !removed) {
        return undefined;
    }
    return removed ? { fields: fields ?? {}, removed } : { fields: fields! };
}

function diffArray(previous: unknown[], next: unknown[]): ValueDelta | undefined {
    if (previous.length === next.length && previous.every((item, i) => item === next[i])) {
        return undefined;
    }
    if (isElementList(next) && isElementList(previous)) {
        if (previous.length === next.length && next.every((item, i) => (item as Obj).id === (previous[i] as Obj).id)) {
            // The same elements in the same order: only those that changed.
            let items: Record<string, ValueDelta> | undefined;
            for (let i = 0; i < next.length; i++) {
                const delta = diffValue(previous[i], next[i]);
                if (delta) {
                    (items ??= {})[(next[i] as Obj).id as string] = delta;
                }
            }
            return items ? { ids: next.map(item => (item as Obj).id as string), items } : undefined;
        }
        const before = new Map(previous.map(item => [(item as Obj).id as string, item]));
        const items: Record<string, ValueDelta> = {};
        for (const item of next) {
            const id = (item as Obj).id as string;
            const old = before.get(id);
            const delta = old === undefined ? { set: item } : diffValue(old, item);
            if (delta) {
                items[id] = delta;
            }
        }
        return { ids: next.map(item => (item as Obj).id as string), items };
    }
    // A list without ids (text lines, references): equal item by item, or sent whole.
    if (previous.length === next.length && previous.every((item, i) => sameValue(item, next[i]))) {
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
