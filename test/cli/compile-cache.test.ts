import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** A small CommonJS bundle, as esbuild writes the CLI's: uses require, module, exports, __filename, __dirname. */
function bundleText(answer: number): string {
    return `"use strict";
const path = require("node:path");
function answer() { return ${answer}; }
module.exports = { answer, here: path.basename(__filename), folder: __dirname, self: this === exports };
`;
}

/**
 * Each load in a process of its own, as the CLI loads: within one process V8 keeps
 * what it compiled and would not read the cache at all. The process writes the cache
 * when it exits, as the CLI does.
 */
const DRIVER = `const { loadBundle } = require(process.env.LOADER);
const loaded = loadBundle(process.argv[2], { forceScriptCache: true });
const e = loaded.exports;
process.stdout.write(JSON.stringify({ cache: loaded.cache, answer: e.answer(), here: e.here, folder: e.folder, self: e.self }));
`;

describe('compile-cache: the CLI\'s bundles load with a V8 code cache', () => {
    let folder: string;
    let bundle: string;
    let cache: string;
    let env: NodeJS.ProcessEnv;
    let driver: string;
    before(() => {
        driver = path.join(mkdtempSync(path.join(tmpdir(), 'journey-compile-cache-driver-')), 'driver.cjs');
        writeFileSync(driver, DRIVER);
        esbuild.buildSync({ entryPoints: ['src/cli/compile-cache.ts'], outfile: path.join(path.dirname(driver), 'loader.cjs'),
            bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    });
    after(() => rmSync(path.dirname(driver), { recursive: true, force: true }));
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-compile-cache-test-'));
        bundle = path.join(folder, 'check.cjs');
        cache = path.join(folder, 'cache');
        writeFileSync(bundle, bundleText(42));
        env = { ...process.env, NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '', LOADER: path.join(path.dirname(driver), 'loader.cjs') };
    });
    const load = (file = bundle, extraEnv: NodeJS.ProcessEnv = {}) => {
        const result = spawnSync(process.execPath, [driver, file], { env: { ...env, ...extraEnv }, encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        return JSON.parse(result.stdout) as { cache: string; answer: number; here: string; folder: string; self: boolean };
    };
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const cacheFiles = () => (existsSync(cache) ? readdirSync(cache) : []);

    it('runs the bundle as require would, and writes a cache at exit that the next process uses', () => {
        assert.deepEqual(load(), { cache: 'created', answer: 42, here: 'check.cjs', folder, self: true });
        assert.equal(cacheFiles().length, 1);
        assert.match(cacheFiles()[0], /^check-[0-9a-f]{8}-(\w+\.){4}[0-9a-f]{8}\.v8cache$/);
        const written = statSync(path.join(cache, cacheFiles()[0]));
        assert.equal(written.mode & 0o077, 0);
        assert.deepEqual(load(), { cache: 'accepted', answer: 42, here: 'check.cjs', folder, self: true });
        // Not written again (a new file would be a new inode: it is written beside and renamed).
        assert.equal(statSync(path.join(cache, cacheFiles()[0])).ino, written.ino);
    });

    it('loads the bundle when V8 rejects the cache, and replaces the cache', () => {
        load();
        writeFileSync(path.join(cache, cacheFiles()[0]), 'not a code cache');
        const rejected = load();
        assert.equal(rejected.cache, 'rejected');
        assert.equal(rejected.answer, 42);
        assert.equal(load().cache, 'accepted');
    });

    it('never uses a cache for other code: a rebuilt bundle gets its own, and the old one goes', () => {
        load();
        const old = cacheFiles();
        // The same length, so V8's own check (the source's length) would take the old cache.
        writeFileSync(bundle, bundleText(43));
        const rebuilt = load();
        assert.deepEqual([rebuilt.cache, rebuilt.answer], ['created', 43]);
        assert.equal(cacheFiles().length, 1);
        assert.notDeepEqual(cacheFiles(), old);
        // Another installation has its own.
        const other = path.join(folder, 'other', 'check.cjs');
        mkdirSync(path.dirname(other));
        writeFileSync(other, bundleText(43));
        assert.equal(load(other).cache, 'created');
        assert.equal(cacheFiles().length, 2);
        assert.equal(load(bundle).cache, 'accepted');
    });

    it('knows a rewritten bundle also when its length, inode and content time stay the same', () => {
        // npm gives what it installs this content time; any program may set it.
        const npmTime = new Date('1985-10-26T08:15:00Z');
        utimesSync(bundle, npmTime, npmTime);
        load();
        const before = statSync(bundle);
        writeFileSync(bundle, bundleText(44));
        utimesSync(bundle, npmTime, npmTime);
        const after = statSync(bundle);
        assert.deepEqual([after.size, after.ino, after.mtimeMs], [before.size, before.ino, before.mtimeMs]);
        // The change time no program can set back.
        assert.notEqual(after.ctimeMs, before.ctimeMs);
        const rewritten = load();
        assert.deepEqual([rewritten.cache, rewritten.answer], ['created', 44]);
        assert.equal(load().cache, 'accepted');
        // Replaced by another file, as npm installs: its own cache too.
        writeFileSync(`${bundle}.new`, bundleText(45));
        renameSync(`${bundle}.new`, bundle);
        const replaced = load();
        assert.deepEqual([replaced.cache, replaced.answer], ['created', 45]);
    });

    it('reads a bundle that is not ASCII as UTF-8', () => {
        writeFileSync(bundle, bundleText(42).replace('{ answer,', '{ answer, word: "Kunderejse — æøå ✓",'));
        writeFileSync(driver + '.word.cjs', DRIVER.replace('here: e.here', 'here: e.word'));
        const result = spawnSync(process.execPath, [driver + '.word.cjs', bundle], { env, encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(JSON.parse(result.stdout).here, 'Kunderejse — æøå ✓');
    });

    it('uses no cache when NODE_DISABLE_COMPILE_CACHE is set', () => {
        const disabled = load(bundle, { NODE_DISABLE_COMPILE_CACHE: '1' });
        assert.deepEqual([disabled.cache, disabled.answer], ['off', 42]);
        assert.deepEqual(cacheFiles(), []);
    });

    it('uses no cache folder that others may write to, nor one it cannot make', function () {
        if (typeof process.getuid !== 'function') {
            this.skip(); // Windows: the temporary folder is the user's own.
        }
        mkdirSync(cache);
        chmodSync(cache, 0o777);
        const shared = load();
        assert.deepEqual([shared.cache, shared.answer], ['off', 42]);
        assert.deepEqual(cacheFiles(), []);
        const unmakeable = load(bundle, { NODE_COMPILE_CACHE: path.join(bundle, 'inside-a-file') });
        assert.deepEqual([unmakeable.cache, unmakeable.answer], ['off', 42]);
    });
});
