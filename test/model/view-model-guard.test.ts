import * as assert from 'node:assert/strict';
import { isJourneyMapModel } from '../../src/model/view-model-guard.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';

describe('view model guard', () => {
    it('accepts the view model of every example, also after a trip through JSON', async () => {
        for (const [name, model] of Object.entries(await exampleModels())) {
            assert.ok(isJourneyMapModel(model), name);
            assert.ok(isJourneyMapModel(JSON.parse(JSON.stringify(model))), name);
        }
    });

    it('rejects a model once any field of the second edition has the wrong shape', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const touchpoint = (m: any) => m.journeys[0].stages[1].touchpoints[0];
        const broken: Array<(m: any) => void> = [
            m => { delete m.evidence; },
            m => { m.evidence[0].kind = 'kpi'; },
            m => { m.evidence[0].sample = '1240'; },
            m => { m.evidence[0].origin = 3; },
            m => { m.journeys[0].stages[1].personaEmotions[0].emotion = '+1'; },
            m => { m.journeys[0].stages[1].personas = [{ name: 'Studerende' }]; },
            m => { m.journeys[0].stages[0].citations = null; },
            m => { touchpoint(m).personaEmotions = [{ persona: 'Studerende', emotion: 1 }]; },
            m => { touchpoint(m).passedBy = undefined; },
            m => { touchpoint(m).passedByFrom = 'everyone'; },
            m => { touchpoint(m).citations[0].on = 'need'; },
            m => { touchpoint(m).citations[0].evidence = ['Brugerundersøgelse']; },
            m => { touchpoint(m).backstage[0].owner = 'Digital'; },
            m => { touchpoint(m).support = [{ owner: { name: 'Digital', resolved: true } }]; },
            m => { touchpoint(m).continues.journey = 'Udlån'; },
            m => { touchpoint(m).continues.sameDocument = 'yes'; }
        ];
        for (const breakIt of broken) {
            const copy = structuredClone(model);
            breakIt(copy);
            assert.equal(isJourneyMapModel(copy), false, breakIt.toString());
        }
    });

    it('checks every field of every example: another type, or a required field left out, rejects the model; an optional field may be absent or null', async () => {
        /** Fields that may be left out (or null); `emotion` but for a persona's own emotion (`emotion N for P`). */
        const OPTIONAL = new Set(['description', 'owner', 'targetId', 'emotion', 'goal', 'need', 'channel', 'continues', 'effectiveOwner',
            'next', 'passedByFrom', 'stage', 'target', 'current', 'unit', 'contact', 'origin', 'date', 'url', 'sample']);
        /** Fields with a fixed set of values: another string is malformed too. */
        const CHOICES = new Set(['kind', 'status', 'comparator', 'from', 'on', 'passedByFrom']);
        const optional = (path: Array<string | number>) => {
            const key = path[path.length - 1];
            return typeof key === 'string' && OPTIONAL.has(key) && !(key === 'emotion' && path[path.length - 3] === 'personaEmotions');
        };
        const wrong = (value: unknown, key: string | number): unknown[] => {
            if (value === undefined || value === null) return []; // an optional field the builder wrote as undefined: of no type to break
            if (typeof value === 'string') return [7, {}, ...CHOICES.has(String(key)) ? ['bogus'] : []];
            if (typeof value === 'number') return ['7', NaN, Infinity, true];
            if (typeof value === 'boolean') return [1, 'true'];
            if (Array.isArray(value)) return [{}, 'x', [7], [null]];
            return ['x', [], 7];
        };
        let mutations = 0;
        const seen = new Set<string>();
        const broken = await modelOf('journey J "Half written" {\n    stage S {\n        touchpoint T "Open" {\n');
        assert.ok(broken.syntaxErrors.length > 0);
        for (const [name, model] of Object.entries({ ...await exampleModels(), 'syntax error': broken })) {
            const copy = structuredClone(model);
            const visit = (parent: any, path: Array<string | number>) => {
                for (const key of Array.isArray(parent) ? parent.keys() : Object.keys(parent)) {
                    const value = parent[key];
                    const at = [...path, key];
                    const where = `${name}: ${at.join('.')}`;
                    seen.add(at.filter(k => typeof k === 'string').join('.'));
                    for (const other of [...wrong(value, key), ...optional(at) ? [] : [null, undefined]]) {
                        parent[key] = other;
                        mutations++;
                        assert.equal(isJourneyMapModel(copy), false, `${where} = ${String(other)}`);
                    }
                    if (!Array.isArray(parent)) {
                        delete parent[key];
                        mutations++;
                        assert.equal(isJourneyMapModel(copy), optional(at), `${where} left out`);
                    }
                    if (optional(at)) {
                        parent[key] = null;
                        assert.ok(isJourneyMapModel(copy), `${where} = null`);
                    }
                    parent[key] = value;
                    if (typeof value === 'object' && value !== null) {
                        visit(value, at);
                    }
                }
            };
            visit(copy, []);
            assert.ok(isJourneyMapModel(copy), `${name} is whole again`);
        }
        // The examples have every field of the model, optional ones included.
        for (const path of ['evidence.sample', 'kpis.target.comparatorWritten', 'kpis.current.text', 'journeys.stages.touchpoints.continues.stage.targetId',
            'journeys.stages.touchpoints.effectiveOwner.from', 'journeys.stages.touchpoints.support.owner', 'owners.contact', 'syntaxErrors.range']) {
            assert.ok(seen.has(path), path);
        }
        assert.ok(mutations > 10000, `${mutations} mutations`);
    });

    it('rejects an array with a hole (no JSON array has one, a structured clone may)', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const copy = structuredClone(model);
        const touchpoints = copy.journeys[0].stages[0].touchpoints;
        delete (touchpoints as unknown[])[0];
        assert.equal(touchpoints.length, model.journeys[0].stages[0].touchpoints.length);
        assert.equal(isJourneyMapModel(copy), false);
    });

    it('with a set of checked objects, walks only the objects it has not checked before: a changed path is checked again, the rest trusted', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const checked = new WeakSet<object>();
        const base = structuredClone(model);
        assert.ok(isJourneyMapModel(base, checked));
        const stage = base.journeys[0].stages[1];
        assert.ok(checked.has(base.journeys[0]) && checked.has(stage) && checked.has(stage.touchpoints[0]));
        // A delta's result: new objects along the changed path, the others kept.
        const broken = { ...base, journeys: [{ ...base.journeys[0], stages: base.journeys[0].stages.map(s => s === stage
            ? { ...stage, touchpoints: [{ ...stage.touchpoints[0], passedBy: 'everyone' }, ...stage.touchpoints.slice(1)] } : s) }] };
        assert.equal(isJourneyMapModel(broken, checked), false, 'the new touchpoint is checked');
        assert.equal(checked.has(broken.journeys[0]), false, 'what failed is not remembered');
        const fixed = { ...base, journeys: [{ ...base.journeys[0], stages: base.journeys[0].stages.map(s => s === stage
            ? { ...stage, touchpoints: [{ ...stage.touchpoints[0], title: 'Renamed' }, ...stage.touchpoints.slice(1)] } : s) }] };
        assert.ok(isJourneyMapModel(fixed, checked));
        // Objects in the set are trusted (the caller promised not to change them); without the set, all is checked.
        (base.journeys[0].stages[0] as any).touchpoints = 'changed after the check';
        assert.ok(isJourneyMapModel(base, checked));
        assert.equal(isJourneyMapModel(base), false);
    });
});
