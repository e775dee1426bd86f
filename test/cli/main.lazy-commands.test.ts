import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as Module from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { builtBundle } from '../../bench/built.js';

const CLI = builtBundle('cli/main.cjs');

/**
 * Preloaded into the CLI's process: prints every module it requires, and each of the
 * CLI's bundles it reads (loaded with a code cache, not required: see compile-cache.ts), when it exits.
 */
const RECORDER = `const Module = require('node:module'); const load = Module._load; const seen = new Set();
Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
const fs = require('node:fs');
for (const name of ['readFileSync', 'openSync']) {
    const original = fs[name];
    fs[name] = function (file, ...rest) { if (typeof file === 'string' && file.endsWith('.cjs')) seen.add('./' + require('node:path').basename(file)); return original.call(this, file, ...rest); };
}
process.on('exit', () => process.stderr.write('REQUIRED ' + JSON.stringify([...seen]) + '\\n'));
`;

/** What the built CLI requires while running `args`, and its exit code. */
function requiredModules(folder: string, args: string[]): { modules: string[]; status: number } {
    const recorder = path.join(folder, 'recorder.cjs');
    writeFileSync(recorder, RECORDER);
    const result = spawnSync(process.execPath, ['--require', recorder, CLI, ...args], { encoding: 'utf8' });
    const line = result.stderr.split('\n').find(l => l.startsWith('REQUIRED '));
    assert.ok(line, `no list of modules; stderr: ${result.stderr}`);
    return { modules: JSON.parse(line.slice('REQUIRED '.length)), status: result.status ?? -1 };
}

describe('journey loads only what a command needs', () => {
    let folder: string;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-lazy-'));
        writeFileSync(path.join(folder, 'one.journey'), 'owner Team "The team"\n');
        writeFileSync(path.join(folder, 'map.journey'), 'owner Team\njourney J { owner Team stage S { touchpoint T } }\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('check does not load the PNG and PDF libraries', () => {
        const { modules: loaded, status } = requiredModules(folder, ['check', path.join(folder, 'one.journey')]);
        assert.equal(status, 0);
        assert.ok(loaded.includes('node:fs'), `the recorder saw: ${loaded.join(', ')}`);
        for (const name of ['@resvg/resvg-js', 'pdfkit', 'fontkit']) {
            assert.ok(!loaded.includes(name), `journey check loaded ${name}`);
        }
    });

    it('check loads its own bundle, not the other commands\' one', () => {
        const { modules: loaded, status } = requiredModules(folder, ['check', path.join(folder, 'one.journey')]);
        assert.equal(status, 0);
        assert.ok(loaded.includes('./check.cjs'), `the recorder saw: ${loaded.join(', ')}`);
        assert.ok(!loaded.includes('./commands.cjs'), 'journey check loaded out/cli/commands.cjs');
        const other = requiredModules(folder, ['format', '--check', path.join(folder, 'one.journey')]);
        assert.equal(other.status, 0);
        assert.ok(other.modules.includes('./commands.cjs') && !other.modules.includes('./check.cjs'), `format loaded: ${other.modules.join(', ')}`);
    });

    it('check\'s bundle holds no language server, LSP provider, renderer or other command', () => {
        // The bundle's source map names each bundled file (relative to out/cli/).
        const sources = (JSON.parse(readFileSync(path.join(path.dirname(CLI), 'check.cjs.map'), 'utf8')) as { sources: string[] }).sources;
        const bundled = sources.map(source => source.replace(/^(\.\.\/)+/, ''));
        assert.ok(bundled.includes('src/cli/check.ts') && bundled.includes('src/language/journey-core-module.ts'), bundled.join(', '));
        // journey-references (the References service) and journey-quick-fixes (the syntax messages' closest names) are core code.
        const unwanted = bundled.filter(file => /^node_modules\/vscode-languageserver\/|^node_modules\/langium\/lib\/lsp\/|^src\/language\/lsp\/(?!journey-references|journey-quick-fixes)|^src\/(render|model|server)\/|^src\/cli\/(render|serve|build|diff|export|format|lsp)\b/.test(file));
        assert.deepEqual(unwanted, []);
        // Nor the LSP's protocol: the names Langium's core needs come from src/cli/check-protocol.ts.
        assert.ok(bundled.includes('src/cli/check-protocol.ts'), bundled.join(', '));
        assert.deepEqual(bundled.filter(file => file.startsWith('node_modules/vscode-languageserver-protocol/')), []);
        // And of vscode-jsonrpc only the modules those names are in, not its connection or message streams (esbuild.mjs).
        assert.deepEqual(bundled.filter(file => file.startsWith('node_modules/vscode-jsonrpc/')).sort(),
            ['cancellation', 'events', 'is', 'messages', 'ral'].map(name => `node_modules/vscode-jsonrpc/lib/common/${name}.js`));
        // The dispatcher is small: it carries no command.
        assert.ok(readFileSync(CLI, 'utf8').length < 100_000);
    });

    it('check compiles its bundle once: later runs take it from the code cache, with the same report', () => {
        const cache = path.join(folder, 'compile-cache');
        const check = (env: NodeJS.ProcessEnv = {}) => {
            const result = spawnSync(process.execPath, [CLI, 'check', path.join(folder, 'one.journey')],
                { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '', ...env } });
            return { status: result.status, stdout: result.stdout, stderr: result.stderr };
        };
        const first = check();
        assert.equal(first.status, 0, first.stderr);
        assert.match(first.stdout, /unused-definition/);
        if (typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function') {
            // Node 22.1+: Node's own compile cache, in its own layout.
            assert.ok(readdirSync(cache).length > 0);
            assert.deepEqual(check(), first);
            return;
        }
        const files = readdirSync(cache);
        assert.equal(files.length, 1, files.join(', '));
        assert.match(files[0], /^check-\w+-[\w.]+\.v8cache$/);
        const written = statSync(path.join(cache, files[0]));
        assert.deepEqual(check(), first);
        // Taken, not written again: a new cache would be a new file (written beside, then renamed).
        assert.equal(statSync(path.join(cache, files[0])).ino, written.ino);
        assert.deepEqual(check({ NODE_DISABLE_COMPILE_CACHE: '1' }), first);
    });

    it('check writes its report without Node\'s streams and without zlib (fs.writeSync; see io.ts, compile-cache.ts)', () => {
        const recorder = path.join(folder, 'module-list.cjs');
        // Node's own list of the built-in modules it loaded, written without a stream.
        writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeSync(2, 'LOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));`);
        const result = spawnSync(process.execPath, ['--require', recorder, CLI, 'check', path.join(folder, 'one.journey')], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /^.*one\.journey:1:7: hint journey\/unused-definition .*\n0 errors, 0 warnings in 1 file\n$/);
        const line = result.stderr.split('\n').find(l => l.startsWith('LOADED '));
        assert.ok(line, result.stderr);
        const loaded = JSON.parse(line.slice('LOADED '.length)) as string[];
        assert.ok(loaded.includes('NativeModule vm'), 'the list is Node\'s');
        assert.deepEqual(loaded.filter(name => /^NativeModule (zlib|stream|internal\/streams\/(readable|writable|duplex)|net|tty|internal\/fs\/sync_write_stream)$/.test(name)), []);
    });

    it('render to PNG still loads them when it needs them', () => {
        const { modules: loaded, status } = requiredModules(folder, ['render', path.join(folder, 'map.journey'), '-o', path.join(folder, 'map.png')]);
        assert.equal(status, 0);
        assert.ok(loaded.includes('@resvg/resvg-js'), `journey render -o map.png did not load resvg: ${loaded.join(', ')}`);
    });
});
