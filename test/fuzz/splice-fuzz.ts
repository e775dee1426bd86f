// Edit by edit, a document updated through the stage splice (src/language/stage-splice.ts)
// against the same text parsed whole: AST, CST, links, the reference index and diagnostics must be equal.
// The spliced document is also linked, indexed and validated incrementally (incremental-build.ts).
import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, isAstNode, isReference, URI, type CstNode, type LangiumDocument, type ReferenceDescription } from 'langium';
import { MemoryFileSystem } from '../../bench/memory-file-system.js';
import { createJourneyCoreServices, type JourneyCoreServices } from '../../src/language/journey-core-module.js';
import type { JourneyDocumentFactory } from '../../src/language/journey-document-factory.js';
import type { JourneyDocumentValidator } from '../../src/language/validation/journey-document-validator.js';
import { applyEdit, randomEdit, TOKENS, type Edit } from './edits.js';
import type { Random } from './random.js';

/** A workspace of one document, updated as the server updates it. */
export class SpliceWorkspace {
    readonly fileSystem = new MemoryFileSystem();
    readonly services: ReturnType<typeof createJourneyCoreServices>;
    readonly uri = URI.parse('file:///workspace/fuzzed.journey');
    document!: LangiumDocument;

    constructor(splicing: boolean) {
        this.services = createJourneyCoreServices({ fileSystemProvider: () => this.fileSystem });
        this.factory.splicing = splicing;
    }

    get factory(): JourneyDocumentFactory {
        return this.services.shared.workspace.LangiumDocumentFactory as JourneyDocumentFactory;
    }

    get validator(): JourneyDocumentValidator {
        return this.services.Journey.validation.DocumentValidator as JourneyDocumentValidator;
    }

    async open(text: string): Promise<void> {
        this.fileSystem.texts.set(this.uri.toString(), text);
        this.document = this.services.shared.workspace.LangiumDocumentFactory.fromString(text, this.uri);
        this.services.shared.workspace.LangiumDocuments.addDocument(this.document);
        await this.services.shared.workspace.DocumentBuilder.build([this.document], { validation: true });
    }

    async change(text: string): Promise<void> {
        this.fileSystem.texts.set(this.uri.toString(), text);
        await this.services.shared.workspace.DocumentBuilder.update([this.uri], []);
    }

    /** Everything a parse and a build produce, as plain data (see describeDocument). */
    describe(): unknown {
        return describeDocument(this.services.Journey, this.document);
    }
}

/**
 * The document's parse and build as plain data: every CST node (kind, grammar element,
 * offsets, range, token type), every AST node (type, place in its container, its CST
 * node's range, its values, each reference's text, node and target), the document's
 * references in their order, the workspace index of them and the diagnostics.
 * Two documents of the same text describe alike when the splice did its work right.
 */
export function describeDocument(services: JourneyCoreServices, document: LangiumDocument): unknown {
    const locator = services.workspace.AstNodeLocator;
    const grammar = (node: CstNode) => (node.grammarSource ? locator.getAstNodePath(node.grammarSource) : '');
    const position = (node: CstNode | undefined) => node && [node.offset, node.end, node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character];
    const cst: unknown[] = [];
    const walkCst = (node: CstNode, depth: number) => {
        const content = (node as { content?: CstNode[] }).content;
        cst.push([depth, content ? 'composite' : 'leaf', grammar(node), node.hidden, position(node), content ? content.length : node.text,
            content ? undefined : (node as { tokenType?: { name: string } }).tokenType?.name]);
        if (content) {
            for (const child of content) {
                if (child.container !== node) cst.push(['wrong container', depth + 1]);
                walkCst(child, depth + 1);
            }
        }
    };
    const root = document.parseResult.value;
    if (root.$cstNode) walkCst(root.$cstNode, 0);
    const ast: unknown[] = [];
    for (const node of AstUtils.streamAst(root)) {
        const values: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            values[key] = describeValue(value, services);
        }
        const container = node.$container as unknown as Record<string, unknown> | undefined;
        const inContainer = container && node.$containerProperty
            ? (node.$containerIndex === undefined ? container[node.$containerProperty] : (container[node.$containerProperty] as unknown[])[node.$containerIndex]) === node
            : node === root;
        ast.push([node.$type, node.$containerProperty, node.$containerIndex, inContainer, node.$cstNode?.astNode === node, position(node.$cstNode), values]);
    }
    // The workspace's index of the document's references (what find references and rename read).
    const referenceIndex = (services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> })
        .referenceIndex.get(document.uri.toString()) ?? [];
    const index = referenceIndex.map(d => [d.sourceUri.toString(), d.sourcePath, d.targetUri.toString(), d.targetPath, d.segment, d.local]);
    return {
        text: root.$cstNode?.root.fullText,
        lexerErrors: document.parseResult.lexerErrors.map(e => [e.offset, e.length, e.message]),
        parserErrors: document.parseResult.parserErrors.map(e => [e.token.startOffset, e.message]),
        cst, ast,
        references: document.references.map(reference => [reference.$refText, reference.$refNode?.offset, reference.error?.message]),
        index,
        diagnostics: document.diagnostics
    };
}

function describeValue(value: unknown, services: JourneyCoreServices): unknown {
    if (Array.isArray(value)) return value.map(item => describeValue(item, services));
    if (isReference(value)) {
        const target = value.ref;
        return { refText: value.$refText, node: value.$refNode && [value.$refNode.offset, value.$refNode.end],
            target: target && `${AstUtils.getDocument(target).uri}#${services.workspace.AstNodeLocator.getAstNodePath(target)}`,
            error: value.error?.message };
    }
    if (isAstNode(value)) return `node ${value.$type}`;
    return value;
}

export interface SpliceFuzzResult {
    edits: number;
    spliced: number;
    full: number;
    mismatches: number;
    crashes: number;
    /** Stages whose diagnostics an incremental validation took from the one before, and stages it checked. */
    stagesReused: number;
    stagesChecked: number;
    reproductions: string[];
}

/**
 * What typing in a stage looks like: after a `stage` keyword, often right inside a string
 * (a title, a pain), a letter, a token, a new line or a deletion of a few characters.
 */
function typingEdit(random: Random, text: string): Edit | undefined {
    const stages = [...text.matchAll(/\bstage\b/g)].map(match => match.index);
    if (stages.length === 0) return undefined;
    const from = random.pick(stages) + 6;
    let start = Math.min(text.length, from + random.int(0, 600));
    if (random.chance(0.5)) {
        const quote = text.indexOf('"', start);
        if (quote >= 0) start = quote + 1;
    }
    const span = random.chance(0.7) ? 0 : random.int(1, 6);
    const typed = random.weighted({ letter: 50, token: 30, newline: 10, none: 10 });
    const insert = typed === 'letter' ? random.pick(['a', 'W', 'ø', ' ', '1', '"', '😀'])
        : typed === 'token' ? random.pick(TOKENS) : typed === 'newline' ? random.pick(['\n        ', '\r\n', '\n']) : '';
    return { start, end: Math.min(text.length, start + span), text: insert };
}

/**
 * `count` edits (typing inside stages, and the server fuzzer's random edits), each applied
 * to a spliced and a whole-parse workspace; after each, their descriptions must be equal.
 * A text that no longer parses goes back, now and then, to the last one that did.
 */
export async function fuzzSplice(random: Random, corpus: string[], count: number, out: string): Promise<SpliceFuzzResult> {
    const result: SpliceFuzzResult = { edits: 0, spliced: 0, full: 0, mismatches: 0, crashes: 0, stagesReused: 0, stagesChecked: 0, reproductions: [] };
    let text = random.pick(corpus);
    const spliced = new SpliceWorkspace(true);
    const whole = new SpliceWorkspace(false);
    await spliced.open(text);
    await whole.open(text);
    let lastValid = text;
    for (let i = 0; i < count; i++) {
        const hasErrors = spliced.document.parseResult.parserErrors.length + spliced.document.parseResult.lexerErrors.length > 0;
        let next: string;
        if (hasErrors && random.chance(0.7)) {
            next = lastValid;
        } else if (random.chance(0.02)) {
            next = random.pick(corpus);
        } else {
            const edit = (random.chance(0.8) ? typingEdit(random, text) : undefined) ?? randomEdit(random, text, corpus, 20000);
            next = applyEdit(text, edit);
        }
        const before = text;
        text = next;
        result.edits++;
        try {
            await spliced.change(text);
            await whole.change(text);
        } catch (error) {
            result.crashes++;
            result.reproductions.push(reproduce(out, i, before, text, `crash: ${(error as Error).stack}`));
            return result;
        }
        const a = JSON.stringify(spliced.describe());
        const b = JSON.stringify(whole.describe());
        if (a !== b) {
            result.mismatches++;
            result.reproductions.push(reproduce(out, i, before, text, firstDifference(a, b)));
            // Go on from a clean state: both workspaces open the text afresh.
            await spliced.change('');
            await whole.change('');
            await spliced.change(text);
            await whole.change(text);
        }
        if (spliced.document.parseResult.parserErrors.length + spliced.document.parseResult.lexerErrors.length === 0) {
            lastValid = text;
        }
    }
    result.spliced = spliced.factory.counts.spliced;
    result.full = spliced.factory.counts.full;
    result.stagesReused = spliced.validator.counts.reused;
    result.stagesChecked = spliced.validator.counts.checked;
    return result;
}

function firstDifference(a: string, b: string): string {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return `spliced: …${a.slice(Math.max(0, i - 200), i + 200)}…\nwhole:   …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

function reproduce(out: string, index: number, before: string, after: string, detail: string): string {
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `splice-failure-${index}.json`);
    writeFileSync(file, JSON.stringify({ before, after, detail }, undefined, 2));
    return file;
}
