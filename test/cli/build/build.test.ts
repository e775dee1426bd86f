import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { builtBundle } from '../../../bench/built.js';
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
        // A map page knows where every journey's page is, for its continues links: pages beside it.
        const data = readFileSync(path.join(out, 'journeys', 'indmeldelse.html'), 'utf8').match(/<script type="application\/json" id="journey-map-data">(.*?)<\/script>/s)![1];
        const pages = (JSON.parse(data) as Array<{ type: string; pages?: Array<{ journey: string; href: string }> }>).find(m => m.type === 'journeyPages')!.pages!;
        assert.deepEqual(pages.map(p => p.journey).sort(), ['journey:Indmeldelse', 'journey:Nettbutikk', 'journey:Udlån', 'journey:Webshop'].sort());
        for (const { href } of pages) {
            assert.ok(existsSync(path.join(out, 'journeys', href)), href);
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

    describe("in the reader's language", () => {
        /** The Norwegian example and the definitions it uses, in a folder of their own. */
        function norwegianSource(): string {
            const source = path.join(folder, 'src');
            mkdirSync(source);
            for (const name of ['kundereise.journey', 'shared.journey']) copyFileSync(path.join(EXAMPLES, name), path.join(source, name));
            return source;
        }

        it('builds the Danish site from the Norwegian example: Danish headings, Danish map words, Norwegian model text', async () => {
            const out = path.join(folder, 'site');
            const result = await journey('build', norwegianSource(), '-o', out, '--locale', 'da');
            assert.equal(result.code, 0, result.err);
            const page = (name: string) => readFileSync(path.join(out, ...name.split('/')), 'utf8');
            const index = page('index.html');
            assert.match(index, /<html lang="da">/);
            assert.match(index, /<h1>Rejser<\/h1>/);
            assert.match(index, /<title>Rejser · Kunderejsekort<\/title>/);
            assert.match(index, />Smertepunkter og muligheder<\/a>/);
            assert.match(index, /<dt>Kontaktpunkter<\/dt>/);
            assert.match(index, /alt="Kort over Digital kundereise"/);
            assert.match(page('pains.html'), /<h2>Efter rejse og fase<\/h2>/);
            assert.match(page('kpis.html'), /<th scope="col">Måles af<\/th>/);
            const accountability = page('accountability.html');
            assert.match(accountability, /<h1>Ansvar<\/h1>/);
            assert.match(accountability, /<h2>Faser, som ingen KPI måler<\/h2>/);
            assert.match(page('journeys/nettbutikk.html'), /<html lang="da">/, 'the map page tells the preview script to draw Danish words');
            assert.match(page('journeys/nettbutikk.html'), /<script type="application\/json" id="journey-chrome-words">[^<]*"zoomIn":"Zoom ind \(\+\)"/, 'the map\'s controls in Danish');
            const thumbnail = page('thumbnails/nettbutikk.svg');
            assert.match(thumbnail, />Kontaktpunkter</);
            assert.match(thumbnail, /Digital kundereise/, 'model text stays as written');
            for (const name of ['index.html', 'pains.html', 'kpis.html', 'accountability.html']) {
                assert.doesNotMatch(page(name), />(Journeys|Pains and opportunities|Accountability|Owner|Source)</, name);
            }
        });

        it('takes the locale from journey.config.json, --locale before it, and refuses a bad one naming file and position', () => {
            norwegianSource();
            // The built CLI in the folder, as CI runs it: the config is read from the working directory.
            const cli = (...args: string[]) => spawnSync(process.execPath, [builtBundle('cli/main.cjs'), ...args], { cwd: folder, encoding: 'utf8' });
            writeFileSync(path.join(folder, 'journey.config.json'), '{\n  "locale": "sv"\n}\n');
            assert.equal(cli('build', 'src', '-o', 'sv').status, 0);
            assert.match(readFileSync(path.join(folder, 'sv', 'index.html'), 'utf8'), /<h1>Resor<\/h1>/);
            assert.equal(cli('build', 'src', '-o', 'nb', '--locale', 'nb').status, 0);
            assert.match(readFileSync(path.join(folder, 'nb', 'index.html'), 'utf8'), /<h1>Reiser<\/h1>/);
            const wrongOption = cli('build', 'src', '-o', 'x', '--locale', 'no');
            assert.equal(wrongOption.status, 2);
            assert.match(wrongOption.stderr, /unknown locale 'no' \(expected en, da, nb, sv\)/);
            writeFileSync(path.join(folder, 'journey.config.json'), '{\n  "locale": "dk"\n}\n');
            const wrongConfig = cli('render', path.join('src', 'kundereise.journey'), '-o', 'map.svg');
            assert.equal(wrongConfig.status, 2);
            assert.match(wrongConfig.stderr, /journey\.config\.json:2:13: 'locale' must be one of en, da, nb, sv \(got "dk"\)/);
            assert.ok(!existsSync(path.join(folder, 'map.svg')));
        });
    });
    // The installed CLI is several bundles (src/cli/main.ts starts check's and the other commands'), each
    // with its own copy of io.ts: the progress line once never showed, as build compared its copy of
    // processIO with the one main passed in. util-linux's script(1) gives the built CLI a terminal.
    it('shows its progress on a terminal, and leaves no progress in a pipe', () => {
        const cli = builtBundle('cli/main.cjs');
        const command = `"${process.execPath}" "${cli}" build "${EXAMPLES}" -o "${path.join(folder, 'site')}"`;
        const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
        assert.equal(onTerminal.status, 0, onTerminal.stdout + onTerminal.stderr);
        // The line rewrites itself at most every 100 ms, so a small site may show only its first step; it is cleared before the summary.
        assert.match(onTerminal.stdout, /^\r\x1b\[2KReading 4 files/);
        assert.match(onTerminal.stdout, /\r\x1b\[2KWrote 8 pages for 4 journeys/);
        const piped = spawnSync(process.execPath, [cli, 'build', EXAMPLES, '-o', path.join(folder, 'piped')], { encoding: 'utf8' });
        assert.equal(piped.status, 0, piped.stderr);
        assert.equal(piped.stderr, '');
        assert.match(piped.stdout, /^Wrote \d+ pages/);
    });
});
