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

interface Misfit {
    text: string;
    shape: string;
    overflow: number;
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

    it('lays out every text of the four card lanes, the stages, the header chips and the definitions inside its shape', async () => {
        const { svg } = renderMap(await modelOf(SOURCE));
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
            for (const text of Array.from(document.querySelectorAll<SVGTextElement>('svg text'))) {
                const element = text.closest('.jm-el');
                const chip = text.classList.contains('jm-chip-text') ? text.previousElementSibling : null;
                const shape = chip ?? element?.querySelector(':scope > .jm-frame');
                if (!shape) continue; // lane labels and section headings have no shape of their own
                const shapeKind = ['jm-pain', 'jm-opportunity', 'jm-card', 'jm-kpi', 'jm-stage', 'jm-header', 'jm-definition']
                    .find(name => element?.classList.contains(name))?.slice(3) ?? 'other';
                const kind = chip ? `chip in ${shapeKind}` : shapeKind;
                checked[kind] = (checked[kind] ?? 0) + 1;
                const box = text.getBoundingClientRect();
                const frame = shape.getBoundingClientRect();
                const overflow = Math.max(frame.left - box.left, box.right - frame.right, frame.top - box.top, box.bottom - frame.bottom);
                if (overflow > 0.5) {
                    misfits.push({ text: text.textContent ?? '', shape: kind, overflow: Math.round(overflow * 10) / 10 });
                }
            }
            // Chips side by side must not overlap either (the header's persona and owner chips).
            const overlaps: string[] = [];
            for (const group of Array.from(document.querySelectorAll('svg g'))) {
                const boxes = Array.from(group.querySelectorAll(':scope > .jm-chip-box')).map(rect => rect.getBoundingClientRect());
                for (let i = 1; i < boxes.length; i++) {
                    for (let j = 0; j < i; j++) {
                        const a = boxes[i], b = boxes[j];
                        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                            overlaps.push(`${group.getAttribute('transform')}: chips ${j} and ${i}`);
                        }
                    }
                }
            }
            const tooltips = document.querySelectorAll('svg text > title').length;
            return { misfits, checked, overlaps, tooltips };
        }) as { misfits: Misfit[]; checked: Record<string, number>; overlaps: string[]; tooltips: number };
        await page.close();

        // The four lanes of cards, the stages, the header's persona and owner chips, the definitions.
        for (const kind of ['card', 'pain', 'opportunity', 'kpi', 'stage', 'header', 'chip in header', 'chip in card', 'chip in stage', 'definition']) {
            assert.ok(result.checked[kind] > 0, `texts of '${kind}' were checked: ${JSON.stringify(result.checked)}`);
        }
        assert.equal(result.checked.other, undefined, `every text with a shape was classified: ${JSON.stringify(result.checked)}`);
        assert.deepEqual(result.misfits, [], 'every text lies inside its shape');
        assert.deepEqual(result.overlaps, [], 'no chip overlaps another');
        assert.ok(result.tooltips > 5, 'shortened names keep their whole text in a tooltip');
    });
});
