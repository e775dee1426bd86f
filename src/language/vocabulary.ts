/**
 * Every word the tools say about a journey, in one place: the names of the
 * element kinds, emotion and KPI status words, and the small phrases built
 * from them. Hover, diagnostics, the map, the diff, the exports and the CLI
 * all read these tables, so they cannot drift apart. The words sit in data
 * tables keyed by what they name, so another language is another set of
 * tables. This module imports nothing: every layer may use it.
 */

/** The kinds of element, in the order the language lists them. */
export const ELEMENT_KINDS = ['journey', 'stage', 'touchpoint', 'owner', 'persona', 'kpi', 'evidence'] as const;
export type ElementKind = typeof ELEMENT_KINDS[number];

export interface KindWords {
    /** `owner`, `KPI`: as it reads inside a sentence. */
    singular: string;
    plural: string;
    /** The indefinite article the singular takes: `an owner`, `a KPI`; none for a mass noun (`evidence`). */
    article: 'a' | 'an' | '';
}

export const KIND_WORDS: Record<ElementKind, KindWords> = {
    journey: { singular: 'journey', plural: 'journeys', article: 'a' },
    stage: { singular: 'stage', plural: 'stages', article: 'a' },
    touchpoint: { singular: 'touchpoint', plural: 'touchpoints', article: 'a' },
    owner: { singular: 'owner', plural: 'owners', article: 'an' },
    persona: { singular: 'persona', plural: 'personas', article: 'a' },
    kpi: { singular: 'KPI', plural: 'KPIs', article: 'a' },
    evidence: { singular: 'evidence', plural: 'evidence', article: '' }
};

/** The kind of an AST node type (`Kpi` → `kpi`), or undefined for a type that is not an element. */
export function kindOfType(astType: string): ElementKind | undefined {
    const kind = astType.toLowerCase();
    return (ELEMENT_KINDS as readonly string[]).includes(kind) ? kind as ElementKind : undefined;
}

/** `owner` for an `Owner` node, `KPI` for a `Kpi`; another type's name as it is. */
export function typeNoun(astType: string): string {
    const kind = kindOfType(astType);
    return kind ? KIND_WORDS[kind].singular : astType;
}

/** `touchpoint` / `touchpoints`, chosen by count. */
export function kindNoun(kind: ElementKind, count = 1): string {
    return count === 1 ? KIND_WORDS[kind].singular : KIND_WORDS[kind].plural;
}

/** `an owner`, `a KPI` (for an element kind or an AST node type). */
export function withArticle(kind: ElementKind | string): string {
    const known = kindOfType(kind);
    return known ? `${KIND_WORDS[known].article} ${KIND_WORDS[known].singular}`.trim() : `a ${kind}`;
}

/** `{0}`, `{1}` … of a phrase replaced by `inserts` (one not given: nothing), each insert taken as plain text. */
export function fillPlaceholders(template: string, ...inserts: string[]): string {
    return template.replace(/\{(\d)\}/g, (_, index: string) => inserts[Number(index)] ?? '');
}

/** `Owner`, `KPI`: the singular at the start of a sentence or as a label. */
export function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The notes a stage or touchpoint carries. */
export const NOTE_WORDS: Record<'pain' | 'opportunity', { singular: string; plural: string }> = {
    pain: { singular: 'pain', plural: 'pains' },
    opportunity: { singular: 'opportunity', plural: 'opportunities' }
};

/** Other nouns a reader's words count: `3 changes`. */
export const COUNTED_WORDS: Record<'change', { singular: string; plural: string }> = {
    change: { singular: 'change', plural: 'changes' }
};

/** Plurals of the other nouns the tools count; a noun not listed takes an `s`. */
const PLURALS: Record<string, string> = {
    ...Object.fromEntries([...Object.values(KIND_WORDS), ...Object.values(NOTE_WORDS)].map(words => [words.singular, words.plural])),
    error: 'errors',
    warning: 'warnings',
    file: 'files'
};

/** `1 stage`, `3 opportunities`, `0 KPIs`. */
export function plural(count: number, singular: string): string {
    return `${count} ${count === 1 ? singular : PLURALS[singular] ?? `${singular}s`}`;
}

/** `emotion` is an integer from -2 (very negative) to +2 (very positive). */
export const EMOTION_RANGE = { min: -2, max: 2 } as const;

export const EMOTION_WORDS: Record<string, string> = {
    '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive'
};


export function clampEmotion(value: number): number {
    return Math.max(EMOTION_RANGE.min, Math.min(EMOTION_RANGE.max, Math.round(value)));
}

/** `+1`, `-2`, `0`. */
export function signed(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}

/** `+1 (positive)`, `-2 (very negative)`, `7 (out of range)`. */
export function emotionText(value: number): string {
    return `${signed(value)} (${EMOTION_WORDS[String(value)] ?? PHRASES.outOfRange})`;
}

export type KpiStatus = 'on-track' | 'off-track' | 'unknown';

/** A KPI's status; `unknown` when its target or its current value is missing. */
export const STATUS_WORDS: Record<KpiStatus, string> = {
    'on-track': 'on track',
    'off-track': 'off track',
    unknown: 'no status'
};

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** A target as it reads: `≥ 2.5%`. A target written without a comparator means "at least". */
export function describeTarget(target: { comparator?: string; text: string }): string {
    const comparator = target.comparator ?? '>=';
    return `${COMPARATOR_SIGNS[comparator as Comparator] ?? comparator} ${target.text}`;
}

/** `target ≥ 3% · current 2.1%`, saying what is missing. */
export function kpiFigures(kpi: { target?: { comparator?: string; text: string }; current?: { text: string } }): string {
    return [
        kpi.target ? `${PHRASES.target} ${describeTarget(kpi.target)}` : PHRASES.noTarget,
        kpi.current ? `${PHRASES.current} ${kpi.current.text}` : PHRASES.noCurrentValue
    ].join(' · ');
}

export type OwnerSource = 'touchpoint' | 'stage' | 'journey';

/** Where an inherited owner comes from: `from stage`; nothing for the touchpoint's own. */
export function inheritedFrom(from: OwnerSource): string | undefined {
    return from === 'touchpoint' ? undefined : from === 'stage' ? PHRASES.fromStage : PHRASES.fromJourney;
}

/**
 * The other words a map and a published site say themselves, keyed by what
 * they say. `{0}` stands for the text put in. `src/language/translations.ts`
 * holds the same tables in Danish, Norwegian and Swedish.
 */
export const PHRASES = {
    // The map
    journeyMap: 'Journey map',
    emotion: 'emotion',
    goal: 'goal',
    need: 'need',
    channel: 'channel',
    noChannel: 'no channel',
    noOwner: 'no owner',
    next: 'next',
    target: 'target',
    current: 'current',
    noTarget: 'no target',
    noCurrentValue: 'no current value',
    outOfRange: 'out of range',
    fromStage: 'from stage',
    fromJourney: 'from journey',
    fromItsStage: 'from its stage',
    measuredBy: 'measured by',
    unknownKpi: 'Unknown KPI {0}',
    noStagesYet: 'This journey has no stages yet.',
    emptyFile: 'No journeys or definitions in this file yet.',
    definitionsInFile: 'Definitions in this file',
    // The map, second edition: personas, service lanes, evidence, continues
    emotionPerPersona: 'Emotion per persona.',
    personaAt: '{0} at {1}',
    notTheirOwn: 'not their own',
    markCircle: 'circle',
    markSquare: 'square',
    markTriangle: 'triangle',
    markDiamond: 'diamond',
    markDownwardTriangle: 'downward triangle',
    lineOfVisibility: 'Line of visibility',
    backstage: 'Backstage',
    support: 'Support',
    serviceFor: '{0} for {1}',
    by: 'by {0}',
    citedFrom: 'from {0}',
    unknownEvidence: '{0} (unknown evidence)',
    continuesIn: 'Continues in {0}',
    continuesInMissing: 'Continues in {0}, which does not exist',
    // The persona lens of the preview and the site's map pages
    personaLens: 'Persona',
    personaLensLabel: 'Show the journey as one persona lives it',
    allPersonas: 'All personas',
    // The published site
    siteTitle: 'Journey maps',
    painsAndOpportunities: 'Pains and opportunities',
    accountability: 'Accountability',
    status: 'status',
    source: 'source',
    none: 'None.',
    byJourney: 'By journey and stage',
    byOwner: 'By owner',
    openNotes: 'open pains / opportunities',
    unownedTouchpoints: 'Touchpoints without an owner',
    unmeasuredStages: 'Stages no KPI measures',
    ownerDuties: 'Owners and what each answers for',
    answersFor: 'Answers for',
    mapOf: 'Map of {0}',
    noJourneys: 'No journeys in these files.',
    stageItself: '(the stage)',
    date: 'date',
    sample: 'sample',
    // The compare view: what changed since a revision
    changeAdded: 'added',
    changeRemoved: 'removed',
    changeRenamed: 'renamed',
    changeMoved: 'moved',
    changeModified: 'changed',
    countAdded: '{0} added',
    countRemoved: '{0} removed',
    countRenamed: '{0} renamed',
    countMoved: '{0} moved',
    countModified: '{0} changed',
    changedFrom: 'from {0}',
    sameTitle: 'same title',
    sameContent: 'same content',
    noValue: '(none)',
    // journey diff's reports: their headings, and the properties a change names
    noChanges: 'No changes.',
    noJourneyChanges: 'No changes to the journeys.',
    journeyChanges: 'Journey changes',
    definitions: 'definitions',
    definitionsHeading: 'Owners, personas and KPIs',
    columnElement: 'Element',
    columnChange: 'Change',
    columnWhere: 'Where',
    propertyTitle: 'title',
    propertyDescription: 'description',
    propertyGoals: 'goals',
    propertyNeeds: 'needs',
    propertyMeasures: 'measures',
    propertyContinues: 'continues',
    propertyContact: 'contact',
    propertyUnit: 'unit',
    propertyUrl: 'url',
    propertyStageOrder: 'stage order',
    emotionFor: 'emotion for {0}',
    citedForPain: '{0} for pain {1}',
    citedForOpportunity: '{0} for opportunity {1}'
} as const;

export type PhraseKey = keyof typeof PHRASES;

/** The channels a touchpoint may name, as a reader reads them (the keyword itself in English). */
export const CHANNEL_WORDS = {
    web: 'web', app: 'app', email: 'email', sms: 'sms', social: 'social', search: 'search', ads: 'ads', chat: 'chat',
    phone: 'phone', store: 'store', print: 'print', tv: 'tv', event: 'event', referral: 'referral', partner: 'partner', other: 'other'
} as const;

export type ChannelKey = keyof typeof CHANNEL_WORDS;

/**
 * Every table of words a reader sees, as one value: English is the tables
 * above; another language is another value of this type (translations.ts),
 * so the compiler names any word left untranslated.
 */
export interface Vocabulary {
    kinds: Record<ElementKind, { singular: string; plural: string }>;
    notes: Record<'pain' | 'opportunity', { singular: string; plural: string }>;
    counted: Record<'change', { singular: string; plural: string }>;
    emotions: Record<'-2' | '-1' | '0' | '1' | '2', string>;
    statuses: Record<KpiStatus, string>;
    channels: Record<ChannelKey, string>;
    phrases: Record<PhraseKey, string>;
}

export const ENGLISH: Vocabulary = {
    kinds: KIND_WORDS,
    notes: NOTE_WORDS,
    counted: COUNTED_WORDS,
    emotions: EMOTION_WORDS as Vocabulary['emotions'],
    statuses: STATUS_WORDS,
    channels: CHANNEL_WORDS,
    phrases: PHRASES
};
