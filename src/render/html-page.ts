import { escapeMarkup } from './escape.js';

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
        body: ['<body>', `<script nonce="${escapeMarkup(options.nonce)}" src="${escapeMarkup(options.scriptUri)}"></script>`, '</body>']
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
