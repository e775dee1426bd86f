import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { asksForHelp } from './command-args.js';
import { loadBundle } from './compile-cache.js';
import { processIO, type CommandIO } from './io.js';
import { VERSION } from './version.js';
import { isInputError } from './input-error.js';

export interface Command {
    usage: string;
    run(args: string[], io: CommandIO): Promise<number>;
}

/**
 * Each command's module is loaded when that command runs, from one of two bundles
 * beside this one's (see esbuild.mjs): `check`, which pre-commit hooks and CI start
 * over and over, from out/cli/check.cjs, its own code only; the others from
 * out/cli/commands.cjs (commands.ts). This bundle holds only the dispatch below.
 * The bundles load with a V8 code cache (compile-cache.ts); run from src/ (tests,
 * tsx) the modules are imported as they are.
 */
const OTHER_COMMANDS = ['render', 'serve', 'diff', 'export', 'format', 'build', 'lsp'];
const COMMANDS: Record<string, () => Promise<Command>> = {
    check: async () => { const m = ownBundle<typeof import('./check.js')>('check') ?? await import('./check.js'); return { usage: m.CHECK_USAGE, run: m.check }; },
    ...Object.fromEntries(OTHER_COMMANDS.map(name => [name, async () => (ownBundle<typeof import('./commands.js')>('commands') ?? await import('./commands.js')).COMMANDS[name]()]))
};

/** The exports of out/cli/<name>.cjs beside this bundle, or undefined when not running from the bundles. */
function ownBundle<T>(name: string): T | undefined {
    const file = typeof __dirname === 'string' ? path.join(__dirname, `${name}.cjs`) : undefined;
    return file && existsSync(file) ? loadBundle(file).exports as T : undefined;
}

const USAGE = `Usage: journey <command> [options]

Commands:
  check [paths...]   report diagnostics for every .journey file under the paths
  render FILE -o OUT draw a file's journey map as SVG or HTML
  serve [paths...]   show the journey maps in a browser, live as files change
  diff BASE HEAD     what changed between two versions of the journeys (also --git REV)
  export FILE        the map as Mermaid, Markdown or JSON
  format [paths...]  rewrite files in the canonical layout (--check: only list them)
  build [paths...]   a static site of every journey: maps, KPIs, overviews (-o DIR)
  lsp --stdio        the language server for any editor (also --node-ipc, --socket=PORT)

Run 'journey <command> --help' for a command's options, 'journey --version' for the version.`;

/** Runs the CLI and returns its exit code (0, 1, or 2 for usage and input problems); never throws. */
export async function run(argv: string[], io: CommandIO = processIO): Promise<number> {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.out(USAGE);
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        io.out(VERSION);
        return 0;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) {
        io.err(`journey: unknown command '${name}'\n\n${USAGE}`);
        return 2;
    }
    const command = await load();
    if (asksForHelp(args)) {
        io.out(command.usage);
        return 0;
    }
    try {
        return await command.run(args, io);
    } catch (error) {
        if (isArgumentError(error)) {
            io.err(`journey ${name}: ${(error as Error).message}\n\n${command.usage}`);
        } else if (isInputError(error)) {
            io.err(`journey ${name}: ${error.message}`);
        } else {
            // Not the user's fault: say so in one line; the stack only on request.
            io.err(`journey ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
            if (process.env.JOURNEY_DEBUG && error instanceof Error) {
                io.err(error.stack ?? '');
            }
        }
        return 2;
    }
}

function isArgumentError(error: unknown): boolean {
    const code = (error as { code?: string } | undefined)?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
