import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { firstSyntaxError } from '../../src/language/syntax-error-position.js';
import { buildViewModel } from '../../src/model/build-view-model.js';

async function parsedOnly(text: string) {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///x/open.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}

describe('syntax errors of a document built without validation', () => {
    it('places an error at the end of the file at the end of the file, not at line -2', async () => {
        const document = await parsedOnly('journey J {\n    stage S {\n');
        const model = buildViewModel(document);
        assert.ok(model.syntaxErrors.length > 0);
        for (const error of model.syntaxErrors) {
            assert.ok(error.range.start.line >= 0 && error.range.start.character >= 0, JSON.stringify(error.range));
        }
        assert.deepEqual(model.syntaxErrors[model.syntaxErrors.length - 1].range.start, { line: 2, character: 0 });
        assert.deepEqual(firstSyntaxError(document), { line: 3, column: 1, message: model.syntaxErrors[0].message });
    });

    it('gives lexer and parser errors in text order with 1-based positions for messages', async () => {
        const document = await parsedOnly('owner A "A"\nowner B \u0000\njourney { }\n');
        const first = firstSyntaxError(document);
        assert.equal(first?.line, 2);
        assert.equal(first?.column, 9);
    });
});
