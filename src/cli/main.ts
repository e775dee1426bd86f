import { build, BUILD_USAGE } from './build/build.js';
import { check, CHECK_USAGE } from './check.js';
import { diff, DIFF_USAGE } from './diff.js';
import { EXPORT_USAGE, exportText } from './export.js';
import { format, FORMAT_USAGE } from './format.js';
import { processIO, type CommandIO } from './io.js';
import { lsp, LSP_USAGE } from './lsp.js';
import { render, RENDER_USAGE } from './render.js';
import { serve, SERVE_USAGE } from './serve.js';
import { VERSION } from './version.js';
import { InputError } from './workspace.js';

export interface Command {
    usage: string;
    run(args: string[], io: CommandIO): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
    check: { usage: CHECK_USAGE, run: check },
    render: { usage: RENDER_USAGE, run: render },
    serve: { usage: SERVE_USAGE, run: (args, io) => serve(args, io) },
    diff: { usage: DIFF_USAGE, run: diff },
    export: { usage: EXPORT_USAGE, run: exportText },
    format: { usage: FORMAT_USAGE, run: format },
    build: { usage: BUILD_USAGE, run: build },
    lsp: { usage: LSP_USAGE, run: lsp }
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
    const command = COMMANDS[name];
    if (!command) {
        io.err(`journey: unknown command '${name}'\n\n${USAGE}`);
        return 2;
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
