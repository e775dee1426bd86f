import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { previewPage } from '../../src/render/html-page.js';
import { buildChrome, chromeWordsFrom, ENGLISH_CHROME } from '../../src/webview/preview-chrome.js';

/** A preview page as the extension writes it, with these words for its controls. */
function page(chromeWords?: Record<string, string>): Document {
    const html = previewPage({ nonce: 'n', scriptUri: 'preview.js', styleUri: 'preview.css', styleSource: "'self'", title: 'Journey map', chromeWords });
    return new JSDOM(html).window.document;
}

describe('preview chrome words', () => {
    it('reads the words the page carries, and labels the toolbar with them', () => {
        const danish = {
            ...ENGLISH_CHROME, zoomIn: 'Zoom ind (+)', zoomOut: 'Zoom ud (−)', fit: 'Tilpas', fitToWindow: 'Tilpas til vinduet (0)',
            actualSize: 'Faktisk størrelse (1)', zoomLevel: 'Zoomniveau', goToError: 'Gå til fejlen', locked: '{0} (låst)'
        };
        const document = page(danish);
        const words = chromeWordsFrom(document);
        assert.deepEqual(words, danish);
        const chrome = buildChrome(document, words, () => undefined);
        const labels = Array.from(chrome.toolbar.querySelectorAll('button')).map(b => [b.getAttribute('aria-label'), b.textContent]);
        assert.deepEqual(labels, [['Zoom ud (−)', '−'], ['Zoom ind (+)', '+'], ['Tilpas til vinduet (0)', 'Tilpas'], ['Faktisk størrelse (1)', '1:1']]);
        assert.equal(chrome.zoomLevel.getAttribute('aria-label'), 'Zoomniveau');
        assert.equal(chrome.bannerText.title, 'Gå til fejlen');
    });

    it('keeps English for a page without words, and for any word that is not a short string or loses its placeholder', () => {
        assert.deepEqual(chromeWordsFrom(page()), ENGLISH_CHROME);
        const words = chromeWordsFrom(page({ fit: 'x'.repeat(201), locked: 'låst', zoomIn: '', unknown: 'ignored', zoomOut: 'Zoom ud' } as Record<string, string>));
        assert.deepEqual(words, { ...ENGLISH_CHROME, zoomOut: 'Zoom ud' });
    });

    it('carries the words as inert JSON: markup in them ends no element and runs nothing', () => {
        const document = page({ ...ENGLISH_CHROME, fit: '</script><script>alert(1)</script>&amp;' });
        assert.equal(document.querySelectorAll('script').length, 2, 'the words and the preview script, nothing more');
        assert.equal(chromeWordsFrom(document).fit, '</script><script>alert(1)</script>&amp;');
    });
});
