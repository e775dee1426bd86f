import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { JourneyExtensionApi } from '../../src/extension/extension.js';
import type { ServerCrash } from '../../src/extension/journey-error-handler.js';
import { activateExtension, hasCode, openUntitled, waitForDiagnostics, waitForEvent, waitForState, whenRunning } from './helpers.js';

/** The server answers: a fresh document gets its diagnostics. */
async function assertServerAnswers(): Promise<void> {
    const document = await openUntitled('journey Alive {\n    stage S { emotion 3 touchpoint T }\n}\n');
    await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/emotion-out-of-range'));
}

describe('language server lifecycle', function () {
    this.timeout(60000);
    let api: JourneyExtensionApi;

    before(async () => {
        api = await activateExtension();
    });

    it('restarts the server with the "Journey: Restart Language Server" command', async () => {
        const pid = (api.client as LanguageClient).serverProcess?.pid;
        assert.ok(pid, 'the server runs in its own process');
        const stopped = waitForState(api.client, State.Stopped);
        await vscode.commands.executeCommand('journey.restartServer');
        await stopped;
        await whenRunning(api.client);
        assert.notEqual((api.client as LanguageClient).serverProcess?.pid, pid, 'a new server process');
        await assertServerAnswers();
    });

    /**
     * Kills the server process and returns what the crash handler did, once it is
     * done: the server running again, or stopped for good.
     */
    async function crash(): Promise<ServerCrash> {
        const server = (api.client as LanguageClient).serverProcess;
        const states: State[] = [];
        assert.equal(api.client.state, State.Running);
        assert.ok(server?.pid, 'a running server process');
        const handled = waitForEvent(api.onDidCrash, () => true, 15000, () => `the crash handler (pid ${server.pid} killed: ${server.killed}, exit ${server.exitCode}/${server.signalCode}; states since: ${states.map(s => State[s])})`);
        // The client passes through Stopped and Starting: collect the states from the kill on,
        // then wait for the one the handler's decision leads to.
        let reached: (state: State) => void = () => undefined;
        const listening = api.client.onDidChangeState(event => {
            states.push(event.newState);
            reached(event.newState);
        });
        try {
            server.kill('SIGKILL');
            const report = await handled;
            const final = report.restarting ? State.Running : State.Stopped;
            if (!states.includes(final)) {
                await new Promise<void>((resolve, reject) => {
                    const timer = setTimeout(() => reject(new Error(`client did not reach ${State[final]}; states: ${states.map(s => State[s])}`)), 15000);
                    reached = state => state === final && (clearTimeout(timer), resolve());
                });
            }
            assert.equal(api.client.state, final);
            return report;
        } finally {
            listening.dispose();
        }
    }

    it('restarts a crashed server and says so', async () => {
        const report = await crash();
        assert.equal(report.restarting, true);
        assert.match(report.message, /stopped unexpectedly and was restarted \(1 of 5 crashes/);
        await assertServerAnswers();
    });

    it('stops after five crashes in three minutes, says so, and starts again on request', async () => {
        const reports: ServerCrash[] = [];
        // One crash is already counted by the previous test.
        for (let i = 0; i < 4; i++) {
            reports.push(await crash());
        }
        assert.deepEqual(reports.map(report => report.restarting), [true, true, true, false]);
        assert.match(reports[3].message, /crashed 5 times in 3 minutes and will not be restarted automatically/);
        assert.equal(api.client.state, State.Stopped);

        await vscode.commands.executeCommand('journey.restartServer');
        await whenRunning(api.client);
        await assertServerAnswers();
        // The manual restart starts the count afresh.
        const next = await crash();
        assert.equal(next.restarting, true);
        assert.match(next.message, /\(1 of 5 crashes/);
    });
});
