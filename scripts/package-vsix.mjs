#!/usr/bin/env node
// `npm run package`: builds the production bundles, checks that the .vsix would hold
// only bundles and assets, packs it with @vscode/vsce and prints its size. The file
// list comes from .vscodeignore. vsce refuses a .vscodeignore beside the manifest's
// "files" (the npm package's list), so the .vsix is packed from a staging folder
// that holds the listed files and the manifest without "files".
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = (await import(path.join(ROOT, 'package.json'), { with: { type: 'json' } })).default;
const packagePath = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

// Only these may ship: no sources, tests, node_modules or source maps.
const ALLOWED = [
    /^package\.json$/, /^package\.nls(\.[a-z-]+)?\.json$/, /^l10n\/bundle\.l10n\.[a-z-]+\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^language-configuration\.json$/,
    /^syntaxes\/[^/]+\.json$/, /^schemas\/[^/]+\.json$/, /^images\/[^/]+\.(png|svg)$/,
    /^out\/(extension|server)\/[^/]+\.cjs$/, /^out\/extension\/web\.js$/, /^out\/server\/worker\.js$/,
    /^out\/webview\/.+\.(js|cjs|css|svg|png|woff2?)$/, /^out\/webview\/fonts\/([^/]+\.ttf|OFL\.txt)$/
];
// The extension's own words in every language it speaks (package.json's %keys% and vscode.l10n.t).
const LOCALIZED = ['da', 'nb', 'sv'].flatMap(locale => [`package.nls.${locale}.json`, `l10n/bundle.l10n.${locale}.json`]);
const REQUIRED = ['package.json', 'package.nls.json', ...LOCALIZED, 'out/extension/extension.cjs', 'out/server/main.cjs', manifest.browser.slice(2), 'out/server/worker.js', manifest.contributes.grammars[0].path.slice(2)];
// The web worker server, minified; vscode.dev downloads it on every start.
const WORKER_LIMIT = 1.5 * 1024 * 1024;

const built = spawnSync('npm', ['run', 'vscode:prepublish'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) {
    process.exit(built.status ?? 1);
}

const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).map(file => file.split(path.sep).join('/')).sort();
const unexpected = files.filter(file => !ALLOWED.some(pattern => pattern.test(file)));
const missing = REQUIRED.filter(file => !files.includes(file));
if (unexpected.length > 0 || missing.length > 0) {
    console.error(`The .vsix file list is wrong (see .vscodeignore).`);
    for (const file of unexpected) console.error(`  should not ship: ${file}`);
    for (const file of missing) console.error(`  missing: ${file}`);
    process.exit(1);
}

const stage = path.join(ROOT, '.cache', 'vsix');
rmSync(stage, { recursive: true, force: true });
for (const file of [...files, '.vscodeignore']) {
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(stage, file));
}
// The bundles are built above and hold every dependency: the staged manifest has no build step.
const { files: _npmFiles, ...extensionManifest } = manifest;
const { 'vscode:prepublish': _prepublish, ...scripts } = manifest.scripts;
writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ ...extensionManifest, scripts }, undefined, 2) + '\n');
// No dependency is packed; the README's relative links become links into the repository.
await createVSIX({ cwd: stage, packagePath, dependencies: false });
rmSync(stage, { recursive: true, force: true });

const kib = bytes => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\n${path.relative(process.cwd(), packagePath)}: ${kib(statSync(packagePath).size)} (${files.length} files)`);
for (const file of files) {
    console.log(`  ${kib(statSync(path.join(ROOT, file)).size).padStart(10)}  ${file}`);
}

// The browser's share: the web extension and its server worker, and what the worker holds.
const worker = statSync(path.join(ROOT, 'out/server/worker.js')).size;
console.log(`\nWeb (vscode.dev, github.dev): extension ${kib(statSync(path.join(ROOT, manifest.browser)).size)}, `
    + `server worker ${kib(worker)} minified (limit ${kib(WORKER_LIMIT)})`);
for (const [name, bytes] of workerContents(JSON.parse(readFileSync(path.join(ROOT, 'out/meta/worker.json'), 'utf8')))) {
    console.log(`  ${kib(bytes).padStart(10)}  ${name}`);
}
if (worker > WORKER_LIMIT) {
    console.error(`The server worker is ${kib(worker)}, over its limit of ${kib(WORKER_LIMIT)}.`);
    process.exit(1);
}

/** The worker's bytes by npm package (or by folder of ours), largest first, from esbuild's metafile. */
function workerContents(metafile) {
    const sizes = new Map();
    for (const output of Object.values(metafile.outputs)) {
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
            const parts = input.split('/');
            const at = parts.lastIndexOf('node_modules');
            const name = at >= 0 ? parts.slice(at + 1, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join('/') : parts.slice(0, 2).join('/');
            sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
        }
    }
    return [...sizes].sort((a, b) => b[1] - a[1]);
}
