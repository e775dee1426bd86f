import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journey } from '../fixtures/journey-runner.js';
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs.js';
import { EXAMPLES } from '../helpers.js';
import { builtBundle } from '../../bench/built.js';
import { generateJourney } from '../../bench/generate.js';

/** Some cases run the built CLI as a process: they need `npm run build`. */
const CLI = builtBundle('cli/main.cjs');


describe('journey check', () => {
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-cli-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    function write(name: string, text: string | Buffer): string {
        const file = path.join(folder, name);
        writeFileSync(file, text);
        return file;
    }

    it('writes the whole of a large report before it exits, also into a pipe read slowly (built CLI)', () => {
        // About 500 hints: a report larger than a pipe's buffer, so the process must wait for it to drain.
        const file = write('large.journey', generateJourney(4000));
        const text = spawnSync(process.execPath, [CLI, 'check', file], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.equal(text.status, 0, text.stderr);
        const lines = text.stdout.trimEnd().split('\n');
        assert.ok(lines.length > 400, `${lines.length} lines`);
        assert.match(lines[lines.length - 1], /^0 errors, 0 warnings in 1 file$/);
        const script = `"${process.execPath}" "${CLI}" check large.journey --format json | (sleep 1; cat)`;
        const slow = spawnSync('sh', ['-c', script], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const report = JSON.parse(slow.stdout) as unknown[];
        assert.equal(report.length, lines.length - 1);
        // A failing check still exits 1 after writing everything.
        write('bad.journey', 'journey J { stage S { touchpoint T { emotion 9 } } }\n');
        const failing = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.equal(failing.status, 1);
        assert.match(failing.stdout, /^1 error, \d+ warnings? in 2 files$/m);
    });

    it('writes the whole of a large report into a slow pipe that its parent left non-blocking, with the exit code (built CLI)', () => {
        // Python's os.set_blocking (Node's own children get blocking output): the report's direct
        // writes meet EAGAIN once the pipe is full, and the rest goes through process.stdout (io.ts).
        write('non-blocking.py', [
            'import os, subprocess, sys',
            'os.set_blocking(1, False)',
            'status = subprocess.run(sys.argv[1:]).returncode',
            'os.write(2, f"STATUS {status} BLOCKING {os.get_blocking(1)}\\n".encode())'
        ].join('\n'));
        write('large.journey', generateJourney(4000));
        const run = (args: string) => spawnSync('sh', ['-c', `python3 non-blocking.py "${process.execPath}" "${CLI}" check ${args} | (sleep 1; cat)`],
            { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const expected = spawnSync(process.execPath, [CLI, 'check', 'large.journey', '--format', 'json'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.ok(expected.stdout.length > 100_000, `more than a pipe holds (64 KB): ${expected.stdout.length}`);
        const slow = run('large.journey --format json');
        assert.match(slow.stderr, /^STATUS 0 BLOCKING False$/m, slow.stderr);
        assert.equal(slow.stdout, expected.stdout);
        // A failing check: everything, and exit code 1.
        write('bad.journey', 'journey J { stage S { touchpoint T { emotion 9 } } }\n');
        const failing = run('.');
        assert.match(failing.stderr, /^STATUS 1 BLOCKING False$/m, failing.stderr);
        assert.match(failing.stdout, /^1 error, \d+ warnings? in 2 files\n$/m);
        assert.equal(failing.stdout, spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout);
    });

    it('passes the examples with exit code 0 and a summary line', async () => {
        const result = await journey('check', EXAMPLES);
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /^0 errors, 0 warnings in 4 files$/m);
    });

    it('prints path:line:col: severity code message (1-based) and exits 1 on errors', async () => {
        const file = write('bad.journey', 'owner A "A"\njourney J {\n    owner A\n    stage S { touchpoint T { emotion 9 } }\n}\n');
        const result = await journey('check', file);
        assert.equal(result.code, 1);
        const lines = result.out.split('\n');
        assert.match(lines[0], /bad\.journey:4:38: error journey\/emotion-out-of-range Emotion 9 is out of range/);
        assert.equal(lines[lines.length - 1], '1 error, 0 warnings in 1 file');
    });

    it('treats all paths of one call as one workspace', async () => {
        const shared = write('shared.journey', 'owner Team "Team"\n');
        const other = mkdtempSync(path.join(tmpdir(), 'journey-cli-other-'));
        try {
            writeFileSync(path.join(other, 'j.journey'), 'journey J { owner Team stage S { touchpoint T } }\n');
            const together = await journey('check', shared, other);
            assert.equal(together.code, 0, together.out);
            const alone = await journey('check', other);
            assert.equal(alone.code, 1);
            assert.match(alone.out, /journey\/unresolved-reference Unknown owner 'Team'/);
        } finally {
            rmSync(other, { recursive: true, force: true });
        }
    });

    it('exits 0 on warnings, and 1 with --strict', async () => {
        const file = write('w.journey', 'journey Lonely { }\n');
        assert.equal((await journey('check', file)).code, 0);
        const strict = await journey('check', '--strict', file);
        assert.equal(strict.code, 1);
        assert.match(strict.out, /0 errors, 1 warning in 1 file/);
    });

    it('prints a JSON array with --format json', async () => {
        const file = write('j.journey', 'journey Lonely { }\n');
        const result = await journey('check', '--format', 'json', file);
        const parsed = JSON.parse(result.out);
        assert.deepEqual(parsed, [{
            file: path.relative(process.cwd(), file) || file, line: 1, column: 9, endLine: 1, endColumn: 15,
            severity: 'warning', code: 'journey/empty-journey', message: "Journey 'Lonely' has no stages."
        }].map(d => ({ ...d, file: parsed[0].file })));
        assert.ok(parsed[0].file.endsWith('j.journey'));
    });

    it('finds .journey files in nested directories and ignores other files', async () => {
        cpSync(EXAMPLES, path.join(folder, 'deep', 'er'), { recursive: true });
        write('notes.txt', 'not a journey {');
        const result = await journey('check', folder);
        assert.equal(result.code, 0);
        assert.match(result.out, /in 4 files/);
    });

    describe('usage and input problems exit 2 naming the file', () => {
        it('a path that does not exist', async () => {
            const result = await journey('check', path.join(folder, 'missing.journey'));
            assert.equal(result.code, 2);
            assert.match(result.err, /missing\.journey: no such file or directory/);
        });
        it('a file that is not UTF-8', async () => {
            const file = write('latin1.journey', Buffer.from([0x6f, 0x77, 0x6e, 0x65, 0x72, 0x20, 0xf8, 0x0a]));
            const result = await journey('check', file);
            assert.equal(result.code, 2);
            assert.match(result.err, /latin1\.journey: not a UTF-8 text file \(invalid byte at offset 6\)/);
        });
        it('an unreadable file (a symlink loop)', async () => {
            symlinkSync('loop.journey', path.join(folder, 'loop.journey'));
            const result = await journey('check', folder);
            assert.equal(result.code, 2);
            assert.match(result.err, /loop\.journey: cannot read file \(ELOOP\)/);
        });
        it('an unknown option or format', async () => {
            assert.equal((await journey('check', '--nope')).code, 2);
            const format = await journey('check', '--format', 'xml', EXAMPLES);
            assert.equal(format.code, 2);
            assert.match(format.err, /unknown format 'xml'/);
        });
        it('an unknown command', async () => {
            const result = await journey('frobnicate');
            assert.equal(result.code, 2);
            assert.match(result.err, /unknown command 'frobnicate'/);
        });
    });

    describe('the bundled command, as a process', () => {
        for (const { name, text, expectCodes } of HOSTILE_INPUTS) {
            it(`handles ${name} without a stack trace`, () => {
                const file = write('hostile.journey', text);
                const result = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8' });
                const expected = expectCodes.some(code => code === 'journey/syntax-error' || code.endsWith('out-of-range')) ? 1 : 0;
                assert.equal(result.status, expected, result.stderr);
                assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /, 'no stack trace');
                assert.match(result.stdout, /in 1 file\n$/);
            });
        }
        it('exits 2 for a binary file that is not UTF-8', () => {
            const file = write('image.journey', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
            const result = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8' });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /image\.journey: not a UTF-8 text file/);
        });
        it('stops quietly when its output pipe closes early (| head)', () => {
            const lines = Array.from({ length: 3000 }, (_, i) => `journey Empty${i} { }`).join('\n');
            const file = write('many.journey', lines);
            const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check "${file}" | head -1`], { encoding: 'utf8' });
            assert.equal(result.stdout.split('\n').length, 2);
            assert.equal(result.stderr, '', 'no EPIPE stack trace');
        });
        it('is executable through its shebang', () => {
            const out = execFileSync(process.execPath, [CLI, 'check', EXAMPLES], { encoding: 'utf8' });
            assert.match(out, /0 errors, 0 warnings in 4 files/);
        });
    });
});
