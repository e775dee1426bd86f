// Semantic diff: two versions of the 10,000-line generated journey with 100
// scattered edits, including parsing; in-process (warm) and as a cold `journey diff`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystemProvider } from 'langium';
import { loadSnapshot, type SideFile } from '../src/cli/diff-sides.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { diffSnapshots } from '../src/model/diff/journey-diff.js';
import { generateJourney } from './generate.js';
import { builtBundle } from './built.js';
import { median, round, timeRuns, type Section } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LINES = 10_000;

/**
 * 100 edits spread evenly over the file: 30 touchpoint emotions, 25 pains,
 * 20 titles, 15 added touchpoints, 10 KPI targets. Returns the new text and how
 * many changes a diff should report (each edit touches a different element).
 */
function scatterEdits(text: string): { text: string; expected: number } {
    const lines = text.split('\n');
    const kpiTargets = lines.flatMap((line, i): number[] => /^ {4}target >= /.test(line) ? [i] : []);
    const touchpointStarts = lines.flatMap((line, i): number[] => /^ {8}touchpoint T\d+ "/.test(line) ? [i] : []);
    const kinds = [...Array(30).fill('emotion'), ...Array(25).fill('pain'), ...Array(20).fill('title'), ...Array(15).fill('add')];
    const step = Math.floor(touchpointStarts.length / kinds.length);
    const inserts: Array<[number, string]> = [];
    kinds.forEach((kind, n) => {
        // Interleave the kinds so every part of the file gets each kind of edit.
        const start = touchpointStarts[((n * 7) % kinds.length) * step];
        if (kind === 'emotion') {
            lines[start + 3] = lines[start + 3].replace(/emotion (-?\d)/, (_, v: string) => `emotion ${v === '2' ? 1 : Number(v) + 1}`);
        } else if (kind === 'pain') {
            lines[start + 4] = lines[start + 4].replace('Waiting time', 'Queueing time');
        } else if (kind === 'title') {
            lines[start] = lines[start].replace('"Touchpoint', '"Renamed touchpoint');
        } else {
            inserts.push([start, `        touchpoint Added${n} "Added touchpoint ${n}" { channel web emotion 1 }`]);
        }
    });
    for (const i of kpiTargets) {
        lines[i] = lines[i].replace(/>= (\d+)%/, (_, v: string) => `>= ${Number(v) + 5}%`);
    }
    for (const [at, line] of inserts.sort((a, b) => b[0] - a[0])) {
        lines.splice(at, 0, line);
    }
    return { text: lines.join('\n'), expected: kinds.length + kpiTargets.length };
}

function side(label: string, text: string): SideFile[] {
    return [{ label, path: path.join(ROOT, '.bench', label), text }];
}

function coldDiff(base: string, head: string, runs: number): number {
    const cli = builtBundle('cli/main.cjs');
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-diff-'));
    const files = ['base.journey', 'head.journey'].map(name => path.join(folder, name));
    writeFileSync(files[0], base);
    writeFileSync(files[1], head);
    const times: number[] = [];
    try {
        for (let i = 0; i < runs + 1; i++) {
            const start = performance.now();
            execFileSync(process.execPath, [cli, 'diff', files[0], files[1], '--format', 'json'], { stdio: 'ignore' });
            if (i > 0) times.push(performance.now() - start); // the first run warms the disk cache
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    return round(median(times));
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const options = quick ? { warmup: 1, runs: 3, warmupMs: 0 } : { warmup: 2, runs: 7 };
    const base = generateJourney(LINES);
    const { text: head, expected } = scatterEdits(base);

    const parser = createJourneyServices({ fileSystemProvider: () => new EmptyFileSystemProvider() }).Journey.parser.LangiumParser;
    const parseTimes = await timeRuns(() => { parser.parse(base); parser.parse(head); }, options);

    let found = 0;
    const loadTimes: number[] = [];
    const diffTimes: number[] = [];
    const totalTimes = await timeRuns(async () => {
        const start = performance.now();
        const [before, after] = [await loadSnapshot(side('base.journey', base)), await loadSnapshot(side('head.journey', head))];
        const loaded = performance.now();
        found = diffSnapshots(before, after).summary.total;
        const end = performance.now();
        loadTimes.push(loaded - start);
        diffTimes.push(end - loaded);
        return end - start;
    }, options);
    // The first entries are warm-up runs.
    const timed = (list: number[]) => list.slice(list.length - totalTimes.length);

    const json = {
        lines: LINES,
        edits: expected,
        changesFound: found,
        parseBothMs: round(median(parseTimes)),
        loadBothMs: round(median(timed(loadTimes))),
        diffMs: round(median(timed(diffTimes)), 2),
        totalMs: round(median(totalTimes)),
        ratioTotalToParse: round(median(totalTimes) / median(parseTimes), 2),
        cliColdMs: coldDiff(base, head, quick ? 2 : 5),
        goalMs: 1000
    };
    return {
        key: 'diff',
        title: `Semantic diff: ${LINES.toLocaleString('en')}-line journey, ${expected} scattered edits`,
        header: ['step', 'median ms'],
        rows: [
            ['parse both sides (parser only)', json.parseBothMs],
            ['load both sides (parse, link, view models)', json.loadBothMs],
            ['pair and compare', json.diffMs],
            ['total, in process', json.totalMs],
            ['journey diff, cold process', json.cliColdMs]
        ],
        footer: `changes found: ${found} of ${expected} edits; total / parse = ${json.ratioTotalToParse}; goal: total under ${json.goalMs} ms`,
        json
    };
}
