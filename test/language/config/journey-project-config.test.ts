import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, type ServerConnection } from '../../../bench/server-connection.js';

const MAIN = `owner Team "Team"
kpi Speed "Speed" { owner Team target >= 5 current 2 }
journey J {
    stage S {
        measures Speed
        touchpoint T
    }
}
`;

/** A touchpoint without owner (missing-owner) and an off-track KPI, plus a duplicate owner in drafts/. */
function workspace(config: string | undefined): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-config-'));
    writeFileSync(path.join(folder, 'main.journey'), MAIN);
    mkdirSync(path.join(folder, 'drafts'));
    writeFileSync(path.join(folder, 'drafts', 'copy.journey'), 'owner Team "Team again"\n');
    if (config !== undefined) {
        writeFileSync(path.join(folder, 'journey.config.json'), config);
    }
    return folder;
}

function summary(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code}:${d.severity}`).sort();
}

describe('journey.config.json in the language server', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection | undefined;

    afterEach(async () => {
        await server?.close();
        server = undefined;
        rmSync(folder, { recursive: true, force: true });
    });

    async function start(config: string | undefined): Promise<{ mainUri: string; configUri: string; configDiagnostics: Promise<Diagnostic[]> }> {
        folder = workspace(config);
        server = await startServer({ workspaceFolder: folder });
        const configUri = pathToFileURL(path.join(folder, 'journey.config.json')).toString();
        const configDiagnostics = server.diagnostics(configUri);
        return { mainUri: server.open('main.journey', MAIN), configUri, configDiagnostics };
    }

    it('uses the defaults without a config file, and indexes every file', async () => {
        const { mainUri } = await start(undefined);
        const diagnostics = await server!.diagnostics(mainUri);
        assert.deepEqual(summary(diagnostics), ['journey/duplicate-name:1', 'journey/kpi-off-track:3', 'journey/missing-owner:2']);
    });

    it('applies configured severities, drops codes set to off and leaves ignored files out', async () => {
        const config = JSON.stringify({
            severity: { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'error' },
            ignore: ['drafts']
        });
        const { mainUri, configDiagnostics } = await start(config);
        assert.deepEqual(await configDiagnostics, []);
        const diagnostics = await server!.diagnostics(mainUri);
        // No duplicate-name: drafts/copy.journey is not in the workspace.
        assert.deepEqual(summary(diagnostics), ['journey/kpi-off-track:1']);
    });

    it('reports nothing for an ignored file, even when it is opened', async () => {
        const { mainUri } = await start(JSON.stringify({ ignore: ['drafts/**'] }));
        await server!.diagnostics(mainUri);
        const draft = server!.open('drafts/copy.journey', 'owner Team "Team again"\njourney Draft { stage S { emotion 9 } }\n');
        assert.deepEqual(await server!.diagnostics(draft), []);
    });

    it('reports a broken config file on that file and applies the defaults', async () => {
        const { mainUri, configDiagnostics } = await start('{ "severity": { "journey/missing-owner": "off", } }');
        const problems = await configDiagnostics;
        assert.equal(problems.length, 1);
        assert.equal(problems[0].code, 'journey/invalid-config');
        assert.equal(problems[0].severity, 1);
        assert.deepEqual(problems[0].range.start, { line: 0, character: 48 });
        const diagnostics = await server!.diagnostics(mainUri);
        assert.ok(summary(diagnostics).includes('journey/missing-owner:2'), summary(diagnostics).join());
    });

    it('re-checks the workspace when the config file changes on disk', async () => {
        const { mainUri, configUri } = await start(JSON.stringify({ severity: { 'journey/missing-owner': 'off' } }));
        assert.deepEqual(summary(await server!.diagnostics(mainUri)), ['journey/duplicate-name:1', 'journey/kpi-off-track:3']);

        writeFileSync(path.join(folder, 'journey.config.json'), JSON.stringify({ severity: { 'journey/kpi-off-track': 'off' }, ignore: ['drafts/**'] }));
        const next = server!.diagnostics(mainUri);
        const nextConfig = server!.diagnostics(configUri);
        await server!.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: configUri, type: FileChangeType.Changed }]
        });
        assert.deepEqual(await nextConfig, []);
        assert.deepEqual(summary(await next), ['journey/missing-owner:2']);

        // Deleting the config brings back the defaults and the ignored file.
        rmSync(path.join(folder, 'journey.config.json'));
        const after = server!.diagnostics(mainUri, params => params.diagnostics.length === 3);
        await server!.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: configUri, type: FileChangeType.Deleted }]
        });
        assert.deepEqual(summary(await after), ['journey/duplicate-name:1', 'journey/kpi-off-track:3', 'journey/missing-owner:2']);
    });
});
