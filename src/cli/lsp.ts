import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandIO } from './io.js';
import { InputError } from './workspace.js';

export const LSP_USAGE = `Usage: journey lsp --stdio | --node-ipc | --socket=PORT

Runs the Journey language server (the one the VS Code extension uses) for any
editor with a Language Server Protocol client: diagnostics, completion, hover,
go to definition, references, rename, formatting, outline and more.
  --stdio          talk over standard input and output (what most editors use)
  --node-ipc       talk over Node's IPC channel (the parent must open one)
  --socket=PORT    connect to the client listening on 127.0.0.1:PORT
It indexes the .journey files of the workspace folders the client names and runs
until the client sends 'exit' or closes the connection.`;

/** `journey lsp`: starts the language server, which then owns the process until the client ends it. */
export async function lsp(args: string[], io: CommandIO): Promise<number> {
    const { values } = parseArgs({
        args,
        options: {
            stdio: { type: 'boolean', default: false },
            'node-ipc': { type: 'boolean', default: false },
            socket: { type: 'string' },
            // Clients such as VS Code's add the id of their process; the server exits when it ends.
            clientProcessId: { type: 'string' }
        }
    });
    const transports = [values.stdio, values['node-ipc'], values.socket !== undefined].filter(Boolean).length;
    if (transports !== 1) {
        throw new InputError(transports === 0
            ? 'choose how to talk to the editor: --stdio, --node-ipc or --socket=PORT\n\n' + LSP_USAGE
            : 'use only one of --stdio, --node-ipc and --socket=PORT');
    }
    const port = values.socket;
    if (port !== undefined && !(/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
        throw new InputError(`invalid port '${port}' (expected 1 to 65535)`);
    }
    if (values['node-ipc'] && !process.send) {
        throw new InputError('--node-ipc needs a parent process that opened an IPC channel (use --stdio from a terminal)');
    }
    // The server bundle reads the same options from the command line and takes over the process.
    const server = serverBundle();
    createRequire(server)(server);
    return new Promise<number>(() => { /* the server exits the process when the client ends the session */ });
}

/** The built server: next to the CLI bundle (out/cli → out/server), or under out/ from the sources. */
function serverBundle(): string {
    const here = typeof __dirname === 'string' ? __dirname : process.cwd();
    const candidates = [path.join(here, '..', 'server', 'main.cjs'), path.join(here, '..', '..', 'out', 'server', 'main.cjs')];
    const found = candidates.find(candidate => existsSync(candidate));
    if (!found) {
        throw new InputError('the language server bundle is missing: run `npm run build` first');
    }
    return found;
}
