import { CHROME_WORDS_ID, ENGLISH_CHROME, type ChromeWords } from '../render/html-page.js';

export { ENGLISH_CHROME, type ChromeWords };

/** The preview page around the map: toolbar, error banner, scrolling viewport. Built with DOM calls only. */

export interface PreviewChrome {
    toolbar: HTMLElement;
    documents: HTMLElement;
    title: HTMLElement;
    /** The persona lens: a label around a select, hidden while the document has no personas. */
    lens: HTMLElement;
    zoomLevel: HTMLOutputElement;
    banner: HTMLElement;
    bannerText: HTMLButtonElement;
    viewport: HTMLElement;
    map: HTMLElement;
    status: HTMLElement;
}

export type ToolbarAction = 'zoom-in' | 'zoom-out' | 'fit' | 'actual-size';



/** The page's words for the controls: each one given (a short string) replaces the English; anything else in it is ignored. */
export function chromeWordsFrom(document: Document): ChromeWords {
    const words = { ...ENGLISH_CHROME };
    let given: unknown;
    try {
        given = JSON.parse(document.getElementById(CHROME_WORDS_ID)?.textContent ?? 'null');
    } catch {
        return words;
    }
    if (given && typeof given === 'object') {
        for (const key of Object.keys(words) as Array<keyof ChromeWords>) {
            const value = (given as Record<string, unknown>)[key];
            if (typeof value === 'string' && value.length > 0 && value.length <= 200 && (!ENGLISH_CHROME[key].includes('{0}') || value.includes('{0}'))) {
                words[key] = value;
            }
        }
    }
    return words;
}

export function buildChrome(document: Document, words: ChromeWords, onAction: (action: ToolbarAction) => void): PreviewChrome {
    const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attrs)) {
            el.setAttribute(name, value);
        }
        if (text !== undefined) {
            el.textContent = text;
        }
        return el;
    };
    const toolbar = element('div', { id: 'toolbar', role: 'toolbar', 'aria-label': words.toolbar });
    const documents = element('nav', { id: 'documents', 'aria-label': words.files });
    const title = element('span', { id: 'title' });
    const lens = element('label', { id: 'lens' });
    lens.append(element('span', { class: 'lens-label' }), element('select', { id: 'lens-select' }));
    const spacer = element('span', { class: 'spacer' });
    const button = (action: ToolbarAction, label: string, text: string) => {
        const b = element('button', { type: 'button', 'data-action': action, 'aria-label': label, title: label }, text);
        b.addEventListener('click', () => onAction(action));
        return b;
    };
    const zoomLevel = element('output', { id: 'zoom-level', 'aria-live': 'polite', 'aria-label': words.zoomLevel }, '100%');
    toolbar.append(documents, title, lens, spacer,
        button('zoom-out', words.zoomOut, '−'), zoomLevel, button('zoom-in', words.zoomIn, '+'),
        button('fit', words.fitToWindow, words.fit), button('actual-size', words.actualSize, '1:1'));
    const banner = element('div', { id: 'banner', role: 'alert' });
    banner.hidden = true;
    const bannerText = element('button', { type: 'button', id: 'banner-text', title: words.goToError });
    banner.append(bannerText);
    const viewport = element('div', { id: 'viewport' });
    const map = element('div', { id: 'map' });
    viewport.append(map);
    const status = element('div', { id: 'status', role: 'status' });
    document.body.append(toolbar, banner, viewport, status);
    return { toolbar, documents, title, lens, zoomLevel, banner, bannerText, viewport, map, status };
}
