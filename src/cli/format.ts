import { promises as fs } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices } from '../language/journey-module.js';
import { commandArgs } from './command-args.js';
import type { CommandIO } from './io.js';
import { firstSyntaxError } from '../language/syntax-error-position.js';
import { displayPath, findJourneyFiles, readJourneyText } from './workspace.js';

export const FORMAT_USAGE = `Usage: journey format [paths...] [--check]

Rewrites every .journey file under the given files and directories (default: .)
in the canonical layout of the editor's formatter. Only whitespace between
tokens changes; comments and text stay. A file that does not parse is named
with its position and left as it is.

--check changes nothing: lists the files that are not formatted.
Exit code: 0 done (with --check: all formatted), 1 with --check when a file is
not formatted, 2 usage or input problems (such as a file that does not parse).`;

const BOM = '\uFEFF';

/** `journey format`: returns the exit code. */
export async function format(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        check: { type: 'boolean', default: false }
    });
    const files = await findJourneyFiles(positionals.length > 0 ? positionals : ['.']);
    const { shared, Journey } = createJourneyServices(NodeFileSystem);
    const formatter = Journey.lsp.Formatter;
    let failed = 0;
    const unformatted: string[] = [];
    for (const file of files) {
        const text = await readJourneyText(file);
        const name = displayPath(file);
        const error = firstSyntaxError(shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file)));
        const formatted = error ? undefined : formatter.formatText(text);
        if (error || formatted === undefined) {
            io.err(error ? `${name}:${error.line}:${error.column}: syntax error: ${error.message} (not formatted)` : `${name}: cannot be formatted safely (left as it is)`);
            failed++;
            continue;
        }
        if (formatted === text) {
            continue;
        }
        unformatted.push(name);
        if (!values.check) {
            await fs.writeFile(file, (await startsWithBom(file) ? BOM : '') + formatted, 'utf8');
        }
    }
    for (const name of unformatted) {
        io.out(name);
    }
    const count = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
    if (values.check) {
        io.out(unformatted.length === 0 ? `All ${count} formatted.` : `${unformatted.length} of ${count} not formatted; run 'journey format' to fix.`);
    } else {
        io.out(`Formatted ${unformatted.length} of ${count}.`);
    }
    return failed > 0 ? 2 : values.check && unformatted.length > 0 ? 1 : 0;
}

/** readJourneyText drops a byte-order mark; a rewrite puts it back. */
async function startsWithBom(file: string): Promise<boolean> {
    const handle = await fs.open(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
        return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    } finally {
        await handle.close();
    }
}
