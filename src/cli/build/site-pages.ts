import type { EvidenceView, KpiStatus, KpiView } from '../../model/view-model.js';
import { escapeMarkup as e } from '../../render/escape.js';
import { STATIC_DATA_ID } from '../../protocol/webview-protocol.js';
import { CHROME_WORDS_ID, inertJson } from '../../render/html-page.js';
import type { SiteFacts, SiteJourney, SiteNote } from './site-facts.js';
import { table, type SiteContext, type SitePage } from './site-html.js';
import type { SiteWords } from './site-words.js';

/** The pages of the site: the index, one per journey, and the overviews; each made when it is asked for. */
export function* sitePages(facts: SiteFacts, context: SiteContext): Generator<SitePage> {
    yield indexPage(facts, context.words);
    // Where each journey's page is, for the map's `continues` links (pages sit side by side): the same list on every page.
    const pagesMessage = { type: 'journeyPages', pages: facts.journeys.map(other => ({ journey: other.journey.id, href: journeyHref(other, 'journeys') })) };
    for (const journey of facts.journeys) {
        yield journeyPage(journey, pagesMessage, context);
    }
    yield notesPage(facts, context.words);
    yield kpisPage(facts, context.words);
    yield accountabilityPage(facts, context.words);
}

/** How many pages `sitePages` makes. */
export function sitePageCount(facts: SiteFacts): number {
    return facts.journeys.length + 4;
}

export function thumbnailPath(journey: SiteJourney): string {
    return `thumbnails/${journey.slug}.svg`;
}

function journeyHref(journey: SiteJourney, from: 'root' | 'journeys'): string {
    return `${from === 'root' ? 'journeys/' : ''}${journey.slug}.html`;
}

function statusWord(status: KpiStatus, words: SiteWords): string {
    return status === 'on-track' ? words.onTrack : status === 'off-track' ? words.offTrack : words.noData;
}

function status(status: KpiStatus, words: SiteWords): string {
    return `<span class="status ${status}">${e(statusWord(status, words))}</span>`;
}

function indexPage(facts: SiteFacts, words: SiteWords): SitePage {
    const cards = facts.journeys.map(site => {
        const j = site.journey;
        const counts = site.kpiCounts;
        const n = words.words.number;
        return [
            '<article class="journey-card">',
            `<a class="thumbnail" href="${e(journeyHref(site, 'root'))}"><img src="${e(thumbnailPath(site))}" alt="${e(words.thumbnailOf(j.title))}" loading="lazy"></a>`,
            `<h2><a href="${e(journeyHref(site, 'root'))}">${e(j.title)}</a></h2>`,
            j.description ? `<p class="description">${e(j.description)}</p>` : '',
            '<dl>',
            `<dt>${e(words.owner)}</dt><dd>${e(site.ownerTitle ?? words.noOwner)}</dd>`,
            site.personaTitles.length > 0 ? `<dt>${e(words.personas)}</dt><dd>${site.personaTitles.map(e).join(', ')}</dd>` : '',
            `<dt>${e(words.stages)}</dt><dd class="count" data-count="stages">${n(site.stageCount)}</dd>`,
            `<dt>${e(words.touchpoints)}</dt><dd class="count" data-count="touchpoints">${n(site.touchpointCount)}</dd>`,
            `<dt>${e(words.kpis)}</dt><dd class="count" data-count="kpis">${status('on-track', words)} ${n(counts['on-track'])} · ${status('off-track', words)} ${n(counts['off-track'])} · ${status('unknown', words)} ${n(counts.unknown)}</dd>`,
            `<dt>${e(words.openNotes)}</dt><dd class="count" data-count="notes">${n(site.painCount)} / ${n(site.opportunityCount)}</dd>`,
            '</dl>',
            `<p class="source">${e(words.source)}: <code>${e(site.sourcePath)}</code></p>`,
            '</article>'
        ].filter(Boolean).join('\n');
    });
    return {
        path: 'index.html',
        title: words.journeys,
        body: [`<main><h1>${e(words.journeys)}</h1>`, cards.length > 0 ? `<div class="journey-list">${cards.join('\n')}</div>` : `<p>${e(words.noJourneys)}</p>`, '</main>']
    };
}

function kpiRows(kpis: KpiView[], ownerOf: (kpi: KpiView) => string | undefined, words: SiteWords): string[][] {
    return kpis.map(kpi => [
        e(kpi.title),
        e(ownerOf(kpi) ?? words.noOwner),
        e(kpi.target ? words.words.target(kpi.target, kpi.unit) : '—'),
        e(kpi.current ? words.words.quantity(kpi.current, kpi.unit) : '—'),
        status(kpi.status, words)
    ]);
}

/** The research the journey's pains and opportunities cite: where it comes from, when, how many. */
function evidenceRows(evidence: EvidenceView[], words: SiteWords): string[][] {
    return evidence.map(item => [
        e(item.title),
        e(item.origin ?? '—'),
        e(item.date ? words.words.date(item.date) : '—'),
        e(item.sample !== undefined ? words.words.number(item.sample) : '—')
    ]);
}

function journeyPage(site: SiteJourney, pagesMessage: object, context: SiteContext): SitePage {
    const { words } = context;
    const path = `journeys/${site.slug}.html`;
    const source = `site:${site.slug}`;
    const messages = [
        pagesMessage,
        { type: 'documents', documents: [{ source, label: site.journey.title }] },
        { type: 'render', source, model: site.model }
    ];
    const ownerOf = (kpi: KpiView) => site.model.owners.find(owner => owner.id === kpi.owner?.targetId)?.title ?? kpi.owner?.name;
    return {
        path,
        title: site.journey.title,
        styles: ['assets/preview.css'],
        script: 'assets/preview.js',
        data: [
            { id: STATIC_DATA_ID, json: inertJson(messages) },
            ...context.chromeWords ? [{ id: CHROME_WORDS_ID, json: inertJson(context.chromeWords) }] : []
        ],
        body: [
            `<section class="journey-details" aria-label="${e(site.journey.title)}">`,
            `<h1>${e(site.journey.title)}</h1>`,
            site.journey.description ? `<p class="description">${e(site.journey.description)}</p>` : '',
            `<p class="source">${e(words.source)}: <code>${e(site.sourcePath)}</code></p>`,
            site.kpis.length > 0
                ? table(e(words.kpis), [words.kpi, words.owner, words.target, words.current, words.status].map(e), kpiRows(site.kpis, ownerOf, words), 'kpi-table')
                : '',
            site.evidence.length > 0
                ? table(e(words.evidence), [words.evidence, words.source, words.date, words.sample].map(e), evidenceRows(site.evidence, words), 'evidence-table')
                : '',
            '</section>'
        ].filter(Boolean)
    };
}

function noteWhere(note: SiteNote, words: SiteWords): string {
    return note.touchpoint ? e(note.touchpoint.title) : `<span class="muted">${e(words.stageItself)}</span>`;
}

function notesPage(facts: SiteFacts, words: SiteWords): SitePage {
    const body = [`<main><h1>${e(words.painsAndOpportunities)}</h1>`, `<h2>${e(words.byJourney)}</h2>`];
    // Grouped in one pass each (a workspace has thousands of notes), in the order they were gathered.
    const byJourney = groupBy(facts.notes, note => note.journey);
    const byOwner = groupBy(facts.notes, note => note.ownerTitle ?? '');
    for (const site of facts.journeys) {
        const notes = byJourney.get(site) ?? [];
        if (notes.length === 0) continue;
        body.push(`<h3><a href="${e(journeyHref(site, 'root'))}">${e(site.journey.title)}</a></h3>`);
        body.push(table(undefined, [words.stage, words.touchpoint, words.pain + ' / ' + words.opportunity, words.owner].map(e),
            notes.map(note => [e(note.stage.title), noteWhere(note, words), noteCell(note, words), e(note.ownerTitle ?? words.noOwner)]), 'notes'));
    }
    body.push(`<h2>${e(words.byOwner)}</h2>`);
    const owners = [...byOwner.keys()].sort((a, b) => a.localeCompare(b));
    for (const owner of owners) {
        const notes = byOwner.get(owner)!;
        body.push(`<h3>${e(owner || words.noOwner)}</h3>`);
        body.push(table(undefined, [words.journey, words.stage, words.touchpoint, words.pain + ' / ' + words.opportunity].map(e),
            notes.map(note => [e(note.journey.journey.title), e(note.stage.title), noteWhere(note, words), noteCell(note, words)]), 'notes'));
    }
    if (facts.notes.length === 0) body.push(`<p>${e(words.none)}</p>`);
    body.push('</main>');
    return { path: 'pains.html', title: words.painsAndOpportunities, body };
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
    }
    return groups;
}

function noteCell(note: SiteNote, words: SiteWords): string {
    return `<span class="note ${note.kind}"><span class="kind">${e(note.kind === 'pain' ? words.pain : words.opportunity)}</span> ${e(note.text)}</span>`;
}

function kpisPage(facts: SiteFacts, words: SiteWords): SitePage {
    const rows = facts.kpis.map(({ kpi, ownerTitle, measuredBy, sourcePath }) => [
        e(kpi.title), e(ownerTitle ?? kpi.owner?.name ?? words.noOwner), e(kpi.target ? words.words.target(kpi.target, kpi.unit) : '—'),
        e(kpi.current ? words.words.quantity(kpi.current, kpi.unit) : '—'),
        status(kpi.status, words), measuredBy.map(e).join('<br>') || '—', `<code>${e(sourcePath)}</code>`
    ]);
    return {
        path: 'kpis.html',
        title: words.kpis,
        body: [`<main><h1>${e(words.kpis)}</h1>`,
            rows.length > 0 ? table(undefined, [words.kpi, words.owner, words.target, words.current, words.status, words.measuredBy, words.source].map(e), rows, 'kpi-table') : `<p>${e(words.none)}</p>`,
            '</main>']
    };
}

function accountabilityPage(facts: SiteFacts, words: SiteWords): SitePage {
    const list = (items: string[]) => items.length > 0 ? `<ul>${items.map(item => `<li>${item}</li>`).join('')}</ul>` : `<p>${e(words.none)}</p>`;
    const ownerRows = facts.owners.map(duty => [
        e(duty.owner.title),
        [...duty.journeys.map(j => `${e(words.journey)}: ${e(j)}`), ...duty.stages.map(s => `${e(words.stage)}: ${e(s)}`),
            ...duty.touchpoints.map(t => `${e(words.touchpoint)}: ${e(t)}`), ...duty.kpis.map(k => `${e(words.kpi)}: ${e(k)}`)].join('<br>') || '—'
    ]);
    return {
        path: 'accountability.html',
        title: words.accountability,
        body: [
            `<main><h1>${e(words.accountability)}</h1>`,
            `<h2>${e(words.unownedTouchpoints)}</h2>`,
            list(facts.unownedTouchpoints.map(({ journey, stage, touchpoint }) =>
                `<a href="${e(journeyHref(journey, 'root'))}">${e(journey.journey.title)}</a> › ${e(stage.title)} › ${e(touchpoint.title)}`)),
            `<h2>${e(words.unmeasuredStages)}</h2>`,
            list(facts.unmeasuredStages.map(({ journey, stage }) => `<a href="${e(journeyHref(journey, 'root'))}">${e(journey.journey.title)}</a> › ${e(stage.title)}`)),
            `<h2>${e(words.owners)}</h2>`,
            ownerRows.length > 0 ? table(undefined, [words.owner, words.answersFor].map(e), ownerRows, 'owners') : `<p>${e(words.none)}</p>`,
            '</main>'
        ]
    };
}
