import {
    VIEW_MODEL_VERSION, type CitationView, type ContinuesView, type EffectiveOwnerReference, type EvidenceView, type JourneyMapModel,
    type JourneyView, type KpiView, type OwnerView, type PersonaEmotionView, type PersonaView, type Position, type QuantityView,
    type Range, type ServiceItemView, type SourceLocation, type StageView, type SyntaxProblem, type TargetView, type TouchpointView,
    type ViewElement, type ViewReference
} from './view-model.js';

/**
 * Whether a value received from elsewhere (a message, a JSON file) has the
 * shape of a view model, down to every field a consumer reads. A check, not a
 * repair: anything unexpected makes the whole value rejected.
 *
 * `checked`: objects a caller has had checked before and promises not to
 * change (the preview's models, which deltas rebuild along the changed path
 * only). A journey, stage, touchpoint, KPI or evidence in the set passes at
 * once, and each that passes goes in it, so that after an edit only what
 * changed is walked. Without a set, everything is checked.
 */
export function isJourneyMapModel(value: unknown, checked?: WeakSet<object>): value is JourneyMapModel {
    return matches(value, MODEL, checked);
}

/*
 * The model's shape is a table (below) that one small function walks
 * (`matches`). The page checks a whole model before its first draw, in code
 * that has not run before: a walker is one function for V8 to warm up and
 * compile, where a function per field type was dozens, each compiled (and
 * recompiled) while the first check ran; and it allocates nothing. At 1,000
 * touchpoints that first check took a third of the time in Chromium.
 */

type Node =
    | { readonly is: 'string' | 'number' | 'boolean' }
    | { readonly is: 'one of'; readonly values: ReadonlySet<unknown> }
    /** Absent, undefined or null; or `shape`. */
    | { readonly is: 'optional'; readonly shape: Node }
    | { readonly is: 'array'; readonly items: Node }
    /** An object (not an array) with these fields; `once`: one of the objects a caller's `checked` set keeps. */
    | { readonly is: 'object'; readonly keys: readonly string[]; readonly shapes: readonly Node[]; readonly once: boolean };

/**
 * The shape of a value of type T. T is for the compiler only: the table must
 * name every field of each view-model type, with the shape of that field's
 * type (optional fields as optional), or it does not compile.
 */
type Shape<T> = Node & { readonly type?: (value: T) => T };
type Fields<T> = { readonly [K in keyof T]-?: Shape<T[K]> };

const string: Shape<string> = { is: 'string' };
/** A finite number. */
const number: Shape<number> = { is: 'number' };
const boolean: Shape<boolean> = { is: 'boolean' };

function oneOf<T extends string | number>(...values: T[]): Shape<T> {
    return { is: 'one of', values: new Set(values) };
}

function optional<T>(shape: Shape<T>): Shape<T | undefined> {
    return { is: 'optional', shape };
}

function array<T>(items: Shape<T>): Shape<T[]> {
    return { is: 'array', items };
}

function object<T>(fields: Fields<T>, once = false): Shape<T> {
    const entries: Array<[string, Node]> = Object.entries(fields);
    return { is: 'object', keys: entries.map(([key]) => key), shapes: entries.map(([, shape]) => shape), once };
}

/** An element of `kind`, with the fields every element has. */
function element<T extends ViewElement>(kind: T['kind'], fields: Fields<Omit<T, keyof ViewElement>>, once = false): Shape<T> {
    const common: Fields<Omit<ViewElement, 'kind'>> = { id: string, name: string, title: string, hasTitle: boolean, source: SOURCE };
    return object({ kind: oneOf(kind), ...common, ...fields } as Fields<T>, once);
}

const POSITION = object<Position>({ line: number, character: number });
const RANGE = object<Range>({ start: POSITION, end: POSITION });
const SOURCE = object<SourceLocation>({ uri: string, range: RANGE, selection: RANGE });
const REFERENCE = object<ViewReference>({ name: string, resolved: boolean, targetId: optional(string) });
const QUANTITY: Fields<QuantityView> = { value: number, percent: boolean, text: string };
const OWNER_SOURCE = oneOf('touchpoint', 'stage', 'journey');

/** What stages and touchpoints share: emotions, personas, notes and their evidence, measures. */
const EXPERIENCE: Fields<Pick<StageView, 'emotion' | 'personaEmotions' | 'personas' | 'pains' | 'opportunities' | 'citations' | 'measures'>> = {
    emotion: optional(number),
    personaEmotions: array(object<PersonaEmotionView>({ persona: REFERENCE, emotion: number })),
    personas: array(REFERENCE),
    pains: array(string),
    opportunities: array(string),
    citations: array(object<CitationView>({ on: oneOf('pain', 'opportunity'), index: number, text: string, evidence: array(REFERENCE) })),
    measures: array(REFERENCE)
};

const SERVICE_ITEM = object<ServiceItemView>({ text: string, owner: optional(REFERENCE) });

const TOUCHPOINT = element<TouchpointView>('touchpoint', {
    qualifiedName: string,
    channel: optional(string),
    owner: optional(REFERENCE),
    effectiveOwner: optional(object<EffectiveOwnerReference>({ name: string, resolved: boolean, targetId: optional(string), from: OWNER_SOURCE })),
    ...EXPERIENCE,
    passedBy: array(REFERENCE),
    passedByFrom: optional(OWNER_SOURCE),
    next: optional(REFERENCE),
    backstage: array(SERVICE_ITEM),
    support: array(SERVICE_ITEM),
    continues: optional(object<ContinuesView>({ journey: REFERENCE, stage: optional(REFERENCE), sameDocument: boolean }))
}, true);

const STAGE = element<StageView>('stage', {
    owner: optional(REFERENCE), goal: optional(string), need: optional(string), ...EXPERIENCE, touchpoints: array(TOUCHPOINT)
}, true);

const JOURNEY = element<JourneyView>('journey', {
    description: optional(string), owner: optional(REFERENCE), personas: array(REFERENCE), stages: array(STAGE)
}, true);

const MODEL = object<JourneyMapModel>({
    version: oneOf(VIEW_MODEL_VERSION),
    uri: string,
    documentVersion: number,
    journeys: array(JOURNEY),
    owners: array(element<OwnerView>('owner', { contact: optional(string), description: optional(string) })),
    personas: array(element<PersonaView>('persona', {
        description: optional(string), goals: array(string), needs: array(string), pains: array(string)
    })),
    kpis: array(element<KpiView>('kpi', {
        description: optional(string),
        owner: optional(REFERENCE),
        target: optional(object<TargetView>({ ...QUANTITY, comparator: oneOf('>=', '<=', '>', '<', '='), comparatorWritten: boolean })),
        current: optional(object<QuantityView>(QUANTITY)),
        unit: optional(string),
        status: oneOf('on-track', 'off-track', 'unknown')
    }, true)),
    evidence: array(element<EvidenceView>('evidence', {
        origin: optional(string), date: optional(string), url: optional(string), sample: optional(number)
    }, true)),
    syntaxErrors: array(object<SyntaxProblem>({ message: string, range: RANGE }))
});

function matches(value: unknown, shape: Node, checked: WeakSet<object> | undefined): boolean {
    switch (shape.is) {
        case 'string':
            return typeof value === 'string';
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'one of':
            return shape.values.has(value);
        case 'optional':
            return value === undefined || value === null || matches(value, shape.shape, checked);
        case 'array': {
            if (!Array.isArray(value)) {
                return false;
            }
            // A hole (no JSON array has one) is an undefined item.
            for (let i = 0; i < value.length; i++) {
                if (!matches(value[i], shape.items, checked)) {
                    return false;
                }
            }
            return true;
        }
        case 'object': {
            if (typeof value !== 'object' || value === null || Array.isArray(value)) {
                return false;
            }
            if (shape.once && checked?.has(value)) {
                return true;
            }
            const { keys, shapes } = shape;
            for (let i = 0; i < keys.length; i++) {
                if (!matches((value as Record<string, unknown>)[keys[i]], shapes[i], checked)) {
                    return false;
                }
            }
            if (shape.once) {
                checked?.add(value);
            }
            return true;
        }
    }
}
