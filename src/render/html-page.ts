import { escapeMarkup } from './escape.js';

/** The element a preview page carries the words of its own controls in, as inert JSON (read by src/webview/preview-chrome.ts). */
export const CHROME_WORDS_ID = 'journey-chrome-words';

/**
 * The words of the preview's own controls, in English. VS Code sends them in
 * the reader's language (its l10n bundles, see src/extension/preview/preview-panel.ts); `{0}` is
 * the document's name.
 */
export const ENGLISH_CHROME = {
    toolbar: 'Journey map',
    files: 'Journey files',
    zoomOut: 'Zoom out (−)',
    zoomIn: 'Zoom in (+)',
    fitToWindow: 'Fit to window (0)',
    fit: 'Fit',
    actualSize: 'Actual size (1)',
    zoomLevel: 'Zoom level',
    goToError: 'Go to the error',
    locked: '{0} (locked)',
    pageTitle: 'Journey map: {0}',
    syntaxError: 'Syntax error at line {0}, column {1}: {2}.',
    syntaxErrors: 'Syntax error at line {0}, column {1}: {2} (and {3} more).',
    showingLastValid: 'Showing the last valid map.'
};

export type ChromeWords = typeof ENGLISH_CHROME;

export interface PreviewPageOptions {
    /** Random per page load; only the script carrying it may run. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
    /** Origins allowed for styles (the webview's resource origin, or 'self'). */
    styleSource: string;
    /** Origins the script may connect to ('self' for the event stream of `journey serve`). */
    connectSource?: string;
    title: string;
    /** The page's language, which the preview script draws the map's words in (`en` when not given). */
    lang?: string;
    /** The words of the preview's own controls in the reader's language (src/webview/preview-chrome.ts), carried as inert JSON. */
    chromeWords?: Partial<ChromeWords>;
}

/**
 * The preview's HTML: an empty page with a strict policy, one stylesheet and
 * one script from the bundle; the script builds everything else.
 */
export function previewPolicy(options: PreviewPageOptions): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${options.nonce}'`,
        `style-src ${options.styleSource}`,
        `img-src ${options.styleSource} data:`,
        `font-src ${options.styleSource}`,
        `connect-src ${options.connectSource ?? "'none'"}`,
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

export function previewPage(options: PreviewPageOptions): string {
    return htmlPage({
        policy: previewPolicy(options),
        title: options.title,
        lang: options.lang,
        styleUri: options.styleUri,
        body: [
            '<body>',
            ...options.chromeWords ? [`<script type="application/json" id="${CHROME_WORDS_ID}">${inertJson(options.chromeWords)}</script>`] : [],
            `<script nonce="${escapeMarkup(options.nonce)}" src="${escapeMarkup(options.scriptUri)}"></script>`,
            '</body>'
        ]
    });
}

export interface HtmlPageParts {
    /** The Content-Security-Policy, given as a meta tag. */
    policy: string;
    title: string;
    /** The page's language (`en` when not given): a built site's maps read their words from it. */
    lang?: string;
    /** The bundle's stylesheet; a standalone page inlines its styles in `head` instead. */
    styleUri?: string;
    /** A class on the root element. */
    rootClass?: string;
    /** More lines for the head, already escaped. */
    head?: string[];
    /** The body element's markup, already escaped. */
    body: string[];
}

/** The shell every page of ours shares: charset, policy, title and the stylesheet. */
export function htmlPage(parts: HtmlPageParts): string {
    return [
        '<!DOCTYPE html>',
        `<html lang="${escapeMarkup(parts.lang ?? 'en')}"${parts.rootClass ? ` class="${escapeMarkup(parts.rootClass)}"` : ''}>`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(parts.policy)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeMarkup(parts.title)}</title>`,
        ...(parts.styleUri ? [`<link rel="stylesheet" href="${escapeMarkup(parts.styleUri)}">`] : []),
        ...(parts.head ?? []),
        '</head>',
        ...parts.body,
        '</html>',
        ''
    ].join('\n');
}

/**
 * JSON that can sit inside a `<script type="application/json">` element and stays
 * data: no `<`, `>` or `&` (so no `</script>` or comment), no line separators.
 */
export function inertJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A nonce from a strong random source (Web Crypto exists in Node 20 and in browsers). */
export function createNonce(): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary);
}
