import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main.js';
import { builtBundle } from '../../bench/built.js';
import { generateJourney } from '../../bench/generate.js';
import { ROOT } from '../helpers.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

async function output(...argv: string[]): Promise<{ code: number; out: string }> {
    const out: string[] = [];
    const code = await run(argv, { out: line => out.push(line), err: () => undefined });
    return { code, out: out.join('\n') };
}

describe('journey (the command)', () => {
    it('prints the package version with --version and -v', async () => {
        assert.deepEqual(await output('--version'), { code: 0, out: version });
        assert.deepEqual(await output('-v'), { code: 0, out: version });
    });

    it('prints the version from the built bundle, which carries it inside', () => {
        assert.equal(execFileSync(process.execPath, [builtBundle('cli/main.cjs'), '--version'], { encoding: 'utf8' }).trim(), version);
    });

    it('lists every command with --help and exits 0, or 2 when no command is given', async () => {
        const help = await output('--help');
        assert.equal(help.code, 0);
        for (const command of ['check', 'render', 'serve', 'diff', 'export', 'format', 'lsp']) {
            assert.match(help.out, new RegExp(`^  ${command} `, 'm'), command);
        }
        assert.equal((await output()).code, 2);
    });

    it("prints a command's usage with --help or -h and exits 0, doing nothing else", async () => {
        for (const command of ['check', 'render', 'serve', 'diff', 'export', 'format', 'build', 'lsp']) {
            for (const flag of ['--help', '-h']) {
                const help = await output(command, flag);
                assert.equal(help.code, 0, `${command} ${flag}`);
                assert.match(help.out, new RegExp(`^Usage: journey ${command}\\b`), `${command} ${flag}`);
            }
        }
    });

    it('ends each short command once its output is written: whole into a slow pipe, with its exit code (built CLI)', function () {
        this.timeout(120_000); // six processes on 1,500 lines, three of them into a pipe read after a second
        // bin.ts exits when run() returns for these, as soon as stdout and stderr are written.
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-short-commands-'));
        try {
            writeFileSync(path.join(folder, 'large.journey'), generateJourney(1500));
            writeFileSync(path.join(folder, 'other.journey'), generateJourney(1500).replace(/Waiting time at step/g, 'Wait at step'));
            const cli = (args: string, slowly: boolean) => spawnSync('sh', ['-c', `{ "${process.execPath}" "${builtBundle('cli/main.cjs')}" ${args}; echo "EXIT $?" >&2; }`
                + (slowly ? ' | (sleep 1; cat)' : '')], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
            for (const [args, exit] of [
                ['export large.journey --format json', 0],
                ['diff large.journey other.journey --format json --exit-code', 1],
                ['render large.journey -o -', 0]
            ] as const) {
                const quick = cli(args, false);
                const slow = cli(args, true);
                assert.ok(quick.stdout.length > 100_000, `${args}: more than a pipe holds (64 KB): ${quick.stdout.length}`);
                assert.equal(slow.stdout, quick.stdout, args);
                assert.match(slow.stderr, new RegExp(`^EXIT ${exit}$`, 'm'), `${args}: ${slow.stderr}`);
            }
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
