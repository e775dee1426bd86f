// The folder the extension-host suite opens: a fresh copy of the examples plus
// the suite's fixtures, so edits made by the tests never touch the repository.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtBundle } from '../../bench/built.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** publisher.name, as the `remote.extensionKind` setting names it. */
export const EXTENSION_ID = 'journey-dsl.journey-dsl';

export function prepareWorkspace(parent = mkdtempSync(path.join(tmpdir(), 'journey-vscode-'))) {
    const folder = path.join(parent, 'workspace');
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(path.join(ROOT, 'examples')).filter(name => name.endsWith('.journey'))) {
        cpSync(path.join(ROOT, 'examples', name), path.join(folder, name));
    }
    cpSync(path.join(ROOT, 'test', 'vscode', 'fixtures'), folder, { recursive: true });
    return folder;
}

/**
 * Throws, saying to run `npm run build`, when a bundle the suite loads is missing or
 * older than src/ (or, for the suite's own bundle, than its *.ts files). The runners
 * import this TypeScript helper: start them with `node --import tsx` (as package.json does).
 */
export function checkBuilt({ web = false } = {}) {
    builtBundle(web ? 'extension/web.js' : 'extension/extension.cjs');
    builtBundle(web ? 'server/worker.js' : 'server/main.cjs');
    const suite = readdirSync(path.join(ROOT, 'test', 'vscode')).filter(name => name.endsWith('.ts')).map(name => path.join('test', 'vscode', name));
    if (web) {
        builtBundle(path.join('test', 'vscode-web', 'index.js'), ['src', 'test/vscode/web', ...suite]);
    } else {
        builtBundle(path.join('test', 'vscode', 'index.cjs'), ['src', ...suite]);
    }
}

/**
 * A snapshot of the built extension (manifest, assets, out/) that the test host
 * loads, so a rebuild of out/ while the suite runs cannot change it underneath.
 * node_modules is linked for the suite's own imports (mocha).
 */
export function stageExtension(destination) {
    rmSync(destination, { recursive: true, force: true });
    mkdirSync(destination, { recursive: true });
    for (const entry of ['package.json', 'README.md', 'language-configuration.json', 'syntaxes', 'schemas', 'images', 'out']) {
        if (existsSync(path.join(ROOT, entry))) {
            cpSync(path.join(ROOT, entry), path.join(destination, entry), { recursive: true, filter: source => !source.endsWith(`${path.sep}out${path.sep}cli`) });
        }
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(destination, 'node_modules'), 'dir');
    return destination;
}
