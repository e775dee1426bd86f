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

export function buildChrome(document: Document, onAction: (action: ToolbarAction) => void): PreviewChrome {
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
    const toolbar = element('div', { id: 'toolbar', role: 'toolbar', 'aria-label': 'Journey map' });
    const documents = element('nav', { id: 'documents', 'aria-label': 'Journey files' });
    const title = element('span', { id: 'title' });
    const lens = element('label', { id: 'lens' });
    lens.append(element('span', { class: 'lens-label' }), element('select', { id: 'lens-select' }));
    const spacer = element('span', { class: 'spacer' });
    const button = (action: ToolbarAction, label: string, text: string) => {
        const b = element('button', { type: 'button', 'data-action': action, 'aria-label': label, title: label }, text);
        b.addEventListener('click', () => onAction(action));
        return b;
    };
    const zoomLevel = element('output', { id: 'zoom-level', 'aria-live': 'polite', 'aria-label': 'Zoom level' }, '100%');
    toolbar.append(documents, title, lens, spacer,
        button('zoom-out', 'Zoom out (−)', '−'), zoomLevel, button('zoom-in', 'Zoom in (+)', '+'),
        button('fit', 'Fit to window (0)', 'Fit'), button('actual-size', 'Actual size (1)', '1:1'));
    const banner = element('div', { id: 'banner', role: 'alert' });
    banner.hidden = true;
    const bannerText = element('button', { type: 'button', id: 'banner-text', title: 'Go to the error' });
    banner.append(bannerText);
    const viewport = element('div', { id: 'viewport' });
    const map = element('div', { id: 'map' });
    viewport.append(map);
    const status = element('div', { id: 'status', role: 'status' });
    document.body.append(toolbar, banner, viewport, status);
    return { toolbar, documents, title, lens, zoomLevel, banner, bannerText, viewport, map, status };
}
