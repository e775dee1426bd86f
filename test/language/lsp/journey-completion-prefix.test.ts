import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { JourneyCompletionProvider } from '../../../src/language/lsp/journey-completion-provider.js';
import { condensedPrefix } from '../../../src/language/lsp/journey-completion-prefix.js';
import { exampleFiles } from '../../helpers.js';
import { generateJourney } from '../../../bench/generate.js';

/** The same provider with Langium's whole-prefix parse and whole-text lexing. */
class WholePrefixCompletion extends JourneyCompletionProvider {
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        return DefaultCompletionProvider.prototype['findFeaturesAt'].call(this, textDocument, offset);
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        return DefaultCompletionProvider.prototype['backtrackToAnyToken'].call(this, text, offset);
    }
}

const services = createJourneyServices(EmptyFileSystem);
const fast = services.Journey.lsp.CompletionProvider!;
const whole = new WholePrefixCompletion(services.Journey);
let counter = 0;

async function load(text: string): Promise<LangiumDocument> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///prefix/${counter++}.journey`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document]);
    return document;
}

/** Every token start and end, and a few offsets inside tokens. */
function offsets(text: string, every = 1): number[] {
    const result = new Set<number>();
    const lexed = services.Journey.parser.Lexer.tokenize(text);
    lexed.tokens.forEach((token, i) => {
        if (i % every === 0) {
            result.add(token.startOffset);
            result.add(token.startOffset + token.image.length);
            result.add(token.startOffset + Math.floor(token.image.length / 2));
        }
    });
    result.add(text.length);
    return [...result].sort((a, b) => a - b);
}

async function sameCompletions(document: LangiumDocument, every = 1): Promise<number> {
    let compared = 0;
    for (const offset of offsets(document.textDocument.getText(), every)) {
        const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
        const summary = async (provider: typeof fast) => ((await provider.getCompletion(document, params))?.items ?? [])
            .map(item => `${item.label}|${item.kind}|${JSON.stringify(item.textEdit)}`).sort();
        assert.deepEqual(await summary(fast), await summary(whole), `offset ${offset}: ${JSON.stringify(document.textDocument.getText().slice(Math.max(0, offset - 30), offset))}`);
        compared++;
    }
    return compared;
}

describe('completion on a shortened prefix', () => {
    it('leaves out the complete stages and touchpoints before the cursor', async () => {
        const document = await load('owner O\njourney J {\n    owner O\n    stage A { touchpoint A1 }\n    stage B {\n        goal "g"\n        touchpoint B1 { channel web }\n        touchpoint B2 { channel ');
        const prefix = condensedPrefix(document, document.textDocument.getText().length);
        assert.equal(prefix, 'journey J {\n    owner O\n    stage B {\n        goal "g"\n        touchpoint B2 { channel ');
    });

    it('does not cut at or after a syntax error', async () => {
        const text = 'owner O\njourney J {\n    stage A { touchpoint A1 { channel nope } }\n    stage B { touchpoint B1 }\n    stage C { touchpoint C1 { ';
        const document = await load(text);
        const prefix = condensedPrefix(document, text.length);
        assert.equal(prefix, text.slice(text.indexOf('journey')), 'cut before the journey, which holds the error, and no further');
    });

    for (const example of exampleFiles()) {
        it(`offers the same items as a whole-prefix parse at every token of ${example.name}`, async () => {
            const compared = await sameCompletions(await load(example.text));
            assert.ok(compared > 100);
        });
    }

    it('offers the same items in a generated journey', async () => {
        await sameCompletions(await load(generateJourney(400)), 3);
    });

    it('offers the same items in documents with a token left out (syntax errors)', async () => {
        const text = exampleFiles().find(f => f.name === 'webshop.journey')!.text;
        const tokens = services.Journey.parser.Lexer.tokenize(text).tokens;
        for (const fraction of [0.02, 0.15, 0.3, 0.5, 0.7, 0.9]) {
            const token = tokens[Math.floor(fraction * tokens.length)];
            const broken = text.slice(0, token.startOffset) + text.slice(token.startOffset + token.image.length);
            await sameCompletions(await load(broken), 4);
        }
    });
});
