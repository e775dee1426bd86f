import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main.js';
import { builtBundle } from '../../bench/built.js';
import { applyEdit, randomEdit } from './edits.js';
import type { Random } from './random.js';
import { writeReproduction } from './server-fuzz.js';

/** Runs the built CLI as a process: needs `npm run build`. */
const CLI = builtBundle('cli/main.cjs');

/** A failed run: an exit code outside 0..2, an internal error, or a stack trace. */
function problem(code: number | null, stderr: string): string | undefined {
    if (code === null || code < 0 || code > 2) return `exit code ${code}`;
    if (/internal error/.test(stderr)) return 'internal error';
    if (/\n\s+at .+:\d+:\d+/.test(stderr)) return 'stack trace';
    return undefined;
}

/**
 * `journey check` and `journey format` over `count` mutated examples: in-process
 * for most, as a real process for every tenth. None may crash.
 */
export async function fuzzCli(random: Random, corpus: string[], count: number, out: string): Promise<{ files: number; runs: number; crashes: number; reproductions: string[] }> {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-cli-fuzz-'));
    const result = { files: 0, runs: 0, crashes: 0, reproductions: [] as string[] };
    try {
        for (let i = 0; i < count; i++) {
            let text = random.pick(corpus);
            for (let e = random.int(1, 30); e > 0; e--) {
                text = applyEdit(text, randomEdit(random, text, corpus));
            }
            const file = path.join(folder, `mutated-${i}.journey`);
            writeFileSync(file, text);
            result.files++;
            const commands = [['check', file], ['format', '--check', file], ['format', file]];
            for (const argv of commands) {
                let failure: string | undefined;
                if (i % 10 === 0) {
                    const child = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8', timeout: 30000 });
                    failure = problem(child.status, child.stderr);
                } else {
                    const err: string[] = [];
                    const code = await run(argv, { out: () => undefined, err: line => err.push(line) });
                    failure = problem(code, err.join('\n'));
                }
                result.runs++;
                if (failure) {
                    result.crashes++;
                    result.reproductions.push(writeReproduction(out, `cli-failure-${i}-${argv[0]}.json`, { argv: argv.slice(0, -1), failure, text }));
                }
                writeFileSync(file, text);
            }
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    return result;
}
