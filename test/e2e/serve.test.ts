import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LiveWorkspace } from '../../src/cli/live-workspace.js';
import { startPreviewServer, type PreviewServer } from '../../src/cli/preview-server.js';
import { builtBundle } from '../../bench/built.js';
import { EXAMPLES, outputPath } from '../helpers.js';
import { launchChromium, WEBVIEW_ASSETS } from '../../bench/webview-harness.js';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request(url, { headers }, response => {
            let body = '';
            response.on('data', chunk => { body += chunk; });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

describe('journey serve in Chromium', function () {
    this.timeout(60000);
    let browser: Browser;
    let folder: string;
    let workspace: LiveWorkspace;
    let server: PreviewServer;
    let page: Page;

    before(async () => {
        browser = await launchChromium();
    });
    after(async () => browser?.close());

    beforeEach(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-serve-'));
        cpSync(EXAMPLES, folder, { recursive: true });
        workspace = await LiveWorkspace.open([folder], () => undefined);
        workspace.watch();
        server = await startPreviewServer({ host: '127.0.0.1', port: 0, assetsDirectory: WEBVIEW_ASSETS, workspace });
        page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    });
    afterEach(async () => {
        await page.close();
        await server.close();
        workspace.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('lists every journey file and shows the first one\'s map', async () => {
        await page.goto(server.url);
        await page.waitForSelector('svg.jm-map');
        const files = await page.locator('#documents button').allTextContents();
        assert.deepEqual(files.map(f => path.basename(f)), ['bibliotek.journey', 'kundereise.journey', 'shared.journey', 'webshop.journey']);
        assert.match(await page.textContent('svg.jm-map') ?? '', /Bliv låner/);
        await page.click('#documents button:has-text("webshop.journey")');
        await page.waitForFunction(() => document.querySelector('svg.jm-map')?.textContent?.includes('Buying an original painting online'));
    });

    it('updates the map in place when a file changes on disk, including files it references', async () => {
        await page.goto(server.url);
        await page.click('#documents button:has-text("webshop.journey")');
        await page.waitForSelector('[data-id="kpi:NPS"]');
        await page.evaluate(() => { (window as any).__marker = 1; });
        const webshop = path.join(folder, 'webshop.journey');
        writeFileSync(webshop, readFileSync(webshop, 'utf8').replace('"Parcel tracking"', '"Parcel tracking live"'));
        await page.waitForFunction(() => document.querySelector('svg.jm-map')?.textContent?.includes('Parcel tracking live'));
        // A KPI defined in shared.journey is on track once its current value changes there.
        const shared = path.join(folder, 'shared.journey');
        writeFileSync(shared, readFileSync(shared, 'utf8').replace('current 44', 'current 61'));
        await page.waitForFunction(() => /on track/.test(document.querySelector('[data-id="kpi:NPS"]')?.textContent ?? ''));
        assert.equal(await page.evaluate(() => (window as any).__marker), 1, 'no reload');
    });

    it('keeps the last good map with a banner while a file has syntax errors', async () => {
        await page.goto(server.url);
        await page.click('#documents button:has-text("webshop.journey")');
        await page.waitForSelector('[data-id="kpi:NPS"]');
        const webshop = path.join(folder, 'webshop.journey');
        const good = readFileSync(webshop, 'utf8');
        writeFileSync(webshop, good.replace('channel sms', 'channel pigeon'));
        await page.waitForSelector('#banner:not([hidden])');
        assert.match(await page.textContent('#banner') ?? '', /Syntax error at line \d+/);
        assert.equal(await page.locator('.jm-card').count(), 11);
        writeFileSync(webshop, good);
        await page.waitForSelector('#banner', { state: 'hidden' });
    });

    it('drops a deleted file from the list', async () => {
        await page.goto(server.url);
        await page.waitForSelector('svg.jm-map');
        unlinkSync(path.join(folder, 'kundereise.journey'));
        await page.waitForFunction(() => document.querySelectorAll('#documents button').length === 3);
    });

    it('follows a continues link into a journey of another file, and keeps the persona lens across a reload', async () => {
        writeFileSync(path.join(folder, 'aflevering.journey'), [
            'journey Aflevering "Aflevering af lån" {',
            '    persona Pensionist',
            '    stage Automat {',
            '        touchpoint Automat "Afleveringsautomaten" {',
            '            continues Udlån.Reservering',
            '        }',
            '    }',
            '}',
            ''
        ].join('\n'));
        await page.goto(server.url);
        await page.waitForSelector('[data-id="touchpoint:Aflevering.Automat.Automat"] .jm-continues[role="link"]');
        await page.click('.jm-continues[role="link"]');
        await page.waitForFunction(() => document.querySelector('[data-id="stage:Udlån.Reservering"]')?.classList.contains('jm-highlight'));
        assert.equal(path.basename(await page.textContent('#documents button[aria-pressed="true"]') ?? ''), 'bibliotek.journey');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'stage:Udlån.Reservering');

        // The lens: only what Ole passes, and his curve; still so after a reload.
        const cards = () => page.evaluate(() => Array.from(document.querySelector('[data-id="journey:Indmeldelse"]')!.closest('.jm-journey')!
            .querySelectorAll('.jm-card, .jm-persona-curve')).map(e => e.getAttribute('data-id') ?? e.getAttribute('data-persona')));
        await page.selectOption('#lens select', 'persona:Pensionist');
        await page.waitForFunction(() => document.querySelectorAll('.jm-persona-curve').length === 2);
        const lensed = ['touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'touchpoint:Indmeldelse.Opdagelse.Skranke', 'persona:Pensionist'];
        assert.deepEqual(await cards(), lensed);
        await page.reload();
        await page.click('#documents button:has-text("bibliotek.journey")');
        await page.waitForSelector('[data-id="journey:Indmeldelse"]');
        assert.equal(await page.inputValue('#lens select'), 'persona:Pensionist');
        assert.deepEqual(await cards(), lensed);
    });

    it('sends a strict policy and refuses other host names', async () => {
        const page = await get(server.url);
        assert.equal(page.status, 200);
        const policy = String(page.headers['content-security-policy']);
        assert.match(policy, /default-src 'none'/);
        assert.match(policy, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
        const nonce = /'nonce-([^']+)'/.exec(policy)![1];
        assert.ok(page.body.includes(`<script nonce="${nonce}" src="preview.js">`));
        assert.notEqual((await get(server.url)).body, page.body, 'a new nonce per page');
        assert.equal((await get(server.url, { Host: 'attacker.example:80' })).status, 403);
        assert.equal((await get(`${server.url}../package.json`)).status, 404);
    });
});

describe('journey serve from the built CLI', function () {
    this.timeout(30000);

    it('prints its URL, listens on 127.0.0.1 only, serves the page, and stops on SIGTERM', async () => {
        const child = spawn(process.execPath, [builtBundle('cli/main.cjs'), 'serve', EXAMPLES, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = '';
                child.stdout!.on('data', chunk => {
                    out += chunk;
                    const match = /at (http:\/\/\S+)/.exec(out);
                    if (match) resolve(match[1]);
                });
                child.once('exit', code => reject(new Error(`exited with ${code}: ${out}`)));
            });
            assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
            const page = await get(url);
            assert.equal(page.status, 200);
            assert.match(page.body, /<script nonce=/);
            const events = await new Promise<string>((resolve, reject) => {
                const req = request(`${url}events`, response => {
                    response.once('data', chunk => { resolve(String(chunk)); req.destroy(); });
                });
                req.on('error', reject);
                req.end();
            });
            assert.match(events, /^data: \{"type":"documents"/);
        } finally {
            const exited = new Promise(resolve => child.once('exit', resolve));
            child.kill('SIGTERM');
            assert.equal(await exited, 0);
        }
    });
});

describe('screenshots of the examples', function () {
    this.timeout(60000);

    it('saves each example\'s exported map, light and dark, with the test output', async () => {
        const browser = await launchChromium();
        const { exampleModels } = await import('../fixtures/view-models.js');
        const { exportHtml } = await import('../../src/render/export-map.js');
        try {
            for (const [name, model] of Object.entries(await exampleModels())) {
                for (const theme of ['light', 'dark'] as const) {
                    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
                    await page.route('http://export.test/**', route => route.fulfill({ body: exportHtml(model, theme), contentType: 'text/html' }));
                    await page.goto('http://export.test/map.html');
                    const file = outputPath('screenshots', `${path.basename(name, '.journey')}-${theme}.png`);
                    await page.screenshot({ path: file, fullPage: true });
                    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.jm-bg')!).fill);
                    assert.equal(background, theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
                    await page.close();
                }
            }
        } finally {
            await browser.close();
        }
    });
});
