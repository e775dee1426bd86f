/**
 * `npm run fuzz -- --edits N --seed S [--batch B] [--memory] [--cli N] [--splice N] [--webview on|off] [--out DIR]`
 *
 * Drives the built language server over stdio with random edits and requests, and
 * checks after every batch that it is alive, answered within 2 s, logged no error,
 * and that its diagnostics equal a fresh parse of the same text, that the view models
 * rebuilt from its pushed deltas equal its whole models of the same versions, and that the preview
 * fed its view models as updates draws what a fresh page draws. Prints one summary
 * line and exits 1 when any crash, hang or mismatch was seen, writing what
 * reproduces each failure to a file. `--splice N`: N edits applied in process to a document
 * updated through the stage splice and to one parsed whole, compared after each edit
 * (AST, CST, links, diagnostics; splice-fuzz.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../helpers.js';
import { fuzzCli } from './cli-fuzz.js';
import { measureMemory } from './memory.js';
import { minimise } from './minimise.js';
import { Random } from './random.js';
import { FuzzedServer, generateEdits, runBatch, writeReproduction, type Failure } from './server-fuzz.js';
import { fuzzSplice } from './splice-fuzz.js';
import { WebviewMirror } from './webview-mirror.js';

const { values } = parseArgs({
    options: {
        edits: { type: 'string', default: '2000' },
        seed: { type: 'string', default: '1' },
        batch: { type: 'string', default: '20' },
        'request-rate': { type: 'string', default: '0.3' },
        memory: { type: 'boolean', default: false },
        /** `on`: feed the preview script (in jsdom) the server's models as deltas, and check its map after every batch; `off`: not. */
        webview: { type: 'string', default: 'on' },
        cycles: { type: 'string', default: '10000' },
        cli: { type: 'string', default: '0' },
        splice: { type: 'string', default: '0' },
        out: { type: 'string', default: path.join(ROOT, '.test-output', 'fuzz') }
    }
});

const edits = Number(values.edits);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const examples = Object.fromEntries(readdirSync(path.join(ROOT, 'examples'))
    .filter(name => name.endsWith('.journey'))
    .map(name => [name, readFileSync(path.join(ROOT, 'examples', name), 'utf8')]));
const corpus = Object.values(examples);

const counts = { edits: 0, requests: 0, crashes: 0, hangs: 0, mismatches: 0 };
const reproductions: string[] = [];

async function fuzzServer(): Promise<void> {
    const random = new Random(seed);
    let main = await FuzzedServer.start(examples);
    const reference = await FuzzedServer.start(examples);
    const name = 'fuzzed.journey';
    let text = random.pick(corpus);
    let version = 1;
    // Its own random numbers, so that the edits of a seed are the same with or without it.
    const webview = values.webview !== 'off' ? new WebviewMirror(new Random(seed + 1)) : undefined;
    const settle = { random: new Random(seed + 2), rate: 0.2 };
    const watch = (server: FuzzedServer) => {
        server.onModel = (modelUri, model) => { if (modelUri === uri) webview?.accept(modelUri, model); };
    };
    watch(main);
    let uri = main.open(name, text, version);
    const started = Date.now();
    for (let batch = 0; counts.edits < edits; batch++) {
        const batchEdits = generateEdits(random, text, Math.min(batchSize, edits - counts.edits), corpus);
        const before = { text, version };
        const result = await runBatch({ random, main, reference, uri, referenceName: name, text, version, edits: batchEdits, requestRate: Number(values['request-rate']), webview, settle });
        counts.edits += batchEdits.length;
        counts.requests += result.requests;
        for (const failure of result.failures) {
            countFailure(failure);
        }
        if (result.failures.length > 0) {
            const small = await minimise(examples, name, before.text, batchEdits, result.failures[0].kind);
            const file = writeReproduction(values.out!, `failure-seed${seed}-batch${batch}.json`, {
                seed, batch, failures: result.failures, text: small.text, edits: small.edits,
                originalEditCount: batchEdits.length, firstVersion: before.version,
                // Requests are listed against the unminimised edits (version = firstVersion + edits applied).
                requests: result.sent, unminimisedEdits: small.edits.length < batchEdits.length ? batchEdits : undefined
            });
            reproductions.push(file);
            console.log(`failure in batch ${batch} (${result.failures.map(f => f.kind).join(', ')}): reproduction written to ${file}`);
            if (!main.alive || result.failures.some(f => f.kind === 'hang')) {
                // Start over from a clean server so the rest of the run still means something.
                addPushCounts(main);
                await main.dispose();
                main = await FuzzedServer.start(examples);
                watch(main);
                uri = main.open(name, result.text, result.version);
                await main.built(uri, result.version);
            }
            main.errors.length = 0;
        }
        text = result.text;
        version = result.version;
        if (batch % 50 === 49) {
            console.error(`… ${counts.edits} edits, ${counts.requests} requests, ${Math.round((Date.now() - started) / 1000)} s`);
        }
    }
    addPushCounts(main);
    await main.dispose();
    await reference.dispose();
    if (webview) {
        webviewCounts = webview.counts;
        webview.dispose();
    }
}

let webviewCounts: WebviewMirror['counts'] | undefined;
/** The main server's view model pushes: whole, as deltas, and deltas checked against its whole model of the same version. */
const pushCounts = { pushes: 0, whole: 0, deltas: 0, compared: 0, resyncs: 0 };

function addPushCounts(server: FuzzedServer): void {
    for (const key of Object.keys(pushCounts) as Array<keyof typeof pushCounts>) {
        pushCounts[key] += server.deltas[key];
    }
}

function countFailure(failure: Failure): void {
    if (failure.kind === 'crash') counts.crashes++;
    else if (failure.kind === 'hang') counts.hangs++;
    else counts.mismatches++;
}

if (edits > 0) {
    await fuzzServer();
}
if (Number(values.cli) > 0) {
    const cli = await fuzzCli(new Random(seed), corpus, Number(values.cli), values.out!);
    counts.crashes += cli.crashes;
    reproductions.push(...cli.reproductions);
    console.log(`cli: files: ${cli.files}, runs: ${cli.runs}, crashes: ${cli.crashes}`);
}
if (Number(values.splice) > 0) {
    const splice = await fuzzSplice(new Random(seed), corpus, Number(values.splice), values.out!);
    counts.crashes += splice.crashes;
    counts.mismatches += splice.mismatches;
    reproductions.push(...splice.reproductions);
    console.log(`splice: edits: ${splice.edits}, spliced: ${splice.spliced}, parsed whole: ${splice.full}, stages revalidated: ${splice.stagesChecked}, kept: ${splice.stagesReused}, mismatches: ${splice.mismatches}, crashes: ${splice.crashes}`);
}
if (values.memory) {
    const memory = await measureMemory(Number(values.cycles));
    console.log(`memory: ${memory.cycles} edit/undo cycles on a ${memory.lines}-line journey: heap ${memory.beforeMb.toFixed(1)} MB before, ${memory.afterMb.toFixed(1)} MB after (${memory.growthPercent >= 0 ? '+' : ''}${memory.growthPercent.toFixed(2)}%)`);
    if (Math.abs(memory.growthPercent) > 5) {
        console.log('memory: heap grew by more than 5%');
        process.exitCode = 1;
    }
}
if (pushCounts.pushes > 0) {
    const p = pushCounts;
    console.log(`view model pushes: ${p.pushes}, ${p.whole} whole, ${p.deltas} deltas (${p.compared} compared with the server's whole model of the same version, ${p.resyncs} not fitting the model held)`);
}
if (webviewCounts) {
    const w = webviewCounts;
    console.log(`webview: ${w.models} models, ${w.updates} as updates, ${w.lost} of them lost on the way, ${w.wholeAgain} whole models asked for again; its map checked against a fresh render after every batch`);
}
console.log(`edits: ${counts.edits}, requests: ${counts.requests}, crashes: ${counts.crashes}, hangs: ${counts.hangs}, mismatches: ${counts.mismatches}`);
if (counts.crashes + counts.hangs + counts.mismatches > 0) {
    process.exitCode = 1;
}
