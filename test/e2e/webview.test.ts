import * as assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import type { HostMessage } from '../../src/protocol/webview-protocol.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';
import { launchChromium, startWebviewHarness, VSCODE_STUB } from '../../bench/webview-harness.js';
import { outputPath } from '../helpers.js';

describe('preview webview in Chromium', function () {
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

    async function open(initialState?: unknown, viewport = { width: 1000, height: 700 }): Promise<void> {
        page = await browser.newPage({ viewport });
        errors = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        await page.addInitScript(`window.__initialState = ${JSON.stringify(initialState ?? null)} ?? undefined;`);
        await page.addInitScript(VSCODE_STUB);
        await page.goto(harness.url);
        await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'ready'));
    }

    afterEach(async () => {
        await page?.close();
    });

    /** Posts a host message as the extension does: as JSON text (see webview-protocol.ts). */
    async function post(message: HostMessage | Record<string, unknown>): Promise<void> {
        await postRaw(JSON.stringify(message));
    }

    /** Posts any value to the page as it is. */
    async function postRaw(value: unknown): Promise<void> {
        await page.evaluate(m => window.postMessage(m, '*'), value as any);
    }

    async function show(model: JourneyMapModel, label = 'main.journey'): Promise<void> {
        const before = Number(await page.evaluate(() => document.body.dataset.renders ?? '0'));
        await post({ type: 'source', source: model.uri, label, locked: false });
        await post({ type: 'render', source: model.uri, model });
        await page.waitForFunction(n => Number(document.body.dataset.renders ?? '0') > n, before);
    }

    async function posted(): Promise<any[]> {
        return page.evaluate(() => (window as any).__posted);
    }

    it('draws the first map as soon as the model arrives', async () => {
        await open();
        const { 'webshop.journey': model } = await exampleModels();
        await show(model, 'webshop.journey');
        assert.equal(await page.locator('svg.jm-map').count(), 1);
        assert.equal(await page.locator('.jm-card').count(), 11);
        assert.match(await page.locator('#title').textContent() ?? '', /webshop\.journey/);
        assert.deepEqual(errors, []);
        await page.screenshot({ path: outputPath('webview', 'webshop-vscode-dark.png') });
    });

    it('patches an update into the same DOM, without reload, keeping scroll and focus', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        await open({ zooms: { [model.uri]: 1 } }, { width: 600, height: 400 });
        await show(model);
        await page.focus('[data-id="touchpoint:Webshop.Delivery.Tracking"]');
        await page.evaluate(() => {
            (window as any).__marker = 'still here';
            (window as any).__card = document.querySelector('[data-id="touchpoint:Webshop.Delivery.Tracking"]');
            const viewport = document.getElementById('viewport')!;
            viewport.scrollLeft = 900;
            viewport.scrollTop = 150;
        });
        const changed = structuredClone(model);
        changed.documentVersion = 2;
        changed.journeys[0].stages[3].touchpoints[0].title = 'Parcel tracking, renamed';
        await show(changed);
        const after = await page.evaluate(() => {
            const card = (window as any).__card as Element;
            const viewport = document.getElementById('viewport')!;
            return {
                marker: (window as any).__marker,
                connected: card.isConnected,
                text: card.textContent,
                focused: document.activeElement === card,
                scroll: [viewport.scrollLeft, viewport.scrollTop]
            };
        });
        assert.equal(after.marker, 'still here');
        assert.equal(after.connected, true, 'the card element is the same node');
        assert.match(after.text ?? '', /Parcel tracking, renamed/);
        assert.equal(after.focused, true);
        assert.deepEqual(after.scroll, [900, 150]);
    });

    it('posts a reveal message when an element is clicked or activated with the keyboard', async () => {
        await open();
        const { 'webshop.journey': model } = await exampleModels();
        await show(model);
        await page.click('[data-id="touchpoint:Webshop.Awareness.Search"]');
        await page.focus('[data-id="stage:Webshop.Consideration"]');
        await page.keyboard.press('Enter');
        await page.click('[data-id="kpi:Reach"]');
        const reveals = (await posted()).filter(m => m.type === 'reveal');
        assert.deepEqual(reveals, [
            { type: 'reveal', source: model.uri, elementId: 'touchpoint:Webshop.Awareness.Search' },
            { type: 'reveal', source: model.uri, elementId: 'stage:Webshop.Consideration' },
            { type: 'reveal', source: model.uri, elementId: 'kpi:Reach' }
        ]);
    });

    it('marks the element a highlight message names and scrolls it into view', async () => {
        await open(undefined, { width: 500, height: 400 });
        const { 'webshop.journey': model } = await exampleModels();
        await show(model);
        const id = 'touchpoint:Webshop.Loyalty.ReferralProgram';
        await post({ type: 'highlight', source: model.uri, elementId: id, reveal: true });
        await page.waitForFunction(i => document.querySelector(`[data-id="${i}"]`)?.classList.contains('jm-highlight'), id);
        const visible = await page.evaluate(i => {
            const box = document.querySelector(`.jm-card[data-id="${i}"]`)!.getBoundingClientRect();
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return box.left >= view.left - 1 && box.right <= view.right + 1 && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
        }, id);
        assert.equal(visible, true);
        // Every mark of the element (card, emotion point, notes) is highlighted, nothing else.
        const marked = await page.evaluate(() => Array.from(document.querySelectorAll('.jm-highlight')).map(e => e.getAttribute('data-id')));
        assert.ok(marked.length >= 2);
        assert.ok(marked.every(m => m === id));
        await post({ type: 'highlight', source: model.uri, elementId: null, reveal: false });
        await page.waitForFunction(() => document.querySelectorAll('.jm-highlight').length === 0);
    });

    it('keeps the last good map and shows a banner naming the first syntax error; the banner reveals it', async () => {
        await open();
        const good = await modelOf('journey J "Good title" { stage S { touchpoint T } }');
        await show(good);
        const broken = await modelOf('journey J "Broken title" {\n  stage S {\n    touchpoint T { channel fax }\n  }\n}\n');
        assert.ok(broken.syntaxErrors.length > 0);
        await show({ ...broken, uri: good.uri });
        assert.equal(await page.isVisible('#banner'), true);
        assert.match(await page.textContent('#banner') ?? '', /Syntax error at line 3, column \d+: .*Showing the last valid map/);
        assert.match(await page.textContent('svg.jm-map') ?? '', /Good title/);
        await page.click('#banner-text');
        assert.deepEqual((await posted()).filter(m => m.type === 'revealSyntaxError'), [{ type: 'revealSyntaxError', source: good.uri }]);
        await show(good);
        assert.equal(await page.isVisible('#banner'), false);
    });

    it('ignores messages of unknown type, with malformed fields, or for another document', async () => {
        await open();
        const model = await modelOf('journey J "Shown" { stage S { touchpoint T } }');
        await show(model);
        const other = await modelOf('journey K "Other document" { stage S { touchpoint T } }');
        await post({ type: 'render', source: 'file:///elsewhere.journey', model: { ...other, uri: 'file:///elsewhere.journey' } });
        await post({ type: 'render', source: model.uri, model: { version: 1, journeys: 'nope' } });
        await post({ type: 'render', source: model.uri, model: { ...model, journeys: [{ ...model.journeys[0], title: 42 }] } });
        await post({ type: 'eval', code: 'window.__pwned = 1' });
        await post({ type: 'highlight', source: model.uri, elementId: { toString: 1 }, reveal: 'yes' });
        await postRaw('render');
        await postRaw('{"type": "render", "source": ');
        // A host message posted as an object rather than as its text: not what any host sends, so dropped too.
        const renamed = { ...model, journeys: [{ ...model.journeys[0], title: 'Posted as an object' }] };
        await postRaw({ type: 'render', source: model.uri, model: renamed });
        // A valid message after them proves they were processed (in order) and dropped.
        await post({ type: 'highlight', source: model.uri, elementId: 'journey:J', reveal: false });
        await page.waitForSelector('.jm-highlight');
        assert.match(await page.textContent('svg.jm-map') ?? '', /Shown/);
        assert.equal(await page.evaluate(() => document.body.dataset.renders), '1');
        assert.equal(await page.evaluate(() => (window as any).__pwned), undefined);
        assert.deepEqual(errors, []);
    });

    it('zooms with keys and buttons, fits to the window, and saves zoom and scroll for a restore', async () => {
        await open();
        const { 'webshop.journey': model } = await exampleModels();
        await show(model);
        const width = () => page.evaluate(() => Number(document.querySelector('svg.jm-map')!.getAttribute('width')));
        await page.keyboard.press('1');
        const base = await width();
        await page.keyboard.press('+');
        assert.equal(await width(), Math.round(base * 1.2));
        await page.click('button[data-action="zoom-out"]');
        assert.equal(await width(), base);
        await page.keyboard.press('0');
        assert.ok(await width() <= 1000, 'fits the viewport width');
        assert.match(await page.textContent('#zoom-level') ?? '', /^\d+%$/);
        const state = await page.evaluate(() => (window as any).__state);
        assert.ok(state.zoom < 1);
        assert.equal(state.source, model.uri);
    });

    it('zooms around the pointer with Ctrl+wheel (and a pinch, which arrives as one): the point under it stays put', async () => {
        await open();
        const { 'webshop.journey': model } = await exampleModels();
        await show(model);
        await page.keyboard.press('1');
        const card = '.jm-card[data-id="touchpoint:Webshop.Consideration.Reviews"]';
        await page.locator(card).scrollIntoViewIfNeeded();
        const box = (await page.locator(card).boundingBox())!;
        const pointer = { x: box.x + box.width * 0.25, y: box.y + box.height * 0.75 };
        await page.mouse.move(pointer.x, pointer.y);
        const placeOfPointer = async () => {
            const now = (await page.locator(card).boundingBox())!;
            return { x: (pointer.x - now.x) / now.width, y: (pointer.y - now.y) / now.height, width: now.width };
        };
        const zoomLevel = () => page.evaluate(() => (window as any).__state.zoom as number);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -200);
        await page.keyboard.up('Control');
        await page.waitForFunction(() => (window as any).__state.zoom > 1);
        const zoomedIn = await placeOfPointer();
        assert.ok(zoomedIn.width > box.width * 1.2, 'the card is drawn larger');
        assert.ok(Math.abs(zoomedIn.x - 0.25) < 0.03 && Math.abs(zoomedIn.y - 0.75) < 0.03, `the pointer is still over the same point: ${JSON.stringify(zoomedIn)}`);
        const before = await zoomLevel();
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, 120);
        await page.keyboard.up('Control');
        await page.waitForFunction(z => (window as any).__state.zoom < z, before);
        const zoomedOut = await placeOfPointer();
        assert.ok(Math.abs(zoomedOut.x - 0.25) < 0.03 && Math.abs(zoomedOut.y - 0.75) < 0.03, `after zooming out too: ${JSON.stringify(zoomedOut)}`);
        // A plain wheel scrolls and leaves the zoom alone.
        const zoom = await zoomLevel();
        await page.evaluate(() => { document.getElementById('viewport')!.scrollTop = 0; });
        await page.mouse.wheel(0, 100);
        await page.waitForFunction(() => document.getElementById('viewport')!.scrollTop > 0);
        assert.equal(await zoomLevel(), zoom);
        assert.deepEqual(errors, []);
    });

    it('opens a document fitted to the panel\'s width and keeps each document\'s zoom, across a reload too', async () => {
        await open(undefined, { width: 600, height: 500 });
        const { 'webshop.journey': webshop, 'kundereise.journey': kundereise } = await exampleModels();
        await show(webshop, 'webshop.journey');
        const fit = () => page.evaluate(() => {
            const viewport = document.getElementById('viewport')!;
            return {
                width: Number(document.querySelector('svg.jm-map')!.getAttribute('width')),
                clientWidth: viewport.clientWidth,
                scrollsSideways: viewport.scrollWidth > viewport.clientWidth
            };
        });
        const fitted = await fit();
        assert.ok(fitted.width <= fitted.clientWidth && fitted.width >= fitted.clientWidth - 1, JSON.stringify(fitted));
        assert.equal(fitted.scrollsSideways, false);
        const level = () => page.textContent('#zoom-level');
        const fittedLevel = await level();
        assert.notEqual(fittedLevel, '100%');
        await page.keyboard.press('+');
        await page.keyboard.press('+');
        const webshopLevel = await level();
        assert.notEqual(webshopLevel, fittedLevel);
        // Another document opens fitted to the width; back at the first, its own zoom again.
        await show(kundereise, 'kundereise.journey');
        const other = await fit();
        assert.ok(other.width <= other.clientWidth && other.width >= other.clientWidth - 1, JSON.stringify(other));
        await show(webshop, 'webshop.journey');
        assert.equal(await level(), webshopLevel);
        const state = await page.evaluate(() => (window as any).__state);
        assert.deepEqual(Object.keys(state.zooms).sort(), [kundereise.uri, webshop.uri].sort());
        await page.close();
        // A reloaded panel gets the state back: the document's zoom with it.
        await open(state, { width: 600, height: 500 });
        await post({ type: 'render', source: webshop.uri, model: webshop });
        await page.waitForFunction(() => document.body.dataset.renders === '1');
        assert.equal(await level(), webshopLevel);
        assert.deepEqual(errors, []);
    });

    it('restores the saved zoom, scroll and document after a reload', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        await open({ source: model.uri, label: 'webshop.journey', locked: true, zoom: 1.44, scrollLeft: 300, scrollTop: 40 });
        await post({ type: 'render', source: model.uri, model });
        await page.waitForFunction(() => document.body.dataset.renders === '1');
        const restored = await page.evaluate(() => ({
            zoom: document.getElementById('zoom-level')!.textContent,
            scroll: document.getElementById('viewport')!.scrollLeft,
            title: document.getElementById('title')!.textContent
        }));
        assert.deepEqual(restored, { zoom: '144%', scroll: 300, title: 'webshop.journey (locked)' });
    });

    it('takes its colours from the VS Code theme, with outlines in high contrast', async () => {
        await open();
        const { 'kundereise.journey': model } = await exampleModels();
        await show(model);
        const frameStroke = () => page.evaluate(() => getComputedStyle(document.querySelector('.jm-card > .jm-frame')!).stroke);
        const background = await page.evaluate(() => getComputedStyle(document.querySelector('.jm-bg')!).fill);
        assert.equal(background, 'rgb(30, 30, 30)', 'the editor background of the stubbed theme');
        assert.equal(await frameStroke(), 'rgb(69, 69, 69)', 'the widget border of the stubbed theme');
        await page.evaluate(() => {
            document.documentElement.style.setProperty('--vscode-contrastBorder', '#6fc3df');
            document.body.classList.add('vscode-high-contrast');
        });
        assert.equal(await frameStroke(), 'rgb(111, 195, 223)');
        await page.screenshot({ path: outputPath('webview', 'kundereise-vscode-high-contrast.png') });
    });

    it('exposes the map to assistive technology: labelled buttons reachable with Tab', async () => {
        await open();
        const { 'webshop.journey': model } = await exampleModels();
        await show(model);
        const snapshot = await page.locator('svg.jm-map').ariaSnapshot();
        assert.match(snapshot, /button "Touchpoint Checkout, channel web, owner E-commerce team, emotion -2 \(very negative\)/);
        assert.match(snapshot, /button "KPI Net Promoter Score, target ≥ 50 points, current 44 points, off track/);
        await page.focus('[data-id="journey:Webshop"]');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'stage:Webshop.Awareness');
    });

    describe('persona lens', () => {
        const cardsOf = (journeyId: string) => page.evaluate(id => Array.from(document.querySelectorAll(`[data-id="${id}"]`)[0]
            .closest('.jm-journey')!.querySelectorAll('.jm-card')).map(card => card.getAttribute('data-id')), journeyId);
        const curves = () => page.evaluate(() => Array.from(document.querySelector('[data-id="journey:Indmeldelse"]')!
            .closest('.jm-journey')!.querySelectorAll('.jm-persona-curve')).map(c => c.getAttribute('data-persona')));

        it('offers all personas or one, and under one shows only the touchpoints and the curve of that persona', async () => {
            await open();
            const { 'bibliotek.journey': model } = await exampleModels();
            await show(model, 'bibliotek.journey');
            assert.equal(await page.isVisible('#lens'), true);
            assert.deepEqual(await page.locator('#lens option').allTextContents(),
                ['All personas', 'Mette, 22, læser til sygeplejerske', 'Ole, 71, læser krimier']);
            assert.deepEqual(await cardsOf('journey:Indmeldelse'), [
                'touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'touchpoint:Indmeldelse.Opdagelse.Skranke', 'touchpoint:Indmeldelse.Oprettelse.App']);
            assert.deepEqual(await curves(), ['persona:Studerende', 'persona:Pensionist']);

            const renders = Number(await page.evaluate(() => document.body.dataset.renders));
            await page.selectOption('#lens select', 'persona:Pensionist');
            await page.waitForFunction(n => Number(document.body.dataset.renders) > n, renders);
            assert.deepEqual(await cardsOf('journey:Indmeldelse'), ['touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'touchpoint:Indmeldelse.Opdagelse.Skranke']);
            assert.deepEqual(await curves(), ['persona:Pensionist']);
            assert.equal(await page.locator('.jm-persona-point[data-persona="persona:Studerende"]').count(), 0);
            assert.equal((await page.evaluate(() => (window as any).__state)).persona, 'persona:Pensionist');
            assert.equal((await posted()).filter(m => m.type === 'rendered').at(-1).persona, 'persona:Pensionist');

            await page.selectOption('#lens select', '');
            await page.waitForFunction(() => document.querySelectorAll('.jm-persona-curve').length === 4);
            assert.equal((await page.evaluate(() => (window as any).__state)).persona, undefined);
            assert.deepEqual(errors, []);
        });

        it('gives each persona a shade of its colour for the kind of theme VS Code shows, and a dash of its own', async () => {
            await open();
            const { 'bibliotek.journey': model } = await exampleModels();
            await show(model, 'bibliotek.journey');
            const strokes = () => page.evaluate(() => ['jm-persona-1', 'jm-persona-2'].map(slot => {
                const style = getComputedStyle(document.querySelector(`.jm-persona-curve.${slot}`)!);
                return [style.stroke, style.strokeDasharray];
            }));
            const theme = (name: string) => page.evaluate(kind => {
                document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light');
                document.body.classList.add(kind);
            }, name);
            await theme('vscode-light');
            assert.deepEqual(await strokes(), [['rgb(0, 114, 178)', 'none'], ['rgb(196, 85, 0)', '7px, 4px']]);
            await theme('vscode-dark');
            assert.deepEqual((await strokes()).map(([stroke]) => stroke), ['rgb(86, 180, 233)', 'rgb(230, 159, 0)']);
            await theme('vscode-high-contrast');
            assert.deepEqual((await strokes()).map(([stroke]) => stroke), ['rgb(143, 211, 255)', 'rgb(255, 183, 51)']);
            await theme('vscode-high-contrast-light');
            assert.deepEqual((await strokes()).map(([stroke]) => stroke), ['rgb(0, 76, 122)', 'rgb(143, 61, 0)']);
            await theme('vscode-dark');
            await page.screenshot({ path: outputPath('webview', 'bibliotek-vscode-dark.png') });
        });

        it('keeps the chosen persona across a reload of the panel', async () => {
            const { 'bibliotek.journey': model } = await exampleModels();
            await open({ source: model.uri, label: 'bibliotek.journey', locked: false, persona: 'persona:Studerende' });
            await post({ type: 'render', source: model.uri, model });
            await page.waitForFunction(() => document.body.dataset.renders === '1');
            assert.equal(await page.inputValue('#lens select'), 'persona:Studerende');
            assert.deepEqual(await cardsOf('journey:Indmeldelse'), ['touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'touchpoint:Indmeldelse.Oprettelse.App']);
            assert.deepEqual(await curves(), ['persona:Studerende']);
        });

        it('is hidden for a document without personas, and a lens on a persona the document lacks shows everyone', async () => {
            const model = await modelOf('journey J { stage S { touchpoint T { emotion 1 } touchpoint U } }');
            await open({ source: model.uri, label: 'j.journey', locked: false, persona: 'persona:Gone' });
            await post({ type: 'render', source: model.uri, model });
            await page.waitForFunction(() => document.body.dataset.renders === '1');
            assert.equal(await page.isVisible('#lens'), false);
            assert.equal(await page.locator('.jm-card').count(), 2);
        });
    });

    it('asks the extension to follow a continues link, by click or by keyboard, instead of revealing the card', async () => {
        await open();
        const { 'bibliotek.journey': model } = await exampleModels();
        await show(model, 'bibliotek.journey');
        const link = '[data-id="touchpoint:Indmeldelse.Opdagelse.Skranke"] .jm-continues';
        await page.click(link);
        await page.focus(`[data-id="touchpoint:Indmeldelse.Oprettelse.App"] .jm-continues`);
        await page.keyboard.press('Enter');
        const messages = (await posted()).filter(m => m.type === 'openContinues' || m.type === 'reveal');
        assert.deepEqual(messages, [
            { type: 'openContinues', source: model.uri, elementId: 'touchpoint:Indmeldelse.Opdagelse.Skranke' },
            { type: 'openContinues', source: model.uri, elementId: 'touchpoint:Indmeldelse.Oprettelse.App' }
        ]);
    });
});
