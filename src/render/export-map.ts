import { sha256 } from '@noble/hashes/sha2.js';
import { readerWords, type Locale } from '../language/reader-words.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { htmlPage } from './html-page.js';
import { MAP_CSS, themeCss, type ThemeName } from './map-styles.js';
import { mapTitle, renderMap } from './render-map.js';
import { copyElement, h, toMarkup } from './vnode.js';

export type ExportFormat = 'svg' | 'html';

/** A standalone SVG file: the map with its theme's styles inside. */
export function exportSvg(model: JourneyMapModel, theme: ThemeName = 'light', locale?: Locale): string {
    const { svg } = renderMap(model, { locale });
    const styled = copyElement(svg, { children: [h('style', {}, [stylesFor(theme)]), ...svg.children] });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(styled)}\n`;
}

/**
 * A self-contained HTML page: the map inline, its styles allowed by hash, and a
 * policy that lets nothing else load or run.
 */
export function exportHtml(model: JourneyMapModel, theme: ThemeName = 'light', locale?: Locale): string {
    const { svg } = renderMap(model, { locale });
    const css = `${stylesFor(theme)}\nbody { margin: 0; background: var(--jm-bg); }`;
    const hash = base64(sha256(new TextEncoder().encode(css)));
    return htmlPage({
        policy: `default-src 'none'; style-src 'sha256-${hash}'; img-src data:`,
        title: mapTitle(model, readerWords(locale)),
        lang: locale,
        rootClass: 'jm-map',
        head: [`<style>${css}</style>`],
        body: ['<body>', toMarkup(svg), '</body>']
    });
}

/** The map as a standalone file in either format (the text export is the CLI's `journey export`). */
export function exportSvgOrHtml(model: JourneyMapModel, format: ExportFormat, theme: ThemeName = 'light', locale?: Locale): string {
    return format === 'svg' ? exportSvg(model, theme, locale) : exportHtml(model, theme, locale);
}

function stylesFor(theme: ThemeName): string {
    // Variables on the root too, so the page background follows the theme.
    return `${themeCss(theme, ':root, .jm-map')}\n${MAP_CSS}`;
}

/** Standard base64 of bytes, in Node and the browser alike (the CSP hash). */
function base64(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary);
}
