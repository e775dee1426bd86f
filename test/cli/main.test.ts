import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/main.js';
import { builtBundle } from '../../bench/built.js';
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
});
