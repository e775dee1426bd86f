import { VIEW_MODEL_VERSION, type JourneyMapModel } from './view-model.js';

/**
 * Whether a value received from elsewhere (a message, a JSON file) has the
 * shape of a view model, down to every field a consumer reads. A check, not a
 * repair: anything unexpected makes the whole value rejected.
 */
export function isJourneyMapModel(value: unknown, checked?: WeakSet<object>): value is JourneyMapModel {
    const outer = known;
    known = checked;
    try {
        return isModel(value);
    } finally {
        known = outer;
    }
}

/**
 * Objects a caller has had checked before and promises not to change (the
 * preview's models, which deltas rebuild along the changed path only): checked
 * once, they pass again at once, so that after an edit only what changed is
 * walked. Undefined: everything is checked.
 */
let known: WeakSet<object> | undefined;

/** `check`, skipped for an object that passed it before under the same caller's set (see `known`). */
function once(check: (value: unknown) => boolean): (value: unknown) => boolean {
    return value => {
        if (known && typeof value === 'object' && value !== null && known.has(value)) {
            return true;
        }
        const valid = check(value);
        if (valid && known) {
            known.add(value as object);
        }
        return valid;
    };
}

function isModel(value: unknown): boolean {
    return isObject(value)
        && value.version === VIEW_MODEL_VERSION
        && isString(value.uri)
        && isNumber(value.documentVersion)
        && isArrayOf(value.journeys, isJourney)
        && isArrayOf(value.owners, v => isElement(v, 'owner') && isOptional(v.contact, isString) && isOptional(v.description, isString))
        && isArrayOf(value.personas, v => isElement(v, 'persona') && isOptional(v.description, isString)
            && isArrayOf(v.goals, isString) && isArrayOf(v.needs, isString) && isArrayOf(v.pains, isString))
        && isArrayOf(value.kpis, isKpi)
        && isArrayOf(value.evidence, isEvidence)
        && isArrayOf(value.syntaxErrors, v => isObject(v) && isString(v.message) && isRange(v.range));
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
    return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

function isBoolean(value: unknown): value is boolean {
    return typeof value === 'boolean';
}

function isOptional(value: unknown, check: (v: unknown) => boolean): boolean {
    return value === undefined || value === null || check(value);
}

function isArrayOf(value: unknown, check: (v: Obj | unknown) => boolean): boolean {
    return Array.isArray(value) && value.every(item => check(item));
}

function isPosition(value: unknown): boolean {
    return isObject(value) && isNumber(value.line) && isNumber(value.character);
}

function isRange(value: unknown): boolean {
    return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isElement(value: unknown, kind: string): value is Obj {
    return isObject(value) && value.kind === kind && isString(value.id) && isString(value.name) && isString(value.title)
        && isBoolean(value.hasTitle) && isObject(value.source) && isString(value.source.uri)
        && isRange(value.source.range) && isRange(value.source.selection);
}

function isReference(value: unknown): boolean {
    return isObject(value) && isString(value.name) && isBoolean(value.resolved) && isOptional(value.targetId, isString);
}

function isQuantity(value: unknown): value is Obj {
    return isObject(value) && isNumber(value.value) && isBoolean(value.percent) && isString(value.text);
}

const COMPARATORS = new Set(['>=', '<=', '>', '<', '=']);
const STATUSES = new Set(['on-track', 'off-track', 'unknown']);
const OWNER_SOURCES = new Set(['touchpoint', 'stage', 'journey']);
const PERSONA_SOURCES = OWNER_SOURCES;
const CITED_ON = new Set(['pain', 'opportunity']);

const isEvidence = once(function isEvidence(value: unknown): boolean {
    return isElement(value, 'evidence') && isOptional(value.origin, isString) && isOptional(value.date, isString)
        && isOptional(value.url, isString) && isOptional(value.sample, isNumber);
});

function isPersonaEmotion(value: unknown): boolean {
    return isObject(value) && isReference(value.persona) && isNumber(value.emotion);
}

function isCitation(value: unknown): boolean {
    return isObject(value) && CITED_ON.has(value.on as string) && isNumber(value.index) && isString(value.text)
        && isArrayOf(value.evidence, isReference);
}

function isServiceItem(value: unknown): boolean {
    return isObject(value) && isString(value.text) && isOptional(value.owner, isReference);
}

function isContinues(value: unknown): boolean {
    return isObject(value) && isReference(value.journey) && isOptional(value.stage, isReference) && isBoolean(value.sameDocument);
}

/** What stages and touchpoints share: emotions, personas, notes and their evidence, measures. */
function hasExperience(value: Obj): boolean {
    return isOptional(value.emotion, isNumber) && isArrayOf(value.personaEmotions, isPersonaEmotion)
        && isArrayOf(value.personas, isReference) && isArrayOf(value.pains, isString)
        && isArrayOf(value.opportunities, isString) && isArrayOf(value.citations, isCitation)
        && isArrayOf(value.measures, isReference);
}

const isKpi = once(function isKpi(value: unknown): boolean {
    return isElement(value, 'kpi') && isOptional(value.description, isString) && isOptional(value.owner, isReference)
        && isOptional(value.target, t => isQuantity(t) && COMPARATORS.has(t.comparator as string) && isBoolean(t.comparatorWritten))
        && isOptional(value.current, isQuantity) && isOptional(value.unit, isString) && STATUSES.has(value.status as string);
});

const isJourney = once(function isJourney(value: unknown): boolean {
    return isElement(value, 'journey') && isOptional(value.description, isString) && isOptional(value.owner, isReference)
        && isArrayOf(value.personas, isReference) && isArrayOf(value.stages, isStage);
});

const isStage = once(function isStage(value: unknown): boolean {
    return isElement(value, 'stage') && isOptional(value.owner, isReference) && isOptional(value.goal, isString)
        && isOptional(value.need, isString) && hasExperience(value) && isArrayOf(value.touchpoints, isTouchpoint);
});

const isTouchpoint = once(function isTouchpoint(value: unknown): boolean {
    return isElement(value, 'touchpoint') && isString(value.qualifiedName) && isOptional(value.channel, isString)
        && isOptional(value.owner, isReference)
        && isOptional(value.effectiveOwner, o => isReference(o) && OWNER_SOURCES.has((o as Obj).from as string))
        && hasExperience(value) && isArrayOf(value.passedBy, isReference)
        && isOptional(value.passedByFrom, s => PERSONA_SOURCES.has(s as string))
        && isOptional(value.next, isReference) && isArrayOf(value.backstage, isServiceItem)
        && isArrayOf(value.support, isServiceItem) && isOptional(value.continues, isContinues);
});
