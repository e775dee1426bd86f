// The language's second edition against its first: parse and full build (parse, index,
// scopes, link, validate: DocumentBuilder.build with validation) of the same generated
// 10,000-line file by main's code and by the code at the first edition's commit, side
// by side in one process. The first edition's sources come from git history (`git
// archive`), get their Langium code from langium-cli and are bundled by esbuild, and
// so are main's, the same way, so that neither side runs through tsx. Rounds are
// interleaved (a, b, then b, a, ...) so that the machine's drifting load hits both alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { LangiumDocument, URI as LangiumUri } from 'langium';
import type { createJourneyServices as CreateServices } from '../src/language/journey-module.js';
import { generateJourney } from './generate.js';
import { MemoryFileSystem } from './memory-file-system.js';
import { gc, median, round, type Section } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = path.join(ROOT, 'bench', '.generated');
/** The first edition of the language: main before the second edition's issue (#12). */
export const FIRST_EDITION = '98113c5';
const LINES = 10000;

/** What each bundle exports (bench/.generated/<name>/entry.ts). */
interface Edition {
    createJourneyServices: typeof CreateServices;
    URI: typeof LangiumUri;
}

function git(args: string[], input?: Buffer): { status: number | null; stdout: Buffer; stderr: string } {
    const result = spawnSync('git', ['-C', ROOT, ...args], { input, maxBuffer: 256 * 1024 * 1024 });
    return { status: result.error ? -1 : result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? result.error ?? '') };
}

/** Why `commit` cannot be built here (a shallow clone, no git), or undefined. */
export function missingHistory(commit = FIRST_EDITION): string | undefined {
    const found = git(['cat-file', '-e', `${commit}^{commit}`]);
    return found.status === 0 ? undefined : `commit ${commit} is not in this clone's history`;
}

/** Bundles `entry` (which re-exports the language module) into one CommonJS file for Node, as the CLI is bundled. */
async function bundle(folder: string, modulePath: string): Promise<string> {
    const entry = path.join(folder, 'entry.ts');
    const relative = './' + path.relative(folder, modulePath).split(path.sep).join('/');
    writeFileSync(entry, `export { URI } from 'langium';\nexport { createJourneyServices } from '${relative}';\n`);
    const outfile = path.join(folder, 'language.cjs');
    await esbuild.build({
        entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
        mainFields: ['module', 'main'], logLevel: 'warning',
        // The packages are this work tree's, wherever the folder is.
        nodePaths: [path.join(ROOT, 'node_modules')]
    });
    return outfile;
}

/**
 * The first edition's language as a bundle: its src/ and langium-config.json from
 * `git archive`, its generated files written by langium-cli from its own grammar.
 */
export async function buildFirstEdition(folder = path.join(GENERATED, 'edition1')): Promise<string> {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const archive = git(['archive', '--format=tar', FIRST_EDITION, 'src', 'langium-config.json']);
    if (archive.status !== 0) throw new Error(`git archive ${FIRST_EDITION} failed: ${archive.stderr}`);
    const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`unpacking ${FIRST_EDITION}'s sources failed: ${String(untar.stderr)}`);
    // Its generated code is its grammar's, written again by the same langium-cli.
    rmSync(path.join(folder, 'src/language/generated'), { recursive: true, force: true });
    const cli = path.join(ROOT, 'node_modules/langium-cli/bin/langium.js');
    const generated = spawnSync(process.execPath, ['--require', path.join(ROOT, 'src/polyfills/object-group-by.cjs'), cli, 'generate', '--file', 'langium-config.json'],
        { cwd: folder, encoding: 'utf8' });
    if (generated.status !== 0 || !existsSync(path.join(folder, 'src/language/generated/ast.ts'))) {
        throw new Error(`langium generate of ${FIRST_EDITION} failed:\n${generated.stdout}\n${generated.stderr}`);
    }
    return bundle(folder, path.join(folder, 'src/language/journey-module.ts'));
}

/** Main's language (this work tree's src/, as `npm run build` generated it), bundled the same way. */
export async function buildCurrent(): Promise<string> {
    const folder = path.join(GENERATED, 'current');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    return bundle(folder, path.join(ROOT, 'src/language/journey-module.ts'));
}

export function load(bundlePath: string): Edition {
    return createRequire(import.meta.url)(bundlePath) as Edition;
}

/** Wall-clock and CPU time (the process's user + system: the parser's thread and the garbage collector's) of one run, in ms. */
interface Timing { wall: number; cpu: number }

function startTiming(): () => Timing {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    return () => {
        const used = process.cpuUsage(cpu);
        return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
    };
}

/** One edition's parse and build of `text`, each timed on its own; its diagnostics, by severity. */
class Runner {
    private readonly fileSystem = new MemoryFileSystem();
    private readonly services: ReturnType<typeof CreateServices>;
    private run = 0;

    constructor(private readonly edition: Edition, private readonly text: string) {
        this.services = edition.createJourneyServices({ fileSystemProvider: () => this.fileSystem });
    }

    parse(): Timing {
        gc();
        const stop = startTiming();
        const result = this.services.Journey.parser.LangiumParser.parse(this.text);
        const timing = stop();
        if (result.lexerErrors.length + result.parserErrors.length > 0) {
            throw new Error(`the generated file has syntax errors for this edition: ${[...result.lexerErrors, ...result.parserErrors][0].message}`);
        }
        return timing;
    }

    async build(): Promise<{ timing: Timing; document: LangiumDocument }> {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = this.services.shared.workspace;
        const uri = this.edition.URI.parse(`file:///bench/editions/${this.run++}/generated.journey`);
        gc();
        const stop = startTiming();
        const document = LangiumDocumentFactory.fromString(this.text, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        const timing = stop();
        await DocumentBuilder.update([], [uri]);
        return { timing, document };
    }

    async diagnostics(): Promise<Record<string, number>> {
        const { document } = await this.build();
        const counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
        for (const diagnostic of document.diagnostics ?? []) {
            counts[['', 'error', 'warning', 'info', 'hint'][diagnostic.severity ?? 1]]++;
        }
        return counts;
    }
}

type EditionName = 'main' | 'first';
type Figure = 'parse' | 'build';

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const title = `The language's second edition against its first (${FIRST_EDITION}): ${LINES.toLocaleString('en')}-line file, medians of interleaved runs`;
    const missing = missingHistory();
    if (missing) {
        return {
            key: 'editions', title, header: ['case', ''], rows: [['skipped: needs git history', missing]],
            json: { skipped: `needs git history: ${missing}` }
        };
    }
    const text = generateJourney(LINES);
    const [firstPath, currentPath] = await Promise.all([buildFirstEdition(), buildCurrent()]);
    const runners = { main: new Runner(load(currentPath), text), first: new Runner(load(firstPath), text) };
    const diagnostics = { main: await runners.main.diagnostics(), first: await runners.first.diagnostics() };
    for (const [name, counts] of Object.entries(diagnostics)) {
        if (counts.error > 0) throw new Error(`the generated file has ${counts.error} errors for ${name}`);
    }

    // A round: each edition parses, then builds, the order swapped every round.
    const warmup = quick ? 2 : 3;
    const runs = quick ? 7 : 21;
    const samples = (): Record<Figure, Timing[]> => ({ parse: [], build: [] });
    const times: Record<EditionName, Record<Figure, Timing[]>> = { main: samples(), first: samples() };
    for (let r = 0; r < warmup + runs; r++) {
        const order = r % 2 === 0 ? (['main', 'first'] as const) : (['first', 'main'] as const);
        for (const name of order) {
            const parse = runners[name].parse();
            const { timing: build } = await runners[name].build();
            if (r >= warmup) {
                times[name].parse.push(parse);
                times[name].build.push(build);
            }
        }
    }
    const ms = (name: EditionName, figure: Figure, clock: keyof Timing) => median(times[name][figure].map(t => t[clock]));
    const figures = (figure: Figure) => ({
        wallMs: { main: round(ms('main', figure, 'wall')), firstEdition: round(ms('first', figure, 'wall')) },
        cpuMs: { main: round(ms('main', figure, 'cpu')), firstEdition: round(ms('first', figure, 'cpu')) },
        wallRatio: round(ms('main', figure, 'wall') / ms('first', figure, 'wall'), 2),
        cpuRatio: round(ms('main', figure, 'cpu') / ms('first', figure, 'cpu'), 2)
    });
    const shown = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ') || 'none';
    const parse = figures('parse');
    const build = figures('build');
    const json = {
        lines: LINES, runs, firstEdition: FIRST_EDITION, parse, build,
        // The goal: main no slower than the first edition, in wall-clock and in CPU time.
        parseRatio: parse.wallRatio, buildRatio: build.wallRatio,
        diagnostics: { main: diagnostics.main, firstEdition: diagnostics.first }
    };
    const row = (name: string, f: typeof parse) => [name, f.wallMs.main, f.wallMs.firstEdition, f.wallRatio, f.cpuMs.main, f.cpuMs.firstEdition, f.cpuRatio, '≤ 1',
        f.wallRatio <= 1 && f.cpuRatio <= 1 ? 'met' : 'MISSED'];
    return {
        key: 'editions',
        title,
        header: ['case', 'main ms', `${FIRST_EDITION} ms`, 'main ÷ first', 'main CPU ms', `${FIRST_EDITION} CPU ms`, 'CPU main ÷ first', 'goal', ''],
        rows: [row('parse', parse), row('build (parse, link, validate)', build)],
        footer: `${runs} rounds after ${warmup} warm-up rounds, both bundled by esbuild into bench/.generated/{current,edition1}/; `
            + 'CPU time is the process\'s (user + system), steadier than wall-clock time on a loaded machine. '
            + `Diagnostics on the file: main ${shown(diagnostics.main)}; ${FIRST_EDITION} ${shown(diagnostics.first)}.`,
        json
    };
}
