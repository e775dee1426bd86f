import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeFileSync } from 'node:fs';
import { LEGIBLE_TEXT_PX, mapPng, MAX_PNG_SIDE, printPng } from '../../src/cli/print/print-png.js';
import { journeyWithTouchpoints } from '../../bench/render.js';
import { renderMap } from '../../src/render/render-map.js';
import { exampleModels } from '../fixtures/view-models.js';
import { EXAMPLES } from '../helpers.js';
import { journey } from '../fixtures/journey-runner.js';

/** Width and height from a PNG's header chunk, after checking the signature. */
function pngSize(data: Buffer): { width: number; height: number } {
    assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(data.subarray(12, 16).toString('latin1'), 'IHDR');
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const KUNDEREISE = path.join(EXAMPLES, 'kundereise.journey');

describe('journey render to PNG and PDF', function () {
    this.timeout(60000);
    let folder: string;
    before(() => { folder = mkdtempSync(path.join(tmpdir(), 'journey-print-')); });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('writes a PNG the map\'s size at --scale 1 and twice that at --scale 2', async () => {
        const { width, height } = renderMap((await exampleModels())['kundereise.journey']);
        for (const scale of [1, 2]) {
            const out = path.join(folder, `map-${scale}.png`);
            const result = await journey('render', KUNDEREISE, '-o', out, '--scale', String(scale));
            assert.equal(result.code, 0, result.err);
            assert.deepEqual(pngSize(readFileSync(out)), { width: width * scale, height: height * scale });
        }
    });

    it('writes a PDF whose text pdftotext finds: every stage and touchpoint title, æ ø å included', async () => {
        const model = (await exampleModels())['kundereise.journey'];
        const out = path.join(folder, 'map.pdf');
        const result = await journey('render', KUNDEREISE, '-o', out);
        assert.equal(result.code, 0, result.err);
        const text = execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' });
        const titles = model.journeys.flatMap(j => j.stages.flatMap(s => [s.title, ...s.touchpoints.map(t => t.title)]));
        assert.ok(titles.length >= 10 && titles.some(t => /[æøå]/.test(t)), 'the example has Norwegian titles');
        for (const title of titles) {
            assert.ok(text.includes(title), `pdftotext finds '${title}'`);
        }
        assert.ok(text.includes('≥'), 'signs outside Latin-1 are text too');
    });

    it('embeds the map\'s font in the PDF, both faces, as subsets', async () => {
        const out = path.join(folder, 'fonts.pdf');
        assert.equal((await journey('render', KUNDEREISE, '-o', out, '--page', 'a4')).code, 0);
        const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        assert.deepEqual(fonts.map(line => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort(), ['Inter-Regular', 'Inter-SemiBold']);
        for (const line of fonts) {
            assert.match(line, /\byes\s+yes\s+yes\b/, `embedded, subset, with a Unicode map: ${line}`);
        }
    });

    it('sizes the page: landscape A4 and A3, or the map\'s own size with fit', async () => {
        const { width, height } = renderMap((await exampleModels())['kundereise.journey']);
        const expected: Record<string, [number, number]> = { a4: [842, 595], a3: [1191, 842], fit: [width * 0.75, height * 0.75] };
        for (const [page, [w, h]] of Object.entries(expected)) {
            const out = path.join(folder, `page-${page}.pdf`);
            assert.equal((await journey('render', KUNDEREISE, '-o', out, '--page', page)).code, 0);
            const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
            const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!;
            assert.ok(Math.abs(Number(size[1]) - w) < 1 && Math.abs(Number(size[2]) - h) < 1, `${page}: ${size[0]}`);
        }
    });

    it('refuses a bad scale, an unknown page size and PNG to standard output, writing nothing', async () => {
        for (const args of [['--scale', '0'], ['--scale', 'big'], ['--page', 'letter']]) {
            const out = path.join(folder, 'refused.png');
            const result = await journey('render', KUNDEREISE, '-o', out, ...args);
            assert.equal(result.code, 2);
            assert.match(result.err, /scale|page size/);
            assert.throws(() => readFileSync(out));
        }
        const result = await journey('render', KUNDEREISE, '-o', '-', '--format', 'png');
        assert.equal(result.code, 2);
        assert.match(result.err, /PNG is written to a file/);
    });

    it('draws a map too large for a PNG at the largest scale that fits, and says so', () => {
        const svg = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="20"><rect width="100000" height="20" fill="#09c"/></svg>', width: 100000, height: 20 };
        const png = printPng(svg, 1);
        assert.ok(png.scale < 1 && png.width <= MAX_PNG_SIDE, `${png.width}×${png.height} at ${png.scale}`);
        assert.deepEqual(pngSize(png.data), { width: png.width, height: png.height });
    });

    it('keeps the text of a map whose PNG is large enough to read it', async () => {
        const png = mapPng((await exampleModels())['kundereise.journey'], 'light', 1);
        assert.ok(png.text && png.textPx >= LEGIBLE_TEXT_PX && png.scale === 1);
    });

    it('draws a map too wide to read in a PNG as an overview without text, and the command says where to find a readable map', async () => {
        // 400 touchpoints: about 85,000 px wide, so at most scale 0.37 in a PNG, where 12 px text is 4.5 px.
        const source = path.join(folder, 'wide.journey');
        writeFileSync(source, journeyWithTouchpoints(400));
        const out = path.join(folder, 'wide.png');
        const result = await journey('render', source, '-o', out);
        assert.equal(result.code, 0, result.err);
        const size = pngSize(readFileSync(out));
        assert.ok(size.width === MAX_PNG_SIDE && size.height < 1000, `${size.width}×${size.height}`);
        assert.match(result.out, /too small to read, so the PNG shows the map's shapes without text: for a readable map write SVG or HTML/);
    });
});
