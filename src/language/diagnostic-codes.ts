/**
 * Every diagnostic the language reports, by stable code. The same constants are
 * used by the validator, the quick fixes, `journey check` and the docs.
 */
export const DiagnosticCode = {
    SyntaxError: 'journey/syntax-error',
    UnresolvedReference: 'journey/unresolved-reference',
    DuplicateName: 'journey/duplicate-name',
    EmotionOutOfRange: 'journey/emotion-out-of-range',
    PercentOutOfRange: 'journey/percent-out-of-range',
    EmptyJourney: 'journey/empty-journey',
    EmptyStage: 'journey/empty-stage',
    MissingOwner: 'journey/missing-owner',
    KpiWithoutTarget: 'journey/kpi-without-target',
    KpiWithoutOwner: 'journey/kpi-without-owner',
    NextToSelf: 'journey/next-to-self',
    KpiOffTrack: 'journey/kpi-off-track',
    UnusedDefinition: 'journey/unused-definition',
    RepeatedProperty: 'journey/repeated-property',
    KpiUnitMismatch: 'journey/kpi-unit-mismatch',
    PersonaNotInJourney: 'journey/persona-not-in-journey',
    PainWithoutEvidence: 'journey/pain-without-evidence',
    ContinuesOwnJourney: 'journey/continues-own-journey',
    TypographicQuote: 'journey/typographic-quote',
    InternalError: 'journey/internal-error',
    /** A problem in journey.config.json, reported on that file. */
    InvalidConfig: 'journey/invalid-config'
} as const;

export type DiagnosticCode = typeof DiagnosticCode[keyof typeof DiagnosticCode];

/** What every diagnostic of ours carries in `data`; quick fixes read it back. */
export interface JourneyDiagnosticData {
    code: DiagnosticCode;
    /** unresolved-reference: the name as written and the kind it should be. */
    refText?: string;
    refType?: string;
    /** missing-owner: names of owners that could be added. */
    [key: string]: unknown;
}
