// The folder the extension-host suite opens: a fresh copy of the examples plus
// the suite's fixtures, so edits made by the tests never touch the repository.
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function prepareWorkspace(parent = mkdtempSync(path.join(tmpdir(), 'journey-vscode-'))) {
    const folder = path.join(parent, 'workspace');
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(path.join(ROOT, 'examples')).filter(name => name.endsWith('.journey'))) {
        cpSync(path.join(ROOT, 'examples', name), path.join(folder, name));
    }
    cpSync(path.join(ROOT, 'test', 'vscode', 'fixtures'), folder, { recursive: true });
    return folder;
}
