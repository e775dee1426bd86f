import * as assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { comparePage } from '../../src/extension/review/compare-page.js';
import { buildViewModel } from '../../src/model/build-view-model.js';
import { snapshotOf } from '../../src/model/diff/journey-snapshot.js';
import { diffSnapshots } from '../../src/model/diff/journey-diff.js';
import { createNonce } from '../../src/render/html-page.js';
import { launchChromium, startWebviewHarness, type LoopbackServer } from '../../bench/webview-harness.js';
import { buildWorkspace, exampleFiles } from '../helpers.js';

/** The compare view (Journey: Compare with HEAD) in Chromium: its page as the extension writes it, its script from the bundle. */
describe('compare view in Chromium', function () {
    this.timeout(60000);
    let browser: Browser;
    let server: LoopbackServer;
    let page: Page;
    let errors: string[];
    let html = '';

    before(async () => {
        const webshop = exampleFiles().find(file => file.name === 'webshop.journey')!.text;
        // Three changes on the map: an emotion (Checkout), a new touchpoint, a renamed stage title; one removed touchpoint.
        const edited = webshop
            .replace('emotion -2', 'emotion -1')
            .replace('touchpoint WordOfMouth "A friend\'s recommendation" {', 'touchpoint Newsletter "Newsletter" {\n            channel email\n        }\n        touchpoint WordOfMouth "A friend\'s recommendation" {')
            .replace('stage Consideration "Consideration"', 'stage Consideration "Comparing paintings"');
        assert.notEqual(edited, webshop);
        const base = await buildWorkspace({ 'webshop.journey': webshop });
        const head = await buildWorkspace({ 'webshop.journey': edited });
        const diff = diffSnapshots(snapshotOf([base.documents['webshop.journey']]), snapshotOf([head.documents['webshop.journey']]));
        server = await startWebviewHarness(() => html, 'compare.js');
        html = comparePage({
            model: buildViewModel(head.documents['webshop.journey']), diff, baseName: 'HEAD', fileName: 'webshop.journey',
            styleUri: 'preview.css', styleSource: "'self'", scriptUri: 'compare.js', nonce: createNonce()
        });
        browser = await launchChromium();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });
    afterEach(async () => {
        await page?.close();
    });

    async function open(viewport = { width: 700, height: 500 }): Promise<void> {
        page = await browser.newPage({ viewport });
        errors = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        await page.goto(server.url);
        await page.waitForFunction(() => document.body.dataset.ready === 'true');
    }

    const svgWidth = () => page.evaluate(() => Number(document.querySelector('svg.jm-map')!.getAttribute('width')));

    it('opens fitted to the panel\'s width, and zooms with the preview\'s buttons and keys', async () => {
        await open();
        const fitted = await page.evaluate(() => ({
            width: Number(document.querySelector('svg.jm-map')!.getAttribute('width')),
            clientWidth: document.getElementById('viewport')!.clientWidth
        }));
        assert.ok(fitted.width <= fitted.clientWidth && fitted.width >= fitted.clientWidth - 1, JSON.stringify(fitted));
        assert.notEqual(await page.textContent('#zoom-level'), '100%');
        await page.keyboard.press('1');
        assert.equal(await page.textContent('#zoom-level'), '100%');
        const actual = await svgWidth();
        await page.click('button[data-action="zoom-in"]');
        assert.equal(await svgWidth(), Math.round(actual * 1.2));
        await page.keyboard.press('-');
        assert.equal(await svgWidth(), actual);
        await page.click('button[data-action="fit"]');
        assert.ok(await svgWidth() < actual);
        assert.deepEqual(errors, []);
    });

    it('steps through the marked changes with the buttons and keys: each scrolled into view, focused and marked, wrapping at the ends', async () => {
        await open({ width: 600, height: 400 });
        await page.keyboard.press('1');
        // One stop per changed element, however many marks it has (a card and its emotion point).
        const marked = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll('#map .jm-el.jm-change[data-change]')).map(e => e.getAttribute('data-id')))]);
        assert.ok(marked.length >= 3, JSON.stringify(marked));
        const current = () => page.evaluate(() => {
            const focused = document.activeElement!;
            const box = focused.getBoundingClientRect();
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return {
                id: focused.getAttribute('data-id'),
                inView: box.left < view.right && box.right > view.left && box.top < view.bottom && box.bottom > view.top,
                flashing: focused.classList.contains('jm-flash'),
                position: document.getElementById('change-position')!.textContent
            };
        });
        const seen: string[] = [];
        for (let i = 0; i < marked.length; i++) {
            if (i % 2 === 0) {
                await page.click('button[data-action="next-change"]');
            } else {
                await page.keyboard.press('n');
            }
            const now = await current();
            assert.equal(now.inView, true, `change ${i + 1} is in view: ${JSON.stringify(now)} ${JSON.stringify(marked)}`);
            assert.equal(now.flashing, true);
            assert.equal(now.position, `${i + 1} of ${marked.length}`);
            seen.push(now.id!);
        }
        assert.deepEqual(seen, marked, 'every marked change in the map\'s order');
        await page.keyboard.press('n');
        assert.equal((await current()).id, marked[0], 'after the last, the first again');
        await page.keyboard.press('p');
        assert.equal((await current()).id, marked.at(-1), 'before the first, the last');
        await page.click('button[data-action="previous-change"]');
        assert.equal((await current()).id, marked.at(-2));
        assert.deepEqual(errors, []);
    });
});
