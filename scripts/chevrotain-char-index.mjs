// An esbuild plugin for the Node bundles (esbuild.mjs): Chevrotain's lexer without its
// 65,536-entry table of character buckets.
import { readFile } from 'node:fs/promises';

/**
 * Chevrotain puts the characters from 256 up in buckets of 255 (`255 + ~~(code / 255)`)
 * and keeps each character's bucket in an array of 65,536 numbers, which every process
 * fills before its first lexer: half a megabyte of fresh memory and a loop the
 * interpreter runs 65,536 times, several milliseconds of a `journey check` that lasts a
 * few dozen. Its own comment weighs that cost against a table look-up when lexing; a
 * character from 256 up starts few tokens (a non-Latin name, a typographic quote), so
 * here the bucket is computed when asked: the same number for every character code
 * 0-65535, and undefined above, as the table gives (test/cli/chevrotain-char-index.test.ts).
 */
const TABLE_LOOKUP = `export function charCodeToOptimizedIndex(charCode) {
    return charCode < minOptimizationVal
        ? charCode
        : charCodeToOptimizedIdxMap[charCode];
}`;
const COMPUTED = `export function charCodeToOptimizedIndex(charCode) {
    return charCode < minOptimizationVal
        ? charCode
        : (charCode | 0) === charCode && charCode <= 65535 ? 255 + ~~(charCode / 255) : undefined;
}`;
const TABLE_INIT = /function initCharCodeToOptimizedIndexMap\(\) \{\n(?: {4}.*\n|\n)*?\}/;
const NO_TABLE = 'function initCharCodeToOptimizedIndexMap() {\n    // The buckets are computed by charCodeToOptimizedIndex.\n}';

/** Chevrotain's lib/src/scan/lexer.js with the bucket computed; throws if the file is not as expected. */
export function computeCharBuckets(source) {
    if (!source.includes(TABLE_LOOKUP) || !TABLE_INIT.test(source) || !source.includes('255 + ~~(i / 255)')) {
        throw new Error('chevrotain/lib/src/scan/lexer.js is not as scripts/chevrotain-char-index.mjs expects: '
            + 'check its charCodeToOptimizedIndex and initCharCodeToOptimizedIndexMap, and update or drop the plugin');
    }
    return source.replace(TABLE_LOOKUP, COMPUTED).replace(TABLE_INIT, NO_TABLE);
}

export const chevrotainCharIndex = {
    name: 'chevrotain-char-index',
    setup(build) {
        build.onLoad({ filter: /[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, async args => ({
            contents: computeCharBuckets(await readFile(args.path, 'utf8')),
            loader: 'js'
        }));
    }
};
