// Bundles each entry point into one file under out/. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { chevrotainCharIndex } from './scripts/chevrotain-char-index.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Prefer ESM builds of dependencies (langium ships ESM only).
    mainFields: ['module', 'main']
};

const web = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    outdir: 'out'
};

/** The suites' `node:assert` in the browser: the few functions they use (test/vscode/web/assert.ts). */
const nodeAssertForBrowser = {
    name: 'node-assert-for-browser',
    setup(build) {
        build.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: path.resolve('test/vscode/web/assert.ts') }));
    }
};

/**
 * Mocha's browser build is a UMD script in a "type": "module" package: bundled as it is, its
 * `module.exports = ...` would replace the tests module's exports. Run it with no module in
 * scope instead, so it takes its global branch (`globalThis.mocha`).
 */
const mochaAsGlobal = {
    name: 'mocha-as-global',
    setup(build) {
        build.onResolve({ filter: /^mocha\/mocha\.js$/ }, () => ({ path: path.resolve('node_modules/mocha/mocha.js'), namespace: 'mocha-global' }));
        build.onLoad({ filter: /.*/, namespace: 'mocha-global' }, args => ({
            contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n})();\n`, loader: 'js'
        }));
    }
};

/**
 * The CLI is three bundles: out/cli/main.cjs only dispatches (src/cli/main.ts) and loads
 * at run time out/cli/check.cjs for `journey check`, which pre-commit hooks and CI start
 * over and over, or out/cli/commands.cjs for the others. Check thus compiles only its own
 * code, without the LSP providers, the renderers or the HTTP server. Dynamic imports of
 * these become plain require() calls (no ES module loader to start). They are minified in
 * every build, as they ship: each process reads, copies and compiles the whole text
 * (the source map beside each, for `node --enable-source-maps`, names the files).
 */
const CLI_OWN_BUNDLES = ['check', 'commands'];
const cliOwnBundles = {
    name: 'cli-own-bundles',
    setup(build) {
        const pattern = new RegExp(`^\\./(${CLI_OWN_BUNDLES.join('|')})\\.js$`);
        build.onResolve({ filter: pattern }, args => (args.importer.endsWith(path.join('src', 'cli', 'main.ts'))
            ? { path: args.path.replace(/\.js$/, '.cjs'), external: true } : undefined));
    }
};

/**
 * In check's bundle, vscode-languageserver-protocol is src/cli/check-protocol.ts: the
 * few names Langium's core takes from it, without the thirty modules of the protocol.
 * Those names come from three of vscode-jsonrpc's modules, taken here by their files
 * (its package exports only the whole, whose connection and message streams would be
 * four fifths of what it adds to the bundle).
 */
const JSONRPC_PARTS = { 'cancellation.js': ['CancellationToken', 'CancellationTokenSource'], 'events.js': ['Emitter'], 'messages.js': ['ResponseError'] };
const checkProtocol = {
    name: 'check-protocol',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({ path: path.resolve('src/cli/check-protocol.ts') }));
        build.onResolve({ filter: /^vscode-jsonrpc$/ }, args => (args.importer === path.resolve('src/cli/check-protocol.ts')
            ? { path: 'vscode-jsonrpc', namespace: 'jsonrpc-parts' } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'jsonrpc-parts' }, () => {
            const folder = path.dirname(createRequire(import.meta.url).resolve('vscode-jsonrpc'));
            const contents = Object.entries(JSONRPC_PARTS)
                .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(path.join(folder, file))};`).join('\n');
            return { contents, loader: 'js', resolveDir: folder };
        });
    }
};

const builds = [
    // The map preview's browser script, for the VS Code webview and `journey serve`.
    { bundle: true, platform: 'browser', target: 'es2020', format: 'iife', sourcemap: !production, minify: production,
      logLevel: 'warning', entryPoints: { 'webview/preview': 'src/webview/main.ts', 'webview/compare': 'src/webview/compare-main.ts' }, outdir: 'out' },
    { ...node, entryPoints: { 'server/main': 'src/server/main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, plugins: [chevrotainCharIndex] },
    // PNG and PDF libraries load from node_modules: resvg is a native module, PDFKit reads its own data files.
    { ...node, minify: true, entryPoints: { 'cli/main': 'src/cli/bin.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' },
      banner: { js: '#!/usr/bin/env node' }, plugins: [cliOwnBundles], supported: { 'dynamic-import': false } },
    ...CLI_OWN_BUNDLES.map(name => ({ ...node, minify: true, entryPoints: { [`cli/${name}`]: `src/cli/${name}.ts` }, outdir: 'out',
      outExtension: { '.js': '.cjs' }, external: ['@resvg/resvg-js', 'pdfkit', 'fontkit'], plugins: [chevrotainCharIndex, ...(name === 'check' ? [checkProtocol] : [])] })),
    // The VS Code extension; 'vscode' is provided by the extension host.
    { ...node, entryPoints: { 'extension/extension': 'src/extension/desktop-main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' },
      external: ['vscode'] },
    // The same extension for the browser's web worker host (vscode.dev, github.dev), and its
    // language server as a web worker; the worker's metafile says what is in it.
    { ...web, entryPoints: { 'extension/web': 'src/extension/web-main.ts' }, format: 'cjs', external: ['vscode'] },
    { ...web, entryPoints: { 'server/worker': 'src/server/main-browser.ts' }, format: 'iife', metafile: true },
    // The same suites for the web worker extension host, in one bundle with mocha's browser build.
    { ...web, entryPoints: { 'test/vscode-web/index': 'test/vscode/web/index.ts' }, format: 'cjs', external: ['vscode'],
      minify: false, plugins: [nodeAssertForBrowser, mochaAsGlobal] },
    // The extension-host test suite: its runner plus one bundle per *.suite.ts; mocha is loaded from node_modules.
    { ...node, entryPoints: vscodeSuiteEntries(), outdir: 'out/test/vscode', outExtension: { '.js': '.cjs' },
      external: ['vscode', 'mocha'], minify: false }
];

function vscodeSuiteEntries() {
    const names = readdirSync('test/vscode').filter(name => name === 'index.ts' || name.endsWith('.suite.ts'));
    return Object.fromEntries(names.map(name => [name.replace(/\.ts$/, ''), `test/vscode/${name}`]));
}

if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
} else {
    const results = await Promise.all(builds.map(options => esbuild.build(options)));
    for (const result of results.filter(result => result.metafile)) {
        // Read by the packaging script (its size report); never shipped.
        mkdirSync('out/meta', { recursive: true });
        writeFileSync('out/meta/worker.json', JSON.stringify(result.metafile));
    }
}

// The preview's stylesheet is generated from src/webview/preview-styles.ts, which holds
// the map's styles once for the preview and the exports: a file, so the page's policy can
// allow styles from the bundle only.
async function writePreviewCss() {
    const result = await esbuild.build({ entryPoints: ['src/webview/preview-styles.ts'], bundle: true, write: false,
        format: 'cjs', platform: 'neutral', logLevel: 'warning' });
    const module = { exports: {} };
    new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
    mkdirSync('out/webview', { recursive: true });
    writeFileSync('out/webview/preview.css', module.exports.previewCss());
}
await writePreviewCss();

// The map's font (see src/render/text/map-font-files.ts) beside the preview's stylesheet, with its licence.
function copyMapFont() {
    const fonts = {
        'Inter-Regular.ttf': '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
        'Inter-SemiBold.ttf': '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
        'OFL.txt': '@expo-google-fonts/inter/LICENSE_FONT'
    };
    mkdirSync('out/webview/fonts', { recursive: true });
    for (const [file, source] of Object.entries(fonts)) {
        copyFileSync(createRequire(import.meta.url).resolve(source), `out/webview/fonts/${file}`);
    }
}
copyMapFont();
