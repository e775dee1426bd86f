import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journey } from '../../fixtures/journey-runner.js';
import { EXAMPLES } from '../../helpers.js';

function allFiles(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name));
}

describe('journey build', function () {
    this.timeout(60000);
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'journey-build-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes the index, a page per journey, the overviews and the assets, with relative links only', async () => {
        const out = path.join(folder, 'site');
        const result = await journey('build', EXAMPLES, '-o', out);
        assert.equal(result.code, 0, result.err);
        for (const file of ['index.html', 'pains.html', 'kpis.html', 'accountability.html', 'journeys/nettbutikk.html', 'journeys/webshop.html',
            'thumbnails/webshop.svg', 'assets/preview.js', 'assets/preview.css', 'assets/site.css', 'assets/fonts/Inter-Regular.ttf', 'assets/fonts/OFL.txt']) {
            assert.ok(existsSync(path.join(out, file)), file);
        }
        for (const file of allFiles(out).filter(f => f.endsWith('.html'))) {
            const html = readFileSync(file, 'utf8');
            assert.ok(!/(href|src)="(\/|[a-z]+:)/i.test(html), `${file}: no absolute or external link`);
            assert.ok(!html.includes(EXAMPLES), `${file}: no folder of this machine`);
            assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;(self|none)&#39;; style-src &#39;self&#39;/);
        }
    });

    it('refuses files with syntax errors, naming file and position, and writes nothing', async () => {
        const source = path.join(folder, 'src');
        mkdirSync(source);
        writeFileSync(path.join(source, 'broken.journey'), 'journey J {\n  stage S {\n    touchpoint T { channel fax }\n  }\n}\n');
        const out = path.join(folder, 'site');
        const result = await journey('build', source, '-o', out);
        assert.equal(result.code, 1);
        assert.match(result.err, /broken\.journey:3:\d+: error /);
        assert.match(result.err, /1 file has syntax errors; nothing written/);
        assert.ok(!existsSync(out));
    });

    it('adds canonical links under --base-url and refuses one that is not http(s)', async () => {
        const out = path.join(folder, 'site');
        assert.equal((await journey('build', EXAMPLES, '-o', out, '--base-url', 'https://example.org/maps')).code, 0);
        assert.match(readFileSync(path.join(out, 'journeys', 'webshop.html'), 'utf8'), /<link rel="canonical" href="https:\/\/example.org\/maps\/journeys\/webshop.html">/);
        const refused = await journey('build', EXAMPLES, '-o', out, '--base-url', 'javascript:alert(1)');
        assert.equal(refused.code, 2);
        assert.match(refused.err, /--base-url must be an http or https URL/);
        assert.equal((await journey('build', EXAMPLES)).code, 2);
    });
});
