import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journey } from '../fixtures/journey-runner.js';

const MESSY = 'journey J "Trip" {   owner A\n stage S { touchpoint T { emotion 1 } // keep this\n /* and this */ }}\nowner A "A team"\n';
const TIDY = 'journey J "Trip" {\n    owner A\n\n    stage S {\n        touchpoint T {\n            emotion 1\n        } // keep this\n        /* and this */\n    }\n}\n\nowner A "A team"\n';

describe('journey format', () => {
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-format-'));
        mkdirSync(path.join(folder, 'nested'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    function write(name: string, text: string | Buffer): string {
        const file = path.join(folder, name);
        writeFileSync(file, text);
        return file;
    }

    it('--check passes a formatted tree with exit 0 and changes nothing', async () => {
        const file = write('nested/tidy.journey', TIDY);
        const result = await journey('format', folder, '--check');
        assert.equal(result.code, 0, result.err);
        assert.equal(result.out, 'All 1 file formatted.');
        assert.equal(readFileSync(file, 'utf8'), TIDY);
    });

    it('--check lists unformatted files, exits 1 and leaves them as they are', async () => {
        write('tidy.journey', TIDY);
        const messy = write('nested/messy.journey', MESSY);
        const result = await journey('format', folder, '--check');
        assert.equal(result.code, 1);
        const lines = result.out.split('\n');
        assert.equal(lines.length, 2);
        assert.match(lines[0], /nested[\\/]messy\.journey$/);
        assert.equal(lines[1], '1 of 2 files not formatted; run \'journey format\' to fix.');
        assert.equal(readFileSync(messy, 'utf8'), MESSY);
    });

    it('rewrites files in the formatter\'s layout, keeping comments, and is idempotent', async () => {
        const messy = write('messy.journey', MESSY);
        const result = await journey('format', folder);
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /messy\.journey\nFormatted 1 of 1 file\.$/);
        assert.equal(readFileSync(messy, 'utf8'), TIDY);
        assert.equal((await journey('format', folder, '--check')).code, 0);
        assert.equal((await journey('format', folder)).out, 'Formatted 0 of 1 file.');
    });

    it('keeps a byte-order mark and Windows line ends', async () => {
        const file = write('crlf.journey', Buffer.from('\uFEFF' + MESSY.replace(/\n/g, '\r\n'), 'utf8'));
        assert.equal((await journey('format', file)).code, 0);
        const bytes = readFileSync(file);
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.equal(bytes.toString('utf8').slice(1), TIDY.replace(/\n/g, '\r\n'));
    });

    it('names a file that does not parse with its position, leaves it, formats the rest, exits 2', async () => {
        const broken = write('broken.journey', 'journey J {\n  stage S { touchpoint }\n}\n');
        const messy = write('messy.journey', MESSY);
        const result = await journey('format', folder);
        assert.equal(result.code, 2);
        assert.match(result.err, /broken\.journey:2:24: syntax error: .*\(not formatted\)/);
        assert.equal(readFileSync(broken, 'utf8'), 'journey J {\n  stage S { touchpoint }\n}\n');
        assert.equal(readFileSync(messy, 'utf8'), TIDY);
        assert.equal((await journey('format', broken, '--check')).code, 2);
    });

    it('reports a missing path and a non-UTF-8 file with exit 2', async () => {
        assert.match((await journey('format', path.join(folder, 'nope'))).err, /nope: no such file or directory/);
        write('latin1.journey', Buffer.from([0x6f, 0x77, 0x6e, 0x65, 0x72, 0x20, 0xe6]));
        const result = await journey('format', folder, '--check');
        assert.equal(result.code, 2);
        assert.match(result.err, /latin1\.journey: not a UTF-8 text file/);
    });
});
