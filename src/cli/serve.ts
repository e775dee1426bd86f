import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { commandArgs } from './command-args.js';
import type { CommandIO } from './io.js';
import { LiveWorkspace } from './live-workspace.js';
import { resolveLocale } from './locale-option.js';
import { startPreviewServer } from './preview-server.js';
import { InputError } from './workspace.js';

export const SERVE_USAGE = `Usage: journey serve [paths...] [--port N] [--host ADDRESS] [--locale en|da|nb|sv]

Shows the journey map of every .journey file under the paths (default: .) in a
browser, updating live as the files change. Listens on 127.0.0.1 (this machine
only) unless --host says otherwise; --port 0 picks a free port (default 4848).
--locale picks the language of the map's own words (default: "locale" in
journey.config.json, else English). Stops on Ctrl+C.`;

const DEFAULT_PORT = 4848;

/** `journey serve`: runs until interrupted; returns the exit code. */
export async function serve(args: string[], io: CommandIO, stop: Promise<unknown> = interrupted()): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        host: { type: 'string', default: '127.0.0.1' },
        locale: { type: 'string' }
    });
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port!) || port > 65535) {
        throw new InputError(`invalid port '${values.port}' (expected 0 to 65535)`);
    }
    const locale = await resolveLocale(values.locale);
    const workspace = await LiveWorkspace.open(positionals.length > 0 ? positionals : ['.'], line => io.err(line));
    let server;
    try {
        server = await startPreviewServer({ host: values.host!, port, assetsDirectory: webviewAssetsDirectory(), workspace, locale });
    } catch (error) {
        workspace.close();
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0)` : `cannot listen on ${values.host}:${port} (${code ?? error})`);
    }
    workspace.watch();
    io.out(`Journey map of ${workspace.fileCount} file${workspace.fileCount === 1 ? '' : 's'} at ${server.url}`);
    io.out('Press Ctrl+C to stop.');
    await stop;
    workspace.close();
    await server.close();
    return 0;
}

function interrupted(): Promise<void> {
    return new Promise(resolve => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
    });
}

/** The built preview assets: next to the CLI bundle (out/cli → out/webview), or under out/ from the sources. */
export function webviewAssetsDirectory(): string {
    const here = typeof __dirname === 'string' ? __dirname : process.cwd();
    const candidates = [path.join(here, '..', 'webview'), path.join(here, '..', '..', 'out', 'webview'), path.resolve('out', 'webview')];
    const found = candidates.find(candidate => existsSync(path.join(candidate, 'preview.js')));
    if (!found) {
        throw new InputError('the preview assets are missing: run `npm run build` first');
    }
    return found;
}
