import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildViewModel } from '../model/build-view-model.js';
import { exportSvgOrHtml } from '../render/export-map.js';
import { THEMES, type ThemeName } from '../render/map-styles.js';
import { printableTree } from '../render/print/print-svg.js';
import { mapTitle } from '../render/render-map.js';
import { readerWords } from '../language/reader-words.js';
import { commandArgs, oneOf } from './command-args.js';
import type { CommandIO } from './io.js';
import { resolveLocale } from './locale-option.js';
import { PAGE_SIZES, printPdf } from './print/print-pdf.js';
import { mapPng } from './print/print-png.js';
import { displayPath, InputError, loadFileInWorkspace } from './workspace.js';

export const RENDER_USAGE = `Usage: journey render FILE -o OUT.svg|OUT.html|OUT.png|OUT.pdf [--theme light|dark] [--workspace DIR]
                      [--scale N] [--page a4|a3|fit] [--locale en|da|nb|sv]

Draws the journey map of FILE as a standalone SVG image, a self-contained
HTML page, a PNG image (--scale 2 for slides; default 1) or a PDF whose text
stays text (--page: landscape A4 or A3 with the map scaled to fit, or a page
the map's own size, the default). No browser needed. --locale picks the language
of the map's own words (default: "locale" in journey.config.json, else English).
References resolve against every .journey file under --workspace
(default: FILE's directory). --theme is light by default, so the map looks
right in documents whatever the editor theme; '-o -' writes SVG (or --format
html) to standard output. Exit code: 0 written, 2 usage or input problems
(FILE has syntax errors: each is named with its position).`;

const FORMATS = ['svg', 'html', 'png', 'pdf'] as const;
type OutputFormat = typeof FORMATS[number];

/** `journey render`: returns the exit code. */
export async function render(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        output: { type: 'string', short: 'o' },
        theme: { type: 'string', default: 'light' },
        format: { type: 'string' },
        scale: { type: 'string', default: '1' },
        page: { type: 'string', default: 'fit' },
        locale: { type: 'string' },
        workspace: { type: 'string' }
    });
    if (positionals.length !== 1 || !values.output) {
        io.err(`journey render: expected one FILE and -o OUT\n\n${RENDER_USAGE}`);
        return 2;
    }
    const theme = oneOf('theme', values.theme, Object.keys(THEMES) as ThemeName[]);
    const format = outputFormat(values.output, values.format);
    const scale = Number(values.scale);
    if (!(scale > 0 && scale <= 16)) {
        throw new InputError(`--scale must be a number above 0 and at most 16 (got '${values.scale}')`);
    }
    const page = oneOf('page size', values.page, PAGE_SIZES);
    if ((format === 'png' || format === 'pdf') && values.output === '-') {
        throw new InputError(`${format.toUpperCase()} is written to a file, not to standard output`);
    }
    const locale = await resolveLocale(values.locale);
    const document = await loadFileInWorkspace(positionals[0], values.workspace);
    const file = document.uri.fsPath;
    const model = buildViewModel(document);
    if (model.syntaxErrors.length > 0) {
        for (const error of model.syntaxErrors) {
            io.err(`${displayPath(file)}:${error.range.start.line + 1}:${error.range.start.character + 1}: error ${error.message}`);
        }
        io.err(`journey render: ${displayPath(file)} has syntax errors; nothing written`);
        return 2;
    }
    let content: string | Buffer;
    let note = '';
    if (format === 'png') {
        const png = mapPng(model, theme, scale, locale);
        content = png.data;
        if (!png.text) {
            note = ` (${png.width}×${png.height} px: scale ${png.scale.toFixed(2)}, the largest a PNG of this map can be; its text would be `
                + `${png.textPx.toFixed(1)} px tall, too small to read, so the PNG shows the map's shapes without text: for a readable map write SVG or HTML)`;
        } else if (png.scale < scale) {
            note = ` (${png.width}×${png.height} px: scale ${png.scale.toFixed(2)}, the largest a PNG of this map can be)`;
        }
    } else if (format === 'pdf') {
        content = await printPdf(printableTree(model, theme, locale), page, mapTitle(model, readerWords(locale)));
    } else {
        content = exportSvgOrHtml(model, format, theme, locale);
    }
    if (values.output === '-') {
        io.out(String(content).trimEnd());
        return 0;
    }
    try {
        await fs.writeFile(values.output, content);
    } catch (error) {
        throw new InputError(`${values.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    io.out(`Wrote ${displayPath(path.resolve(values.output))}${note}`);
    return 0;
}

function outputFormat(output: string, format: string | undefined): OutputFormat {
    if (format !== undefined) {
        return oneOf('format', format, FORMATS);
    }
    if (output === '-') {
        return 'svg';
    }
    const extension = path.extname(output).toLowerCase();
    if (extension === '.svg') return 'svg';
    if (extension === '.html' || extension === '.htm') return 'html';
    if (extension === '.png') return 'png';
    if (extension === '.pdf') return 'pdf';
    throw new InputError(`${output}: cannot tell the format from the extension (use .svg, .html, .png or .pdf, or --format)`);
}
