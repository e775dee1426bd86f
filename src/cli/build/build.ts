import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { buildViewModel } from '../../model/build-view-model.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import { MAP_FONT_FILES, MAP_FONT_LICENSE } from '../../render/text/map-font-files.js';
import { commandArgs } from '../command-args.js';
import type { CommandIO } from '../io.js';
import { webviewAssetsDirectory } from '../serve.js';
import { displayPath, findJourneyFiles, InputError, loadWorkspace, readJourneyText } from '../workspace.js';
import { gatherFacts } from './site-facts.js';
import { pageHtml, type SiteContext } from './site-html.js';
import { sitePageCount, sitePages, thumbnailPath } from './site-pages.js';
import { siteCss } from './site-styles.js';
import { thumbnailSvg } from './site-thumbnail.js';
import { siteWords } from './site-words.js';
import { readerWords } from '../../language/reader-words.js';
import { chromeWordsFor } from '../chrome-words.js';
import { resolveLocale } from '../locale-option.js';

export const BUILD_USAGE = `Usage: journey build [paths...] -o DIR [--base-url URL] [--locale en|da|nb|sv]

Writes a static site of every journey under the paths (default: .) to DIR: an
index of the journeys, a page per journey with its interactive map and KPIs, and
overview pages (pains and opportunities, KPIs, accountability). It opens from
the file system or any static host (GitHub Pages): every link is relative and
nothing loads from outside DIR. --base-url names where it will be published
(for canonical links). --locale picks the language of the site's and the maps'
own words (default: "locale" in journey.config.json, else English). Exit code: 0 written, 1 a file has syntax errors
(nothing written), 2 usage or input problems.`;

/** `journey build`: returns the exit code. */
export async function build(args: string[], io: CommandIO): Promise<number> {
    const started = performance.now();
    const { values, positionals } = commandArgs(args, {
        output: { type: 'string', short: 'o' },
        'base-url': { type: 'string' },
        locale: { type: 'string' }
    });
    if (!values.output) {
        io.err(`journey build: expected -o DIR\n\n${BUILD_USAGE}`);
        return 2;
    }
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined && !/^https?:\/\/[^\s"<>]+$/.test(baseUrl)) {
        throw new InputError(`--base-url must be an http or https URL (got '${baseUrl}')`);
    }
    const progress = progressLine(io);
    const locale = await resolveLocale(values.locale);
    const files = await findJourneyFiles(positionals.length > 0 ? positionals : ['.']);
    const texts = [];
    for (const file of files) {
        texts.push({ file, text: await readJourneyText(file) });
    }
    progress(`Reading ${files.length} files`);
    const { documents } = await loadWorkspace(texts, { validation: false });
    const models: Array<{ sourcePath: string; model: JourneyMapModel }> = [];
    const sitePaths = new Map<string, string>();
    let broken = 0;
    for (const document of documents) {
        const file = URI.parse(document.uri.toString()).fsPath;
        const model = buildViewModel(document);
        for (const error of model.syntaxErrors) {
            io.err(`${displayPath(file)}:${error.range.start.line + 1}:${error.range.start.character + 1}: error ${error.message}`);
        }
        broken += model.syntaxErrors.length > 0 ? 1 : 0;
        models.push({ sourcePath: sitePath(file), model: withSitePaths(model, sitePaths) });
    }
    if (broken > 0) {
        progress(undefined);
        io.err(`journey build: ${broken} file${broken === 1 ? ' has' : 's have'} syntax errors; nothing written`);
        return 1;
    }
    const context: SiteContext = { words: siteWords(readerWords(locale)), lang: locale, chromeWords: chromeWordsFor(locale), baseUrl };
    const facts = gatherFacts(models, uri => uri);
    const out = path.resolve(values.output);
    const written: string[] = [];
    const folders = new Set<string>();
    // Written one after the other, synchronously: a page goes to the page cache as soon as it is made
    // (an open, a write and a close), and no page is kept once written.
    const write = (relative: string, content: string | Buffer) => {
        const target = path.join(out, ...relative.split('/'));
        try {
            const folder = path.dirname(target);
            if (!folders.has(folder)) {
                mkdirSync(folder, { recursive: true });
                folders.add(folder);
            }
            writeFileSync(target, content);
        } catch (error) {
            throw new InputError(`${displayPath(target)}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`);
        }
        written.push(relative);
    };
    const pageCount = sitePageCount(facts);
    let made = 0;
    for (const page of sitePages(facts, context)) {
        progress(`Writing page ${++made} of ${pageCount}`);
        write(page.path, pageHtml(page, context));
    }
    for (const journey of facts.journeys) {
        write(thumbnailPath(journey), thumbnailSvg(journey.model, locale));
    }
    copyAssets(write);
    write('assets/site.css', siteCss());
    progress(undefined);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(`Wrote ${pageCount} pages for ${facts.journeys.length} journey${facts.journeys.length === 1 ? '' : 's'} ` +
        `(${files.length} file${files.length === 1 ? '' : 's'}, ${written.length} files in all) to ${displayPath(out)} in ${seconds} s`);
    return 0;
}

/** The preview's script and stylesheet and the map font, from the build's own assets. */
function copyAssets(write: (relative: string, content: Buffer) => void): void {
    const assets = webviewAssetsDirectory();
    for (const file of ['preview.js', 'preview.css', ...[...MAP_FONT_FILES, MAP_FONT_LICENSE].map(font => `fonts/${font.file}`)]) {
        write(`assets/${file}`, readFileSync(path.join(assets, ...file.split('/'))));
    }
}

/** A source file as the site names it: relative to where the build runs, with / separators. */
function sitePath(file: string): string {
    return displayPath(file).split(path.sep).join('/');
}

/**
 * The model (the build's own, built for it) with every file URI replaced by its
 * site path, in place: a published page does not show the machine's folders.
 * Each URI is turned into a path once for the whole build.
 */
function withSitePaths(model: JourneyMapModel, paths: Map<string, string>): JourneyMapModel {
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (value !== null && typeof value === 'object') {
            const record = value as Record<string, unknown>;
            for (const key of Object.keys(record)) {
                const inner = record[key];
                if (key === 'uri' && typeof inner === 'string' && inner.startsWith('file:')) {
                    let site = paths.get(inner);
                    if (site === undefined) {
                        site = sitePath(URI.parse(inner).fsPath);
                        paths.set(inner, site);
                    }
                    record[key] = site;
                } else if (typeof inner === 'object') {
                    visit(inner);
                }
            }
        }
    };
    visit(model);
    return model;
}

/** On a terminal, one line that rewrites itself; elsewhere nothing. `undefined` clears it. */
function progressLine(io: CommandIO): (text: string | undefined) => void {
    const show = io.progress?.bind(io);
    if (!show || !process.stderr.isTTY) {
        return () => undefined;
    }
    let last = 0;
    return text => {
        const now = performance.now();
        if (text !== undefined && now - last < 100) return;
        last = now;
        show(text);
    };
}
