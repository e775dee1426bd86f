// Keystroke to changed card in the page's DOM, end to end: the built language server
// over stdio, and the preview's own script (out/webview) in Chromium. Each keystroke
// changes one character of a touchpoint's title; the bench receives the server's pushes as
// the extension does (the first whole model, then deltas applied to the model it holds,
// src/protocol/pushed-models.ts), forwards the model to the page as the extension does (the
// first whole, then `update` messages with what changed, computed at the time it is sent) and stops the clock when
// the card with that id shows the new title. Keystrokes come after a pause, so the
// extension's update throttle would send each one at once. Then typing faster than that,
// through the throttle itself (measureTyping).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { ViewModelChangedNotification, ViewModelResyncNotification, ViewModelSubscriptionNotification } from '../src/protocol/lsp-protocol.js';
import { PushedModels } from '../src/protocol/pushed-models.js';
import type { JourneyMapModel } from '../src/model/view-model.js';
import { ModelForwarding } from '../src/extension/preview/model-forwarding.js';
import { encodeHostMessage } from '../src/protocol/webview-protocol.js';
import { UpdateThrottle } from '../src/extension/preview/update-throttle.js';
import { journeyWithTouchpoints } from './render.js';
import { startServer } from './server-connection.js';
import { median, percentile, round, type Section } from './stats.js';

export const GOALS: Record<number, number> = { 100: 30, 1000: 100 };
/**
 * Keystrokes timed per size. The young generation's scavenges and the machine's other
 * work fall on a few keystrokes of a run: with 30, the p95 was the second slowest and
 * moved by tens of milliseconds from run to run; with 60 it is the third slowest.
 */
const KEYSTROKES = 60;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Sizes {
    p50: number; p95: number; max: number; samples: number; messageKb: number; serverP50: number; pageP50: number;
    /** In the page, from the message posted to the card in the DOM: the preview script's share of "page". */
    scriptP50: number; scriptP95: number;
    /** The server's last push (LSP notification, JSON) of a keystroke, and how many pushes were whole models. */
    pushKb: number; wholePushes: number;
}

/**
 * Posts a message to the preview and waits in the page until the element `id` holds
 * `text` (whitespace aside: titles wrap); answers how long that took in the page, by its
 * clock (the preview script's share, without the bench's way to the page and back). The message is its JSON text, as the extension
 * posts it (encodeHostMessage), and the page parses it (Playwright's own argument encoding is far slower).
 *
 * Passed to page.evaluate as a function (a string would be evaluated as an expression,
 * whose value, this function, would never be called), and written without named inner
 * functions: tsx keeps their names with a helper (__name) that the page does not have.
 */
async function waitForCard(args: { json: string; id: string; text: string }): Promise<number> {
    return await new Promise<number>(resolve => {
        const posted = performance.now();
        const observer = new MutationObserver(() => {
            const element = document.querySelector(`[data-id="${CSS.escape(args.id)}"]`);
            if (element && (element.textContent ?? '').replace(/\s+/g, '').includes(args.text)) {
                observer.disconnect();
                resolve(performance.now() - posted);
            }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        window.postMessage(args.json, '*');
    });
}

/** The built server with the map open and subscribed, and the preview's page showing its first model. */
interface Session {
    server: Awaited<ReturnType<typeof startServer>>;
    page: import('playwright-core').Page;
    documentUri: string;
    /** The model of a version, once the server has pushed it. */
    modelOf(version: number): Promise<JourneyMapModel>;
    /** Called with each model the server pushes (after the first), in order. */
    onModel: ((model: JourneyMapModel) => void) | undefined;
    /** The title lines of the touchpoints, spread over the map: each keystroke edits one. */
    titleLines: Array<{ line: string; index: number }>;
    forwarding: ModelForwarding;
    pushes: { bytes: number; whole: number };
    close(): Promise<void>;
}

async function openSession(touchpoints: number, browser: import('playwright-core').Browser, pageUrl: string, stub: string): Promise<Session> {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-paint-'));
    const server = await startServer({ workspaceFolder: folder });
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const text = journeyWithTouchpoints(touchpoints);
    writeFileSync(path.join(folder, 'map.journey'), text);
    // Models pushed by the server (whole, then deltas applied as the extension applies them), by document version; a waiter per version.
    const models = new Map<number, JourneyMapModel>();
    const waiters = new Map<number, (model: JourneyMapModel) => void>();
    const pushed = new PushedModels();
    const pushes = { bytes: 0, whole: 0 };
    const session: Session = {
        server, page, documentUri: '', onModel: undefined, titleLines: [], forwarding: new ModelForwarding(), pushes,
        modelOf: version => new Promise<JourneyMapModel>(resolve => {
            const known = models.get(version);
            if (known) resolve(known);
            else waiters.set(version, resolve);
        }),
        async close() {
            await page.close();
            await server.close();
            rmSync(folder, { recursive: true, force: true });
        }
    };
    server.connection.onNotification(ViewModelChangedNotification, push => {
        const outcome = pushed.receive(push);
        pushes.bytes = Buffer.byteLength(JSON.stringify(push));
        if (!('delta' in push)) pushes.whole++;
        if (outcome.kind === 'resync') void server.connection.sendNotification(ViewModelResyncNotification, { uri: outcome.uri });
        if (outcome.kind !== 'model' || !outcome.model) return;
        models.set(outcome.model.documentVersion, outcome.model);
        waiters.get(outcome.model.documentVersion)?.(outcome.model);
        session.onModel?.(outcome.model);
    });
    const uri = path.join(folder, 'map.journey');
    session.documentUri = new URL(`file://${uri}`).toString();
    await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [session.documentUri] });
    server.open('map.journey', text, 1);
    const first = await session.modelOf(1);

    await page.addInitScript(stub);
    await page.goto(pageUrl);
    await page.evaluate(message => window.postMessage(message, '*'), encodeHostMessage({ type: 'source', source: session.documentUri, label: 'bench', locked: false }));
    const firstTouchpoint = first.journeys[0].stages[0].touchpoints[0];
    // What the extension posts: the whole model first, then what changed since the model posted last.
    await page.evaluate(waitForCard, { json: encodeHostMessage(session.forwarding.message(session.documentUri, first)), id: firstTouchpoint.id, text: firstTouchpoint.title.replace(/\s+/g, '') });
    session.titleLines = text.split('\n').map((line, index) => ({ line, index })).filter(({ line }) => /^\s+touchpoint T\d+ "/.test(line));
    return session;
}

async function measureSize(touchpoints: number, keystrokes: number, browser: import('playwright-core').Browser, pageUrl: string, stub: string): Promise<Sizes> {
    const session = await openSession(touchpoints, browser, pageUrl, stub);
    const { server, page, documentUri, titleLines, forwarding, pushes } = session;
    try {
        const times: number[] = [];
        const serverTimes: number[] = [];
        const scriptTimes: number[] = [];
        let messageBytes = 0;
        let pushKb = 0;
        let version = 1;
        const wholeBefore = pushes.whole;
        for (let i = 0; i < keystrokes + 3; i++) {
            const { line, index } = titleLines[Math.floor(((i * 7919) % titleLines.length))];
            const character = line.indexOf('"') + 1;
            const letter = LETTERS[i % LETTERS.length];
            const edited = line.slice(0, character) + letter + line.slice(character + 1);
            titleLines.find(t => t.index === index)!.line = edited;
            const title = edited.slice(character, edited.indexOf('"', character));
            version++;
            const start = performance.now();
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: documentUri, version },
                contentChanges: [{ range: { start: { line: index, character }, end: { line: index, character: character + 1 } }, text: letter }]
            });
            const model = await session.modelOf(version);
            const modelAt = performance.now();
            const stage = model.journeys[0].stages.find(s => s.touchpoints.some(t => t.title === title));
            const touchpoint = stage?.touchpoints.find(t => t.title === title);
            if (!touchpoint) throw new Error(`the model of version ${version} has no touchpoint titled ${title}`);
            const json = encodeHostMessage(forwarding.message(documentUri, model));
            const script = await page.evaluate(waitForCard, { json, id: touchpoint.id, text: title.replace(/\s+/g, '') });
            const elapsed = performance.now() - start;
            if (i >= 3) {
                times.push(elapsed);
                scriptTimes.push(script);
                serverTimes.push(modelAt - start);
                messageBytes = Buffer.byteLength(json);
                pushKb = pushes.bytes / 1024;
            }
            // A pause between keystrokes, as between a user's edits and the throttle's window.
            await new Promise(resolve => setTimeout(resolve, 160));
        }
        return { p50: round(median(times)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), samples: times.length, messageKb: round(messageBytes / 1024),
            serverP50: round(median(serverTimes)), pageP50: round(median(times.map((t, i) => t - serverTimes[i]))),
            scriptP50: round(median(scriptTimes)), scriptP95: round(percentile(scriptTimes, 95)),
            pushKb: round(pushKb), wholePushes: pushes.whole - wholeBefore };
    } finally {
        await session.close();
    }
}

/** Typing faster than the map is drawn: how the preview's throttle passes the models on. */
type Pacing = 'window' | 'page';
const TYPING_INTERVAL_MS = 60;

/**
 * A word typed into one touchpoint's title, a key every TYPING_INTERVAL_MS, with the
 * server's models passed to the page through the preview's UpdateThrottle, as the
 * extension passes them: `window` as if the page never answered (at most one update per
 * 150 ms window, the throttle's only rule before), `page` with the page's `rendered`
 * messages coming back (an update at once when the page has drawn the one before).
 * Each keystroke is timed until the page reports it drew that version or a later one.
 */
async function measureTyping(touchpoints: number, keystrokes: number, pacing: Pacing, browser: import('playwright-core').Browser, pageUrl: string, stub: string): Promise<number[]> {
    const session = await openSession(touchpoints, browser, pageUrl, stub);
    const { server, page, documentUri, titleLines, forwarding } = session;
    let throttle: UpdateThrottle<JourneyMapModel> | undefined;
    try {
        const sentAt = new Map<number, number>();
        const times: number[] = [];
        let drawn = 1;
        let last = Number.POSITIVE_INFINITY;
        let allDrawn!: () => void;
        const done = new Promise<void>(resolve => { allDrawn = resolve; });
        const pacer = new UpdateThrottle<JourneyMapModel>(model => {
            // A model that comes after the last key was drawn may be sent as the page closes.
            page.evaluate(json => window.postMessage(json, '*'), encodeHostMessage(forwarding.message(documentUri, model))).catch(() => undefined);
        });
        await page.exposeFunction('__benchRendered', (version: number, keptLastGood: boolean) => {
            const now = performance.now();
            for (let v = drawn + 1; v <= version; v++) {
                const at = sentAt.get(v);
                if (at !== undefined) times.push(now - at);
            }
            drawn = Math.max(drawn, version);
            if (pacing === 'page') pacer.shown(version, keptLastGood);
            if (drawn >= last) allDrawn();
        });
        // The page's messages to the extension (the stub collects them in window.__posted): its `rendered` comes back here.
        await page.evaluate(() => {
            const posted = (window as unknown as { __posted: Array<{ type: string; documentVersion?: number; keptLastGood?: boolean }> }).__posted;
            const collect = posted.push.bind(posted);
            posted.push = (...messages) => {
                for (const message of messages) {
                    if (message.type === 'rendered') void (window as unknown as { __benchRendered(v?: number, k?: boolean): Promise<void> }).__benchRendered(message.documentVersion, message.keptLastGood);
                }
                return collect(...messages);
            };
        });
        throttle = pacer;
        session.onModel = model => pacer.push(model);
        const { line, index } = titleLines[Math.floor(titleLines.length / 2)];
        const start = line.indexOf('"') + 1;
        let version = 1;
        for (let i = 0; i < keystrokes; i++) {
            version++;
            sentAt.set(version, performance.now());
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: documentUri, version },
                contentChanges: [{ range: { start: { line: index, character: start + i }, end: { line: index, character: start + i } }, text: LETTERS[i % LETTERS.length].toLowerCase() }]
            });
            await new Promise(resolve => setTimeout(resolve, TYPING_INTERVAL_MS));
        }
        last = version;
        if (drawn < last) {
            await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`the page drew version ${drawn} of ${last}`)), 10000))]);
        }
        return times;
    } finally {
        session.onModel = undefined;
        throttle?.cancel();
        await session.close();
    }
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const { launchChromium, startWebviewHarness, VSCODE_STUB } = await import('./webview-harness.js');
    const browser = await launchChromium();
    const harness = await startWebviewHarness();
    const results: Record<number, Sizes> = {};
    const typing: Record<string, { p50: number; p95: number; max: number; samples: number }> = {};
    try {
        for (const size of [100, 1000]) {
            results[size] = await measureSize(size, quick ? 8 : KEYSTROKES, browser, harness.url, VSCODE_STUB);
        }
        // The throttle's two ways side by side, alternating, so that the machine's load falls on both alike.
        for (const size of [100, 1000]) {
            const times: Record<Pacing, number[]> = { window: [], page: [] };
            for (let round = 0; round < (quick ? 1 : 2); round++) {
                for (const pacing of round % 2 === 0 ? ['window', 'page'] as const : ['page', 'window'] as const) {
                    times[pacing].push(...await measureTyping(size, quick ? 10 : 20, pacing, browser, harness.url, VSCODE_STUB));
                }
            }
            for (const pacing of ['window', 'page'] as const) {
                const t = times[pacing];
                typing[`${size} ${pacing}`] = { p50: round(median(t)), p95: round(percentile(t, 95)), max: round(Math.max(...t)), samples: t.length };
            }
        }
    } finally {
        await browser.close();
        await harness.close();
    }
    return {
        key: 'paint',
        title: 'Keystroke to changed card in the page\'s DOM (built server over stdio + preview script in Chromium; ms)',
        header: ['touchpoints', 'p50', 'p95', 'max', 'samples', 'p50 server', 'p50 page', 'script p50/p95', 'push KB', 'message KB', 'goal (p95)', ''],
        rows: [
            ...Object.entries(results).map(([size, r]) => [size, r.p50, r.p95, r.max, r.samples, r.serverP50, r.pageP50, `${r.scriptP50} / ${r.scriptP95}`, r.pushKb, r.messageKb, `≤ ${GOALS[Number(size)]}`, r.p95 <= GOALS[Number(size)] ? 'met' : 'MISSED']),
            ...Object.entries(typing).map(([key, r]) => {
                const [size, pacing] = key.split(' ');
                return [`${size}, typing, ${pacing === 'page' ? 'page paces' : '150 ms window'}`, r.p50, r.p95, r.max, r.samples, '', '', '', '', '', '', ''];
            })
        ],
        footer: 'From the didChange notification sent to the card with the new title in the DOM: server rebuild and view model, the message to the page, the script\'s patch. '
            + '"server": until the view model reached the bench (the server\'s push applied as the extension applies it); "page": from there to the card in the DOM. '
            + '"script": of "page", the part in the page by its own clock, from the message posted to the card in the DOM (the preview script\'s work; the rest is the bench\'s way to the page and back through the browser\'s protocol). '
            + '"push": the server\'s notification of the last keystroke (a delta; whole pushes while typing: ' + Object.values(results).map(r => r.wholePushes).join(', ') + '); "message": what the extension posts to the page. '
            + `"typing": a word typed into one title, a key every ${TYPING_INTERVAL_MS} ms, the models passed on through the preview's throttle (update-throttle.ts), `
            + 'each key timed until the page reports it drew that version or a later one; "150 ms window": at most one update per window (the page\'s answers unused), '
            + '"page paces": an update at once when the page has drawn the one before.',
        json: { ...results, typing, goals: GOALS }
    };
}
