import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { HOSTILE_JOURNEY } from '../fixtures/hostile-journey.js';
import { journey } from '../fixtures/journey-runner.js';
import { exampleModels } from '../fixtures/view-models.js';
import { EXAMPLES } from '../helpers.js';
import { launchChromium } from '../../bench/webview-harness.js';

describe('the site journey build writes, opened from file:// in Chromium', function () {
    this.timeout(120000);
    let browser: Browser;
    let folder: string;
    let models: JourneyMapModel[];

    before(async () => {
        browser = await launchChromium();
        folder = mkdtempSync(path.join(tmpdir(), 'journey-site-'));
        models = Object.values(await exampleModels());
        const result = await journey('build', EXAMPLES, '-o', path.join(folder, 'site'));
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /Wrote \d+ pages for 4 journeys \(4 files, \d+ files in all\) to .* in [\d.]+ s/);
    });
    after(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    /** A page that records every request outside `root`, every console error and every dialog. */
    async function watchedPage(root: string): Promise<{ page: Page; problems: string[] }> {
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        const problems: string[] = [];
        const inside = pathToFileURL(root).href + '/';
        page.on('request', request => { if (!request.url().startsWith(inside)) problems.push(`request outside the site: ${request.url()}`); });
        page.on('requestfailed', request => problems.push(`failed: ${request.url()}`));
        page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('dialog', dialog => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
        return { page, problems };
    }

    it('lists every journey of the examples on the index, and a click reaches each map', async () => {
        const root = path.join(folder, 'site');
        const { page, problems } = await watchedPage(root);
        const index = pathToFileURL(path.join(root, 'index.html')).href;
        await page.goto(index);
        const journeys = models.flatMap(model => model.journeys);
        assert.equal(journeys.length, 4);
        const listed = await page.locator('.journey-card h2 a').allTextContents();
        assert.deepEqual(listed.sort(), journeys.map(j => j.title).sort());
        const thumbnails = await page.locator('.journey-card img').evaluateAll(images => images.map(image => (image as HTMLImageElement).naturalWidth));
        assert.ok(thumbnails.length === journeys.length && thumbnails.every(width => width > 0), 'every thumbnail loads');
        for (const j of journeys) {
            await page.goto(index);
            await page.getByRole('link', { name: j.title, exact: true }).click();
            await page.waitForSelector('#map svg.jm-map');
            const drawn = await page.evaluate(() => ({
                title: document.querySelector('#map svg title')?.textContent,
                touchpoints: document.querySelectorAll('#map [data-kind="touchpoint"]').length,
                fontLoaded: document.fonts.check('600 12px Inter')
            }));
            assert.equal(drawn.title, `Journey map: ${j.title}`);
            assert.ok(drawn.touchpoints >= j.stages.flatMap(s => s.touchpoints).length);
            assert.ok(drawn.fontLoaded, 'the map font loads from the site');
            // The map is interactive: zoom buttons change the zoom.
            const level = await page.textContent('#zoom-level');
            await page.click('button[data-action="zoom-in"]');
            assert.notEqual(await page.textContent('#zoom-level'), level);
            assert.match(await page.textContent('.journey-details .source') ?? '', /examples\/\w+\.journey/);
        }
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('draws a Danish site\'s map controls in Danish', async () => {
        const out = path.join(folder, 'site-da');
        const result = await journey('build', path.join(EXAMPLES, 'kundereise.journey'), '-o', out, '--locale', 'da');
        assert.equal(result.code, 0, result.err);
        const { page, problems } = await watchedPage(out);
        const [map] = readdirSync(path.join(out, 'journeys')).filter(name => name.endsWith('.html'));
        await page.goto(pathToFileURL(path.join(out, 'journeys', map)).href);
        await page.waitForSelector('#map svg.jm-map');
        assert.equal(await page.getAttribute('button[data-action="zoom-in"]', 'title'), 'Zoom ind (+)');
        assert.equal(await page.textContent('button[data-action="fit"]'), 'Tilpas');
        assert.equal(await page.getAttribute('#toolbar', 'aria-label'), 'Kunderejsekort');
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('has the persona lens on a map page, and a continues link leads to the other journey\'s page, at its stage', async () => {
        const root = path.join(folder, 'site');
        const { page, problems } = await watchedPage(root);
        const pages = readdirSync(path.join(root, 'journeys'));
        const indmeldelse = pages.find(name => name.startsWith('indmeldelse'))!;
        await page.goto(pathToFileURL(path.join(root, 'journeys', indmeldelse)).href);
        await page.waitForSelector('#map svg.jm-map');
        await page.selectOption('#lens select', 'persona:Studerende');
        await page.waitForFunction(() => document.querySelectorAll('#map .jm-card').length === 2);
        assert.deepEqual(await page.locator('#map .jm-persona-curve').evaluateAll(curves => curves.map(c => c.getAttribute('data-persona'))), ['persona:Studerende']);

        await page.click('[data-id="touchpoint:Indmeldelse.Oprettelse.App"] .jm-continues[role="link"]');
        await page.waitForFunction(() => document.querySelector('[data-id="stage:Udlån.Reservering"]')?.classList.contains('jm-highlight'));
        const url = new URL(page.url());
        assert.equal(decodeURIComponent(url.hash), '#stage:Udlån.Reservering');
        assert.equal(path.dirname(url.pathname), path.dirname(new URL(pathToFileURL(path.join(root, 'journeys', indmeldelse)).href).pathname));
        assert.match(await page.textContent('.journey-details h1') ?? '', /Det første lån/);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('lists the pains, opportunities and KPIs of every file on the overview pages', async () => {
        const root = path.join(folder, 'site');
        const { page, problems } = await watchedPage(root);
        await page.goto(pathToFileURL(path.join(root, 'pains.html')).href);
        const notes = await page.locator('main').textContent() ?? '';
        for (const model of models) {
            for (const stage of model.journeys.flatMap(j => j.stages)) {
                for (const text of [...stage.pains, ...stage.opportunities, ...stage.touchpoints.flatMap(t => [...t.pains, ...t.opportunities])]) {
                    assert.ok(notes.includes(text), `pains page lists '${text}'`);
                }
            }
        }
        await page.goto(pathToFileURL(path.join(root, 'kpis.html')).href);
        const kpis = await page.locator('main').textContent() ?? '';
        for (const kpi of models.flatMap(model => model.kpis)) {
            assert.ok(kpis.includes(kpi.title), `KPI page lists '${kpi.title}'`);
        }
        assert.match(kpis, /on track/);
        await page.goto(pathToFileURL(path.join(root, 'accountability.html')).href);
        const accountability = await page.locator('main').textContent() ?? '';
        for (const owner of models.flatMap(model => model.owners)) {
            assert.ok(accountability.includes(owner.title), `accountability lists owner '${owner.title}'`);
        }
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('runs no script from model text on any page of a hostile journey\'s site', async () => {
        const source = path.join(folder, 'hostile');
        rmSync(source, { recursive: true, force: true });
        const { mkdirSync } = await import('node:fs');
        mkdirSync(source);
        writeFileSync(path.join(source, 'hostile.journey'), HOSTILE_JOURNEY);
        const root = path.join(folder, 'hostile-site');
        const result = await journey('build', source, '-o', root);
        assert.equal(result.code, 0, result.err);
        const pages = ['index.html', 'pains.html', 'kpis.html', 'accountability.html',
            ...readdirSync(path.join(root, 'journeys')).map(name => `journeys/${name}`)];
        const { page, problems } = await watchedPage(root);
        for (const name of pages) {
            await page.goto(pathToFileURL(path.join(root, name)).href);
            if (name.startsWith('journeys/')) {
                await page.waitForSelector('#map svg.jm-map');
                await page.hover('#map [data-kind="touchpoint"]');
            }
            // The page's fonts loaded before the next page is opened: a load cut off by that navigation reads as failed.
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const report = await page.evaluate(() => ({
                pwned: (window as unknown as { __pwned?: number }).__pwned,
                scripts: Array.from(document.querySelectorAll('script')).map(s => s.getAttribute('src') ?? s.getAttribute('type')),
                frames: document.querySelectorAll('iframe, foreignObject, img[onerror]').length
            }));
            assert.equal(report.pwned, undefined, `${name}: no payload ran`);
            assert.equal(report.frames, 0, `${name}: no element from model text`);
            // A map page: its model and its controls' words as inert JSON, and the site's own script.
            const expected = name.startsWith('journeys/') ? ['application/json', 'application/json', '../assets/preview.js'] : [];
            assert.deepEqual(report.scripts, expected, `${name}: only the site's own script`);
        }
        assert.deepEqual(problems, []);
        await page.close();
    });
});
