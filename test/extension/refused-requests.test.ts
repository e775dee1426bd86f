import { strict as assert } from 'node:assert';
import { ErrorCodes, PrepareRenameRequest, RenameRequest, ResponseError } from 'vscode-languageserver-protocol';
import { isRefusal } from '../../src/extension/refused-requests.js';

describe('requests the server refuses on purpose', () => {
    const taken = new ResponseError(ErrorCodes.InvalidParams, "An owner named 'Ops' already exists in the workspace.");

    it('takes a rename refused with InvalidParams as an answer, not a fault', () => {
        assert.equal(isRefusal(RenameRequest.method, taken), true);
        assert.equal(isRefusal(PrepareRenameRequest.method, taken), true);
    });

    it('still treats other failures as faults', () => {
        assert.equal(isRefusal(RenameRequest.method, new ResponseError(ErrorCodes.InternalError, 'boom')), false);
        assert.equal(isRefusal(RenameRequest.method, new Error('boom')), false);
        assert.equal(isRefusal('textDocument/hover', taken), false);
    });
});
