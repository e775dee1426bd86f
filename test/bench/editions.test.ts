import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildFirstEdition, FIRST_EDITION, load, missingHistory } from '../../bench/editions.js';
import { generateJourney } from '../../bench/generate.js';
import { MemoryFileSystem } from '../../bench/memory-file-system.js';

describe('bench: the first edition from git history', function () {
    this.timeout(120000);
    let folder: string;
    before(function () {
        // A shallow clone has no first edition: the bench then prints that it skipped.
        if (missingHistory()) this.skip();
        folder = mkdtempSync(path.join(tmpdir(), 'journey-edition1-'));
    });
    after(() => { if (folder) rmSync(folder, { recursive: true, force: true }); });

    it('names a commit that is not in the clone', () => {
        assert.equal(missingHistory('0'.repeat(40)), `commit ${'0'.repeat(40)} is not in this clone's history`);
    });

    it(`builds ${FIRST_EDITION}'s language, which parses and links the bench's generated file without errors`, async () => {
        const edition = load(await buildFirstEdition(folder));
        const fileSystem = new MemoryFileSystem();
        const services = edition.createJourneyServices({ fileSystemProvider: () => fileSystem });
        const text = generateJourney(1000);
        const parsed = services.Journey.parser.LangiumParser.parse(text);
        assert.deepEqual([...parsed.lexerErrors, ...parsed.parserErrors].map(e => e.message), []);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const document = LangiumDocumentFactory.fromString(text, edition.URI.parse('file:///edition1/generated.journey'));
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        assert.deepEqual(document.diagnostics?.filter(d => d.severity === 1).map(d => d.message), []);
        // The first edition has no `from` evidence: none of the second edition's hints.
        assert.equal(document.diagnostics?.some(d => d.code === 'pain-without-evidence'), false);
    });
});
