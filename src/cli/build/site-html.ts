import { escapeMarkup as e } from '../../render/escape.js';
import type { ChromeWords } from '../../render/html-page.js';
import type { SiteWords } from './site-words.js';

/** Every page's policy: nothing loads from outside the site, and only the map page runs a script, the site's own file. */
export function sitePolicy(script: boolean): string {
    return [
        "default-src 'none'",
        `script-src ${script ? "'self'" : "'none'"}`,
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

export interface SitePage {
    /** Path in the site, with / separators: `index.html`, `journeys/checkout.html`. */
    path: string;
    title: string;
    /** The page's content, already escaped. */
    body: string[];
    /** Stylesheets and a script of the site's own (paths from the site root). */
    styles?: string[];
    script?: string;
    /** Inert JSON the map page reads (already safe to place inside a script element). */
    data?: Array<{ id: string; json: string }>;
}

export interface SiteContext {
    words: SiteWords;
    /** The `lang` of every page. */
    lang: string;
    /** The words of the map's controls (zoom, fit, ...) in the site's language; English when not given. */
    chromeWords?: ChromeWords;
    /** Where the site will be published (`--base-url`), for canonical links; relative links work without it. */
    baseUrl?: string;
}

/** From `page` back to the site root: '' or '../'. */
export function rootOf(pagePath: string): string {
    return '../'.repeat(pagePath.split('/').length - 1);
}

export function pageHtml(page: SitePage, context: SiteContext): string {
    const root = rootOf(page.path);
    const { words } = context;
    const nav: Array<[string, string]> = [
        ['index.html', words.journeys], ['pains.html', words.painsAndOpportunities], ['kpis.html', words.kpis], ['accountability.html', words.accountability]
    ];
    const styles = ['assets/site.css', ...(page.styles ?? [])];
    return [
        '<!DOCTYPE html>',
        `<html lang="${e(context.lang)}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${e(sitePolicy(page.script !== undefined))}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${e(page.title)} · ${e(words.siteTitle)}</title>`,
        ...(context.baseUrl ? [`<link rel="canonical" href="${e(context.baseUrl.replace(/\/?$/, '/') + page.path)}">`] : []),
        ...styles.map(style => `<link rel="stylesheet" href="${e(root + style)}">`),
        '</head>',
        '<body class="site">',
        `<header class="site-nav"><nav aria-label="${e(words.siteTitle)}">${nav.map(([href, text]) =>
            `<a href="${e(root + href)}"${href === page.path ? ' aria-current="page"' : ''}>${e(text)}</a>`).join('')}</nav></header>`,
        ...page.body,
        ...(page.data ?? []).map(data => `<script type="application/json" id="${e(data.id)}">${data.json}</script>`),
        ...(page.script ? [`<script src="${e(root + page.script)}"></script>`] : []),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** A table: header cells and rows of cells, each already escaped. */
export function table(caption: string | undefined, headers: string[], rows: string[][], className = ''): string {
    return [
        `<table${className ? ` class="${className}"` : ''}>`,
        caption ? `<caption>${caption}</caption>` : '',
        `<thead><tr>${headers.map(h => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
        `<tbody>${rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}</tbody>`,
        '</table>'
    ].join('\n');
}
