// Language core: parse, link+validate, throughput, heap, a JSON.parse baseline,
// the one-file rebuild of a 200-file workspace, and a cold `journey check`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../src/language/journey-module.js';
import { generateJourney, generateWorkspace } from './generate.js';
import { builtBundle } from './built.js';
import { MemoryFileSystem } from './memory-file-system.js';
import { gc, median, round, timeRuns, type RunOptions, type Section } from './stats.js';

let runCounter = 0;

type Services = ReturnType<typeof createServices>;

interface CaseResult {
    name: string;
    lines: number;
    bytes: number;
    parseMs: number;
    buildMs: number;
    linkValidateMs: number;
    mbPerS: number;
    heapMb: number;
    jsonParseMs: number;
    ratioToJsonParse: number;
    rebuildMs?: number;
}

function createServices() {
    const fileSystem = new MemoryFileSystem();
    const services = createJourneyServices({ fileSystemProvider: () => fileSystem });
    return { ...services, fileSystem };
}

/** Builds `files` as one fresh workspace in `services`; returns the documents. */
async function buildFiles(services: Services, files: Record<string, string>): Promise<LangiumDocument[]> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const run = runCounter++;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${run}/${name}`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    return documents;
}

async function dropFiles(services: Services, documents: LangiumDocument[]): Promise<void> {
    await services.shared.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
}

/** The AST as plain JSON (no CST, no container links): the JSON.parse baseline's input. */
function astAsJson(services: Services, document: LangiumDocument): string {
    return services.Journey.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, sourceText: false });
}

async function measureCase(name: string, files: Record<string, string>, options: RunOptions): Promise<CaseResult> {
    const services = createServices();
    const texts = Object.values(files);
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const lines = texts.reduce((sum, text) => sum + text.split('\n').length - 1, 0);
    const parser = services.Journey.parser.LangiumParser;

    const parseTimes = await timeRuns(() => { for (const text of texts) parser.parse(text); }, options);
    const buildTimes = await timeRuns(async () => {
        const start = performance.now();
        const documents = await buildFiles(services, files);
        const elapsed = performance.now() - start;
        await dropFiles(services, documents);
        return elapsed;
    }, options);

    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const documents = await buildFiles(services, files);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    const json = documents.map(document => astAsJson(services, document));
    const jsonParseTimes = await timeRuns(() => { for (const text of json) JSON.parse(text); }, options);

    const result: CaseResult = {
        name, lines, bytes,
        parseMs: round(median(parseTimes)),
        buildMs: round(median(buildTimes)),
        linkValidateMs: round(median(buildTimes) - median(parseTimes)),
        mbPerS: round(bytes / 1024 / 1024 / (median(parseTimes) / 1000), 2),
        heapMb: round(heapMb),
        jsonParseMs: round(median(jsonParseTimes), 2),
        ratioToJsonParse: round(median(parseTimes) / median(jsonParseTimes))
    };
    if (documents.length > 1) {
        result.rebuildMs = round(median(await timeRuns(async i => {
            const document = documents[i % documents.length];
            services.fileSystem.texts.set(document.uri.toString(), document.textDocument.getText() + `\n// edit ${i}\n`);
            const start = performance.now();
            await services.shared.workspace.DocumentBuilder.update([document.uri], []);
            return performance.now() - start;
        }, options)));
    }
    await dropFiles(services, documents);
    return result;
}

function coldCheck(text: string, runs: number): number {
    const cli = builtBundle('cli/main.cjs');
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-bench-'));
    const file = path.join(folder, 'generated.journey');
    writeFileSync(file, text);
    const times: number[] = [];
    try {
        for (let i = 0; i < runs + 1; i++) {
            const start = performance.now();
            try {
                execFileSync(process.execPath, [cli, 'check', file], { stdio: 'ignore' });
            } catch (error) {
                if ((error as { status?: number }).status !== 1) throw error;
            }
            if (i > 0) times.push(performance.now() - start); // the first run warms the disk cache
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    return round(median(times));
}

export async function run({ quick }: { quick: boolean }): Promise<Section> {
    const options = quick ? { warmup: 1, runs: 3 } : { warmup: 2, runs: 7 };
    const cases: CaseResult[] = [];
    for (const lines of quick ? [1000, 10000] : [1000, 10000, 50000]) {
        cases.push(await measureCase(`${lines.toLocaleString('en')} lines`, { 'generated.journey': generateJourney(lines) }, options));
    }
    cases.push(await measureCase('200 files x 500 lines', generateWorkspace(200, 500), options));
    const coldCheckMs = coldCheck(generateJourney(10000), quick ? 3 : 7);
    return {
        key: 'core',
        title: 'Language core (medians over warm runs)',
        header: ['case', 'lines', 'KB', 'parse ms', 'link+validate ms', 'total ms', 'MB/s', 'heap MB', 'JSON.parse ms', 'x JSON.parse', 'rebuild ms'],
        rows: cases.map(c => [c.name, c.lines, round(c.bytes / 1024), c.parseMs, c.linkValidateMs, c.buildMs, c.mbPerS, c.heapMb, c.jsonParseMs, c.ratioToJsonParse, c.rebuildMs ?? '']),
        footer: `cold \`journey check\` of the 10,000-line file (whole process): ${coldCheckMs} ms`,
        json: { cases, coldCheckMs }
    };
}
