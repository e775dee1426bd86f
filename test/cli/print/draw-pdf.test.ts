import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { drawTree, parseTransform, type PdfCanvas } from '../../../src/cli/print/draw-pdf.js';
import { plainLayout, pdfFont } from '../../../src/cli/print/pdf-fonts.js';
import { printPdf } from '../../../src/cli/print/print-pdf.js';
import { printableTree } from '../../../src/render/print/print-svg.js';
import { textWidth } from '../../../src/render/text/text-layout.js';
import { h, type VNode } from '../../../src/render/vnode.js';
import { exampleModels } from '../../fixtures/view-models.js';

/** Records what the drawing asks of the document; text widths are 10 px a character. */
function recorder(): { canvas: PdfCanvas; calls: string[] } {
    const calls: string[] = [];
    const canvas = new Proxy({} as PdfCanvas, {
        get: (_target, name: string) => (...args: unknown[]) => {
            if (name === 'widthOfString') return String(args[0]).length * 10;
            calls.push(`${name}(${args.filter(arg => typeof arg !== 'object').join(',')})`);
            return canvas;
        }
    });
    return { canvas, calls };
}

const FONTS = { regular: 'R', bold: 'B' };

/** Every text of a tree, as the words a reader sees. */
function words(node: VNode): string[] {
    if (typeof node === 'string') return node.split(/\s+/).filter(Boolean);
    return node.tag === 'title' ? [] : node.children.flatMap(words);
}

describe('drawing the map\'s render tree into a PDF', function () {
    this.timeout(60000);

    it('moves shapes by their groups\' translations and paints them with the inherited style', () => {
        const { canvas, calls } = recorder();
        const tree = h('svg', { fill: '#111111' }, [
            h('g', { transform: 'translate(10 20)', stroke: '#222222', 'stroke-width': '2' }, [
                h('rect', { x: 1, y: 2, width: 30, height: 40, rx: 4 }),
                h('g', { transform: 'translate(5,5)' }, [h('circle', { cx: 1, cy: 1, r: 3, fill: 'none' })])
            ]),
            h('line', { x1: 0, y1: 0, x2: 9, y2: 0, stroke: '#333333', 'stroke-dasharray': '3 2' }),
            h('title', {}, ['not drawn'])
        ]);
        drawTree(canvas, tree, FONTS);
        assert.deepEqual(calls, [
            'roundedRect(11,22,30,40,4)', 'fillColor(#111111,1)', 'strokeColor(#222222,1)', 'lineWidth(2)', 'lineCap(butt)', 'lineJoin(miter)', 'fillAndStroke()',
            'circle(16,26,3)', 'stroke()',
            'moveTo(0,0)', 'lineTo(9,0)', 'strokeColor(#333333,1)', 'lineWidth(1)', 'dash()', 'stroke()'
        ]);
    });

    it('anchors text at its start, middle or end, in the face its weight asks for, tspans on their own lines', () => {
        const { canvas, calls } = recorder();
        const tree = h('svg', {}, [h('g', { transform: 'translate(100 0)', 'font-size': '12px', fill: '#444444' }, [
            h('text', { x: 0, y: 10 }, ['abc']),
            h('text', { x: 0, y: 20, 'text-anchor': 'middle', 'font-weight': 'bold' }, ['abcd']),
            h('text', { x: 0, y: 30, 'text-anchor': 'end', 'letter-spacing': '0.5em' }, ['ab']),
            h('text', { y: 40 }, [h('tspan', { x: 1, y: 40 }, ['one']), h('tspan', { x: 1, y: 55 }, ['two'])])
        ])]);
        drawTree(canvas, tree, FONTS);
        const texts = calls.filter(call => /^(text|font)\(/.test(call));
        // Widths are 10 px a character in the recorder; letter spacing 0.5em at 12px adds 6 px after each character.
        assert.deepEqual(texts, [
            'font(R)', 'text(abc,100,10)',
            'font(B)', 'text(abcd,80,20)',
            'font(R)', 'text(ab,74,30)',
            'text(one,101,40)', 'text(two,101,55)'
        ]);
    });

    it('refuses an element it cannot draw rather than leave it out silently', () => {
        const { canvas } = recorder();
        assert.throws(() => drawTree(canvas, h('svg', {}, [h('image', { href: 'x.png' })]), FONTS), /cannot draw <image>/);
        assert.throws(() => parseTransform('skewX(10)'), /cannot read the transform/);
        assert.deepEqual(parseTransform('translate(3 4) translate(1,1)'), { kind: 'move', dx: 4, dy: 5 });
        assert.deepEqual(parseTransform('scale(2)'), { kind: 'matrix', matrix: [2, 0, 0, 2, 0, 0] });
    });

    it('lays text out as the map measures it: one glyph per character at its advance, no kerning', () => {
        const font = pdfFont('regular');
        for (const text of ['AVATAR Tøyen', 'Kjøp æ ø å ä ö', 'office fi fl']) {
            const run = plainLayout(font, text);
            assert.equal(run.glyphs.length, [...text].length, `${text}: a glyph per character (no ligatures)`);
            const px = run.advanceWidth / font.unitsPerEm * 16;
            assert.ok(Math.abs(px - textWidth(text, { size: 16, face: 'regular' })) < 0.01, `${text}: ${px} px as the layout measures`);
        }
        assert.deepEqual(plainLayout(font, 'æøå').glyphs.map(glyph => glyph.codePoints), [[0xe6], [0xf8], [0xe5]]);
    });

    it('writes a PDF with the same words as the map: every text of the render tree, none added', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-draw-pdf-'));
        try {
            const models = await exampleModels();
            for (const [name, model] of Object.entries(models)) {
                if (model.journeys.length === 0) continue;
                const map = printableTree(model);
                const file = path.join(folder, `${name}.pdf`);
                writeFileSync(file, await printPdf(map, 'fit', name));
                const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split(/\s+/).filter(Boolean).sort();
                assert.deepEqual(printed, words(map.tree).sort(), name);
            }
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});

