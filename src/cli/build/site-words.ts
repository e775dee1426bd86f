import type { ReaderWords } from '../../language/reader-words.js';

/** The site's own words (headings, column names, sentences) in the reader's language, all from the vocabulary's tables. */
export function siteWords(words: ReaderWords) {
    const { phrase, noun, status } = words;
    const cap = words.capitalised;
    return {
        words,
        siteTitle: phrase('siteTitle'),
        journeys: cap(noun('journey', 2)),
        painsAndOpportunities: phrase('painsAndOpportunities'),
        kpis: noun('kpi', 2),
        accountability: phrase('accountability'),
        journey: cap(noun('journey')),
        stage: cap(noun('stage')),
        touchpoint: cap(noun('touchpoint')),
        owner: cap(noun('owner')),
        personas: cap(noun('persona', 2)),
        stages: cap(noun('stage', 2)),
        touchpoints: cap(noun('touchpoint', 2)),
        pain: cap(noun('pain')),
        opportunity: cap(noun('opportunity')),
        kpi: noun('kpi'),
        evidence: cap(noun('evidence', 2)),
        target: cap(phrase('target')),
        current: cap(phrase('current')),
        status: cap(phrase('status')),
        measuredBy: cap(phrase('measuredBy')),
        source: cap(phrase('source')),
        date: cap(phrase('date')),
        sample: cap(phrase('sample')),
        noOwner: phrase('noOwner'),
        none: phrase('none'),
        byJourney: phrase('byJourney'),
        byOwner: phrase('byOwner'),
        onTrack: status('on-track'),
        offTrack: status('off-track'),
        noData: status('unknown'),
        openNotes: phrase('openNotes'),
        unownedTouchpoints: phrase('unownedTouchpoints'),
        unmeasuredStages: phrase('unmeasuredStages'),
        owners: phrase('ownerDuties'),
        answersFor: phrase('answersFor'),
        thumbnailOf: (title: string) => phrase('mapOf', title),
        noJourneys: phrase('noJourneys'),
        stageItself: phrase('stageItself')
    } as const;
}

export type SiteWords = ReturnType<typeof siteWords>;
