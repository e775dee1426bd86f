#!/usr/bin/env node
// `npm run package`: builds the .vsix with @vscode/vsce (its prepublish step makes
// the production bundles), checks that it holds only bundles and assets, and
// prints its size. The file list comes from .vscodeignore.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = (await import(path.join(ROOT, 'package.json'), { with: { type: 'json' } })).default;
const packagePath = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

// Only these may ship: no sources, tests, node_modules or source maps.
const ALLOWED = [
    /^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^language-configuration\.json$/,
    /^syntaxes\/[^/]+\.json$/, /^schemas\/[^/]+\.json$/, /^images\/[^/]+\.(png|svg)$/,
    /^out\/(extension|server)\/[^/]+\.cjs$/, /^out\/webview\/.+\.(js|cjs|css|svg|png|woff2?)$/, /^out\/webview\/fonts\/([^/]+\.ttf|OFL\.txt)$/
];
const REQUIRED = ['package.json', 'out/extension/extension.cjs', 'out/server/main.cjs', manifest.contributes.grammars[0].path.slice(2)];

const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).map(file => file.split(path.sep).join('/')).sort();
const unexpected = files.filter(file => !ALLOWED.some(pattern => pattern.test(file)));
const missing = REQUIRED.filter(file => !files.includes(file));
if (unexpected.length > 0 || missing.length > 0) {
    console.error(`The .vsix file list is wrong (see .vscodeignore).`);
    for (const file of unexpected) console.error(`  should not ship: ${file}`);
    for (const file of missing) console.error(`  missing: ${file}`);
    process.exit(1);
}

// No repository URL yet: the README's relative links stay relative.
await createVSIX({ cwd: ROOT, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true, rewriteRelativeLinks: false });

const kib = bytes => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\n${path.relative(process.cwd(), packagePath)}: ${kib(statSync(packagePath).size)} (${files.length} files)`);
for (const file of files) {
    console.log(`  ${kib(statSync(path.join(ROOT, file)).size).padStart(10)}  ${file}`);
}
