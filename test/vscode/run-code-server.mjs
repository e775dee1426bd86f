#!/usr/bin/env node
// Runs the extension-host suite (out/test/vscode/*.suite.cjs) in code-server's
// extension host, driven by headless Chromium, and exits non-zero on failures.
// The extension is a snapshot of this repository's build: run `npm run build` first.
// `--grep text` runs only the matching tests.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, launchChromium, startCodeServer } from '../../scripts/code-server/code-server.mjs';
import { checkBuilt, prepareWorkspace, ROOT, stageExtension } from './workspace.mjs';

const TIMEOUT_MS = Number(process.env.JOURNEY_VSCODE_TIMEOUT_MS ?? 8 * 60 * 1000);
const OUTPUT = path.join(ROOT, '.test-output', 'vscode');
const grepAt = process.argv.indexOf('--grep');
const grep = grepAt >= 0 ? process.argv[grepAt + 1] : undefined;

try {
    checkBuilt();
} catch (error) {
    console.error(error.message);
    process.exit(2);
}

ensureCodeServer();
mkdirSync(OUTPUT, { recursive: true });
// Everything of one run in its own folder: runs started side by side do not meet.
const RUN = mkdtempSync(path.join(tmpdir(), 'journey-vscode-run-'));
const resultsFile = path.join(RUN, 'results.json');
const progressFile = `${resultsFile}.log`;
const workspace = prepareWorkspace(RUN);
const extension = stageExtension(path.join(RUN, 'extension'));
const serverLog = [];

const server = await startCodeServer({
    userDataDir: path.join(RUN, 'user'),
    extensionsDir: path.join(RUN, 'extensions'),
    env: { JOURNEY_TEST_RESULTS: resultsFile, ...(grep ? { JOURNEY_TEST_GREP: grep } : {}) },
    log: text => serverLog.push(text)
});
const browser = await launchChromium();
let exitCode = 1;
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLines = [];
    page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
    const started = Date.now();
    await page.goto(server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(extension)],
        ['extensionTestsPath', server.remoteUri(path.join(extension, 'out', 'test', 'vscode', 'index.cjs'))]
    ]));
    console.log(`Extension-host suite in code-server (${server.origin}), workspace ${workspace}`);

    const results = await waitForResults(resultsFile, progressFile, TIMEOUT_MS).catch(async error => {
        await page.screenshot({ path: path.join(OUTPUT, 'timeout.png') }).catch(() => undefined);
        console.error(consoleLines.slice(-40).join('\n'));
        throw error;
    });
    await page.screenshot({ path: path.join(OUTPUT, 'workbench.png') });
    writeFileSync(path.join(OUTPUT, 'console.log'), consoleLines.join('\n'));
    copyFileSync(resultsFile, path.join(OUTPUT, 'results.json'));

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
                const text = readFileSync(progress, 'utf8');
                process.stdout.write(text.slice(printed));
                printed = text.length;
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
