import { strict as assert } from 'node:assert';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { changedRange } from '../../src/language/stage-splice.js';
import type { JourneyDocumentFactory } from '../../src/language/journey-document-factory.js';
import { buildWorkspace, exampleFiles } from '../helpers.js';
import { fuzzSplice, SpliceWorkspace } from '../fuzz/splice-fuzz.js';
import { Random } from '../fuzz/random.js';

const FILE = [
    'owner Team "The team"',
    'kpi Speed "Speed" { owner Team target >= 1 current 2 }',
    'journey J "Journey" {',
    '    owner Team',
    '    stage A "First" {',
    '        touchpoint X "Visit" { owner Team pain "Slow" measures Speed }',
    '        touchpoint Y { owner Team }',
    '    } stage B { touchpoint Z { owner Team next A.X } } // after B',
    '    stage C { touchpoint W { owner Team next B.Z } }',
    '}',
    'persona P "Someone"',
    ''
].join('\n');

/** `text` opened, then changed to `next`, with splicing; and `next` parsed whole. Both described. */
async function update(text: string, next: string) {
    const spliced = new SpliceWorkspace(true);
    await spliced.open(text);
    await spliced.change(next);
    const whole = new SpliceWorkspace(false);
    await whole.open(text);
    await whole.change(next);
    return { spliced, whole, counts: { ...spliced.factory.counts } };
}

function insertAt(text: string, anchor: string, insert: string, offsetInAnchor = anchor.length): string {
    const at = text.indexOf(anchor);
    assert.ok(at >= 0, `no '${anchor}'`);
    return text.slice(0, at + offsetInAnchor) + insert + text.slice(at + offsetInAnchor);
}

describe('stage-splice: re-parsing only the stage an edit falls in', () => {
    it('finds the changed range from the two texts', () => {
        assert.deepEqual(changedRange('abcdef', 'abXcdef'), { start: 2, oldEnd: 2, delta: 1 });
        assert.deepEqual(changedRange('abcdef', 'abef'), { start: 2, oldEnd: 4, delta: -2 });
        assert.deepEqual(changedRange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, delta: 1 });
        assert.deepEqual(changedRange('abc', 'xyz'), { start: 0, oldEnd: 3, delta: 0 });
    });

    it('splices a keystroke in a string and gives what a whole parse gives', async () => {
        const { spliced, whole, counts } = await update(FILE, insertAt(FILE, 'pain "Slo', 'w'));
        assert.deepEqual(counts, { spliced: 1, full: 0 });
        assert.deepEqual(spliced.describe(), whole.describe());
    });

    it('moves what follows on the closing brace\'s line and on later lines, and relinks references into and out of the stage', async () => {
        // The edit adds two lines to stage A; stage B starts on the line where A ends, C refers to B, B to A.
        const next = insertAt(FILE, 'touchpoint Y { owner Team }', '\n        touchpoint V { owner Team }\n       ');
        const { spliced, whole, counts } = await update(FILE, next);
        assert.deepEqual(counts, { spliced: 1, full: 0 });
        assert.deepEqual(spliced.describe(), whole.describe());
        const description = JSON.stringify(spliced.describe());
        assert.ok(!description.includes('"error"') && description.includes('#/elements@2/stages@0/touchpoints@0'), 'next A.X resolves after the splice');
    });

    it('reports what the edited stage now gets wrong, as a whole parse does', async () => {
        const next = FILE.replace('touchpoint Y { owner Team }', 'touchpoint X { owner Team }');
        const { spliced, whole, counts } = await update(FILE, next);
        assert.deepEqual(counts, { spliced: 1, full: 0 });
        assert.deepEqual(spliced.describe(), whole.describe());
        assert.ok((spliced.document.diagnostics ?? []).some(d => d.code === 'duplicate-name' || String(d.code).includes('duplicate')),
            JSON.stringify(spliced.document.diagnostics?.map(d => d.code)));
    });

    it('parses the whole text when the edit can change the file\'s structure or lies outside every stage', async () => {
        const cases: Record<string, string> = {
            'a closing brace in a stage': insertAt(FILE, 'pain "Slow" ', '} '),
            'an opening brace in a stage': insertAt(FILE, 'pain "Slow" ', '{ '),
            'an unclosed comment in a stage': insertAt(FILE, 'pain "Slow" ', '/* '),
            'an unclosed string in a stage': insertAt(FILE, 'pain "Slow" ', '"'),
            'the stage keyword': insertAt(FILE, 'stage A', 'x', 2),
            'the stage\'s closing brace': FILE.replace('    } stage B', '    ] stage B'),
            'a top-level definition': insertAt(FILE, 'persona P "Some', 'x'),
            'between two stages': insertAt(FILE, '    } stage B', ' ', 5),
            'across two stages': FILE.replace('owner Team }\n    } stage B { touchpoint Z', 'owner Team } touchpoint Z')
        };
        for (const [what, next] of Object.entries(cases)) {
            const { spliced, whole, counts } = await update(FILE, next);
            assert.deepEqual(counts, { spliced: 0, full: 1 }, what);
            assert.deepEqual(spliced.describe(), whole.describe(), what);
        }
    });

    it('parses the whole text after a text with errors, and splices again once it parses', async () => {
        const broken = insertAt(FILE, 'pain "Slow" ', '} ');
        const spliced = new SpliceWorkspace(true);
        await spliced.open(broken);
        await spliced.change(insertAt(broken, 'touchpoint Y', 'Q'));
        assert.deepEqual(spliced.factory.counts, { spliced: 0, full: 1 });
        await spliced.change(FILE);
        await spliced.change(insertAt(FILE, 'touchpoint Y', 'Q'));
        assert.deepEqual(spliced.factory.counts, { spliced: 1, full: 2 });
        const whole = new SpliceWorkspace(false);
        await whole.open(insertAt(FILE, 'touchpoint Y', 'Q'));
        assert.deepEqual(spliced.describe(), whole.describe());
    });

    it('keeps line and column right in a file with CRLF line ends and non-ASCII text', async () => {
        const crlf = FILE.replace(/\n/g, '\r\n').replace('"Visit"', '"Besøg 😀"');
        const next = insertAt(crlf, 'pain "Sl', 'ø😀\r\n        ', 0).replace('pain "ø😀\r\n        Slow"', 'pain "Slow" ø');
        const edited = insertAt(crlf, 'touchpoint Y { owner Team }', '\r\n        touchpoint Æ "Ærø" { owner Team }');
        for (const text of [edited, next]) {
            const { spliced, whole } = await update(crlf, text);
            assert.deepEqual(spliced.describe(), whole.describe());
        }
        assert.equal((await update(crlf, edited)).counts.spliced, 1);
    });

    it('is what the language server\'s services update documents with', async () => {
        const { services, change } = await buildWorkspace({ 'main.journey': FILE });
        const document = await change('main.journey', insertAt(FILE, 'pain "Slo', 'w'));
        assert.deepEqual((services.shared.workspace.LangiumDocumentFactory as JourneyDocumentFactory).counts, { spliced: 1, full: 0 });
        assert.equal(document.parseResult.value.$cstNode?.root.fullText, insertAt(FILE, 'pain "Slo', 'w'));
    });

    it('links, indexes and validates only the edited stage, keeping what the others had', async () => {
        const { spliced, whole } = await update(FILE, insertAt(FILE, 'pain "Slo', 'w'));
        assert.deepEqual(spliced.describe(), whole.describe());
        // A and C checked at the open; after the edit of A, only A is checked again: B (whose next A.X points into A) too.
        assert.deepEqual(spliced.validator.counts, { reused: 1, checked: 3 + 2 });
        assert.deepEqual(whole.validator.counts, { reused: 0, checked: 3 + 3 });
    });

    it('keeps every stage\'s references and diagnostics when an update leaves the text as it was', async () => {
        const { spliced, whole } = await update(FILE, FILE);
        assert.deepEqual(spliced.describe(), whole.describe());
        assert.deepEqual(spliced.validator.counts, { reused: 3, checked: 3 });
        assert.deepEqual(spliced.factory.counts, { spliced: 0, full: 0 });
    });

    it('finishes an incremental update that a newer edit cancels, so that the next update splices too', async () => {
        const edited = insertAt(FILE, 'pain "Slo', 'w');
        for (const last of [edited, FILE, insertAt(edited, 'pain "Slo', 'x')]) {
            const spliced = new SpliceWorkspace(true);
            await spliced.open(FILE);
            spliced.fileSystem.texts.set(spliced.uri.toString(), edited);
            const cancelled = new CancellationTokenSource();
            cancelled.cancel();
            await spliced.services.shared.workspace.DocumentBuilder.update([spliced.uri], [], cancelled.token);
            assert.equal(spliced.document.parseResult.value.$cstNode?.root.fullText, edited);
            await spliced.change(last);
            // The last text is the one already built (nothing parsed again), or one keystroke from it (spliced).
            assert.deepEqual(spliced.factory.counts, { spliced: last === edited ? 1 : 2, full: 0 }, last);
            const whole = new SpliceWorkspace(false);
            await whole.open(last);
            assert.deepEqual(spliced.describe(), whole.describe());
        }
    });

    it('builds whole, and right, after an update that was cancelled while it built whole what it had kept resolved', async () => {
        // An edit outside every stage, or one that breaks the parse, does not splice: the update parses whole, and a newer edit may cancel it.
        const outside = insertAt(FILE, 'owner Team "The team', 's');
        const broken = insertAt(FILE, 'stage C {', '{');
        for (const [cancelledText, last] of [[outside, FILE], [broken, FILE], [outside, insertAt(outside, 'pain "Slo', 'w')]]) {
            const spliced = new SpliceWorkspace(true);
            await spliced.open(FILE);
            spliced.fileSystem.texts.set(spliced.uri.toString(), cancelledText);
            const cancelled = new CancellationTokenSource();
            cancelled.cancel();
            await assert.rejects(spliced.services.shared.workspace.DocumentBuilder.update([spliced.uri], [], cancelled.token));
            assert.deepEqual(spliced.factory.counts, { spliced: 0, full: 1 });
            await spliced.change(last);
            // Back to FILE: an edit outside every stage again, parsed whole; a keystroke in a stage may splice the parse, but not keep the links.
            assert.deepEqual(spliced.factory.counts, last === FILE ? { spliced: 0, full: 2 } : { spliced: 1, full: 1 });
            const whole = new SpliceWorkspace(false);
            await whole.open(last);
            assert.deepEqual(spliced.describe(), whole.describe());
        }
    });

    it('resolves again the references that a renamed stage or touchpoint can change, elsewhere in the journey', async () => {
        const renamed = FILE.replace('stage A "First"', 'stage D "First"').replace('touchpoint Y { owner Team }', 'touchpoint Y { owner Team } touchpoint Ä');
        const cases = [
            FILE.replace('stage A "First"', 'stage D "First"'),
            FILE.replace('touchpoint X "Visit"', 'touchpoint Q "Visit"'),
            FILE.replace('stage B {', 'stage A {'),
            renamed
        ];
        for (const next of cases) {
            const { spliced, whole, counts } = await update(FILE, next);
            assert.equal(counts.spliced, 1, next);
            assert.deepEqual(spliced.describe(), whole.describe(), next);
        }
        // And back: the unresolved next A.X resolves again once A is named A again.
        const spliced = new SpliceWorkspace(true);
        await spliced.open(cases[0]);
        await spliced.change(FILE);
        const whole = new SpliceWorkspace(false);
        await whole.open(FILE);
        assert.deepEqual(spliced.describe(), whole.describe());
    });

    it('moves the kept diagnostics of the stages after an edit that adds lines, and checks again those that name other lines', async () => {
        // C repeats its owner: that diagnostic names the first owner's line, so C is checked again; B's emotion out of range moves.
        const text = FILE.replace('stage C { touchpoint W { owner Team next B.Z } }', 'stage C { owner Team owner Team touchpoint W { next B.Z } }')
            .replace('touchpoint Z { owner Team next A.X }', 'touchpoint Z { owner Team emotion 5 }');
        const next = insertAt(text, 'pain "Slow"', '\n\n', 0);
        const { spliced, whole, counts } = await update(text, next);
        assert.equal(counts.spliced, 1);
        assert.deepEqual(spliced.describe(), whole.describe());
        const codes = (spliced.document.diagnostics ?? []).map(d => d.code);
        assert.ok(codes.includes('journey/repeated-property') && codes.includes('journey/emotion-out-of-range'), codes.join());
        assert.deepEqual(spliced.validator.counts, { reused: 1, checked: 3 + 2 });
    });

    it('survives a short fuzz run on the examples: no mismatch, some splices', async () => {
        const result = await fuzzSplice(new Random(7), exampleFiles().map(file => file.text), 150, '.test-output/fuzz');
        assert.deepEqual({ mismatches: result.mismatches, crashes: result.crashes }, { mismatches: 0, crashes: 0 }, result.reproductions.join('\n'));
        assert.ok(result.spliced > 5, `only ${result.spliced} of ${result.edits} edits were spliced`);
    });
});
