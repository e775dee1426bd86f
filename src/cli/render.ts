import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { buildViewModel } from '../model/build-view-model.js';
import { exportMap, type ExportFormat } from '../render/export-map.js';
import type { ThemeName } from '../render/map-styles.js';
import type { CommandIO } from './io.js';
import { displayPath, findJourneyFiles, InputError, loadWorkspace, readJourneyText } from './workspace.js';

export const RENDER_USAGE = `Usage: journey render FILE -o OUT.svg|OUT.html [--theme light|dark] [--workspace DIR]

Draws the journey map of FILE as a standalone SVG image or a self-contained
HTML page. References resolve against every .journey file under --workspace
(default: FILE's directory). --theme is light by default, so the map looks
right in documents whatever the editor theme; '-o -' writes SVG (or --format
html) to standard output. Exit code: 0 written, 1 FILE has syntax errors,
2 usage or input problems.`;

const THEMES = new Set(['light', 'dark']);
const FORMATS = new Set(['svg', 'html']);

/** `journey render`: returns the exit code. */
export async function render(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            output: { type: 'string', short: 'o' },
            theme: { type: 'string', default: 'light' },
            format: { type: 'string' },
            workspace: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        io.out(RENDER_USAGE);
        return 0;
    }
    if (positionals.length !== 1 || !values.output) {
        io.err(`journey render: expected one FILE and -o OUT\n\n${RENDER_USAGE}`);
        return 2;
    }
    if (!THEMES.has(values.theme!)) {
        throw new InputError(`unknown theme '${values.theme}' (expected light or dark)`);
    }
    const format = outputFormat(values.output, values.format);
    const file = path.resolve(positionals[0]);
    const text = await readJourneyText(file);
    const workspaceDirectory = values.workspace ?? path.dirname(file);
    const others = (await findJourneyFiles([workspaceDirectory])).filter(other => other !== file);
    const texts = [{ file, text }];
    for (const other of others) {
        texts.push({ file: other, text: await readJourneyText(other) });
    }
    const { documents } = await loadWorkspace(texts);
    const document = documents.find(d => URI.parse(d.uri.toString()).fsPath === file)!;
    const model = buildViewModel(document);
    if (model.syntaxErrors.length > 0) {
        for (const error of model.syntaxErrors) {
            io.err(`${displayPath(file)}:${error.range.start.line + 1}:${error.range.start.character + 1}: error ${error.message}`);
        }
        io.err(`journey render: ${displayPath(file)} has syntax errors; nothing written`);
        return 1;
    }
    const markup = exportMap(model, format, values.theme as ThemeName);
    if (values.output === '-') {
        io.out(markup.trimEnd());
        return 0;
    }
    try {
        await fs.writeFile(values.output, markup);
    } catch (error) {
        throw new InputError(`${values.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    io.out(`Wrote ${displayPath(path.resolve(values.output))}`);
    return 0;
}

function outputFormat(output: string, format: string | undefined): ExportFormat {
    if (format !== undefined) {
        if (!FORMATS.has(format)) {
            throw new InputError(`unknown format '${format}' (expected svg or html)`);
        }
        return format as ExportFormat;
    }
    if (output === '-') {
        return 'svg';
    }
    const extension = path.extname(output).toLowerCase();
    if (extension === '.svg') return 'svg';
    if (extension === '.html' || extension === '.htm') return 'html';
    throw new InputError(`${output}: cannot tell the format from the extension (use .svg or .html, or --format)`);
}
