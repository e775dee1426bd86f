import { strict as assert } from 'node:assert';
import * as protocol from 'vscode-languageserver-protocol';
import * as checkProtocol from '../../src/cli/check-protocol.js';

describe('check-protocol: vscode-languageserver-protocol in journey check\'s bundle', () => {
    it('gives the protocol\'s own objects for every name it has', () => {
        const names = Object.keys(checkProtocol).filter(name => name !== 'LSPErrorCodes');
        assert.deepEqual(names.sort(), ['CancellationToken', 'CancellationTokenSource', 'Emitter', 'ResponseError']);
        for (const name of names) {
            assert.equal(checkProtocol[name as keyof typeof checkProtocol], protocol[name as keyof typeof protocol], name);
        }
    });

    it('has the protocol\'s error codes', () => {
        assert.deepEqual({ ...checkProtocol.LSPErrorCodes }, { ...protocol.LSPErrorCodes });
    });
});
