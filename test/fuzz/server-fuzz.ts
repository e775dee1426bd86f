import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
    DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest, LogMessageNotification, MessageType,
    SemanticTokensRequest, type Diagnostic
} from 'vscode-languageserver-protocol/node';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import {
    isDeltaPush, ViewModelChangedNotification, ViewModelRequest, ViewModelResyncNotification, ViewModelSubscriptionNotification
} from '../../src/protocol/lsp-protocol.js';
import { PushedModels } from '../../src/protocol/pushed-models.js';
import { startServer, type ServerConnection } from '../../bench/server-connection.js';
import { applyEdit, randomEdit, type Edit } from './edits.js';
import type { WebviewMirror } from './webview-mirror.js';
import type { Random } from './random.js';

export const REQUEST_TIMEOUT_MS = 2000;
/** How long a build of the final text may take before it counts as a hang (long lines are slow). */
const BUILD_TIMEOUT_MS = 10000;
const CANCELLED = new Set([-32800, -32801, -32802]);

export type FailureKind = 'crash' | 'hang' | 'mismatch';

export interface Failure {
    kind: FailureKind;
    detail: string;
}

/** A server with one fuzzed document, and a way to know when a version is fully built. */
export class FuzzedServer {
    readonly errors: string[] = [];
    /** Sees every view model the server pushes (the fuzzer's webview mirror), before anyone waiting for its version. */
    onModel: ((uri: string, model: JourneyMapModel) => void) | undefined;
    /** The pushed models, whole or as deltas, applied as the extension applies them. */
    private readonly pushed = new PushedModels();
    /**
     * Each model rebuilt from a delta against the server's whole model of the same version
     * (asked for at once; compared when the server has built no newer version by then).
     */
    readonly deltas = { pushes: 0, whole: 0, deltas: 0, compared: 0, resyncs: 0, mismatches: [] as string[] };

    private constructor(readonly server: ServerConnection, readonly folder: string) {
        server.connection.onNotification(LogMessageNotification.type, params => {
            if (params.type === MessageType.Error) this.errors.push(params.message);
        });
        server.connection.onNotification(ViewModelChangedNotification, params => {
            this.deltas.pushes++;
            this.deltas[isDeltaPush(params) ? 'deltas' : 'whole']++;
            const outcome = this.pushed.receive(params);
            if (outcome.kind === 'resync') {
                // The server's pushes arrive in order: a delta that does not fit what it pushed before is a bug.
                this.deltas.resyncs++;
                this.deltas.mismatches.push(`a delta for ${params.uri} did not fit the model held: ${outcome.reason}`);
                this.send(() => server.connection.sendNotification(ViewModelResyncNotification, { uri: params.uri }));
            }
            const model = outcome.kind === 'model' ? outcome.model : undefined;
            if (model === null) this.errors.push(`no view model for ${params.uri}`);
            else if (model) this.onModel?.(params.uri, model);
            if (model && isDeltaPush(params)) this.compareWhole(params.uri, model);
        });
    }

    /** A server whose workspace holds the examples, as a user's would. */
    static async start(examples: Record<string, string>): Promise<FuzzedServer> {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-fuzz-'));
        for (const [name, text] of Object.entries(examples)) {
            writeFileSync(path.join(folder, name), text);
        }
        return new FuzzedServer(await startServer({ workspaceFolder: folder }), folder);
    }

    get alive(): boolean {
        return this.server.process.exitCode === null && this.server.process.signalCode === null;
    }

    crashReport(): string | undefined {
        if (!this.alive) return `server exited (${this.server.process.exitCode ?? this.server.process.signalCode})\n${this.server.stderr().slice(-2000)}`;
        const stderr = this.server.stderr();
        if (/unhandled|uncaught|TypeError|RangeError|ReferenceError/i.test(stderr)) return `server stderr:\n${stderr.slice(-2000)}`;
        if (this.errors.length > 0) return `server logged errors:\n${this.errors.slice(0, 3).join('\n').slice(0, 2000)}`;
        return undefined;
    }

    open(name: string, text: string, version: number): string {
        const uri = pathToFileURL(path.join(this.folder, name)).toString();
        this.send(() => this.server.connection.sendNotification(ViewModelSubscriptionNotification, { uris: [uri] }));
        this.send(() => this.server.open(name, text, version));
        return uri;
    }

    close(uri: string): void {
        this.send(() => this.server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }));
    }

    change(uri: string, document: TextDocument, edit: Edit, version: number): void {
        this.send(() => this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, text: edit.text }]
        }));
    }

    private compareWhole(uri: string, rebuilt: JourneyMapModel): void {
        if (!this.alive) return;
        this.server.connection.sendRequest(ViewModelRequest, { uri }).then(({ model }) => {
            if (!model || model.documentVersion !== rebuilt.documentVersion) return;
            this.deltas.compared++;
            if (!isDeepStrictEqual(rebuilt, model)) {
                this.deltas.mismatches.push(`the model rebuilt from deltas differs from the server's whole model of version ${model.documentVersion}: ${firstDifference(rebuilt, model)}`);
            }
        }, () => undefined);
    }

    /** What went wrong with the pushed deltas since the last call (each reported once). */
    deltaMismatches(): string[] {
        return this.deltas.mismatches.splice(0);
    }

    /** A dead server's connection throws on send: the batch's checks report it as a crash. */
    private send(notify: () => unknown): void {
        try {
            const sent = notify();
            if (sent instanceof Promise) sent.catch(() => undefined);
        } catch {
            // reported by crashReport()
        }
    }

    /**
     * Resolves once `version` (or later) of the document is built: its model pushed, then its diagnostics
     * published (when they changed: the server does not publish a list equal to the one before). A read
     * request waits on the server for the builds of the changes sent before it, so its answer comes after all that.
     */
    built(uri: string, version: number): Promise<boolean> {
        return new Promise(resolve => {
            const timer = setTimeout(() => resolve(false), BUILD_TIMEOUT_MS);
            const done = (built: boolean) => { clearTimeout(timer); resolve(built); };
            try {
                this.server.connection.sendRequest(ViewModelRequest, { uri }).then(({ model }) => done((model?.documentVersion ?? -1) >= version), () => done(false));
            } catch {
                done(false);
            }
        });
    }

    async dispose(): Promise<void> {
        await this.server.close();
        rmSync(this.folder, { recursive: true, force: true });
    }
}

/** One random read request at a random position; resolves to a failure or undefined. */
export interface SentRequest {
    kind: string;
    /** The document version it was sent against, and where. */
    version: number;
    offset: number;
}

export async function randomRequest(random: Random, server: FuzzedServer, uri: string, document: TextDocument, log: SentRequest[] = [], hangAfterMs = REQUEST_TIMEOUT_MS): Promise<Failure | undefined> {
    const offset = random.int(0, document.getText().length);
    const position = document.positionAt(offset);
    const textDocument = { uri };
    const kind = random.weighted({ completion: 30, hover: 20, definition: 15, formatting: 10, symbols: 15, semanticTokens: 10 });
    log.push({ kind, version: document.version, offset });
    const connection = server.server.connection;
    if (!server.alive) {
        return { kind: 'crash', detail: `the server is gone before ${kind}` };
    }
    const request = (() => {
        switch (kind) {
            case 'completion': return connection.sendRequest(CompletionRequest.type, { textDocument, position });
            case 'hover': return connection.sendRequest(HoverRequest.type, { textDocument, position });
            case 'definition': return connection.sendRequest(DefinitionRequest.type, { textDocument, position });
            case 'formatting': return connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 4, insertSpaces: true } });
            case 'symbols': return connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
            default: return connection.sendRequest(SemanticTokensRequest.type, { textDocument });
        }
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), hangAfterMs); });
    try {
        const outcome = await Promise.race([request.then(() => 'ok' as const), timeout]);
        if (outcome === 'timeout') {
            return { kind: 'hang', detail: `${kind} at ${position.line}:${position.character} unanswered after ${hangAfterMs} ms` };
        }
        return undefined;
    } catch (error) {
        const code = (error as { code?: number }).code;
        if (code !== undefined && CANCELLED.has(code)) return undefined;
        if (code === -32601) return undefined; // a feature this build does not offer
        return { kind: 'crash', detail: `${kind} at ${position.line}:${position.character} failed: ${(error as Error).message}` };
    } finally {
        clearTimeout(timer);
    }
}

/** The path of the first value where `a` and `b` differ, and both values there. */
export function firstDifference(a: unknown, b: unknown, at = 'model'): string {
    if (isDeepStrictEqual(a, b)) return '';
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        for (const key of keys) {
            const left = (a as Record<string, unknown>)[key];
            const right = (b as Record<string, unknown>)[key];
            if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${at}.${key}`);
        }
    }
    return `${at}: ${JSON.stringify(a)?.slice(0, 200)} (from deltas) ≠ ${JSON.stringify(b)?.slice(0, 200)} (whole)`;
}

function diagnosticKey(d: Diagnostic): string {
    return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;
}

export function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): string | undefined {
    const left = a.map(diagnosticKey).sort();
    const right = b.map(diagnosticKey).sort();
    if (left.join('\n') === right.join('\n')) return undefined;
    const onlyIncremental = left.filter(k => !right.includes(k)).slice(0, 5);
    const onlyFresh = right.filter(k => !left.includes(k)).slice(0, 5);
    return `after incremental edits only:\n  ${onlyIncremental.join('\n  ')}\nfrom a fresh parse only:\n  ${onlyFresh.join('\n  ')}`;
}

export interface BatchResult {
    text: string;
    version: number;
    requests: number;
    /** What was asked, in order: a failure that needs a request to show is replayed from this. */
    sent: SentRequest[];
    failures: Failure[];
}

/**
 * Applies `edits` one by one (each a didChange), with random requests in between,
 * then checks the server is alive, answered everything, and that its diagnostics
 * equal those of the reference server given the final text from scratch.
 */
export async function runBatch(options: {
    random: Random; main: FuzzedServer; reference: FuzzedServer; uri: string; referenceName: string;
    text: string; version: number; edits: Edit[]; requestRate: number;
    /** How long a request may stay unanswered before it counts as a hang (default REQUEST_TIMEOUT_MS). */
    hangAfterMs?: number;
    /** The preview fed with the main server's models: its map is checked against a fresh render at the end. */
    webview?: WebviewMirror;
    /**
     * Now and then (its own random numbers: the edits stay those of the seed) waits after an edit until the
     * server has pushed its model, so that the model rebuilt from that push is compared with the server's whole model too.
     */
    settle?: { random: Random; rate: number };
}): Promise<BatchResult> {
    const { random, main, reference, uri } = options;
    let text = options.text;
    let version = options.version;
    const pending: Array<Promise<Failure | undefined>> = [];
    const sent: SentRequest[] = [];
    for (const edit of options.edits) {
        const document = TextDocument.create(uri, 'journey', version, text);
        version++;
        main.change(uri, document, edit, version);
        text = applyEdit(text, edit);
        if (random.chance(options.requestRate)) {
            pending.push(randomRequest(random, main, uri, TextDocument.create(uri, 'journey', version, text), sent, options.hangAfterMs));
        }
        if (options.settle?.random.chance(options.settle.rate) && main.alive) {
            await main.built(uri, version);
        }
    }
    const failures = (await Promise.all(pending)).filter((f): f is Failure => f !== undefined);
    const built = main.alive && await main.built(uri, version);
    const crash = main.crashReport();
    if (crash) return { text, version, requests: pending.length, sent, failures: [...failures, { kind: 'crash', detail: crash }] };
    if (!built) return { text, version, requests: pending.length, sent, failures: [...failures, { kind: 'hang', detail: `version ${version} never finished building` }] };

    // A check that throws is turned into a journey/internal-error diagnostic and the server goes on: still a crash of that check.
    const internal = (main.server.latestDiagnostics(uri) ?? []).find(d => d.code === 'journey/internal-error');
    if (internal) {
        failures.push({ kind: 'crash', detail: `${internal.range.start.line}:${internal.range.start.character}: ${internal.message}` });
    }

    // The answer to the last push's comparison has come once the server answers a request sent after it.
    await main.server.connection.sendRequest(ViewModelRequest, { uri }).catch(() => undefined);
    for (const detail of main.deltaMismatches()) {
        failures.push({ kind: 'mismatch', detail });
    }

    const webviewFailure = await options.webview?.check();
    if (webviewFailure) failures.push(webviewFailure);

    const referenceUri = reference.open(options.referenceName, text, version);
    const referenceBuilt = await reference.built(referenceUri, version);
    const expected = reference.server.latestDiagnostics(referenceUri) ?? [];
    reference.close(referenceUri);
    if (!referenceBuilt) {
        failures.push({ kind: 'hang', detail: `the reference server never built version ${version}` });
    } else {
        const mismatch = sameDiagnostics(main.server.latestDiagnostics(uri) ?? [], expected);
        if (mismatch) failures.push({ kind: 'mismatch', detail: mismatch });
    }
    return { text, version, requests: pending.length, sent, failures };
}

export function generateEdits(random: Random, text: string, count: number, corpus: string[]): Edit[] {
    const edits: Edit[] = [];
    let current = text;
    for (let i = 0; i < count; i++) {
        const edit = randomEdit(random, current, corpus);
        edits.push(edit);
        current = applyEdit(current, edit);
    }
    return edits;
}

/** Writes what reproduces a failure: the text before the batch and its edits. */
export function writeReproduction(folder: string, name: string, content: object): string {
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, name);
    writeFileSync(file, JSON.stringify(content, undefined, 2));
    return file;
}
