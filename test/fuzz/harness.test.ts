import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES } from '../helpers.js';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { applyEdit, randomEdit, TOKENS } from './edits.js';
import { Random } from './random.js';
import { firstDifference, FuzzedServer, generateEdits, runBatch, sameDiagnostics } from './server-fuzz.js';
import type { PushedModels } from '../../src/protocol/pushed-models.js';

describe('fuzz harness', function () {
    this.timeout(60000);
    const webshop = readFileSync(path.join(EXAMPLES, 'webshop.journey'), 'utf8');

    it('generates the same edits for the same seed, and different ones for another', () => {
        const a = generateEdits(new Random(7), webshop, 50, [webshop]);
        const b = generateEdits(new Random(7), webshop, 50, [webshop]);
        const c = generateEdits(new Random(8), webshop, 50, [webshop]);
        assert.deepEqual(a, b);
        assert.notDeepEqual(a, c);
    });

    it('types every keyword of the grammar (the second edition\'s included), channel values sampled', () => {
        const grammar = createJourneyServices(EmptyFileSystem).Journey.Grammar;
        const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
            .filter(keyword => AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name !== 'Channel')
            .map(keyword => keyword.value).toArray();
        for (const keyword of ['backstage', 'support', 'continues', 'evidence', 'for', 'from', 'by', 'sample']) {
            assert.ok(keywords.includes(keyword), `the grammar has ${keyword}`);
        }
        assert.deepEqual([...new Set(keywords)].filter(keyword => !TOKENS.includes(keyword)), []);
    });

    it('never splits a CRLF or a surrogate pair', () => {
        const random = new Random(3);
        let text = 'a\r\nb😀c\r\n'.repeat(20);
        for (let i = 0; i < 2000; i++) {
            const edit = randomEdit(random, text, ['x']);
            for (const offset of [edit.start, edit.end]) {
                assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), 'inside a CRLF');
                const code = text.charCodeAt(offset);
                assert.ok(!(code >= 0xdc00 && code <= 0xdfff), 'inside a surrogate pair');
            }
            text = applyEdit(text, edit);
            if (text.length > 5000) text = text.slice(0, 1000);
        }
    });

    it('tells diagnostics apart', () => {
        const d = (line: number, code: string) => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity: 1 as const, code, message: 'm' });
        assert.equal(sameDiagnostics([d(1, 'x'), d(2, 'y')], [d(2, 'y'), d(1, 'x')]), undefined);
        assert.match(sameDiagnostics([d(1, 'x')], [d(1, 'y')]) ?? '', /incremental edits only:\n {2}1:0-1:1 1 x m/);
    });

    it('finds no failure in a batch of edits on a healthy server, and reports a crash when it dies', async () => {
        const examples = { 'shared.journey': readFileSync(path.join(EXAMPLES, 'shared.journey'), 'utf8') };
        const main = await FuzzedServer.start(examples);
        const reference = await FuzzedServer.start(examples);
        try {
            const random = new Random(11);
            const uri = main.open('fuzzed.journey', webshop, 1);
            const edits = generateEdits(random, webshop, 30, [webshop]);
            // This checks the batch's bookkeeping, not the server's speed (that is `npm run fuzz`'s
            // and the benchmark's): a busy machine may take longer than the fuzzer's 2 s to answer.
            const healthy = await runBatch({ random, main, reference, uri, referenceName: 'fuzzed.journey', text: webshop, version: 1, edits, requestRate: 0.5, hangAfterMs: 30000 });
            assert.deepEqual(healthy.failures, []);
            assert.equal(healthy.text, edits.reduce(applyEdit, webshop));

            main.server.process.kill('SIGKILL');
            await new Promise(resolve => main.server.process.once('exit', resolve));
            const dead = await runBatch({ random, main, reference, uri, referenceName: 'fuzzed.journey', text: healthy.text, version: healthy.version, edits: generateEdits(random, healthy.text, 3, [webshop]), requestRate: 0 });
            assert.equal(dead.failures[0]?.kind, 'crash');
        } finally {
            await main.dispose();
            await reference.dispose();
        }
    });
    it('compares the models rebuilt from the server\'s deltas with its whole models, and reports one that differs', async () => {
        const examples = { 'shared.journey': readFileSync(path.join(EXAMPLES, 'shared.journey'), 'utf8') };
        const main = await FuzzedServer.start(examples);
        const reference = await FuzzedServer.start(examples);
        try {
            const random = new Random(12);
            const uri = main.open('fuzzed.journey', webshop, 1);
            await main.built(uri, 1);
            const edits = generateEdits(random, webshop, 10, [webshop]);
            // Every edit waits for its push: each rebuilt model is compared.
            const settle = { random: new Random(1), rate: 1 };
            const healthy = await runBatch({ random, main, reference, uri, referenceName: 'fuzzed.journey', text: webshop, version: 1, edits, requestRate: 0, hangAfterMs: 30000, settle });
            assert.deepEqual(healthy.failures, []);
            assert.ok(main.deltas.deltas >= 10 && main.deltas.compared >= 10, JSON.stringify(main.deltas));

            // A client that applies deltas wrongly: what it rebuilds is no longer the server's model.
            const pushed = (main as unknown as { pushed: PushedModels }).pushed;
            const receive = pushed.receive.bind(pushed);
            pushed.receive = push => {
                const outcome = receive(push);
                return outcome.kind === 'model' && outcome.model ? { ...outcome, model: { ...outcome.model, owners: [...outcome.model.owners, outcome.model.owners[0]] } } : outcome;
            };
            const broken = await runBatch({ random, main, reference, uri, referenceName: 'fuzzed.journey', text: healthy.text, version: healthy.version, edits: generateEdits(random, healthy.text, 3, [webshop]), requestRate: 0, hangAfterMs: 30000, settle });
            assert.equal(broken.failures[0]?.kind, 'mismatch');
            assert.match(broken.failures[0].detail, /rebuilt from deltas differs .*model\.owners/);
        } finally {
            await main.dispose();
            await reference.dispose();
        }
    });

    it('names the first path where two models differ', () => {
        assert.equal(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), '');
        assert.equal(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), 'model.a.1.b: 2 (from deltas) ≠ 3 (whole)');
    });
});
