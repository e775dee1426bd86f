import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { exampleFiles } from '../helpers.js';

/** A small deterministic PRNG, so a failing case can be reproduced from its seed. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

const SNIPPETS = ['{', '}', '"', '.', ',', '-', '%', 'owner', 'next', 'stage ', 'touchpoint X', '/*', '//', '\n', ' ', 'Ω', 'emotion 9', 'measures'];

/** The text with a few random cuts and insertions: broken in the ways typing breaks it. */
function mangle(text: string, next: () => number): string {
    let result = text;
    const edits = 1 + Math.floor(next() * 4);
    for (let i = 0; i < edits; i++) {
        const at = Math.floor(next() * result.length);
        if (next() < 0.5) {
            result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 12));
        } else {
            result = result.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + result.slice(at);
        }
    }
    return result;
}

describe('editor features on broken text', function () {
    this.timeout(60000);

    it('answer every request without throwing, at random positions of mangled examples', async () => {
        const services = createJourneyServices(EmptyFileSystem);
        const { Journey } = services;
        const lsp = Journey.lsp;
        const examples = exampleFiles();
        const next = random(20261124);
        let requests = 0;
        for (let round = 0; round < 30; round++) {
            const documents: LangiumDocument[] = examples.map(({ name, text }) => {
                const document = services.shared.workspace.LangiumDocumentFactory.fromString(mangle(text, next), URI.parse(`file:///fuzz/${round}/${name}`));
                services.shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
            for (const document of documents) {
                const textDocument = { uri: document.uri.toString() };
                const length = document.textDocument.getText().length;
                const context = `round ${round}, ${document.uri.path}:\n${document.textDocument.getText()}`;
                try {
                    for (let i = 0; i < 12; i++) {
                        const position = document.textDocument.positionAt(Math.floor(next() * (length + 1)));
                        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                        await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
                        await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
                        await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
                        const range = await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
                        if (range) {
                            await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Renamed' });
                        }
                        requests += 7;
                    }
                    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(length) };
                    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } });
                    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
                    await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
                    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
                    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
                    await lsp.Formatter!.formatDocumentRange(document, { textDocument, range: whole, options: { tabSize: 4, insertSpaces: true } });
                    requests += 8;
                } catch (error) {
                    assert.fail(`${(error as Error).stack}\n${context}`);
                }
            }
            await services.shared.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
        }
        await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'a' });
        assert.ok(requests > 1000);
    });
});
