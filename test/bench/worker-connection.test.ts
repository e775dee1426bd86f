import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
import { startWorkerServer, type WorkerSession } from '../../bench/worker-connection.js';

describe('the web worker server in Chromium (bench/worker-connection.ts)', function () {
    this.timeout(120000);
    let folder: string;
    let server: WorkerSession;

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-worker-'));
        writeFileSync(path.join(folder, 'owners.journey'), 'owner Payments "Payments team"\n');
        server = await startWorkerServer({ workspaceFolder: folder });
    });

    after(async () => {
        await server?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('resolves a name defined in a file it reads through the client, and reports one that is nowhere', async () => {
        const journey = 'journey Shop {\n    owner Payments\n    stage Buy {\n        touchpoint Pay { channel web owner Nobody }\n    }\n}\n';
        const uri = server.open('shop.journey', journey);
        const messages = (await server.diagnostics(uri, undefined, 60000)).map(d => typeof d.message === 'string' ? d.message : d.message.value);
        assert.ok(!messages.some(message => message.includes('Payments')), messages.join('\n'));
        assert.ok(messages.some(message => message.includes("Unknown owner 'Nobody'")), messages.join('\n'));
    });

    it('answers completion with the workspace names', async () => {
        const uri = server.open('next.journey', 'journey Next {\n    owner \n}\n');
        await server.diagnostics(uri, undefined, 60000);
        const items = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 10 } });
        const labels = (Array.isArray(items) ? items : items?.items ?? []).map(item => item.label);
        assert.ok(labels.includes('Payments'), labels.join(', '));
    });
});
