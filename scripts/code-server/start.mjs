#!/usr/bin/env node
// Starts code-server (installing it first if needed) on a folder, for trying the
// extension by hand in a browser:
//   node scripts/code-server/start.mjs [folder] [--vsix file.vsix]
// Without --vsix the extension is loaded from this repository (run `npm run build` first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, installExtension, startCodeServer } from './code-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const vsixAt = args.indexOf('--vsix');
const vsix = vsixAt >= 0 ? path.resolve(args.splice(vsixAt, 2)[1]) : undefined;
const folder = path.resolve(args[0] ?? path.join(ROOT, 'examples'));

ensureCodeServer();
const state = mkdtempSync(path.join(tmpdir(), 'journey-code-server-'));
const dirs = { userDataDir: path.join(state, 'user'), extensionsDir: path.join(state, 'extensions') };
if (vsix) {
    installExtension(vsix, dirs);
}
const server = await startCodeServer(dirs);
const url = server.workbenchUrl(folder, vsix ? undefined : [['extensionDevelopmentPath', server.remoteUri(ROOT)]]);
console.log(`code-server is running: ${url}\nPress Ctrl+C to stop.`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
