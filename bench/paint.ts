// Keystroke to changed card in the page's DOM, end to end: the built language server
// over stdio, and the preview's own script (out/webview) in Chromium. Each keystroke
// changes one character of a touchpoint's title; the bench receives the server's pushes as
// the extension does (the first whole model, then deltas applied to the model it holds,
// src/protocol/pushed-models.ts), forwards the model to the page as the extension does (the
// first whole, then `update` messages with what changed, computed at the time it is sent) and stops the clock when
// the card with that id shows the new title. Keystrokes come after a pause, so the
// extension's update throttle (150 ms window) would send each one at once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { ViewModelChangedNotification, ViewModelResyncNotification, ViewModelSubscriptionNotification } from '../src/protocol/lsp-protocol.js';
import { PushedModels } from '../src/protocol/pushed-models.js';
import type { JourneyMapModel } from '../src/model/view-model.js';
import { ModelForwarding } from '../src/extension/preview/model-forwarding.js';
import { journeyWithTouchpoints } from './render.js';
import { startServer } from './server-connection.js';
import { median, percentile, round, type Section } from './stats.js';

export const GOALS: Record<number, number> = { 100: 30, 1000: 100 };
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Sizes {
    p50: number; p95: number; max: number; samples: number; messageKb: number; serverP50: number; pageP50: number;
    /** The server's last push (LSP notification, JSON) of a keystroke, and how many pushes were whole models. */
    pushKb: number; wholePushes: number;
}

/**
 * Posts a message to the preview and waits in the page until the element `id` holds
 * `text` (whitespace aside: titles wrap). The message crosses as JSON text, as VS Code
 * passes a webview's messages (Playwright's own argument encoding is far slower).
 */
const PAGE_WAIT = `(${function waitFor(args: { json: string; id: string; text: string }): Promise<void> {
    return new Promise(resolve => {
        const done = (): boolean => {
            const element = document.querySelector(`[data-id="${CSS.escape(args.id)}"]`);
            return !!element && (element.textContent ?? '').replace(/\s+/g, '').includes(args.text);
        };
        const observer = new MutationObserver(() => {
            if (done()) {
                observer.disconnect();
                resolve();
            }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        window.postMessage(JSON.parse(args.json), '*');
    });
}.toString()})`;

async function measureSize(touchpoints: number, keystrokes: number, browser: import('playwright-core').Browser, pageUrl: string, stub: string): Promise<Sizes> {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-paint-'));
    const server = await startServer({ workspaceFolder: folder });
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
        const text = journeyWithTouchpoints(touchpoints);
        const lines = text.split('\n');
        writeFileSync(path.join(folder, 'map.journey'), text);
        // Models pushed by the server (whole, then deltas applied as the extension applies them), by document version; a waiter per version.
        const models = new Map<number, JourneyMapModel>();
        const waiters = new Map<number, (model: JourneyMapModel) => void>();
        const pushed = new PushedModels();
        let pushBytes = 0;
        let wholePushes = 0;
        server.connection.onNotification(ViewModelChangedNotification, push => {
            const outcome = pushed.receive(push);
            pushBytes = Buffer.byteLength(JSON.stringify(push));
            if (!('delta' in push)) wholePushes++;
            if (outcome.kind === 'resync') void server.connection.sendNotification(ViewModelResyncNotification, { uri: outcome.uri });
            if (outcome.kind !== 'model' || !outcome.model) return;
            models.set(outcome.model.documentVersion, outcome.model);
            waiters.get(outcome.model.documentVersion)?.(outcome.model);
        });
        const modelOf = (version: number) => new Promise<JourneyMapModel>(resolve => {
            const known = models.get(version);
            if (known) resolve(known);
            else waiters.set(version, resolve);
        });
        const uri = path.join(folder, 'map.journey');
        const documentUri = new URL(`file://${uri}`).toString();
        await server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [documentUri] });
        server.open('map.journey', text, 1);
        const first = await modelOf(1);

        await page.addInitScript(stub);
        await page.goto(pageUrl);
        await page.evaluate(source => window.postMessage({ type: 'source', source, label: 'bench', locked: false }, '*'), documentUri);
        const firstTouchpoint = first.journeys[0].stages[0].touchpoints[0];
        // What the extension posts: the whole model first, then what changed since the model posted last.
        const forwarding = new ModelForwarding();
        await page.evaluate(PAGE_WAIT, { json: JSON.stringify(forwarding.message(documentUri, first)), id: firstTouchpoint.id, text: firstTouchpoint.title.replace(/\s+/g, '') });

        // The title lines of the touchpoints, spread over the map.
        const titleLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^\s+touchpoint T\d+ "/.test(line));
        const times: number[] = [];
        const serverTimes: number[] = [];
        let messageBytes = 0;
        let pushKb = 0;
        let version = 1;
        const wholeBefore = wholePushes;
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
            const model = await modelOf(version);
            const modelAt = performance.now();
            const stage = model.journeys[0].stages.find(s => s.touchpoints.some(t => t.title === title));
            const touchpoint = stage?.touchpoints.find(t => t.title === title);
            if (!touchpoint) throw new Error(`the model of version ${version} has no touchpoint titled ${title}`);
            const json = JSON.stringify(forwarding.message(documentUri, model));
            await page.evaluate(PAGE_WAIT, { json, id: touchpoint.id, text: title.replace(/\s+/g, '') });
            const elapsed = performance.now() - start;
            if (i >= 3) {
                times.push(elapsed);
                serverTimes.push(modelAt - start);
                messageBytes = Buffer.byteLength(json);
                pushKb = pushBytes / 1024;
            }
            // A pause between keystrokes, as between a user's edits and the throttle's window.
            await new Promise(resolve => setTimeout(resolve, 160));
        }
        return { p50: round(median(times)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), samples: times.length, messageKb: round(messageBytes / 1024),
            serverP50: round(median(serverTimes)), pageP50: round(median(times.map((t, i) => t - serverTimes[i]))),
            pushKb: round(pushKb), wholePushes: wholePushes - wholeBefore };
    } finally {
        await page.close();
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const { launchChromium, startWebviewHarness, VSCODE_STUB } = await import('./webview-harness.js');
    const browser = await launchChromium();
    const harness = await startWebviewHarness();
    const results: Record<number, Sizes> = {};
    try {
        for (const size of [100, 1000]) {
            results[size] = await measureSize(size, quick ? 8 : 30, browser, harness.url, VSCODE_STUB);
        }
    } finally {
        await browser.close();
        await harness.close();
    }
    return {
        key: 'paint',
        title: 'Keystroke to changed card in the page\'s DOM (built server over stdio + preview script in Chromium; ms)',
        header: ['touchpoints', 'p50', 'p95', 'max', 'samples', 'p50 server', 'p50 page', 'push KB', 'message KB', 'goal (p95)', ''],
        rows: Object.entries(results).map(([size, r]) => [size, r.p50, r.p95, r.max, r.samples, r.serverP50, r.pageP50, r.pushKb, r.messageKb, `≤ ${GOALS[Number(size)]}`, r.p95 <= GOALS[Number(size)] ? 'met' : 'MISSED']),
        footer: 'From the didChange notification sent to the card with the new title in the DOM: server rebuild and view model, the message to the page, the script\'s patch. '
            + '"server": until the view model reached the bench (the server\'s push applied as the extension applies it); "page": from there to the card in the DOM. '
            + '"push": the server\'s notification of the last keystroke (a delta; whole pushes while typing: ' + Object.values(results).map(r => r.wholePushes).join(', ') + '); "message": what the extension posts to the page.',
        json: { ...results, goals: GOALS }
    };
}
