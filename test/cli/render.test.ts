import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CommandIO } from '../../src/cli/io.js';
import { EXAMPLES } from '../helpers.js';

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { stdout, stderr, out: line => stdout.push(line), err: line => stderr.push(line) };
}

describe('journey render', () => {
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'journey-render-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes a light SVG by default, resolving references against the file\'s directory', async () => {
        const io = capture();
        const out = path.join(folder, 'map.svg');
        assert.equal(await run(['render', path.join(EXAMPLES, 'webshop.journey'), '-o', out], io), 0, io.stderr.join('\n'));
        const svg = readFileSync(out, 'utf8');
        assert.match(svg, /^<\?xml/);
        assert.match(svg, /--jm-bg: #ffffff/);
        // KPIs defined in shared.journey are resolved: their titles show.
        assert.match(svg, /Net Promoter Score/);
        assert.match(io.stdout.join('\n'), /Wrote .*map\.svg/);
    });

    it('writes a dark self-contained HTML page', async () => {
        const io = capture();
        const out = path.join(folder, 'map.html');
        assert.equal(await run(['render', path.join(EXAMPLES, 'kundereise.journey'), '-o', out, '--theme', 'dark'], io), 0);
        const html = readFileSync(out, 'utf8');
        assert.match(html, /^<!DOCTYPE html>/);
        assert.match(html, /--jm-bg: #0d1117/);
        assert.match(html, /Digital kundereise/);
        assert.ok(!/<script|<link|src=/i.test(html), 'nothing to load or run');
    });

    it('writes to standard output with -o -', async () => {
        const io = capture();
        assert.equal(await run(['render', path.join(EXAMPLES, 'shared.journey'), '-o', '-'], io), 0);
        assert.match(io.stdout.join('\n'), /<svg[^>]*class="jm-map"/);
    });

    it('refuses a file with syntax errors, naming the file and position, and writes nothing', async () => {
        const file = path.join(folder, 'broken.journey');
        writeFileSync(file, 'journey J {\n  stage S {\n    touchpoint T { channel fax }\n  }\n}\n');
        const out = path.join(folder, 'broken.svg');
        const io = capture();
        assert.equal(await run(['render', file, '-o', out], io), 2, 'a syntax error exits 2, as in every other command');
        assert.match(io.stderr[0], /broken\.journey:3:\d+: error /);
        assert.throws(() => readFileSync(out));
    });

    it('exits 2 with a message for an unknown output type, theme or missing input', async () => {
        const file = path.join(EXAMPLES, 'shared.journey');
        for (const [args, message] of [
            [['render', file, '-o', path.join(folder, 'map.gif')], /cannot tell the format/],
            [['render', file, '-o', path.join(folder, 'map.svg'), '--theme', 'sepia'], /unknown theme 'sepia'/],
            [['render', path.join(folder, 'missing.journey'), '-o', path.join(folder, 'x.svg')], /missing\.journey: no such file or directory/],
            [['render', file], /expected one FILE and -o OUT/],
            [['render', file, '-o', path.join(folder, 'no', 'such', 'dir', 'x.svg')], /x\.svg: cannot write/]
        ] as const) {
            const io = capture();
            assert.equal(await run([...args], io), 2, args.join(' '));
            assert.match(io.stderr.join('\n'), message);
        }
    });
});
