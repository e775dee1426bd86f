import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { isJourney, isJourneyFile, isContinuesProperty } from '../../src/language/generated/ast.js';
import { createCommandServices, loadWorkspace } from '../../src/cli/workspace.js';

describe('command services: journey check builds without a reference index', () => {
    let folder: string;
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-workspace-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const files = () => [
        { file: path.join(folder, 'a.journey'), text: 'journey A {\n    owner Team\n    stage S {\n        touchpoint T { owner Team continues B.Welcome }\n    }\n}\n' },
        { file: path.join(folder, 'b.journey'), text: 'owner Team "The team"\nowner Unused "Nobody"\njourney B {\n    stage Welcome { touchpoint Hello { } }\n}\n' },
        { file: path.join(folder, 'c.journey'), text: 'journey C { owner Missing }\n' }
    ];

    const summary = (documents: LangiumDocument[]) =>
        documents.map(document => (document.diagnostics ?? []).map(d => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`));

    it('resolves references across files and reports the same diagnostics as with the index', async () => {
        const indexed = await loadWorkspace(files(), { services: createCommandServices() });
        const unindexed = await loadWorkspace(files(), { services: createCommandServices(undefined, { indexesReferences: false }) });
        assert.deepEqual(summary(unindexed.documents), summary(indexed.documents));
        // The cross-file reference resolved: only c's owner is unknown, and b's unused owner is still found unused.
        const codes = summary(unindexed.documents).flat().map(line => line.split(' ')[0]);
        assert.deepEqual(codes.filter(code => code === 'journey/unresolved-reference').length, 1, JSON.stringify(summary(unindexed.documents)));
        assert.ok(codes.includes('journey/unused-definition'), JSON.stringify(summary(unindexed.documents)));
        const a = unindexed.documents[0].parseResult.value;
        assert.ok(isJourneyFile(a) && isJourney(a.elements[0]));
        const continues = a.elements[0].stages[0].touchpoints[0].props.find(isContinuesProperty);
        assert.equal(continues?.stage?.ref?.name, 'Welcome');
    });

    it('indexes no references when told not to, and every reference otherwise', async () => {
        const indexed = await loadWorkspace(files(), { services: createCommandServices() });
        const unindexed = await loadWorkspace(files(), { services: createCommandServices(undefined, { indexesReferences: false }) });
        const count = (loaded: typeof indexed) => {
            const root = loaded.documents[1].parseResult.value;
            assert.ok(isJourneyFile(root));
            return loaded.shared.workspace.IndexManager.findAllReferences(root.elements[0], '/elements@0').count();
        };
        assert.equal(count(unindexed), 0);
        assert.equal(count(indexed), 2);
    });
});
