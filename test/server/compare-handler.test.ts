import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CompareRequest } from '../../src/protocol/lsp-protocol.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';

describe('compare request over the language server protocol', function () {
    this.timeout(30000);
    let folder: string;
    let server: ServerConnection;

    const BASE = 'journey J "Trip" {\n    owner Team\n    stage S {\n        touchpoint A "Ask" { emotion -1 }\n        touchpoint B "Book"\n    }\n}\n';

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-compare-'));
        writeFileSync(path.join(folder, 'shared.journey'), 'owner Team "The team"\nowner Ops "Operations"\n');
        server = await startServer({ workspaceFolder: folder });
    });

    after(async () => {
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('diffs the open text against an older one, references resolved in both', async () => {
        const head = BASE.replace('emotion -1', 'emotion 1').replace('touchpoint B "Book"', 'touchpoint B "Book" { owner Ops }\n        touchpoint C "Pay"');
        const uri = server.open('trip.journey', head, 1);
        const result = await server.connection.sendRequest(CompareRequest, { uri, baseText: BASE, baseLabel: 'HEAD:trip.journey' });
        assert.equal(result.error, undefined);
        assert.equal(result.model?.journeys[0].title, 'Trip');
        assert.deepEqual(result.diff?.changes.map(c => `${c.change} ${c.id}`), [
            'modified touchpoint:J.S.A', 'modified touchpoint:J.S.B', 'added touchpoint:J.S.C'
        ]);
        assert.deepEqual(result.diff?.changes[1].properties, [{ property: 'owner', after: 'Ops' }]);
        // The older text never entered the live workspace: no duplicate-name errors for the open file.
        const diagnostics = server.latestDiagnostics(uri) ?? await server.diagnostics(uri);
        assert.deepEqual(diagnostics.filter(d => d.severity === 1), []);
    });

    it('names the older text and position when it does not parse', async () => {
        const uri = server.open('broken-base.journey', BASE, 1);
        const result = await server.connection.sendRequest(CompareRequest, { uri, baseText: 'journey J {\n  stage {\n', baseLabel: 'HEAD:broken-base.journey' });
        assert.equal(result.diff, null);
        assert.match(result.error ?? '', /^HEAD:broken-base\.journey:2:9: syntax error: /);
        assert.ok(result.model);
    });

    it('answers null for a document the server does not know', async () => {
        const result = await server.connection.sendRequest(CompareRequest, { uri: 'file:///nowhere/x.journey', baseText: '', baseLabel: 'HEAD:x' });
        assert.deepEqual(result, { uri: 'file:///nowhere/x.journey', model: null, diff: null });
    });
});
