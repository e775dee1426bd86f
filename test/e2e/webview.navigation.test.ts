import * as assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { encodeHostMessage, type HostMessage } from '../../src/protocol/webview-protocol.js';
import { LABEL_WIDTH, PAD } from '../../src/render/map-geometry.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';
import { journeyWithTouchpoints } from '../../bench/render.js';
import { launchChromium, startWebviewHarness, VSCODE_STUB } from '../../bench/webview-harness.js';
import { outputPath } from '../helpers.js';

/** Moving around a large map in the preview's webview: pinned lane labels, `next` links. */
describe('preview webview in Chromium: moving around the map', function () {
    this.timeout(60000);
    let browser: Browser;
    let harness: Awaited<ReturnType<typeof startWebviewHarness>>;
    let page: Page;
    let errors: string[];

    before(async () => {
        browser = await launchChromium();
        harness = await startWebviewHarness();
    });
    after(async () => {
        await browser?.close();
        await harness?.close();
    });
    afterEach(async () => {
        await page?.close();
    });

    async function open(initialState?: unknown, viewport = { width: 700, height: 500 }): Promise<void> {
        page = await browser.newPage({ viewport });
        errors = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        await page.addInitScript(`window.__initialState = ${JSON.stringify(initialState ?? null)} ?? undefined;`);
        await page.addInitScript(VSCODE_STUB);
        await page.goto(harness.url);
        await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'ready'));
    }

    /** As the extension posts it: JSON text. */
    async function post(message: HostMessage): Promise<void> {
        await page.evaluate(m => window.postMessage(m, '*'), encodeHostMessage(message));
    }

    async function show(model: JourneyMapModel): Promise<void> {
        const before = Number(await page.evaluate(() => document.body.dataset.renders ?? '0'));
        await post({ type: 'source', source: model.uri, label: 'main.journey', locked: false });
        await post({ type: 'render', source: model.uri, model });
        await page.waitForFunction(n => Number(document.body.dataset.renders ?? '0') > n, before);
    }

    /** Where the touchpoint lane's label is, against the viewport, and what is drawn at its middle. */
    const touchpointLabel = () => page.evaluate(() => {
        const label = document.querySelector('.jm-lane-touchpoints .jm-lane-label')!;
        const box = label.getBoundingClientRect();
        const view = document.getElementById('viewport')!.getBoundingClientRect();
        const svg = document.querySelector('svg.jm-map')!.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { left: box.left - view.left, fromMap: box.left - svg.left, onTop: !!top?.closest('.jm-lane-head') };
    });

    it('keeps the lane labels at the left edge while the map scrolls sideways, above the cards, at any zoom', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        await open({ zooms: { [model.uri]: 1 } });
        await show(model);
        const atRest = await touchpointLabel();
        assert.ok(Math.abs(atRest.fromMap - (PAD + 10)) < 2, `unscrolled, the label is where the map draws it: ${JSON.stringify(atRest)}`);
        const scrollTo = (left: number) => page.evaluate(x => {
            const viewport = document.getElementById('viewport')!;
            viewport.scrollLeft = x;
            return new Promise(resolve => requestAnimationFrame(resolve));
        }, left);
        for (const left of [400, 1200]) {
            await scrollTo(left);
            const pinned = await touchpointLabel();
            assert.ok(pinned.left >= 0 && pinned.left < LABEL_WIDTH, `scrolled by ${left}, the label is in view at the left: ${JSON.stringify(pinned)}`);
            assert.ok(pinned.onTop, 'the label is drawn above the cards that scroll under it');
        }
        await page.screenshot({ path: outputPath('webview', 'webshop-scrolled-sideways.png') });
        // Every lane's head moves with it, the emotion scale and the line of visibility's label too.
        const heads = await page.evaluate(() => Array.from(document.querySelectorAll('.jm-lane-head'))
            .map(head => Math.round(head.getBoundingClientRect().left - document.getElementById('viewport')!.getBoundingClientRect().left)));
        assert.ok(heads.length >= 9 && heads.every(left => left >= 0 && left < PAD + 10), JSON.stringify(heads));
        await page.keyboard.press('+');
        const zoomed = await touchpointLabel();
        assert.ok(zoomed.left >= 0 && zoomed.left < LABEL_WIDTH * 1.2, `after a zoom too: ${JSON.stringify(zoomed)}`);
        await scrollTo(0);
        assert.ok(Math.abs((await touchpointLabel()).left - (await touchpointLabel()).fromMap) < 2, 'back at the start, back in place');
        assert.deepEqual(errors, []);
    });

    it('jumps to a next link\'s target card, by click or keyboard: scrolled into view, focused, marked for a moment', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        await open({ zooms: { [model.uri]: 1 } }, { width: 600, height: 450 });
        await show(model);
        const from = '[data-id="touchpoint:Webshop.Awareness.InstagramAds"] .jm-next';
        const target = await page.getAttribute(from, 'data-next');
        assert.equal(target, 'touchpoint:Webshop.Consideration.ProductPage');
        const landed = (id: string) => page.evaluate(i => {
            const card = document.querySelector(`.jm-card[data-id="${i}"]`)!;
            const box = card.getBoundingClientRect();
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return {
                inView: box.left >= view.left - 1 && box.right <= view.right + 1 && box.top >= view.top - 1 && box.bottom <= view.bottom + 1,
                focused: document.activeElement === card,
                flashing: card.classList.contains('jm-flash'),
                othersFlashing: document.querySelectorAll('.jm-flash').length - 1
            };
        }, id);
        await page.click(from);
        assert.deepEqual(await landed(target!), { inView: true, focused: true, flashing: true, othersFlashing: 0 });
        // The mark fades by itself.
        await page.waitForFunction(() => document.querySelectorAll('.jm-flash').length === 0);

        // From the keyboard: Tab reaches the link, Enter follows it.
        await page.evaluate(() => { document.getElementById('viewport')!.scrollLeft = 0; });
        await page.focus(`.jm-card[data-id="${target}"]`);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-next')), 'touchpoint:Webshop.Purchase.Checkout');
        await page.keyboard.press('Enter');
        assert.deepEqual(await landed('touchpoint:Webshop.Purchase.Checkout'), { inView: true, focused: true, flashing: true, othersFlashing: 0 });
        // Following a next link stays in the map: the editor is not asked to reveal anything.
        assert.deepEqual((await page.evaluate(() => (window as any).__posted)).filter((m: any) => m.type === 'reveal'), []);
        assert.deepEqual(errors, []);
    });

    it('draws a wide map a part at a time: the view first, the rest as the view comes near, when asked for, or when idle', async () => {
        const model = await modelOf(journeyWithTouchpoints(200));
        await open({ zooms: { [model.uri]: 1 } });
        // What the page holds at the moment it says the map is drawn.
        await page.evaluate(() => {
            const posted = (window as any).__posted;
            posted.push = function (this: unknown[], m: any) {
                if (m.type === 'rendered') {
                    (window as any).__atRendered = { cards: document.querySelectorAll('.jm-card').length, elements: document.querySelectorAll('#map *').length };
                }
                return Array.prototype.push.call(this, m);
            };
        });
        await show(model);
        const atRendered = await page.evaluate(() => (window as any).__atRendered);
        // The cards in view (three and a bit at this zoom), not yet those a view away.
        assert.ok(atRendered.cards >= 3 && atRendered.cards < 40, `${atRendered.cards} of 200 cards drawn at first`);
        const cardAt = (x: number) => page.evaluate(([px]) => {
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return document.elementFromPoint(view.left + px, view.top + 300)?.closest('.jm-card')?.getAttribute('data-id') ?? null;
        }, [x]);
        assert.equal(await cardAt(250), 'touchpoint:Big.S0.T0');
        // Scrolled far to the right: the cards there are drawn by the time the frame is.
        await page.evaluate(() => {
            document.getElementById('viewport')!.scrollLeft = 150 * 212;
            return new Promise(resolve => requestAnimationFrame(resolve));
        });
        assert.match(await cardAt(350) ?? 'none', /^touchpoint:Big\.S1[45]\.T\d$/);
        // The editor's cursor on a card far away: it is drawn, marked and scrolled to.
        await post({ type: 'highlight', source: model.uri, elementId: 'touchpoint:Big.S19.T9', reveal: true });
        await page.waitForFunction(() => {
            const card = document.querySelector('.jm-card[data-id="touchpoint:Big.S19.T9"]');
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return card?.classList.contains('jm-highlight') && card.getBoundingClientRect().right <= view.right + 1;
        });
        // Left alone, the page puts in the rest: find in page and Tab reach every card. The idle fill goes
        // 25 cells a slice, cards, notes and marks alike, so every card may be in while notes still wait:
        // the rest must come in too (if placeholders stayed, this wait would time out).
        const placeholders = () => page.evaluate(() => {
            const walker = document.createTreeWalker(document.getElementById('map')!, NodeFilter.SHOW_COMMENT);
            let count = 0;
            while (walker.nextNode()) count++;
            return count;
        });
        await page.waitForFunction(() => {
            const walker = document.createTreeWalker(document.getElementById('map')!, NodeFilter.SHOW_COMMENT);
            return document.querySelectorAll('.jm-card').length === 200 && !walker.nextNode();
        });
        assert.equal(await page.evaluate(() => document.querySelectorAll('.jm-card').length), 200);
        assert.equal(await placeholders(), 0);
        assert.deepEqual(errors, []);
    });
    it('puts in what is near the view first when idle, then the rest', async () => {
        const model = await modelOf(journeyWithTouchpoints(200));
        await open({ zooms: { [model.uri]: 1 } });
        // The cells in the page when it says the map is drawn, then each cell (card, note, mark) as it comes in.
        await page.evaluate(() => {
            const w = window as any;
            w.__added = [];
            const posted = w.__posted;
            posted.push = function (this: unknown[], m: any) {
                if (m.type === 'rendered' && !w.__drawn) {
                    w.__drawn = Array.from(document.querySelectorAll('.jm-lane .jm-el[data-id]')).map(e => `${e.getAttribute('class')} ${e.getAttribute('data-id')}`);
                    new MutationObserver(records => {
                        for (const record of records) {
                            for (const node of Array.from(record.addedNodes)) {
                                if (node instanceof Element && node.matches('.jm-el[data-id]')) w.__added.push(`${node.getAttribute('class')} ${node.getAttribute('data-id')}`);
                            }
                        }
                    }).observe(document.getElementById('map')!, { subtree: true, childList: true });
                }
                return Array.prototype.push.call(this, m);
            };
        });
        await show(model);
        await page.waitForFunction(() => {
            const walker = document.createTreeWalker(document.getElementById('map')!, NodeFilter.SHOW_COMMENT);
            return document.querySelectorAll('.jm-card').length === 200 && !walker.nextNode();
        });
        const { drawn, added } = await page.evaluate(() => ({ drawn: (window as any).__drawn as string[], added: (window as any).__added as string[] }));
        // Cards and notes of the touchpoint columns (the nth column is stage n / 10's touchpoint n % 10).
        const column = (entry: string) => {
            const match = /touchpoint:Big\.S(\d+)\.T(\d+)$/.exec(entry);
            return match ? Number(match[1]) * 10 + Number(match[2]) : undefined;
        };
        const pains = (entries: string[]) => entries.filter(e => e.includes('jm-pain')).map(column);
        // Drawn at first: the three columns in view (700 pixels at full size), none beyond.
        assert.deepEqual(pains(drawn), [0, 1, 2]);
        assert.ok(drawn.filter(e => e.includes('jm-card')).every(e => column(e)! <= 3), drawn.join());
        // Then the columns a view to the right, every lane of them, before the cards further away: in order, those
        // 200 cards (their lane comes first) would all come before any pain.
        const firstFar = added.findIndex(e => column(e) !== undefined && column(e)! > 6);
        const nearPains = added.map((e, i) => ({ e, i })).filter(({ e }) => e.includes('jm-pain') && [3, 4, 5].includes(column(e)!));
        assert.equal(nearPains.length, 3, added.slice(0, 20).join('\n'));
        assert.ok(nearPains.every(({ i }) => i < firstFar), added.slice(0, 20).join('\n'));
        assert.deepEqual(errors, []);
    });
});
