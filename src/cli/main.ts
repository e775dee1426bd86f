import { asksForHelp } from './command-args.js';
import { processIO, type CommandIO } from './io.js';
import { VERSION } from './version.js';
import { InputError } from './workspace.js';

export interface Command {
    usage: string;
    run(args: string[], io: CommandIO): Promise<number>;
}

/**
 * Each command's module is loaded when that command runs: `journey check` (pre-commit
 * hooks, CI) does not pay for loading the PNG and PDF libraries, the HTTP server or the
 * language server's connection.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
    check: async () => { const m = await import('./check.js'); return { usage: m.CHECK_USAGE, run: m.check }; },
    render: async () => { const m = await import('./render.js'); return { usage: m.RENDER_USAGE, run: m.render }; },
    serve: async () => { const m = await import('./serve.js'); return { usage: m.SERVE_USAGE, run: (args, io) => m.serve(args, io) }; },
    diff: async () => { const m = await import('./diff.js'); return { usage: m.DIFF_USAGE, run: m.diff }; },
    export: async () => { const m = await import('./export.js'); return { usage: m.EXPORT_USAGE, run: m.exportText }; },
    format: async () => { const m = await import('./format.js'); return { usage: m.FORMAT_USAGE, run: m.format }; },
    build: async () => { const m = await import('./build/build.js'); return { usage: m.BUILD_USAGE, run: m.build }; },
    lsp: async () => { const m = await import('./lsp.js'); return { usage: m.LSP_USAGE, run: m.lsp }; }
};

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
        } else if (error instanceof InputError) {
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
