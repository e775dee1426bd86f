// diffModels skips allocating where nothing changed (it runs on every keystroke); this checks, over many
// random edits, that it gives exactly the delta of the plain definition below, and that the delta applies.
import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { applyModelDelta, diffModels, type ModelDelta, type ObjectDelta, type ValueDelta } from '../../src/protocol/model-delta.js';
import { exampleModels } from '../fixtures/view-models.js';
import { Random } from '../fuzz/random.js';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The delta as model-delta.ts defines it, written the plain way. */
function referenceValue(previous: unknown, next: unknown): ValueDelta | undefined {
    if (previous === next) return undefined;
    if (Array.isArray(previous) && Array.isArray(next)) return referenceArray(previous, next);
    if (isObject(previous) && isObject(next)) return referenceObject(previous, next);
    return { set: next };
}

function referenceObject(previous: Obj, next: Obj): ObjectDelta | undefined {
    const fields: Record<string, ValueDelta> = {};
    for (const key of Object.keys(next).filter(k => next[k] !== undefined)) {
        const delta = previous[key] === undefined ? { set: next[key] } : referenceValue(previous[key], next[key]);
        if (delta) fields[key] = delta;
    }
    const removed = Object.keys(previous).filter(key => previous[key] !== undefined && next[key] === undefined);
    if (Object.keys(fields).length === 0 && removed.length === 0) return undefined;
    return removed.length > 0 ? { fields, removed } : { fields };
}

function ids(list: unknown[]): string[] | undefined {
    const result = list.map(item => isObject(item) && typeof item.id === 'string' ? item.id : undefined);
    return result.every(id => id !== undefined) && new Set(result).size === result.length ? result as string[] : undefined;
}

function referenceArray(previous: unknown[], next: unknown[]): ValueDelta | undefined {
    const nextIds = ids(next);
    const previousIds = ids(previous);
    if (nextIds && previousIds) {
        const items: Record<string, ValueDelta> = {};
        nextIds.forEach((id, i) => {
            const at = previousIds.indexOf(id);
            const delta = at < 0 ? { set: next[i] } : referenceValue(previous[at], next[i]);
            if (delta) items[id] = delta;
        });
        const moved = nextIds.length !== previousIds.length || nextIds.some((id, i) => previousIds[i] !== id);
        return moved || Object.keys(items).length > 0 ? { ids: nextIds, items } : undefined;
    }
    return previous.length === next.length && previous.every((item, i) => referenceValue(item, next[i]) === undefined) ? undefined : { set: next };
}

/** A seeded generator (the fuzzer's mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
    const generator = new Random(seed);
    return () => generator.next();
}

/** Every object and list of a model, to pick one to change. */
function nodes(value: unknown, found: Array<Obj | unknown[]> = []): Array<Obj | unknown[]> {
    if (Array.isArray(value) || isObject(value)) {
        found.push(value);
        for (const child of Array.isArray(value) ? value : Object.values(value)) nodes(child, found);
    }
    return found;
}

/** One random change somewhere in `model` (in place): a field set, dropped or added; a list item dropped, repeated, moved or changed. */
function mutate(model: JourneyMapModel, next: () => number): void {
    const all = nodes(model).slice(1);
    const target = all[Math.floor(next() * all.length)];
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    if (Array.isArray(target)) {
        if (target.length === 0) {
            target.push('a line');
            return;
        }
        const i = Math.floor(next() * target.length);
        switch (pick(['drop', 'repeat', 'move', 'change'])) {
            case 'drop': target.splice(i, 1); break;
            case 'repeat': target.push(structuredClone(target[i])); break; // a repeated id: the list goes whole
            case 'move': target.push(...target.splice(i, 1)); break;
            default: target[i] = isObject(target[i]) ? { ...target[i] as Obj, extra: next() } : `${String(target[i])}!`;
        }
        return;
    }
    const keys = Object.keys(target).filter(k => k !== 'id');
    const key = keys.length > 0 ? pick(keys) : 'added';
    switch (pick(['set', 'drop', 'undefined', 'add'])) {
        case 'set': target[key] = typeof target[key] === 'string' ? `${target[key]}x` : typeof target[key] === 'number' ? (target[key] as number) + 1 : 'replaced'; break;
        case 'drop': delete target[key]; break;
        case 'undefined': target[key] = undefined; break;
        default: target[`added${Math.floor(next() * 3)}`] = { text: 'new' };
    }
}

const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('model deltas, against their plain definition', function () {
    this.timeout(30000);
    it('give the same delta as the plain definition for many random edits, and the delta turns the base into the new model', async () => {
        const models = Object.values(await exampleModels());
        const next = random(7);
        let compared = 0;
        for (let round = 0; round < 200; round++) {
            const base = models[round % models.length];
            const changed = structuredClone(base);
            changed.documentVersion++;
            const edits = 1 + Math.floor(next() * 4);
            for (let e = 0; e < edits; e++) mutate(changed, next);
            const delta: ModelDelta = diffModels(base, changed);
            const expected = referenceObject(base as unknown as Obj, changed as unknown as Obj) ?? { fields: {} };
            assert.deepEqual(delta.changes, expected, `round ${round}`);
            assert.equal(JSON.stringify(delta.changes), JSON.stringify(expected), `round ${round}: the same JSON, field order included`);
            assert.deepEqual(asJson(applyModelDelta(asJson(base), asJson(delta))), asJson(changed), `round ${round}: applied`);
            compared++;
        }
        assert.equal(compared, 200);
    });

    it('find nothing between a model and its copy, and send a list with a repeated id whole', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        assert.deepEqual(diffModels(model, structuredClone(model)).changes, { fields: {} });
        const changed = structuredClone(model);
        const touchpoints = changed.journeys[0].stages[0].touchpoints;
        touchpoints.push(structuredClone(touchpoints[0]));
        const delta = diffModels(model, changed).changes.fields.journeys;
        assert.deepEqual(delta, referenceValue(model.journeys, changed.journeys));
        const stage = (delta as { items: Record<string, { fields: Record<string, ValueDelta> }> }).items[model.journeys[0].id];
        const stageDelta = (stage.fields.stages as { items: Record<string, { fields: Record<string, ValueDelta> }> }).items[model.journeys[0].stages[0].id];
        assert.deepEqual(stageDelta.fields.touchpoints, { set: touchpoints });
    });
});
