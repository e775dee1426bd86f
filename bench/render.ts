// The map: view model + render time for journeys of 100, 1,000 and 5,000 touchpoints,
// the update message size, and (with Chromium) the webview's first draw and patch.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../src/language/journey-module.js';
import { buildViewModel } from '../src/model/build-view-model.js';
import type { JourneyMapModel } from '../src/model/view-model.js';
import { diffModels } from '../src/protocol/model-delta.js';
import { encodeHostMessage, type HostMessage } from '../src/protocol/webview-protocol.js';
import { renderMap } from '../src/render/render-map.js';
import { toMarkup } from '../src/render/vnode.js';
import { median, round, timeRuns, type RunOptions, type Section } from './stats.js';

const GOAL_MS = 50;
const CHANNELS = ['web', 'app', 'email', 'sms', 'social', 'search', 'chat', 'phone', 'store'];

/** A journey of exactly `touchpoints` touchpoints, ten per stage, with every kind of content. */
export function journeyWithTouchpoints(touchpoints: number): string {
    const lines = [];
    for (let i = 0; i < 10; i++) {
        lines.push(`owner Owner${i} "Team ${i}"`, `kpi Kpi${i} "Indicator ${i}" { owner Owner${i} target >= ${50 + i}% current ${40 + i * 2}% }`);
    }
    lines.push('persona Customer "A typical customer"', 'journey Big "A journey to measure" {', '    description "Generated for the render benchmark"', '    owner Owner0', '    persona Customer');
    for (let stage = 0; stage * 10 < touchpoints; stage++) {
        lines.push(`    stage S${stage} "Stage ${stage}" {`, `        goal "Goal of stage ${stage}, described in a sentence long enough to wrap"`, `        emotion ${(stage % 5) - 2}`, `        measures Kpi${stage % 10}`);
        for (let t = 0; t < 10 && stage * 10 + t < touchpoints; t++) {
            lines.push(`        touchpoint T${t} "Touchpoint ${t} of stage ${stage}" {`, `            channel ${CHANNELS[t % CHANNELS.length]}`,
                `            owner Owner${t % 10}`, `            emotion ${(t % 5) - 2}`, `            pain "Waiting time at step ${t}, which customers mention in interviews"`,
                `            measures Kpi${t % 10}`, t + 1 < 10 ? `            next T${t + 1}` : `            opportunity "A shorter path at step ${t}"`, '        }');
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

async function buildDocument(text: string): Promise<LangiumDocument> {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/render.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

async function measureSize(touchpoints: number, options: RunOptions) {
    const document = await buildDocument(journeyWithTouchpoints(touchpoints));
    const model = buildViewModel(document);
    const viewModelTimes = await timeRuns(() => { buildViewModel(document); }, options);
    const renderTimes = await timeRuns(() => { renderMap(model); }, options);
    const bothTimes = await timeRuns(() => { renderMap(buildViewModel(document)); }, options);
    const markupTimes = await timeRuns(() => { toMarkup(renderMap(model).svg); }, options);
    const message = encodeHostMessage({ type: 'render', source: model.uri, model });
    // A baseline measured side by side: reading the update message itself, which the preview must do anyway.
    const parseTimes = await timeRuns(() => { JSON.parse(message); }, options);
    return {
        touchpoints,
        viewModelMs: round(median(viewModelTimes), 2),
        renderMs: round(median(renderTimes), 2),
        viewModelAndRenderMs: round(median(bothTimes), 2),
        svgMarkupMs: round(median(markupTimes), 2),
        jsonParseMs: round(median(parseTimes), 2),
        renderPerJsonParse: round(median(bothTimes) / median(parseTimes), 1),
        messageKb: round(Buffer.byteLength(message) / 1024),
        messageGzipKb: round(gzipSync(message).length / 1024),
        svgKb: round(Buffer.byteLength(toMarkup(renderMap(model).svg)) / 1024),
        model
    };
}

/** First draw and one patched update in the real webview script, in Chromium. */
/** In-page state the VS Code stub keeps (see VSCODE_STUB). */
interface StubbedWindow {
    __posted: Array<{ type: string; documentVersion?: number }>;
    postMessage(message: unknown, target: string): void;
}

type WebviewTimes = Record<number, { firstDrawMs: number; firstDrawPaintedMs: number; updatePatchMs: number }>;

async function measureWebview(models: JourneyMapModel[], { quick }: { quick: boolean }): Promise<WebviewTimes | undefined> {
    const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(chromiumPath)) {
        return undefined;
    }
    const { launchChromium, startWebviewHarness, VSCODE_STUB } = await import('./webview-harness.js');
    const browser = await launchChromium();
    const harness = await startWebviewHarness();
    const results: WebviewTimes = {};
    try {
        for (const model of models) {
            const count = model.journeys[0].stages.reduce((n, s) => n + s.touchpoints.length, 0);
            const first: number[] = [];
            const painted: number[] = [];
            const update: number[] = [];
            for (let run = 0; run < (quick ? 2 : 5); run++) {
                const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
                await page.addInitScript(VSCODE_STUB);
                await page.goto(harness.url);
                // Until the page says it drew the version, and until the frame that shows it is done (style, layout, paint).
                // The message as the extension posts it: its JSON text (encodeHostMessage), which the page parses inside the time.
                const draw = (m: HostMessage & { type: 'render' | 'update' }, version: number) => page.evaluate(({ message, version }) => new Promise<{ drawn: number; painted: number }>(resolve => {
                    const stubbed = window as unknown as StubbedWindow;
                    const posted = stubbed.__posted;
                    const start = performance.now();
                    posted.push = function (this: StubbedWindow['__posted'], m) {
                        Array.prototype.push.call(this, m);
                        if (m.type === 'rendered' && m.documentVersion === version) {
                            const drawn = performance.now() - start;
                            requestAnimationFrame(() => setTimeout(() => resolve({ drawn, painted: performance.now() - start }), 0));
                        }
                        return this.length;
                    };
                    stubbed.postMessage(message, '*');
                }), { message: encodeHostMessage(m), version });
                await page.evaluate(message => window.postMessage(message, '*'), encodeHostMessage({ type: 'source', source: model.uri, label: 'bench', locked: false }));
                const firstDraw = await draw({ type: 'render', source: model.uri, model }, model.documentVersion);
                first.push(firstDraw.drawn);
                painted.push(firstDraw.painted);
                // The first map laid out and painted (two frames), so that the update is timed on its own.
                await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
                const changed = structuredClone(model);
                changed.documentVersion = model.documentVersion + 1;
                changed.journeys[0].stages[0].touchpoints[0].title = 'Renamed touchpoint';
                // As the extension posts it: what changed since the model the page holds.
                update.push((await draw({ type: 'update', source: model.uri, ...diffModels(model, changed) }, changed.documentVersion)).drawn);
                await page.close();
            }
            results[count] = { firstDrawMs: round(median(first)), firstDrawPaintedMs: round(median(painted)), updatePatchMs: round(median(update)) };
        }
    } finally {
        await browser.close();
        await harness.close();
    }
    return results;
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const options = quick ? { warmup: 1, runs: 3, warmupMs: 50 } : { warmup: 2, runs: 9, warmupMs: 300 };
    const sizes = [100, 1000, 5000];
    const measured: Array<Awaited<ReturnType<typeof measureSize>>> = [];
    for (const size of sizes) {
        measured.push(await measureSize(size, options));
    }
    const browser = await measureWebview(measured.map(m => m.model), { quick });
    const rows = measured.map(m => [
        m.touchpoints, m.viewModelMs, m.renderMs, m.viewModelAndRenderMs,
        round(m.viewModelAndRenderMs / GOAL_MS, 2), m.jsonParseMs, m.renderPerJsonParse, m.svgMarkupMs, m.messageKb, m.messageGzipKb, m.svgKb,
        browser?.[m.touchpoints]?.firstDrawMs ?? 'n/a', browser?.[m.touchpoints]?.firstDrawPaintedMs ?? 'n/a', browser?.[m.touchpoints]?.updatePatchMs ?? 'n/a'
    ]);
    const json = Object.fromEntries(measured.map(({ model, ...m }) => [m.touchpoints, { ...m, ...(browser?.[m.touchpoints] ?? {}) }]));
    const at1000 = measured.find(m => m.touchpoints === 1000)!;
    return {
        key: 'render',
        title: 'Journey map: view model and render (medians, ms)',
        header: ['touchpoints', 'view model', 'render', 'model+render', `÷ ${GOAL_MS} ms goal`, 'JSON.parse of msg', 'model+render ÷ parse', 'SVG markup', 'update msg KB', 'gzip KB', 'SVG KB', 'webview first draw', 'first draw painted', 'webview patch'],
        rows,
        json: { goalMs: GOAL_MS, meetsGoalAt1000: at1000.viewModelAndRenderMs <= GOAL_MS, sizes: json },
        footer: `Goal: 1,000 touchpoints in ${GOAL_MS} ms or less (view model + render): ${at1000.viewModelAndRenderMs} ms. `
            + 'Webview columns: the preview script in Chromium, from message to drawn (first: DOM built; painted: until the frame showing it is done, '
            + 'its style, layout and paint; patch: one title changed, as an update, once the first map is painted). '
            + 'A map wider than four views is drawn a part at a time (src/webview/virtual-columns.ts): a draw builds what is in view (the insides of each cell only when it goes in the page); the cells near the view, then the rest, go in while the page is idle.'
    };
}
