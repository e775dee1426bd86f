import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { builtBundle } from '../../bench/built.js';
import { computeCharBuckets } from '../../scripts/chevrotain-char-index.mjs';

/** The lexer.js the bundles take (chevrotain's main is lib/src/api.js). */
const LEXER = path.join(path.dirname(createRequire(import.meta.url).resolve('chevrotain')), 'scan/lexer.js');

/** `charCodeToOptimizedIndex` of a version of Chevrotain's lexer.js, after its initCharCodeToOptimizedIndexMap ran. */
function bucketFunction(source: string): (charCode: number) => unknown {
    const start = source.indexOf('export const minOptimizationVal');
    const end = source.indexOf('//# sourceMappingURL');
    assert.ok(start > 0 && end > start, 'the table\'s part of lexer.js');
    const part = source.slice(start, end).replace(/export /g, '');
    return vm.runInNewContext(`${part}\ninitCharCodeToOptimizedIndexMap();\ncharCodeToOptimizedIndex;`) as (charCode: number) => unknown;
}

describe('the bundles\' Chevrotain computes its character buckets (scripts/chevrotain-char-index.mjs)', () => {
    const original = readFileSync(LEXER, 'utf8');

    it('gives the bucket Chevrotain\'s table gives for every character code, and nothing where the table has nothing', () => {
        const table = bucketFunction(original);
        const computed = bucketFunction(computeCharBuckets(original));
        for (let code = 0; code <= 0xffff; code++) {
            assert.equal(computed(code), table(code), `char code ${code}`);
        }
        for (const code of [-1, 0x10000, 0x10ffff, 300.5, Number.NaN]) {
            assert.equal(computed(code), table(code), `char code ${code}`);
        }
        assert.equal(table(0x2c00), 255 + Math.floor(0x2c00 / 255));
    });

    it('builds no table: the lexer.js it bundles has no 65,536-entry array', () => {
        assert.match(original, /new Array\(65536\)/);
        assert.doesNotMatch(computeCharBuckets(original), /new Array\(65536\)/);
        for (const bundle of ['cli/check.cjs', 'cli/commands.cjs', 'server/main.cjs']) {
            const text = readFileSync(builtBundle(bundle, ['src', 'scripts/chevrotain-char-index.mjs']), 'utf8');
            assert.match(text, /<=\s*65535\s*\?\s*255\s*\+\s*~~\(\w+\s*\/\s*255\)/, bundle);
            assert.doesNotMatch(text, /new Array\(65536\)|Array\(65536\)/, bundle);
        }
    });

    it('refuses a lexer.js that is not the one it knows, rather than bundle it unchanged', () => {
        assert.throws(() => computeCharBuckets(original.replace('255 + ~~(i / 255)', '256 + ~~(i / 256)')), /not as scripts\/chevrotain-char-index\.mjs expects/);
    });
});
