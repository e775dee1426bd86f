import type { ElementChange, JourneyDiff } from '../../model/diff/diff-model.js';
import { summaryPhrases } from '../../model/diff/diff-wording.js';
import { readerWords, type Locale, type ReaderWords } from '../../language/reader-words.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import { escapeMarkup } from '../../render/escape.js';
import { renderMap } from '../../render/render-map.js';
import { h, toMarkup, type VElement } from '../../render/vnode.js';
import { htmlPage } from '../../render/html-page.js';
import { describeChange, markChanges } from './change-marks.js';

export interface ComparePageOptions {
    model: JourneyMapModel;
    diff: JourneyDiff;
    /** What the map is compared with: `HEAD`. */
    baseName: string;
    fileName: string;
    /** The preview's stylesheet (theme colours and map rules). */
    styleUri: string;
    /** Origin allowed for that stylesheet (the webview's resource origin). */
    styleSource: string;
    /** The compare view's script (zoom, fit, next and previous change), run with the page's nonce. */
    scriptUri: string;
    nonce: string;
    /** The view's own words in the reader's language (English when not given); `{0}`, `{1}` are filled in here or by the script. */
    words?: CompareWords;
    /** The language of the map's own words. */
    locale?: Locale;
}

/** The compare view's own words, in English; VS Code gives them in its display language (compare-with-head.ts). */
export const ENGLISH_COMPARE_WORDS = {
    changesSince: '{0}: changes since {1}',
    noChangesSince: 'No changes since {0}.',
    legend: 'Legend',
    added: 'added',
    changed: 'changed',
    moved: 'moved or renamed',
    removedBelow: 'removed (listed below the map)',
    removed: 'Removed',
    addedAndChanged: 'Added and changed',
    previousChange: 'Previous change (p)',
    nextChange: 'Next change (n)',
    position: '{0} of {1}',
    zoomOut: 'Zoom out (−)',
    zoomIn: 'Zoom in (+)',
    zoomLevel: 'Zoom level',
    fitToWindow: 'Fit to window (0)',
    fit: 'Fit',
    actualSize: 'Actual size (1)'
};

export type CompareWords = typeof ENGLISH_COMPARE_WORDS;

function fill(text: string, ...values: string[]): string {
    return text.replace(/\{(\d)\}/g, (whole, n: string) => values[Number(n)] ?? whole);
}

/** The styles of the marks; values are ours, the colours the theme's. */
export const COMPARE_CSS = `
#legend { display: flex; flex-wrap: wrap; gap: 14px; padding: 6px 12px; border-bottom: 1px solid var(--jm-border); flex: none; }
.legend-item { display: inline-flex; align-items: center; gap: 6px; }
.legend-swatch { display: inline-block; width: 14px; height: 10px; border-radius: 3px; border: 2.5px solid var(--jm-neutral); }
.legend-added { border-color: var(--jm-good); }
.legend-modified { border-color: var(--jm-highlight); border-style: dashed; }
.legend-moved { border-color: var(--jm-accent); border-style: double; border-width: 4px; }
.legend-removed { border-color: var(--jm-bad); border-style: dotted; }
.jm-change > .jm-frame { stroke-width: 3; }
.jm-change-added > .jm-frame { stroke: var(--jm-good); }
.jm-change-modified > .jm-frame { stroke: var(--jm-highlight); stroke-dasharray: 7 3; }
.jm-change-moved > .jm-frame { stroke: var(--jm-accent); stroke-dasharray: 2 2; }
.jm-change-badge circle { fill: var(--jm-bg); stroke-width: 2; }
.jm-change-added .jm-change-badge circle { stroke: var(--jm-good); }
.jm-change-modified .jm-change-badge circle { stroke: var(--jm-highlight); }
.jm-change-moved .jm-change-badge circle { stroke: var(--jm-accent); }
.jm-map .jm-change-badge text { font-size: 11px; font-weight: 700; }
#change-position { min-width: 4em; text-align: center; color: var(--jm-muted); }
#changes { padding: 8px 16px 16px; }
#changes h2 { font-size: 13px; margin: 12px 0 4px; }
#changes ul { margin: 0; padding-left: 18px; }
#changes li { margin: 2px 0; }
#changes .removed { color: var(--jm-bad); }
`;

/**
 * The compare view: the current map with its changes marked, a legend, and
 * the list of every change (removed elements are only there). The page is
 * drawn here; its one script (the bundle's, with this page's nonce) zooms and
 * fits the map as the preview does and steps through the changes. Styles from
 * the bundle and this page's nonce only; all model text is escaped by the
 * markup serialiser. That serialiser writes an empty element
 * as `<x/>`, which HTML reads as an open tag, so every HTML element here has
 * content (an empty text at least).
 */
export function comparePage(options: ComparePageOptions): string {
    const { model, diff } = options;
    const words = options.words ?? ENGLISH_COMPARE_WORDS;
    // The change sentences name the map's elements, so they speak the map's language.
    const mapWords = readerWords(options.locale);
    const title = fill(words.changesSince, options.fileName, options.baseName);
    const policy = `default-src 'none'; script-src 'nonce-${options.nonce}'; style-src ${options.styleSource} 'nonce-${options.nonce}'; `
        + `img-src ${options.styleSource} data:; font-src ${options.styleSource}`;
    const summary = diff.changes.length === 0 ? fill(words.noChangesSince, options.baseName) : summaryPhrases(diff, mapWords).join(', ');
    const body = h('body', { 'data-host': 'vscode', class: 'jm-compare' }, [
        h('div', { id: 'toolbar', role: 'toolbar', 'aria-label': title }, [
            h('span', { id: 'title' }, [title]), h('span', { class: 'spacer' }, ['']), h('span', { id: 'summary' }, [summary]),
            ...changeButtons(diff, words), ...zoomButtons(words)
        ]),
        legend(words),
        h('div', { id: 'viewport' }, [
            h('div', { id: 'map' }, [markChanges(renderMap(model, { locale: options.locale }).svg, diff, model, mapWords)]),
            changeList(diff, words, mapWords)
        ])
    ]);
    const markup = toMarkup(body);
    return htmlPage({
        policy,
        title,
        lang: options.locale,
        styleUri: options.styleUri,
        head: [`<style nonce="${escapeMarkup(options.nonce)}">${COMPARE_CSS}</style>`],
        // The script goes last in the body, after everything it works on.
        body: [markup.replace(/<\/body>$/, `<script nonce="${escapeMarkup(options.nonce)}" src="${escapeMarkup(options.scriptUri)}"></script></body>`)]
    });
}

function button(action: string, label: string, text: string, disabled = false): VElement {
    return h('button', { type: 'button', 'data-action': action, 'aria-label': label, title: label, disabled: disabled ? 'disabled' : undefined }, [text]);
}

/** Previous and next change (keys p and n), and which one is shown; off when the map marks none. */
function changeButtons(diff: JourneyDiff, words: CompareWords): VElement[] {
    const none = !diff.changes.some(change => change.change !== 'removed');
    return [
        button('previous-change', words.previousChange, '↑', none),
        h('output', { id: 'change-position', 'aria-live': 'polite', 'data-format': words.position }, ['']),
        button('next-change', words.nextChange, '↓', none)
    ];
}

/** The preview's zoom buttons, with the same actions and keys (see src/webview/preview-chrome.ts). */
function zoomButtons(words: CompareWords): VElement[] {
    return [
        button('zoom-out', words.zoomOut, '−'),
        h('output', { id: 'zoom-level', 'aria-live': 'polite', 'aria-label': words.zoomLevel }, ['100%']),
        button('zoom-in', words.zoomIn, '+'),
        button('fit', words.fitToWindow, words.fit),
        button('actual-size', words.actualSize, '1:1')
    ];
}

function legend(words: CompareWords): VElement {
    const items: Array<[string, string]> = [
        ['legend-added', words.added],
        ['legend-modified', words.changed],
        ['legend-moved', words.moved],
        ['legend-removed', words.removedBelow]
    ];
    return h('div', { id: 'legend', role: 'list', 'aria-label': words.legend }, items.map(([className, label]) =>
        h('span', { class: 'legend-item', role: 'listitem' }, [h('span', { class: `legend-swatch ${className}` }, ['']), label])));
}

function changeList(diff: JourneyDiff, words: CompareWords, mapWords: ReaderWords): VElement {
    const removed = diff.changes.filter(change => change.change === 'removed');
    const others = diff.changes.filter(change => change.change !== 'removed');
    return h('div', { id: 'changes' }, [
        removed.length > 0 && h('h2', {}, [words.removed]),
        removed.length > 0 && h('ul', {}, removed.map(change => item(change, mapWords, 'removed'))),
        others.length > 0 && h('h2', {}, [words.addedAndChanged]),
        others.length > 0 && h('ul', {}, others.map(change => item(change, mapWords)))
    ]);
}

function item(change: ElementChange, words: ReaderWords, className?: string): VElement {
    const title = change.title !== change.name.split('.').pop() ? ` “${change.title}”` : '';
    return h('li', { class: className, 'data-id': change.id }, [`${words.noun(change.kind)} ${change.name}${title}: ${describeChange(change, words)}`]);
}
