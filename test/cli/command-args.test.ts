import { strict as assert } from 'node:assert';
import { asksForHelp, oneOf } from '../../src/cli/command-args.js';
import { InputError } from '../../src/cli/workspace.js';

describe('command arguments', () => {
    it('sees -h and --help among the options, but not after --', () => {
        assert.equal(asksForHelp(['file.journey', '--help']), true);
        assert.equal(asksForHelp(['-h']), true);
        assert.equal(asksForHelp(['file.journey', '--format', 'json']), false);
        assert.equal(asksForHelp(['--', '-h']), false);
    });

    it('returns an allowed value, and names every choice when the value is not one', () => {
        assert.equal(oneOf('format', 'json', ['text', 'json', 'sarif']), 'json');
        assert.throws(() => oneOf('format', 'xml', ['text', 'json', 'sarif']),
            (error: Error) => error instanceof InputError && error.message === "unknown format 'xml' (expected text, json or sarif)");
        assert.throws(() => oneOf('theme', undefined, ['light', 'dark']), /unknown theme 'undefined' \(expected light or dark\)/);
    });
});
