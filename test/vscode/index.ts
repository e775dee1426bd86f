/**
 * The extension-host test runner: VS Code (or code-server) loads this module as
 * `extensionTestsPath` and calls run() inside its extension host, where the real
 * `vscode` API is available. Runs every *.suite.cjs next to it, in name order.
 *
 * Environment (optional): JOURNEY_TEST_RESULTS, a file to write the results to as
 * JSON (the code-server driver waits for it); JOURNEY_TEST_GREP, a filter.
 */
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as mochaModule from 'mocha';
import { emptyResults, runCollecting, runnerFailure } from './mocha-results.js';

export async function run(): Promise<void> {
    const resultsFile = process.env.JOURNEY_TEST_RESULTS;
    try {
        await runSuites(resultsFile);
    } catch (error) {
        // Anything that stops the run itself is reported too, so a driver never waits in vain.
        if (resultsFile && !existsSync(resultsFile)) {
            const results = emptyResults('unknown');
            results.failures.push(runnerFailure('extension-host test runner', error));
            writeFileSync(resultsFile, JSON.stringify(results));
        }
        throw error;
    }
}

async function runSuites(resultsFile: string | undefined): Promise<void> {
    // Mocha 12 is an ES module: loaded through require(), its class may sit on any of these.
    const loaded = mochaModule as unknown as { default?: typeof Mocha; Mocha?: typeof Mocha };
    const MochaClass = [loaded.default, loaded.Mocha, mochaModule].find(candidate => typeof candidate === 'function') as typeof Mocha;
    if (!MochaClass) {
        throw new Error(`cannot find the Mocha class in the 'mocha' module (keys: ${Object.keys(mochaModule).join(', ')})`);
    }
    const mocha = new MochaClass({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
    if (process.env.JOURNEY_TEST_GREP) {
        mocha.grep(process.env.JOURNEY_TEST_GREP);
    }
    for (const file of readdirSync(__dirname).filter(name => name.endsWith('.suite.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }

    const vscode = await import('vscode');
    const results = emptyResults(vscode.version);
    // One line per finished test, so a driver can show progress even if the host hangs.
    const progress = resultsFile ? `${resultsFile}.log` : undefined;
    const failures = await runCollecting(mocha, results, line => progress && appendFileSync(progress, line + '\n'));
    if (resultsFile) {
        writeFileSync(resultsFile, JSON.stringify(results, undefined, 2));
    }
    if (failures > 0) {
        throw new Error(`${failures} extension-host test(s) failed.`);
    }
}
