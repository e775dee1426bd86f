import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { MemoryFileSystem } from '../../bench/memory-file-system.js';
import { createJourneyCoreServices } from '../../src/language/journey-core-module.js';
import { buildViewModel, ViewModelCache } from '../../src/model/build-view-model.js';
import { applyEdit, randomEdit } from '../fuzz/edits.js';
import { Random } from '../fuzz/random.js';
import { ROOT } from '../helpers.js';
import { journeyWithTouchpoints } from '../../bench/render.js';

const example = (name: string) => readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** A workspace of the edited document and shared.journey (the definitions it references), updated as the server updates it. */
class Workspace {
    readonly fileSystem = new MemoryFileSystem();
    readonly services = createJourneyCoreServices({ fileSystemProvider: () => this.fileSystem });
    readonly uri = URI.parse('file:///workspace/edited.journey');
    readonly sharedUri = URI.parse('file:///workspace/shared.journey');
    readonly cache = new ViewModelCache();

    async open(text: string, shared = example('shared.journey')): Promise<void> {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = this.services.shared.workspace;
        this.fileSystem.texts.set(this.uri.toString(), text);
        this.fileSystem.texts.set(this.sharedUri.toString(), shared);
        const documents = [LangiumDocumentFactory.fromString(text, this.uri), LangiumDocumentFactory.fromString(shared, this.sharedUri)];
        documents.forEach(document => LangiumDocuments.addDocument(document));
        await DocumentBuilder.build(documents, { validation: true });
    }

    async change(text: string, uri = this.uri): Promise<void> {
        this.fileSystem.texts.set(uri.toString(), text);
        await this.services.shared.workspace.DocumentBuilder.update([uri], []);
    }

    get document(): LangiumDocument {
        return this.services.shared.workspace.LangiumDocuments.getDocument(this.uri)!;
    }

    /** The model built with the cache, checked against one built without. */
    build(): ReturnType<typeof buildViewModel> {
        const cached = buildViewModel(this.document, undefined, this.cache);
        assert.deepEqual(cached, buildViewModel(this.document));
        return cached;
    }
}

/** `text` with the first `find` after `after` replaced. */
function replaced(text: string, find: string, by: string, after = ''): string {
    const at = text.indexOf(find, text.indexOf(after));
    assert.ok(at >= 0, find);
    return text.slice(0, at) + by + text.slice(at + find.length);
}

describe('view model cache (stage views kept from the last build)', function () {
    this.timeout(60000);

    it('keeps the views of the stages a keystroke in another stage did not touch, the same objects', async () => {
        const workspace = new Workspace();
        // 5 stages of 10 touchpoints, each `next` within its stage, owners and KPIs of the file itself.
        let text = journeyWithTouchpoints(50);
        await workspace.open(text);
        const first = workspace.build();
        assert.deepEqual(workspace.cache.last, { kept: 0, built: 5 });

        text = replaced(text, '"Touchpoint 3 of stage 1"', '"Touchpoint 3 of stage one"');
        await workspace.change(text);
        const second = workspace.build();
        assert.equal(second.journeys[0].stages[1].touchpoints[3].title, 'Touchpoint 3 of stage one');
        // The edited stage is built; the others are kept, those after it too (their offsets moved, their lines and characters did not).
        assert.equal(second.journeys[0].stages[0], first.journeys[0].stages[0]);
        assert.notEqual(second.journeys[0].stages[1], first.journeys[0].stages[1]);
        assert.equal(second.journeys[0].stages[2], first.journeys[0].stages[2]);
        assert.deepEqual(workspace.cache.last, { kept: 4, built: 1 });

        // A `next` into another stage: the stage it is in reads a touchpoint of the edited stage, a new node, and is built too.
        text = replaced(text, 'next T1', 'next S2.T1', 'stage S0');
        await workspace.change(text);
        workspace.build();
        text = replaced(text, '"Touchpoint 5 of stage 2"', '"Touchpoint 5 of stage two"');
        await workspace.change(text);
        workspace.build();
        assert.deepEqual(workspace.cache.last, { kept: 3, built: 2 });
    });

    it('builds again the stages after a new line, and any stage whose references now lead elsewhere', async () => {
        const workspace = new Workspace();
        let text = journeyWithTouchpoints(50).replace(/^owner Owner0 .*$/m, '').replace(/^kpi Kpi0 .*$/m, '');
        // Owner0 and Kpi0 from the other document.
        await workspace.open(text, 'owner Owner0 "Team zero"\nkpi Kpi0 "Indicator zero" { target >= 5 }\n');
        const first = workspace.build();

        text = replaced(text, 'emotion 0', 'emotion 0\n', 'stage S2');
        await workspace.change(text);
        const second = workspace.build();
        assert.equal(second.journeys[0].stages[1], first.journeys[0].stages[1]);
        assert.deepEqual(workspace.cache.last, { kept: 2, built: 3 });

        // The other document changes: its definitions are new nodes, so every stage that reads one is built again (all: Owner0 owns a touchpoint in each).
        await workspace.change('owner Owner0 "Renamed team"\nkpi Kpi0 "Indicator zero" { target >= 5 }\n', workspace.sharedUri);
        const third = workspace.build();
        assert.deepEqual(workspace.cache.last, { kept: 0, built: 5 });
        assert.equal(third.journeys[0].stages[0].touchpoints[0].owner?.targetId, 'owner:Owner0');
        assert.equal(third.owners.find(owner => owner.name === 'Owner0')?.title, 'Renamed team');
    });

    it('builds a stage again when the ids it was given change (a duplicate name appears before it)', async () => {
        const workspace = new Workspace();
        let text = 'journey J {\n    stage A {\n        touchpoint T\n    }\n    stage B {\n        touchpoint T\n    }\n    stage C {\n        touchpoint U\n    }\n}\n';
        await workspace.open(text);
        workspace.build();
        // Stage B renamed to C: the stage after it, C, is now the second of that name.
        text = replaced(text, 'stage B', 'stage C');
        await workspace.change(text);
        const model = workspace.build();
        assert.deepEqual(model.journeys[0].stages.map(stage => stage.id), ['stage:J.A', 'stage:J.C', 'stage:J.C~2']);
        assert.equal(workspace.cache.last.kept, 1);
    });

    it('equals a build without the cache after each of 300 random edits of the examples', async () => {
        const random = new Random(7);
        const corpus = ['webshop.journey', 'kundereise.journey', 'bibliotek.journey'].map(example);
        const counts = { kept: 0, built: 0 };
        for (const start of corpus) {
            const workspace = new Workspace();
            let text = start;
            await workspace.open(text);
            workspace.build();
            for (let i = 0; i < 100; i++) {
                // Mostly keystrokes in a string or a number (the splice applies, stage views are kept), some anywhere
                // (the text may break: whole parses, nothing kept), and back to the example now and then.
                const kind = random.weighted({ keystroke: 60, newline: 10, anywhere: 20, back: 10 });
                if (kind === 'back') {
                    text = start;
                } else if (kind === 'anywhere') {
                    text = applyEdit(text, randomEdit(random, text, corpus));
                } else {
                    const spots = [...text.matchAll(kind === 'newline' ? /\n {8}\S/g : /"[^"\n]+"|\b\d+\b/g)].map(match => match.index + 1);
                    if (spots.length > 0) {
                        const at = random.pick(spots);
                        text = kind === 'newline' ? text.slice(0, at) + '\n' + text.slice(at) : text.slice(0, at) + random.pick(['x', '7', 'Å', '']) + text.slice(at + 1);
                    }
                }
                await workspace.change(text);
                workspace.build();
                counts.kept += workspace.cache.last.kept;
                counts.built += workspace.cache.last.built;
            }
        }
        assert.ok(counts.kept > 200 && counts.built > 200, JSON.stringify(counts));
    });
});
