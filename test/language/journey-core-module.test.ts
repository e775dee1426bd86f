import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyCoreServices } from '../../src/language/journey-core-module.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { exampleFiles } from '../helpers.js';

type Services = ReturnType<typeof createJourneyCoreServices> | ReturnType<typeof createJourneyServices>;

/** Every example and a file with errors, built as one workspace: each document's diagnostics, by file. */
async function diagnosticsOf(services: Services, files: Array<{ name: string; text: string }>) {
    const documents: LangiumDocument[] = files.map(({ name, text }) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///workspace/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return Object.fromEntries(documents.map(document => [document.uri.toString(), document.diagnostics]));
}

const BROKEN = [
    'owner Team "The team"',
    'owner Team "Again"',
    'kpi K "k" { owner Nobody target >= 120% }',
    'journey J {',
    '    stage S { touchpoint T { next T emotion 9 } }',
    '    stage S { touchpoint U { channel',
    '}'
].join('\n');

describe('journey-core-module: the language without the editor', () => {
    it('gives the same diagnostics as the language server\'s services, for every example and a broken file', async () => {
        const files = [...exampleFiles(), { name: 'broken.journey', text: BROKEN }];
        const core = await diagnosticsOf(createJourneyCoreServices(EmptyFileSystem), files);
        const full = await diagnosticsOf(createJourneyServices(EmptyFileSystem), files);
        assert.deepEqual(core, full);
        const broken = core['file:///workspace/broken.journey'] ?? [];
        assert.ok(broken.length >= 4, `the broken file has its errors: ${JSON.stringify(broken.map(d => d.code))}`);
    });

    it('has no LSP services', () => {
        const { Journey } = createJourneyCoreServices(EmptyFileSystem);
        assert.equal((Journey as { lsp?: unknown }).lsp, undefined);
    });
});
