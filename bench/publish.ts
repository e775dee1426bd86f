// Publishing: `journey build` of the 200-file workspace, and PNG and PDF of the
// 1,000-touchpoint map (`journey render`'s work after the view model).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { run as journey } from '../src/cli/main.js';
import { printPdf } from '../src/cli/print/print-pdf.js';
import { mapPng } from '../src/cli/print/print-png.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { buildViewModel } from '../src/model/build-view-model.js';
import { printableSvg, printableTree } from '../src/render/print/print-svg.js';
import { generateWorkspace } from './generate.js';
import { journeyWithTouchpoints } from './render.js';
import { median, round, timeRuns, type Section } from './stats.js';

const GOALS = { buildMs: 5000, pngMs: 2000, pdfMs: 2000 };
const quietIO = { out: () => undefined, err: () => undefined };

async function modelOf(text: string) {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/publish.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return buildViewModel(document);
}

/**
 * Runs as timeRuns does, and also returns the process's CPU time of each timed run
 * (every thread: the figure the machine's load does not inflate as much as wall time).
 */
async function timeWithCpu(fn: () => unknown, options: { warmup: number; runs: number; warmupMs: number }): Promise<{ wall: number[]; cpu: number[] }> {
    const cpu: number[] = [];
    const wall = await timeRuns(async () => {
        const start = process.cpuUsage();
        await fn();
        const used = process.cpuUsage(start);
        cpu.push((used.user + used.system) / 1000);
    }, options);
    return { wall, cpu: cpu.slice(-options.runs) };
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-publish-'));
    try {
        const source = path.join(folder, 'workspace');
        mkdirSync(source);
        for (const [name, text] of Object.entries(generateWorkspace(200, 500))) {
            writeFileSync(path.join(source, name), text);
        }
        const out = path.join(folder, 'site');
        const buildTimes = await timeWithCpu(async () => {
            const code = await journey(['build', source, '-o', out], quietIO);
            if (code !== 0) throw new Error(`journey build exited ${code}`);
        }, { warmup: quick ? 0 : 1, runs: quick ? 1 : 3, warmupMs: 0 });

        const model = await modelOf(journeyWithTouchpoints(1000));
        // One run each: the map is 1,000 touchpoints wide (about 200,000 px), so a run takes long.
        const options = { warmup: 0, runs: 1, warmupMs: 0 };
        const svg = printableSvg(model);
        const svgTimes = await timeRuns(() => { printableSvg(model); }, options);
        let pngBytes = 0;
        let pdfBytes = 0;
        let pngPx = '';
        // As `journey render -o map.png` draws it: at the largest scale viewers open, without text when it would be too small to read.
        const pngTimes = await timeWithCpu(() => {
            const png = mapPng(model, 'light', 1);
            pngBytes = png.data.length;
            pngPx = `${png.width}×${png.height} px (scale ${png.scale.toFixed(2)}${png.text ? '' : `, text ${png.textPx.toFixed(1)} px so left out`})`;
        }, options);
        const pdfTimes = await timeWithCpu(async () => { pdfBytes = (await printPdf(printableTree(model), 'fit', 'bench')).length; }, options);
        const results = {
            buildMs: round(median(buildTimes.wall)),
            buildCpuMs: round(median(buildTimes.cpu)),
            printableSvgMs: round(median(svgTimes)),
            pngMs: round(median(pngTimes.wall)),
            pngCpuMs: round(median(pngTimes.cpu)),
            pdfMs: round(median(pdfTimes.wall)),
            pdfCpuMs: round(median(pdfTimes.cpu)),
            mapPx: `${svg.width}×${svg.height}`,
            pngKb: round(pngBytes / 1024),
            pngPx,
            pdfKb: round(pdfBytes / 1024)
        };
        const row = (what: string, key: 'buildMs' | 'pngMs' | 'pdfMs', cpuKey: 'buildCpuMs' | 'pngCpuMs' | 'pdfCpuMs', goal: number, note: string) =>
            [what, results[key], results[cpuKey], goal, results[key] <= goal ? 'yes' : 'NO', note];
        return {
            key: 'publish',
            title: 'Publishing: site, PNG and PDF (medians, ms)',
            header: ['what', 'ms', 'CPU ms', 'goal ms', 'meets goal', 'size'],
            rows: [
                row('journey build, 200-file workspace', 'buildMs', 'buildCpuMs', GOALS.buildMs, '200 journey pages + overviews'),
                row('PNG of the 1,000-touchpoint map (scale 1)', 'pngMs', 'pngCpuMs', GOALS.pngMs, `map ${results.mapPx} px; PNG ${results.pngPx}, ${results.pngKb} KB`),
                row('PDF of the 1,000-touchpoint map (fit)', 'pdfMs', 'pdfCpuMs', GOALS.pdfMs, `${results.pdfKb} KB`)
            ],
            json: { goals: GOALS, ...results },
            footer: `PNG and PDF include drawing the map and inlining its styles (the printable SVG alone: ${results.printableSvgMs} ms). `
                + 'CPU ms: the process\'s CPU time (all threads) of the same runs; on a loaded machine wall time is a multiple of it.'
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
