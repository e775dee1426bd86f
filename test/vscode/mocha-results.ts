/**
 * What both extension-host runners (test/vscode/index.ts in Node, web/index.ts in
 * the web worker) report to their drivers: each test's outcome, collected from the
 * mocha runner's events, and a progress line per finished test.
 */

export interface SuiteResults {
    passes: Array<{ title: string; duration: number }>;
    failures: Array<{ title: string; message: string; stack?: string }>;
    pending: string[];
    /** The VS Code build the suite ran in. */
    vscodeVersion: string;
    durationMs: number;
}

export function emptyResults(vscodeVersion: string): SuiteResults {
    return { passes: [], failures: [], pending: [], vscodeVersion, durationMs: 0 };
}

/** A failure of the run itself (no suite could start), reported like a test's so a driver never waits in vain. */
export function runnerFailure(title: string, error: unknown): SuiteResults['failures'][number] {
    return { title, message: String(error), stack: (error as Error)?.stack };
}

/**
 * Runs mocha, recording into `results` as tests finish and calling `log` with one
 * line per test, so a driver shows progress even if the host hangs. Resolves with
 * the number of failures once the run ends; sets the run's duration.
 */
export async function runCollecting(
    mocha: { run(done: (failures: number) => void): Mocha.Runner },
    results: SuiteResults,
    log: (line: string) => void
): Promise<number> {
    const started = Date.now();
    const failures = await new Promise<number>(resolve => {
        const runner = mocha.run(resolve);
        runner.on('pass', test => {
            results.passes.push({ title: test.fullTitle(), duration: test.duration ?? 0 });
            log(`  ok   ${test.fullTitle()} (${test.duration} ms)`);
        });
        runner.on('fail', (test, error: Error) => {
            results.failures.push({ title: test.fullTitle(), message: error.message, stack: error.stack });
            log(`  FAIL ${test.fullTitle()}: ${error.message}`);
        });
        runner.on('pending', test => results.pending.push(test.fullTitle()));
    });
    results.durationMs = Date.now() - started;
    return failures;
}
