/**
 * UI smoke test: the packaged .vsix installed into code-server, the workbench in
 * headless Chromium, checked the way a user sees it, twice: in the Node extension
 * host (the desktop) and forced into the web worker extension host (what
 * vscode.dev and github.dev run), where no Node process may run the language
 * server. Run by `npm run test:ui`, which packages first. Screenshots go to
 * .test-output/ui/ and .test-output/ui-web/.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureCodeServer, installExtension, launchChromium, startCodeServer } from '../../scripts/code-server/code-server.mjs';
import { ROOT } from '../helpers.js';
import { EXTENSION_ID, prepareWorkspace } from '../vscode/workspace.mjs';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** The command lines of the processes that run a language server bundle of this run's installed extension. */
function serverProcesses(run: string): string[] {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n')
        .filter(line => line.includes(run) && /out[\\/]server[\\/]/.test(line));
}

for (const host of ['node', 'web'] as const) describe(`the packaged extension in code-server's ${host === 'web' ? 'web worker' : 'Node'} extension host (UI)`, function () {
    const OUTPUT = path.join(ROOT, '.test-output', host === 'web' ? 'ui-web' : 'ui');
    let run: string;
    let server: Awaited<ReturnType<typeof startCodeServer>>;
    let browser: Browser;
    let page: Page;

    const shot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });

    before(async function () {
        this.timeout(300000);
        ensureCodeServer();
        mkdirSync(OUTPUT, { recursive: true });
        run = mkdtempSync(path.join(tmpdir(), 'journey-ui-'));
        const dirs = { userDataDir: path.join(run, 'user'), extensionsDir: path.join(run, 'extensions') };
        const installed = installExtension(VSIX, dirs);
        assert.match(installed, /successfully installed/);
        const workspace = prepareWorkspace(run);
        // The web host runs the manifest's browser entry; the setting forces it there, as on vscode.dev.
        server = await startCodeServer({ ...dirs, settings: host === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {} });
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(server.workbenchUrl(workspace));
        // The explorer lists the workspace once the workbench is ready for input.
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.journey' }).waitFor({ timeout: 60000 });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') {
            await shot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
        }
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
        rmSync(run, { recursive: true, force: true });
    });

    async function openFile(name: string): Promise<void> {
        // From the explorer: keys would go wherever the focus is (a webview, a panel).
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
        // By resource: a preview's tab names its file too.
        await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
        await page.locator('.editor-instance .view-line').first().waitFor();
    }

    async function runCommand(title: string): Promise<void> {
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill(`>${title}`);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    it('counts the problems of the opened file in the status bar and lists them in the Problems panel', async () => {
        await openFile('broken.journey');
        const problems = page.locator('[id="status.problems"]');
        await page.waitForFunction(() => /^Errors: 2\b/.test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 30000 });
        const label = await problems.getAttribute('aria-label');
        assert.doesNotMatch(label ?? '', /Warnings/, label ?? '');

        await page.keyboard.press('Control+Shift+M');
        const rows = page.locator('.markers-panel .monaco-list-row');
        await rows.filter({ hasText: "Unknown owner 'Nobody'" }).waitFor();
        await rows.filter({ hasText: 'journey/emotion-out-of-range' }).waitFor();
        await shot('problems');
    });

    if (host === 'web') {
        it('runs the language server in the browser: no Node process runs it', async () => {
            // The extension is active: the test before saw its diagnostics.
            assert.deepEqual(serverProcesses(run), []);
        });
    } else {
        it('runs the language server in a Node process of its own', async () => {
            // The same look-up that must find nothing in the web host finds the desktop's server.
            assert.equal(serverProcesses(run).length, 1, serverProcesses(run).join('\n'));
        });
    }

    it('draws the map of a reference example in the preview, and reports no error in the examples', async () => {
        await openFile('webshop.journey');
        await runCommand('Journey: Open Preview to the Side');
        const map = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('#map svg');
        await map.locator('text', { hasText: 'Consideration' }).first().waitFor({ timeout: 60000 });
        await shot('preview');
        // The examples are checked: their KPIs off track are listed (as information), and every error is broken.journey's.
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'shared.journey' }).first().waitFor({ timeout: 30000 });
        const label = await page.locator('[id="status.problems"]').getAttribute('aria-label');
        assert.match(label ?? '', /^Errors: 2\b/, label ?? '');
        assert.doesNotMatch(label ?? '', /Warnings/, label ?? '');
        await runCommand('View: Close All Editor Groups');
    });

    it('colours the syntax: keywords, names, strings, numbers and comments apart', async () => {
        await openFile('broken.journey');
        await page.locator('.view-line span span', { hasText: 'Broken on purpose' }).waitFor();
        // A string, not a function: the test runs through tsx, whose helpers do not exist in the page.
        const colours = await page.evaluate(`(() => {
            const spans = [...document.querySelectorAll('.editor-instance .view-line span span')];
            // Adjacent tokens of one colour share a span: single words match exactly, phrases inside.
            // The editor renders spaces as no-break spaces.
            const textOf = s => s.textContent.replace(/\u00a0/g, ' ');
            const colourOf = text => {
                const span = spans.find(s => text.includes(' ') ? textOf(s).includes(text) : textOf(s).trim() === text);
                return span ? getComputedStyle(span).color : 'missing';
            };
            return { keyword: colourOf('journey'), name: colourOf('Broken'), string: colourOf('Broken on purpose'),
                number: colourOf('7'), comment: colourOf('Mistakes on purpose'), plain: colourOf('{') };
        })()`) as Record<string, string>;
        await shot('syntax');
        assert.ok(!Object.values(colours).includes('missing'), JSON.stringify(colours));
        const distinct = new Set([colours.keyword, colours.name, colours.string, colours.number, colours.comment]);
        assert.equal(distinct.size, 5, JSON.stringify(colours));
        assert.notEqual(colours.keyword, colours.plain);
    });

    it('shows the completion widget with the workspace owners after Ctrl+Space', async () => {
        await openFile('broken.journey');
        const editor = page.locator('.editor-instance .monaco-editor textarea').first();
        await editor.focus();
        // Line 9 is "channel web" inside the touchpoint: add a new property line below it.
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').fill(':9');
        await page.keyboard.press('Enter');
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('owner ');
        const widget = page.locator('.editor-widget.suggest-widget');
        // The list may open by itself after 'owner ' (the extension asks for it), later than the keys under load:
        // Ctrl+Space opens it if not, and leaves it open if so.
        await page.keyboard.press('Control+Space');
        await widget.locator('.monaco-list-row', { hasText: 'Marketing' }).first().waitFor({ timeout: 20000 });
        const labels = await widget.locator('.monaco-list-row .label-name').allTextContents();
        await shot('completion');
        for (const owner of ['Marketing', 'Ecommerce', 'Ops', 'CX']) {
            assert.ok(labels.includes(owner), `${owner} in ${labels.join(', ')}`);
        }
        await page.keyboard.press('Escape');
    });
});
