#!/usr/bin/env node
// Runs the extension-host suite (out/test/vscode/*.suite.cjs) in code-server's
// extension host, driven by headless Chromium, and exits non-zero on failures.
// The extension is a snapshot of this repository's build: run `npm run build` first.
// `--grep text` runs only the matching tests. `--web` runs the browser entry in the
// web worker extension host instead (what vscode.dev and github.dev run), with the
// suites built for the browser; they report through files in the workspace.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, launchChromium, startCodeServer } from '../../scripts/code-server/code-server.mjs';
import { checkBuilt, EXTENSION_ID, prepareWorkspace, ROOT, stageExtension } from './workspace.mjs';

const TIMEOUT_MS = Number(process.env.JOURNEY_VSCODE_TIMEOUT_MS ?? 8 * 60 * 1000);
const OUTPUT = path.join(ROOT, '.test-output', 'vscode');
const grepAt = process.argv.indexOf('--grep');
const grep = grepAt >= 0 ? process.argv[grepAt + 1] : undefined;
const web = process.argv.includes('--web');
const OUTPUT_DIR = web ? `${OUTPUT}-web` : OUTPUT;
const TESTS = web ? 'out/test/vscode-web/index.js' : 'out/test/vscode/index.cjs';

try {
    checkBuilt({ web });
} catch (error) {
    console.error(error.message);
    process.exit(2);
}

ensureCodeServer();
mkdirSync(OUTPUT_DIR, { recursive: true });
// Everything of one run in its own folder: runs started side by side do not meet.
const RUN = mkdtempSync(path.join(tmpdir(), 'journey-vscode-run-'));
const workspace = prepareWorkspace(RUN);
// The web worker has no file system and no environment: it reads its options from, and
// writes its results into, the workspace (a dot folder, which the server does not index).
const webFolder = path.join(workspace, '.journey-test');
const resultsFile = web ? path.join(webFolder, 'results.json') : path.join(RUN, 'results.json');
const progressFile = web ? path.join(webFolder, 'progress.log') : `${resultsFile}.log`;
if (web) {
    mkdirSync(webFolder);
    writeFileSync(path.join(webFolder, 'options.json'), JSON.stringify(grep ? { grep } : {}));
}
const extension = stageExtension(path.join(RUN, 'extension'));
const testsModule = path.join(extension, TESTS);
if (web) {
    // The tests run in the host of the extension that holds them, so they must lie inside it. The web
    // host takes a .js file of a package with "type": "module" (ours, for the repository's scripts)
    // for an ES module, which it cannot load, and it loads nothing but .js: the staged copy's
    // manifest leaves "type" out. It changes nothing else: every bundle it loads is CommonJS.
    const manifestFile = path.join(extension, 'package.json');
    const { type: _type, ...manifest } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(manifestFile, JSON.stringify(manifest, undefined, 2));
}
const serverLog = [];

const server = await startCodeServer({
    userDataDir: path.join(RUN, 'user'),
    extensionsDir: path.join(RUN, 'extensions'),
    env: { JOURNEY_TEST_RESULTS: resultsFile, ...(grep ? { JOURNEY_TEST_GREP: grep } : {}) },
    // Forces the browser entry into the web worker extension host.
    settings: web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {},
    log: text => serverLog.push(text)
});
const browser = await launchChromium();
let exitCode = 1;
try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The web host's clipboard is the browser's.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
    const started = Date.now();
    await page.goto(server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(extension)],
        ['extensionTestsPath', server.remoteUri(testsModule)]
    ]));
    console.log(`Extension-host suite in code-server's ${web ? 'web worker' : 'Node'} extension host (${server.origin}), workspace ${workspace}`);

    const results = await waitForResults(resultsFile, progressFile, TIMEOUT_MS).catch(async error => {
        await page.screenshot({ path: path.join(OUTPUT_DIR, 'timeout.png') }).catch(() => undefined);
        console.error(consoleLines.slice(-40).join('\n'));
        throw error;
    });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'workbench.png') });
    writeFileSync(path.join(OUTPUT_DIR, 'console.log'), consoleLines.join('\n'));
    copyFileSync(resultsFile, path.join(OUTPUT_DIR, 'results.json'));

    for (const failure of results.failures) {
        console.log(`\n  FAILED ${failure.title}\n    ${(failure.stack ?? failure.message).split('\n').join('\n    ')}`);
    }
    console.log(`\n${results.passes.length} passing, ${results.failures.length} failing, ${results.pending.length} pending `
        + `in VS Code ${results.vscodeVersion} (suite ${results.durationMs} ms, total ${Date.now() - started} ms)`);
    exitCode = results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
} catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`);
    console.error(serverLog.join('').split('\n').slice(-30).join('\n'));
} finally {
    await browser.close();
    await server.stop();
}
if (exitCode === 0) {
    rmSync(RUN, { recursive: true, force: true });
} else {
    console.error(`The run's workspace, logs and results are kept in ${RUN}`);
}
process.exit(exitCode);

/** Echoes the progress log as it grows and resolves with the results once written. */
function waitForResults(file, progress, timeoutMs) {
    return new Promise((resolve, reject) => {
        let printed = 0;
        const flush = () => {
            if (existsSync(progress)) {
                // The web runner rewrites the whole log: print only what is new, never a shorter read again.
                const text = readFileSync(progress, 'utf8');
                if (text.length > printed) {
                    process.stdout.write(text.slice(printed));
                    printed = text.length;
                }
            }
        };
        const check = () => {
            flush();
            if (existsSync(file)) {
                try {
                    const results = JSON.parse(readFileSync(file, 'utf8'));
                    done();
                    resolve(results);
                } catch {
                    // Still being written: the next change event completes it.
                }
            }
        };
        // File events first; a slow re-check as well, since events from another process can coalesce.
        const watcher = watch(path.dirname(file), check);
        const recheck = setInterval(check, 1000);
        const timer = setTimeout(() => {
            done();
            reject(new Error(`no results from the extension host within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const done = () => {
            watcher.close();
            clearInterval(recheck);
            clearTimeout(timer);
        };
        check();
    });
}
