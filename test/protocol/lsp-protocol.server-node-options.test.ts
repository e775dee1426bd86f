import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../../src/protocol/lsp-protocol.js';

describe('the language server\'s Node options', () => {
    it('are options this Node accepts (a mistyped one would stop the server from starting)', () => {
        const result = spawnSync(process.execPath, [...SERVER_NODE_OPTIONS, '-e', '0'], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        assert.ok(SERVER_NODE_OPTIONS.every(option => option.startsWith('--')));
    });
});
