/**
 * The extension-host test runner for the browser's web worker extension host
 * (what vscode.dev and github.dev run): code-server loads this bundle as
 * `extensionTestsPath` and calls run() in the worker, where there is no Node and
 * no file system. It runs the host-neutral suites of test/vscode (the same files
 * the desktop runs) and this folder's web-only ones with mocha's browser build,
 * and reports through the workspace: `.journey-test/options.json` (written by
 * the driver: a grep) in, `.journey-test/progress.log` and `results.json` out.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { emptyResults, runCollecting, runnerFailure } from '../mocha-results.js';

/** Loaded after mocha's globals exist: each file registers its describe() blocks when evaluated. */
const SUITES = [
    () => import('./host.web-suite.js'),
    () => import('../diagnostics.suite.js'),
    () => import('../editing.suite.js'),
    () => import('../preview.suite.js'),
    () => import('../second-edition.suite.js'),
    () => import('../workspace.suite.js')
];

interface BrowserMocha {
    setup(options: Record<string, unknown>): void;
    grep(pattern: string): void;
    run(done: (failures: number) => void): Mocha.Runner;
}

export async function run(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
        throw new Error('the web suite runs in a workspace folder');
    }
    const out = vscode.Uri.joinPath(folder, '.journey-test');
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(out, name), new TextEncoder().encode(text));
    const results = emptyResults(vscode.version);
    try {
        const options = await readOptions(vscode.Uri.joinPath(out, 'options.json'));
        const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
        // Results are collected from the runner's events below; the reporter prints nothing.
        mocha.setup({ ui: 'bdd', timeout: 30000, reporter: function Silent() { /* events are read below */ } });
        if (options.grep) {
            mocha.grep(options.grep);
        }
        for (const load of SUITES) {
            await load();
        }
        let progress = '';
        // One line per finished test, written in order, so the driver shows progress even if the host hangs.
        let logged = Promise.resolve();
        const log = (line: string) => {
            progress += `${line}\n`;
            const text = progress;
            logged = logged.then(() => write('progress.log', text));
        };
        await runCollecting(mocha, results, log);
        await logged;
    } catch (error) {
        // Anything that stops the run itself is reported too, so the driver never waits in vain.
        results.failures.push(runnerFailure('web extension-host test runner', error));
    }
    await write('results.json', JSON.stringify(results, undefined, 2));
}

async function readOptions(uri: vscode.Uri): Promise<{ grep?: string }> {
    try {
        return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
        return {};
    }
}
