import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderMap } from '../../src/render/render-map.js';
import { toMarkup } from '../../src/render/vnode.js';
import { modelOf } from '../fixtures/view-models.js';
import { launchChromium, WEBVIEW_ASSETS } from '../../bench/webview-harness.js';

/**
 * Names chosen for their widths: long Nordic words with no break, runs of the
 * widest and narrowest letters, a title that wraps, and short ones.
 */
const LONG_WORD = 'Marknadsavdelningen';
const WIDE = 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW';
const NARROW = 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii';
const NORDIC = 'Kundeserviceavdelingensærskiltesøknadsbehandlingsgruppe';
const SOURCE = `
owner Mark "${LONG_WORD}"
owner Wide "${WIDE}"
owner Nord "Kundeservice- og ${NORDIC} for ÆØÅ-kunder"
persona P "Kari Nordmann, 41, handler mest på mobil og vil ha raske svar når noe går galt"
persona Q "${WIDE}"
kpi K1 "${NORDIC} ${WIDE}" { owner Wide target >= 3.5% current 3.8% }
kpi K2 "Svartid i chat (minutter) ${LONG_WORD}${LONG_WORD}" { owner Nord target <= 2 current 4 unit "min" }
kpi K3 "${NARROW}" { owner Mark target >= 30% }

journey J "${LONG_WORD} ${NORDIC} ${WIDE} og ÆØÅ äö" {
    owner Nord
    persona P
    persona Q
    stage S1 "${NORDIC}" {
        owner Wide
        need "${WIDE} ${NARROW}"
        measures K1
        touchpoint T1 "${LONG_WORD}${LONG_WORD}" {
            channel web
            owner Mark
            pain "${NORDIC} ${WIDE} ${LONG_WORD}"
            opportunity "${WIDE}${WIDE}"
            measures K1
        }
        touchpoint T2 "${WIDE}" {
            channel chat
            owner Nord
            pain "Lang ventetid når chatboten ikke forstår hva ${NORDIC} betyr"
            opportunity "${NARROW} ${NARROW}"
            measures K2
        }
    }
    stage S2 "${WIDE}" {
        owner Mark
        measures K3
        touchpoint T3 "iii" { channel email owner Wide }
    }
}
`;

/** Seven personas (long names, wide letters, a short one) and an owner on one journey, each with an emotion of its own: header chips and legend. */
const PERSONA_NAMES = ['Kari Nordmann, 41, handler mest på mobil', WIDE.slice(0, 20), 'Ole', `${LONG_WORD}s ${NORDIC}`, 'Mette, 22, læser til sygeplejerske',
    'Åsa Öberg, 67, pensionär', 'Jens'];
const SEVERAL_PERSONAS = `
owner Nord "Kundeservice- og ${NORDIC} for ÆØÅ-kunder"
${PERSONA_NAMES.map((name, i) => `persona P${i} "${name}"`).join('\n')}
journey Many "Flere personas" {
    owner Nord
    persona ${PERSONA_NAMES.map((_, i) => `P${i}`).join(', ')}
    stage S {
        touchpoint A { channel web ${PERSONA_NAMES.map((_, i) => `emotion ${(i % 5) - 2} for P${i}`).join(' ')} }
        touchpoint B { channel app emotion 1 }
    }
}
`;

interface Misfit {
    text: string;
    shape: string;
    overflow: number;
}

interface Measured {
    misfits: Misfit[];
    checked: Record<string, number>;
    overlaps: string[];
    tooltips: number;
    legendItems: number;
}

describe('text fits its shapes in Chromium, in the map font', function () {
    this.timeout(60000);
    let browser: Browser;
    let folder: string;

    before(async () => {
        browser = await launchChromium();
        folder = mkdtempSync(path.join(tmpdir(), 'journey-text-fit-'));
        cpSync(path.join(WEBVIEW_ASSETS, 'preview.css'), path.join(folder, 'preview.css'));
        cpSync(path.join(WEBVIEW_ASSETS, 'fonts'), path.join(folder, 'fonts'), { recursive: true });
    });
    after(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    /** Draws a map in the preview's stylesheet and font, and measures every text against its shape, and chips and legend items against each other. */
    async function measure(source: string): Promise<Measured> {
        const { svg } = renderMap(await modelOf(source));
        const file = path.join(folder, 'map.html');
        writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="preview.css"></head>
<body data-host="browser" style="overflow: visible; display: block"><div id="map">${toMarkup(svg)}</div></body></html>`);
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(() => document.fonts.ready);
        const loaded = await page.evaluate(() => [document.fonts.check('400 12px Inter'), document.fonts.check('600 12px Inter'),
            Array.from(document.fonts as unknown as Iterable<FontFace>).filter(face => face.status === 'loaded').length]);
        assert.deepEqual(loaded, [true, true, 2], 'both faces of the map font load from the page\'s fonts/ folder');

        const result = await page.evaluate(() => {
            const misfits: Array<{ text: string; shape: string; overflow: number }> = [];
            const checked: Record<string, number> = {};
            // Object methods, not named arrow functions: the test's compiler would wrap those in a helper the page lacks.
            const boxes = {
                outside(inner: DOMRect, outer: DOMRect) {
                    return Math.max(outer.left - inner.left, inner.right - outer.right, outer.top - inner.top, inner.bottom - outer.bottom);
                },
                overlapping(a: DOMRect, b: DOMRect) {
                    return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                }
            };
            for (const text of Array.from(document.querySelectorAll<SVGTextElement>('svg text'))) {
                const element = text.closest('.jm-el');
                const chip = text.classList.contains('jm-chip-text') ? text.previousElementSibling : null;
                const shape = chip ?? element?.querySelector(':scope > .jm-frame');
                if (!shape) continue; // lane labels and section headings have no shape of their own
                const shapeKind = ['jm-pain', 'jm-opportunity', 'jm-card', 'jm-kpi', 'jm-stage', 'jm-header', 'jm-definition']
                    .find(name => element?.classList.contains(name))?.slice(3) ?? 'other';
                const kind = chip ? `chip in ${shapeKind}` : shapeKind;
                checked[kind] = (checked[kind] ?? 0) + 1;
                const overflow = boxes.outside(text.getBoundingClientRect(), shape.getBoundingClientRect());
                if (overflow > 0.5) {
                    misfits.push({ text: text.textContent ?? '', shape: kind, overflow: Math.round(overflow * 10) / 10 });
                }
                // A chip lies inside the element it belongs to (the header's persona and owner chips inside the header).
                const frame = element?.querySelector(':scope > .jm-frame');
                if (chip && frame) {
                    const spill = boxes.outside(chip.getBoundingClientRect(), frame.getBoundingClientRect());
                    if (spill > 0.5) {
                        misfits.push({ text: text.textContent ?? '', shape: `chip box in ${shapeKind}`, overflow: Math.round(spill * 10) / 10 });
                    }
                }
            }
            // Chips side by side must not overlap either (the header's persona and owner chips), nor the persona legend's items.
            const overlaps: string[] = [];
            const groups: Array<[string, DOMRect[]]> = [
                ...Array.from(document.querySelectorAll('svg g')).map(group => [`${group.getAttribute('transform')}: chips`,
                    Array.from(group.querySelectorAll(':scope > .jm-chip-box')).map(rect => rect.getBoundingClientRect())] as [string, DOMRect[]]),
                ...Array.from(document.querySelectorAll('.jm-legend')).map(legend => ['legend items',
                    Array.from(legend.querySelectorAll(':scope > .jm-legend-item')).map(item => item.getBoundingClientRect())] as [string, DOMRect[]])
            ];
            for (const [where, rects] of groups) {
                for (let i = 1; i < rects.length; i++) {
                    for (let j = 0; j < i; j++) {
                        if (boxes.overlapping(rects[i], rects[j])) {
                            overlaps.push(`${where} ${j} and ${i}`);
                        }
                    }
                }
            }
            // The legend stays in its lane's band.
            let legendItems = 0;
            for (const item of Array.from(document.querySelectorAll('.jm-legend-item'))) {
                legendItems++;
                const band = item.closest('.jm-lane')!.querySelector(':scope > .jm-lane-band')!;
                const spill = boxes.outside(item.getBoundingClientRect(), band.getBoundingClientRect());
                if (spill > 0.5) {
                    misfits.push({ text: item.textContent ?? '', shape: 'legend in its lane', overflow: Math.round(spill * 10) / 10 });
                }
            }
            const tooltips = document.querySelectorAll('svg text > title').length;
            return { misfits, checked, overlaps, tooltips, legendItems };
        }) as Measured;
        await page.close();
        return result;
    }

    it('lays out every text of the four card lanes, the stages, the header chips and the definitions inside its shape', async () => {
        const result = await measure(SOURCE);
        // The four lanes of cards, the stages, the header's persona and owner chips, the definitions.
        for (const kind of ['card', 'pain', 'opportunity', 'kpi', 'stage', 'header', 'chip in header', 'chip in card', 'chip in stage', 'definition']) {
            assert.ok(result.checked[kind] > 0, `texts of '${kind}' were checked: ${JSON.stringify(result.checked)}`);
        }
        assert.equal(result.checked.other, undefined, `every text with a shape was classified: ${JSON.stringify(result.checked)}`);
        assert.deepEqual(result.misfits, [], 'every text lies inside its shape');
        assert.deepEqual(result.overlaps, [], 'no chip overlaps another');
        assert.ok(result.tooltips > 5, 'shortened names keep their whole text in a tooltip');
    });

    it('lays out a journey header with several personas and an owner, and their legend, without overlap or spill', async () => {
        const result = await measure(SEVERAL_PERSONAS);
        assert.ok(result.checked['chip in header'] >= 8, `the header's chips were checked: ${JSON.stringify(result.checked)}`);
        assert.equal(result.legendItems, 7, 'the legend has an item per persona');
        assert.deepEqual(result.misfits, [], 'every chip lies inside the header, every text inside its chip, the legend inside its lane');
        assert.deepEqual(result.overlaps, [], 'no chip or legend item overlaps another');
    });
});
