import { strict as assert } from 'node:assert';
import type { Lexer } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { buildWorkspace, exampleFiles, workspaceUri } from '../helpers.js';
import { applyEdit, randomEdit } from './edits.js';
import { Random } from './random.js';

/** Mutated variants of the examples: a few random edits each, reproducible by seed. */
function mutants(count: number, seed: number, maxEdits: number): string[] {
    const random = new Random(seed);
    const corpus = exampleFiles().map(file => file.text);
    return Array.from({ length: count }, () => {
        let text = random.pick(corpus);
        for (let i = random.int(1, maxEdits); i > 0; i--) {
            text = applyEdit(text, randomEdit(random, text, corpus, 20000));
        }
        return text;
    });
}

const LAYOUT = [' ', '  ', '\n', '\n\n', '\t', '\r\n', ' // note\n', '/* c */', '\n/* multi\n line */\n', '    '];

/**
 * Variants that keep the tokens but scramble the layout (whitespace and comments
 * between tokens), plus one random edit in every fourth: most still parse, so the
 * formatter has work to do.
 */
function layoutMutants(count: number, seed: number, lexer: Lexer): string[] {
    const random = new Random(seed);
    const corpus = exampleFiles().map(file => file.text);
    return Array.from({ length: count }, (_, index) => {
        let text = random.pick(corpus);
        for (let i = random.int(1, 25); i > 0; i--) {
            // The gaps between tokens (never inside a string or a comment).
            const { tokens, hidden } = lexer.tokenize(text);
            const sorted = [...tokens, ...(hidden ?? [])].filter(t => !/^\s*$/.test(t.image)).sort((a, b) => a.startOffset - b.startOffset);
            const at = random.int(0, sorted.length - 2);
            const start = sorted[at].endOffset! + 1;
            const end = random.chance(0.5) ? sorted[at + 1].startOffset : start;
            text = text.slice(0, start) + random.pick(LAYOUT) + text.slice(end);
        }
        if (index % 4 === 0) {
            text = applyEdit(text, randomEdit(random, text, corpus, 20000));
        }
        return text;
    });
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'journey', 1, text), edits);
}

const errorCount = (diagnostics: Diagnostic[] = []) => diagnostics.filter(d => d.severity === 1).length;

describe('properties over mutated examples', function () {
    this.timeout(120000);

    it('formatting never loses or changes a token, only whitespace', async () => {
        const { services } = await buildWorkspace({});
        const lexer = services.Journey.parser.Lexer;
        const images = (text: string) => {
            const result = lexer.tokenize(text);
            return [...result.tokens, ...(result.hidden ?? [])]
                .filter(token => !/^\s*$/.test(token.image))
                .sort((a, b) => a.startOffset - b.startOffset)
                .map(token => token.image);
        };
        let formattedCount = 0;
        const variants = [...layoutMutants(200, 1234, lexer), ...mutants(100, 4321, 3)];
        for (const [index, text] of variants.entries()) {
            const formatted = services.Journey.lsp.Formatter.formatText(text);
            if (formatted === undefined) continue; // the formatter leaves text it cannot keep whole
            formattedCount++;
            assert.equal(formatted.replace(/\s+/g, ''), text.replace(/\s+/g, ''), `mutant ${index}: non-whitespace text changed`);
            assert.deepEqual(images(formatted), images(text), `mutant ${index}: tokens changed`);
            assert.equal(services.Journey.lsp.Formatter.formatText(formatted), formatted, `mutant ${index}: not idempotent`);
        }
        assert.ok(formattedCount > 100, `most variants are formatted (${formattedCount} of ${variants.length})`);
    });

    it('a quick fix never leaves more errors than before', async () => {
        const others = Object.fromEntries(exampleFiles().filter(f => f.name === 'shared.journey').map(f => [f.name, f.text]));
        let applied = 0;
        for (const [index, text] of mutants(40, 99, 4).entries()) {
            const { services, documents } = await buildWorkspace({ ...others, 'main.journey': text });
            const document = documents['main.journey'];
            const diagnostics = document.diagnostics ?? [];
            const before = Object.values(documents).reduce((sum, d) => sum + errorCount(d.diagnostics), 0);
            const actions = (services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) },
                context: { diagnostics }
            }) ?? []) as CodeAction[];
            for (const action of actions.slice(0, 6)) {
                const changes = action.edit?.changes ?? {};
                const { documents: fixed } = await buildWorkspace(Object.fromEntries(
                    Object.entries({ ...others, 'main.journey': text }).map(([name, original]) => {
                        const edits = changes[workspaceUri(name).toString()];
                        return [name, edits ? applyTextEdits(original, edits) : original];
                    })));
                const after = Object.values(fixed).reduce((sum, d) => sum + errorCount(d.diagnostics), 0);
                assert.ok(after <= before, `mutant ${index}, "${action.title}": ${before} errors before, ${after} after`);
                applied++;
            }
        }
        assert.ok(applied > 20, `quick fixes were tried (${applied})`);
    });
});
