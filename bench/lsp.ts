// Editor features end to end: the built server over stdio (a real JSON-RPC client in
// this process), on the 10,000-line generated journey opened in a 200-file workspace;
// completion and keystroke to diagnostics also in the web worker server (what vscode.dev
// runs) in Chromium, on the same workspace, sample by sample in turn, with their ratio.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
    CodeLensRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
    DocumentFormattingRequest, DocumentSymbolRequest, FileChangeType, FoldingRangeRequest, HoverRequest, InlayHintRequest, ReferencesRequest,
    RenameRequest, SemanticTokensRequest,
    type Position
} from 'vscode-languageserver-protocol/node';
import { ViewModelRequest } from '../src/protocol/lsp-protocol.js';
import { startServer, type ServerSession } from './server-connection.js';
import { startWorkerServer, type WorkerSession } from './worker-connection.js';
import { generateJourney, generateWorkspace } from './generate.js';
import { median, percentile, round, type Section } from './stats.js';

const GOALS = { completion: 50, keystrokeToDiagnostics: 40, renameAcross200Files: 1000, duringRebuild: 500 };

/** Line/character of every line starting with `prefix`, at `prefix.length`. */
function positionsAfter(lines: string[], prefix: string): Position[] {
    const found: Position[] = [];
    lines.forEach((line, index) => { if (line.startsWith(prefix)) found.push({ line: index, character: prefix.length }); });
    return found;
}

/** `count` items spread evenly over `list`. */
function spread<T>(list: T[], count: number): T[] {
    return Array.from({ length: count }, (_, i) => list[Math.floor((i + 0.5) * list.length / count)]);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
    const start = performance.now();
    await fn();
    return performance.now() - start;
}

async function sample(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(await timed(() => fn(i)));
    return times;
}

interface Stats {
    p50: number;
    p95: number;
    max: number;
    n: number;
    files?: number;
    answered?: number;
}

const stats = (times: number[]): Stats => ({ p50: round(median(times)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), n: times.length });

/**
 * Edits inside a string of `uri`, one character each, at `lines` in turn: what typing sends. Each
 * keystroke types a letter into a pain's text or takes back the one typed before, so that the
 * pain's hint (pain-without-evidence, on the text) moves its end: the server publishes a file's
 * diagnostics only when they changed (src/server/diagnostics-publisher.ts).
 */
function typist(server: ServerSession, uri: string, lines: Position[]) {
    let version = 1;
    let typed: Position | undefined;
    const type = (i: number) => {
        const at = typed ?? lines[i % lines.length];
        const { line, character } = at;
        typed = typed ? undefined : at;
        return server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: ++version },
            contentChanges: [{ range: { start: { line, character }, end: { line, character: character + (typed ? 0 : 1) } }, text: typed ? 'w' : '' }]
        });
    };
    return {
        type,
        /** A keystroke, resolved when its diagnostics are published. */
        async typeAndWait(i: number): Promise<void> {
            const published = server.diagnostics(uri, undefined, 60000);
            await type(i);
            await published;
        }
    };
}

/**
 * Completion at each position on every server, sample by sample in turn (`uri`
 * open in each), so that the machine's load, which drifts, weighs on all alike.
 */
async function completionInTurn(servers: ServerSession[], uri: string, completionAt: Position[]): Promise<Stats[]> {
    const request = (server: ServerSession, position: Position) =>
        server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    for (const server of servers) {
        for (const position of completionAt.slice(0, 5)) await request(server, position);
    }
    const times: number[][] = servers.map(() => []);
    for (let i = 0; i < completionAt.length; i++) {
        for (const [s, server] of servers.entries()) times[s].push(await timed(() => request(server, completionAt[i])));
    }
    return times.map(stats);
}

/** Keystroke to diagnostics on every server, likewise in turn. */
async function keystrokesInTurn(keys: Array<ReturnType<typeof typist>>, count: number): Promise<Stats[]> {
    for (const typing of keys) {
        for (let i = 0; i < 3; i++) await typing.typeAndWait(i);
    }
    const times: number[][] = keys.map(() => []);
    for (let i = 0; i < count; i++) {
        for (const [k, typing] of keys.entries()) times[k].push(await timed(() => typing.typeAndWait(i)));
    }
    return times.map(stats);
}

/** The 200-file workspace, each file also giving one KPI to a common owner (a name used in every file). */
function workspaceFiles() {
    const files = generateWorkspace(200, 500);
    for (const name of Object.keys(files)) {
        const prefix = name.replace(/\D/g, '');
        files[name] += `kpi Common${prefix} "Shared" {\n    owner Everyone\n    target >= 1\n    current 1\n}\n`;
    }
    files['common.journey'] = 'owner Everyone "Every team"\n';
    return files;
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const count = quick ? 12 : 40;
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-lsp-'));
    const files = workspaceFiles();
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    const bigText = generateJourney(10000);
    writeFileSync(path.join(folder, 'big.journey'), bigText);
    const lines = bigText.split('\n');

    // Completion: references after `owner `/`next `, keywords at the start of a property line.
    const completionPositions = spread([
        ...spread(positionsAfter(lines, '            owner '), count),
        ...spread(positionsAfter(lines, '            next '), count),
        ...spread(positionsAfter(lines, '            channel ').map(p => ({ line: p.line, character: 12 })), count)
    ], count * 3);
    // Keystrokes: an incremental edit inside a string in the middle of the file, then its diagnostics.
    const painLines = spread(positionsAfter(lines, '            pain "'), count);

    const server = await startServer({ workspaceFolder: folder });
    const { connection } = server;
    const results: Record<string, Stats> = {};
    const worker = {} as Record<'completion' | 'keystrokeToDiagnostics' | 'bridgeRoundTrip', Stats>;
    let workerServer: WorkerSession | undefined;
    try {
        const big = server.open('big.journey', bigText);
        await server.diagnostics(big, undefined, 60000);
        const at = (position: Position) => ({ textDocument: { uri: big }, position });

        // The web worker server (what vscode.dev runs) in Chromium, on the same workspace, measured in turn with this one.
        workerServer = await startWorkerServer({ workspaceFolder: folder });
        const workerBig = workerServer.open('big.journey', bigText);
        if (workerBig !== big) throw new Error(`the two servers name big.journey differently: ${big}, ${workerBig}`);
        await workerServer.diagnostics(big, undefined, 180000);
        [results.completion, worker.completion] = await completionInTurn([server, workerServer], big, completionPositions);

        const ownerRefs = spread(positionsAfter(lines, '            owner ').map(p => ({ ...p, character: p.character + 2 })), count);
        results.hover = stats(await sample(count, i => connection.sendRequest(HoverRequest.type, at(ownerRefs[i]))));
        results.definition = stats(await sample(count, i => connection.sendRequest(DefinitionRequest.type, at(ownerRefs[i]))));
        const kpiRefs = spread(positionsAfter(lines, '            measures ').map(p => ({ ...p, character: p.character + 1 })), count);
        results.references = stats(await sample(count, i =>
            connection.sendRequest(ReferencesRequest.type, { ...at(kpiRefs[i]), context: { includeDeclaration: true } })));
        results.rename = stats(await sample(count, i =>
            connection.sendRequest(RenameRequest.type, { ...at(kpiRefs[i]), newName: `Renamed${i}` })));

        // What an editor asks for a whole document after each change.
        const wholeDocument = { textDocument: { uri: big } };
        const fewer = Math.ceil(count / 4);
        results.semanticTokens = stats(await sample(fewer, () => connection.sendRequest(SemanticTokensRequest.type, wholeDocument)));
        results.documentSymbols = stats(await sample(fewer, () => connection.sendRequest(DocumentSymbolRequest.type, wholeDocument)));
        results.foldingRanges = stats(await sample(fewer, () => connection.sendRequest(FoldingRangeRequest.type, wholeDocument)));
        results.codeLens = stats(await sample(fewer, () => connection.sendRequest(CodeLensRequest.type, wholeDocument)));
        results.inlayHints = stats(await sample(fewer, () => connection.sendRequest(InlayHintRequest.type,
            { ...wholeDocument, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } })));
        results.formatting = stats(await sample(fewer, () => connection.sendRequest(DocumentFormattingRequest.type,
            { ...wholeDocument, options: { tabSize: 4, insertSpaces: true } })));

        // A name referenced from every one of the 200 files.
        const common = server.open('common.journey', files['common.journey']);
        await server.diagnostics(common);
        let renameEdits = 0;
        results.renameAcross200Files = stats(await sample(Math.ceil(count / 4), async i => {
            const edit = await connection.sendRequest(RenameRequest.type, {
                textDocument: { uri: common }, position: { line: 0, character: 7 }, newName: `Everybody${i}`
            });
            renameEdits = Object.keys(edit?.changes ?? {}).length;
        }));
        results.renameAcross200Files.files = renameEdits;

        // Keystrokes: an incremental edit inside a string in the middle of the file, then its diagnostics.
        const keys = [typist(server, big, painLines), typist(workerServer, big, painLines)];
        [results.keystrokeToDiagnostics, worker.keystrokeToDiagnostics] = await keystrokesInTurn(keys, count);
        worker.bridgeRoundTrip = stats(await sample(count, () => workerServer!.bridgeRoundTrip()));
        await workerServer.close();
        workerServer = undefined;
        const keystrokeOnly = keys[0].type;

        // Completion typed right after a keystroke: it waits for the changed file to be linked.
        const afterTyping: number[] = [];
        for (let i = 0; i < count; i++) {
            const published = server.diagnostics(big, undefined, 60000);
            await keystrokeOnly(i);
            afterTyping.push(await timed(() => connection.sendRequest(CompletionRequest.type, at(completionPositions[i]))));
            await published;
        }
        results.completionAfterKeystroke = stats(afterTyping);

        // Requests while the server rebuilds: after a keystroke, and, on a file being rebuilt,
        // after all 200 files changed on disk (a branch switch).
        const member = server.open('journey-000.journey', files['journey-000.journey']);
        await server.diagnostics(member, undefined, 60000);
        const memberOwner = { textDocument: { uri: member }, position: { line: files['journey-000.journey'].split('\n').findIndex(l => l.startsWith('    owner ')), character: 12 } };
        const duringEdit: number[] = [];
        const duringWorkspace: number[] = [];
        let answered = 0;
        for (let i = 0; i < Math.ceil(count / 4); i++) {
            const published = server.diagnostics(big, undefined, 60000);
            await keystrokeOnly(i);
            duringEdit.push(await timed(() => connection.sendRequest(HoverRequest.type, at(ownerRefs[i])).catch(() => undefined)));
            await published;
            await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
                changes: Object.keys(files).filter(name => name !== 'journey-000.journey')
                    .map(name => ({ uri: pathToFileURL(path.join(folder, name)).toString(), type: FileChangeType.Changed as FileChangeType }))
            });
            // The files are as they were, and so are their diagnostics (not published again): a read request waits for the rebuild.
            const rebuilt = connection.sendRequest(ViewModelRequest, { uri: pathToFileURL(path.join(folder, 'journey-199.journey')).toString() });
            duringWorkspace.push(await timed(async () => {
                const hover = await connection.sendRequest(HoverRequest.type, memberOwner).catch(() => undefined);
                if (hover) answered++;
            }));
            await rebuilt;
        }
        results.requestDuringKeystrokeRebuild = stats(duringEdit);
        results.requestDuringWorkspaceRebuild = { ...stats(duringWorkspace), answered };
    } finally {
        await workerServer?.close();
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    }

    const ratio = (key: 'completion' | 'keystrokeToDiagnostics') => ({
        p50: round(worker[key].p50 / results[key].p50, 2), p95: round(worker[key].p95 / results[key].p95, 2)
    });
    const workerVsNode = { completion: ratio('completion'), keystrokeToDiagnostics: ratio('keystrokeToDiagnostics') };
    const workerRow = (label: string, key: 'completion' | 'keystrokeToDiagnostics') => {
        const r = worker[key];
        return [label, r.p50, r.p95, r.max, '', `${workerVsNode[key].p50}× Node at p50, ${workerVsNode[key].p95}× at p95`];
    };

    const row = (label: string, key: string, goal?: number) => {
        const r = results[key];
        return [label, r.p50, r.p95, r.max, goal ? `${goal}` : '', goal ? (r.p95 <= goal ? 'met' : 'MISSED') : ''];
    };
    return {
        key: 'lsp',
        title: 'Editor features over stdio, and in the web worker (10,000-line journey in a 200-file workspace; ms)',
        header: ['request', 'p50', 'p95', 'max', 'goal (p95)', ''],
        rows: [
            row('completion', 'completion', GOALS.completion),
            row('completion right after a keystroke', 'completionAfterKeystroke'),
            row('hover', 'hover'),
            row('definition', 'definition'),
            row('references (KPI, ~100 uses)', 'references'),
            row('rename (KPI, ~100 uses)', 'rename'),
            row(`rename across ${results.renameAcross200Files.files} files`, 'renameAcross200Files', GOALS.renameAcross200Files),
            row('semantic tokens (whole file)', 'semanticTokens'),
            row('document symbols', 'documentSymbols'),
            row('folding ranges', 'foldingRanges'),
            row('code lens', 'codeLens'),
            row('inlay hints (whole file)', 'inlayHints'),
            row('formatting (whole file)', 'formatting'),
            row('keystroke to diagnostics', 'keystrokeToDiagnostics', GOALS.keystrokeToDiagnostics),
            row('hover during a keystroke rebuild', 'requestDuringKeystrokeRebuild', GOALS.duringRebuild),
            row('hover on a file of a 200-file rebuild', 'requestDuringWorkspaceRebuild', GOALS.duringRebuild),
            workerRow('completion, web worker in Chromium', 'completion'),
            workerRow('keystroke to diagnostics, web worker in Chromium', 'keystrokeToDiagnostics'),
            ['  (of which the bridge to the page and back)', worker.bridgeRoundTrip.p50, worker.bridgeRoundTrip.p95, worker.bridgeRoundTrip.max, '', '']
        ],
        footer: 'Times are end to end in the client: request sent to response received. "max" over all samples. The web worker '
            + 'server (out/server/worker.js, what vscode.dev runs) gets the same workspace and requests; its client talks to it '
            + 'through the page, which adds the bridge round trip to each of its figures.',
        json: { ...results, goals: GOALS, worker: { completion: worker.completion, keystrokeToDiagnostics: worker.keystrokeToDiagnostics, bridgeRoundTrip: worker.bridgeRoundTrip, ratioToNode: workerVsNode } }
    };
}
