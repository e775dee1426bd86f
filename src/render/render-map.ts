import type { JourneyMapModel } from '../model/view-model.js';
import { MIN_SECTION_WIDTH, PAD, SECTION_GAP } from './map-geometry.js';
import { readerWords, type Locale, type ReaderWords } from '../language/reader-words.js';
import { mapContext } from './map-context.js';
import { renderDefinitions } from './render-definitions.js';
import { renderJourney } from './render-journey.js';
import { remember, type RenderMemo } from './render-memo.js';
import { TEXT, textLine } from './render-parts.js';
import { wrapText } from './text/text-layout.js';
import { h, type VElement, type VNode } from './vnode.js';

export interface RenderedMap {
    /** The `<svg>` element of the whole map. */
    svg: VElement;
    width: number;
    height: number;
}

/**
 * The map of a document: every journey in it, one under the other, then the
 * definitions written in it. A pure function of the view model: the same model
 * gives the same tree, in the preview, the CLI and exports.
 */
export interface RenderOptions {
    /** A persona lens (a persona's id, or its name when it resolves to none): only what that persona passes, and its curve. */
    persona?: string;
    /** The language of the map's own words (lane names, statuses); model text stays as written. */
    locale?: Locale;
    /** Pieces kept from the last render of this document, reused where their inputs are unchanged (see render-memo.ts). */
    memo?: RenderMemo;
}

export function renderMap(model: JourneyMapModel, options: RenderOptions = {}): RenderedMap {
    // Everything a piece may read besides its own inputs: when any of it changes, the memo starts over.
    options.memo?.begin([options.locale, options.persona, model.owners, model.personas, model.kpis, model.evidence]);
    const context = mapContext(model, options.locale, options.memo);
    const sections: VNode[] = [];
    let y = PAD;
    let width = MIN_SECTION_WIDTH;
    for (const journey of model.journeys) {
        const section = renderJourney(context, journey, y, options.persona);
        sections.push(section.node);
        y += section.height + SECTION_GAP;
        width = Math.max(width, section.width);
    }
    // The definitions are in the memo's scope, and the document's URI is the memo's: after an edit in a journey they are the same tree.
    const definitions = remember(context, 'definitions', model.uri, [y, width], () => renderDefinitions(context, model, y, width));
    if (definitions) {
        sections.push(definitions.node);
        y += definitions.height + SECTION_GAP;
    }
    if (sections.length === 0) {
        sections.push(textLine(context.words.phrase('emptyFile'), PAD, y, width - 2 * PAD, TEXT.body, 'jm-muted').node);
        y += TEXT.body.lineHeight + SECTION_GAP;
    }
    const height = Math.ceil(y - SECTION_GAP + PAD);
    width = Math.ceil(width);
    const title = mapTitle(model, context.words);
    const svg = h('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        class: 'jm-map',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'group',
        'aria-label': title
    }, [
        h('title', {}, [title], 'title'),
        h('rect', { class: 'jm-bg', width, height }, [], 'background'),
        ...sections
    ]);
    options.memo?.end();
    return { svg, width, height };
}

export function mapTitle(model: JourneyMapModel, words: ReaderWords = readerWords()): string {
    const name = words.phrase('journeyMap');
    const titles = model.journeys.map(j => j.title);
    return titles.length > 0 ? `${name}: ${titles.join(', ')}` : name;
}

/**
 * Does now what the first render of a page would do once, whatever the model:
 * the words of `locale` with their first plural choice and number formats
 * (`Intl` loads its data at the first use, tens of milliseconds in a browser)
 * and the map font's width tables. The preview calls it while it waits for
 * its first model, so that the first draw does not wait for these.
 */
export function prepareToRender(locale?: Locale): ReaderWords {
    const words = readerWords(locale);
    words.count(2, 'stage');
    words.quantity({ value: 1.5, percent: true });
    for (const style of [TEXT.body, TEXT.h1]) {
        wrapText('Aa 1', 100, style, 1);
    }
    return words;
}

