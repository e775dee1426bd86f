import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LiveWorkspace } from '../../src/cli/live-workspace.js';
import { startPreviewServer } from '../../src/cli/preview-server.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { encodeHostMessage } from '../../src/protocol/webview-protocol.js';
import { exportHtml, exportSvg } from '../../src/render/export-map.js';
import { HOSTILE_JOURNEY as HOSTILE, PAYLOADS } from '../fixtures/hostile-journey.js';
import { modelOf } from '../fixtures/view-models.js';
import { launchChromium, startWebviewHarness, VSCODE_STUB, WEBVIEW_ASSETS } from '../../bench/webview-harness.js';

describe('hostile text in real Chromium', function () {
    this.timeout(60000);
    let browser: Browser;
    let model: JourneyMapModel;

    before(async () => {
        browser = await launchChromium();
        model = await modelOf(HOSTILE);
    });
    after(async () => browser?.close());

    it('reaches the view model verbatim, with no syntax errors', () => {
        assert.deepEqual(model.syntaxErrors, []);
        assert.equal(model.journeys[0].title, PAYLOADS[1]);
        assert.equal(model.journeys[0].stages[0].touchpoints[0].title, PAYLOADS[0]);
    });

    /** Opens a page, records what a payload would do if it ran, and returns the checks. */
    async function watched(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        const errors: string[] = [];
        page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
        page.on('pageerror', error => errors.push(error.message));
        return { page, dialogs, errors };
    }

    async function assertInert(page: Page, dialogs: string[], errors: string[], expectedScripts: number): Promise<void> {
        const report = await page.evaluate(() => ({
            pwned: (window as any).__pwned,
            // Inert JSON (the map controls' words) is data the page's own script reads, never run.
            scripts: document.querySelectorAll('script:not([type="application/json"])').length,
            data: Array.from(document.querySelectorAll('script[type="application/json"]')).map(script => script.id),
            injected: document.querySelectorAll('img, iframe, foreignObject, object, embed, body svg svg').length,
            handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).filter(a => /^on/i.test(a.name)).map(a => a.name)),
            text: document.documentElement.textContent ?? ''
        }));
        assert.equal(report.pwned, undefined);
        assert.deepEqual(dialogs, []);
        assert.equal(report.scripts, expectedScripts, 'no script element besides the page\'s own');
        assert.ok(report.data.every(id => id === 'journey-chrome-words'), `only the page's own data: ${report.data.join(', ')}`);
        assert.equal(report.injected, 0, 'no element made from model text');
        assert.deepEqual(report.handlers, []);
        for (const payload of PAYLOADS) {
            // Long payloads may be wrapped over lines: compare without whitespace.
            const squeeze = (s: string) => s.replace(/\s+/g, '');
            assert.ok(squeeze(report.text).includes(squeeze(payload).slice(0, 20)), `shown as text: ${payload}`);
        }
        assert.deepEqual(errors, []);
    }

    it('shows every payload as text in the preview webview, and runs none', async () => {
        const harness = await startWebviewHarness();
        const { page, dialogs, errors } = await watched();
        try {
            await page.addInitScript(VSCODE_STUB);
            await page.goto(harness.url);
            // As the extension posts them: JSON text.
            await page.evaluate(messages => messages.forEach(m => window.postMessage(m, '*')), [
                encodeHostMessage({ type: 'source', source: model.uri, label: 'hostile.journey', locked: false }),
                encodeHostMessage({ type: 'render', source: model.uri, model })
            ]);
            await page.waitForSelector('svg.jm-map');
            // Hover and click everything clickable too: handlers would fire now.
            for (const element of await page.locator('[data-id]').all()) {
                await element.hover({ force: true }).catch(() => undefined);
            }
            await page.click('[data-id="touchpoint:J.S.T"]');
            await assertInert(page, dialogs, errors, 1);
        } finally {
            await page.close();
            await harness.close();
        }
    });

    it('exports HTML and SVG that show every payload as text, and run none', async () => {
        for (const [name, body, type] of [
            ['map.html', exportHtml(model, 'light'), 'text/html'],
            ['map.svg', exportSvg(model, 'dark'), 'image/svg+xml']
        ] as const) {
            const { page, dialogs, errors } = await watched();
            try {
                await page.route('http://export.test/**', route => route.fulfill({ body, contentType: type }));
                await page.goto(`http://export.test/${name}`);
                await assertInert(page, dialogs, errors, 0);
            } finally {
                await page.close();
            }
        }
    });

    it('serves a page that shows every payload as text, and runs none', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-hostile-'));
        writeFileSync(path.join(folder, 'hostile.journey'), HOSTILE);
        const workspace = await LiveWorkspace.open([folder], () => undefined);
        const server = await startPreviewServer({ host: '127.0.0.1', port: 0, assetsDirectory: WEBVIEW_ASSETS, workspace });
        const { page, dialogs, errors } = await watched();
        try {
            await page.goto(server.url);
            await page.waitForSelector('svg.jm-map');
            await page.click('[data-id="touchpoint:J.S.T"]');
            await assertInert(page, dialogs, errors, 1);
        } finally {
            await page.close();
            await server.close();
            workspace.close();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
