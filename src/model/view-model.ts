/**
 * The journey view model: what a map (and a semantic diff) needs of one
 * document, as plain JSON. It is computed by the language server after each
 * build, by the CLI from the same services, and is all the renderer ever sees.
 * Every element carries where it was written, so a click can reveal it.
 */

import type { Comparator, ElementKind, KpiStatus, OwnerSource } from '../language/vocabulary.js';

export type { Comparator, ElementKind, KpiStatus, OwnerSource };

/** Bumped whenever a field changes meaning or shape; consumers check it. */
export const VIEW_MODEL_VERSION = 2;

/** Zero-based, as in LSP. */
export interface Position {
    line: number;
    character: number;
}

export interface Range {
    start: Position;
    end: Position;
}

/** Where an element is written: the whole definition and its name (for reveal). */
export interface SourceLocation {
    uri: string;
    range: Range;
    selection: Range;
}


/** Fields every element has. `title` is what a map shows: the title string, or the name. */
export interface ViewElement {
    /** Stable within a model and across edits that keep the names: `touchpoint:Journey.Stage.Touchpoint`. */
    id: string;
    kind: ElementKind;
    name: string;
    title: string;
    /** Whether `title` was written (false: it is the name). */
    hasTitle: boolean;
    source: SourceLocation;
}

/** A cross-reference as written, and the element it resolves to (when it does). */
export interface ViewReference {
    name: string;
    /**
     * The id of the target in this model's definitions, or of a touchpoint. A
     * `continues` target in another document carries the id it has in that
     * document's model (`journey:Name`, `stage:Journey.Stage`).
     */
    targetId?: string;
    resolved: boolean;
}

export interface EffectiveOwnerReference extends ViewReference {
    from: OwnerSource;
}

export interface QuantityView {
    value: number;
    percent: boolean;
    /** As a person reads it: `3.5%`, `41200 people`. */
    text: string;
}

export interface TargetView extends QuantityView {
    /** The comparator in effect (`>=` when none is written). */
    comparator: Comparator;
    comparatorWritten: boolean;
}

/** `emotion N for Persona`: one persona's own emotion, as written (may lie outside -2..+2). */
export interface PersonaEmotionView {
    persona: ViewReference;
    emotion: number;
}

/** A pain or opportunity that cites evidence (`pain "…" from Survey2026, Interviews`). */
export interface CitationView {
    on: 'pain' | 'opportunity';
    /** Its index in the element's `pains` or `opportunities`. */
    index: number;
    text: string;
    evidence: ViewReference[];
}

/** `backstage "…" by Owner` or `support "…" by Owner`: work behind a touchpoint. */
export interface ServiceItemView {
    text: string;
    owner?: ViewReference;
}

/** `continues Journey` or `continues Journey.Stage`: where the customer goes next. */
export interface ContinuesView {
    journey: ViewReference;
    stage?: ViewReference;
    /** Whether the target journey is written in this model's own document. */
    sameDocument: boolean;
}

export type PersonaSource = 'touchpoint' | 'stage' | 'journey';

export interface JourneyView extends ViewElement {
    kind: 'journey';
    description?: string;
    owner?: ViewReference;
    personas: ViewReference[];
    stages: StageView[];
}

export interface StageView extends ViewElement {
    kind: 'stage';
    owner?: ViewReference;
    goal?: string;
    need?: string;
    /** As written; may lie outside -2..+2 (a diagnostic says so; the map clamps). */
    emotion?: number;
    /** Each persona's own emotion (`emotion N for P`), the first per persona, in writing order. */
    personaEmotions: PersonaEmotionView[];
    /** The personas written on the stage (`persona P, Q`). */
    personas: ViewReference[];
    pains: string[];
    opportunities: string[];
    /** The pains and opportunities that cite evidence. */
    citations: CitationView[];
    measures: ViewReference[];
    touchpoints: TouchpointView[];
}

export interface TouchpointView extends ViewElement {
    kind: 'touchpoint';
    /** `Stage.Touchpoint`, the form `next` accepts from anywhere in the journey. */
    qualifiedName: string;
    channel?: string;
    /** The owner written on the touchpoint itself. */
    owner?: ViewReference;
    /** The owner in effect, inherited from the stage or journey when not written here. */
    effectiveOwner?: EffectiveOwnerReference;
    emotion?: number;
    personaEmotions: PersonaEmotionView[];
    /** The personas written on the touchpoint itself. */
    personas: ViewReference[];
    /**
     * Who passes here: the touchpoint's own personas, else its stage's, else the
     * journey's; plus any persona with its own emotion here.
     */
    passedBy: ViewReference[];
    /** Where `passedBy` comes from (absent when nobody is named anywhere). */
    passedByFrom?: PersonaSource;
    pains: string[];
    opportunities: string[];
    citations: CitationView[];
    measures: ViewReference[];
    next?: ViewReference;
    backstage: ServiceItemView[];
    support: ServiceItemView[];
    continues?: ContinuesView;
}

export interface OwnerView extends ViewElement {
    kind: 'owner';
    contact?: string;
    description?: string;
}

export interface PersonaView extends ViewElement {
    kind: 'persona';
    description?: string;
    goals: string[];
    needs: string[];
    pains: string[];
}

export interface KpiView extends ViewElement {
    kind: 'kpi';
    description?: string;
    owner?: ViewReference;
    target?: TargetView;
    current?: QuantityView;
    unit?: string;
    status: KpiStatus;
}

/** `evidence Name "Title" { source "…" date "…" url "…" sample N }`: research behind pains and opportunities. */
export interface EvidenceView extends ViewElement {
    kind: 'evidence';
    /** The `source` written (named apart from `source`, where the element is written). */
    origin?: string;
    date?: string;
    url?: string;
    sample?: number;
}

export interface SyntaxProblem {
    message: string;
    range: Range;
}

/**
 * The view model of one document. Journeys are the ones written in it; owners,
 * personas, KPIs and evidence are those written in it plus those it references from other
 * files (their `source.uri` tells which), sorted by name.
 */
export interface JourneyMapModel {
    version: typeof VIEW_MODEL_VERSION;
    uri: string;
    /** The text document version the model was computed from (0 when unknown). */
    documentVersion: number;
    journeys: JourneyView[];
    owners: OwnerView[];
    personas: PersonaView[];
    kpis: KpiView[];
    evidence: EvidenceView[];
    /** Syntax errors, in text order; a map drawn from a model with any is incomplete. */
    syntaxErrors: SyntaxProblem[];
}

export type AnyElement = JourneyView | StageView | TouchpointView | OwnerView | PersonaView | KpiView | EvidenceView;
