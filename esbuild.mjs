// Bundles each entry point into one file under out/. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';

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

const builds = [
    // The map preview's browser script, for the VS Code webview and `journey serve`.
    { bundle: true, platform: 'browser', target: 'es2020', format: 'iife', sourcemap: !production, minify: production,
      logLevel: 'warning', entryPoints: { 'webview/preview': 'src/webview/main.ts' }, outdir: 'out' },
    { ...node, entryPoints: { 'server/main': 'src/server/main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' } },
    // PNG and PDF libraries load from node_modules: resvg is a native module, PDFKit reads its own data files.
    { ...node, entryPoints: { 'cli/main': 'src/cli/bin.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' },
      banner: { js: '#!/usr/bin/env node' }, external: ['@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit'] },
    // The VS Code extension; 'vscode' is provided by the extension host.
    { ...node, entryPoints: { 'extension/extension': 'src/extension/extension.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' },
      external: ['vscode'] },
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
    await Promise.all(builds.map(options => esbuild.build(options)));
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
