// Cold start, as pre-commit hooks and CI pay it: whole processes of `journey check`
// against `node -e 0`, and against a naive Langium build of the same language
// (bench/naive/), which this section generates with langium-cli and bundles first,
// so that the ratio is measured in one run. Runs are interleaved (node, ours, naive,
// node, ...) so that a change in the machine's load hits every command alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { builtBundle } from './built.js';
import { generateJourney } from './generate.js';
import { median, round, type Section } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAIVE_OUT = path.join(ROOT, 'bench', '.generated', 'naive');
export const GOALS = { oneLinePerNode: 1.8, naivePerOurs10k: 1.6 };

/**
 * Generates the naive language from our grammar with langium-cli (no custom code of
 * ours), then bundles bench/naive/naive-check.ts as our CLI is bundled (esbuild, one
 * CommonJS file for Node). Returns the bundle's path.
 */
export async function buildNaive(): Promise<string> {
    const generated = path.join(NAIVE_OUT, 'generated');
    rmSync(NAIVE_OUT, { recursive: true, force: true });
    mkdirSync(NAIVE_OUT, { recursive: true });
    const config = path.join(NAIVE_OUT, 'langium-config.json');
    writeFileSync(config, JSON.stringify({
        projectName: 'Journey',
        languages: [{ id: 'journey', grammar: path.relative(NAIVE_OUT, path.join(ROOT, 'src/language/journey.langium')), fileExtensions: ['.journey'] }],
        out: 'generated',
        mode: 'production'
    }, undefined, 2));
    const cli = path.join(ROOT, 'node_modules/langium-cli/bin/langium.js');
    const result = spawnSync(process.execPath, ['--require', path.join(ROOT, 'src/polyfills/object-group-by.cjs'), cli, 'generate', '--file', config],
        { cwd: NAIVE_OUT, encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`langium generate of the naive baseline failed:\n${result.stdout}\n${result.stderr}`);
    }
    const outfile = path.join(NAIVE_OUT, 'naive-check.cjs');
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'bench/naive/naive-check.ts')],
        outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning',
        plugins: [{
            // The naive module type-checks against src/language/generated; it runs on its own generated files.
            name: 'naive-generated',
            setup(build) {
                build.onResolve({ filter: /src\/language\/generated\/\w+\.js$/ }, args => ({ path: path.join(generated, path.basename(args.path).replace(/\.js$/, '.ts')) }));
            }
        }]
    });
    return outfile;
}

/**
 * Page faults of whole processes, which the machine's load does not move as it moves
 * their times (a fresh page costs some 12 µs here): a preloaded line writes the
 * process's minor page faults to stderr as it exits (the same line in every command).
 */
const FAULTS_LINE = 'JOURNEY_BENCH_FAULTS';
const FAULTS_PRELOAD = `process.on('exit', () => require('node:fs').writeSync(2, '\\n${FAULTS_LINE} ' + process.resourceUsage().minorPageFault + '\\n'));\n`;

function processFaults(preload: string, args: string[]): number {
    const result = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const line = result.stderr.split('\n').find(l => l.startsWith(`${FAULTS_LINE} `));
    if (!line) throw new Error(`no page faults from ${args.join(' ')}: ${result.stderr}`);
    return Number(line.slice(FAULTS_LINE.length + 1));
}

function timeProcess(args: string[]): number {
    const start = performance.now();
    try {
        execFileSync(process.execPath, args, { stdio: 'ignore' });
    } catch (error) {
        // Exit code 1: the file has errors (the naive scoping leaves `Stage.Touchpoint` unresolved).
        if ((error as { status?: number }).status !== 1) throw error;
    }
    return performance.now() - start;
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const naive = await buildNaive();
    const ours = builtBundle('cli/main.cjs');
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-cold-'));
    try {
        const oneLine = path.join(folder, 'one.journey');
        const tenK = path.join(folder, 'ten-thousand.journey');
        writeFileSync(oneLine, 'owner Team "The team"\n');
        writeFileSync(tenK, generateJourney(10000));
        const commands: Record<string, string[]> = {
            node: ['-e', '0'],
            oursOneLine: [ours, 'check', oneLine],
            naiveOneLine: [naive, oneLine],
            ours10k: [ours, 'check', tenK],
            naive10k: [naive, tenK]
        };
        const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map(key => [key, []]));
        const runs = quick ? 5 : 15;
        for (let i = 0; i < runs + 1; i++) {
            for (const [key, args] of Object.entries(commands)) {
                const ms = timeProcess(args);
                if (i > 0) times[key].push(ms); // the first round warms the disk cache
            }
        }
        const ms = Object.fromEntries(Object.entries(times).map(([key, values]) => [key, round(median(values))])) as Record<keyof typeof commands, number>;
        const preload = path.join(folder, 'faults.cjs');
        writeFileSync(preload, FAULTS_PRELOAD);
        const faultRuns: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map(key => [key, []]));
        for (let i = 0; i < 3; i++) {
            for (const [key, args] of Object.entries(commands)) faultRuns[key].push(processFaults(preload, args));
        }
        const faults = Object.fromEntries(Object.entries(faultRuns).map(([key, values]) => [key, median(values)])) as Record<keyof typeof commands, number>;
        const faultRatio = (key: keyof typeof commands) => `${round(faults[key] / faults.node, 2)}×`;
        const oneLinePerNode = round(ms.oursOneLine / ms.node, 2);
        const naivePerOurs10k = round(ms.naive10k / ms.ours10k, 2);
        const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
        return {
            key: 'cold',
            title: `Cold start: whole processes (medians of ${runs} interleaved runs, ms)`,
            header: ['command', 'ms', 'ratio', 'goal', '', 'page faults', '÷ node'],
            rows: [
                ['node -e 0', ms.node, '', '', '', faults.node, ''],
                ['journey check, one-line file', ms.oursOneLine, `${oneLinePerNode}× node -e 0`, `≤ ${GOALS.oneLinePerNode}×`, verdict(oneLinePerNode <= GOALS.oneLinePerNode), faults.oursOneLine, faultRatio('oursOneLine')],
                ['naive Langium check, one-line file', ms.naiveOneLine, `${round(ms.naiveOneLine / ms.node, 2)}× node -e 0`, '', '', faults.naiveOneLine, faultRatio('naiveOneLine')],
                ['journey check, 10,000 lines', ms.ours10k, '', '', '', faults.ours10k, faultRatio('ours10k')],
                ['naive Langium check, 10,000 lines', ms.naive10k, `${naivePerOurs10k}× ours`, `≥ ${GOALS.naivePerOurs10k}×`, verdict(naivePerOurs10k >= GOALS.naivePerOurs10k), faults.naive10k, faultRatio('naive10k')]
            ],
            footer: 'The naive baseline: bench/naive/ (default Langium services, DESIGN.md\'s checks only), generated and bundled by this section into bench/.generated/naive/. '
                + 'Page faults: medians of 3 more runs of each, which the load does not move (each process with the same one-line preload that counts them).',
            json: { ...ms, oneLinePerNode, naivePerOurs10k, runs, goals: GOALS, faults }
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
