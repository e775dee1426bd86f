import { strict as assert } from 'node:assert';
import { AstUtils, Cancellation, EmptyFileSystem, isOperationCancelled, type AstNode } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAst } from '../../src/language/ast-walk.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { generateJourney } from '../../bench/generate.js';
import { exampleFiles } from '../helpers.js';

const parser = createJourneyServices(EmptyFileSystem).Journey.parser.LangiumParser;
const roots = (): Array<{ name: string; root: AstNode }> => [
    ...exampleFiles().map(({ name, text }) => ({ name, root: parser.parse(text).value as AstNode })),
    // Broken text: recovery leaves partial nodes and unfinished references.
    { name: 'broken', root: parser.parse('owner A\njourney J { stage S { touchpoint T { owner  next } touchpoint U { measures K, } }\n').value as AstNode },
    // Long enough to pass the cancellation check many times.
    { name: 'generated', root: parser.parse(generateJourney(600)).value as AstNode }
];

describe('walking the AST without streams', () => {
    it('visits the nodes streamAst yields, in its order, with or without a cancellation token', async () => {
        for (const { name, root } of roots()) {
            const expected = AstUtils.streamAst(root).toArray();
            for (const token of [CancellationToken.None, new Cancellation.CancellationTokenSource().token]) {
                const visited: AstNode[] = [];
                await walkAst(root, token, node => { visited.push(node); });
                assert.equal(visited.length, expected.length, name);
                assert.ok(visited.every((node, i) => node === expected[i]), `${name}: another order`);
            }
        }
    });

    it('skips the children of a node whose visit returns false, also when it returns a promise of false', async () => {
        const { root } = roots()[0];
        const expected: AstNode[] = [];
        const iterator = AstUtils.streamAst(root).iterator();
        for (const node of iterator) {
            expected.push(node);
            if (node.$type === 'Stage') iterator.prune();
        }
        for (const skip of [(node: AstNode) => node.$type !== 'Stage', async (node: AstNode) => node.$type !== 'Stage']) {
            const visited: AstNode[] = [];
            await walkAst(root, CancellationToken.None, node => { visited.push(node); return skip(node); });
            assert.deepEqual(visited.map(n => n.$type), expected.map(n => n.$type));
            assert.ok(visited.some(n => n.$type === 'Stage') && !visited.some(n => n.$type === 'Touchpoint'));
        }
    });

    it('gives the references streamReferences gives, with property and index', async () => {
        for (const { name, root } of roots()) {
            for (const node of AstUtils.streamAst(root)) {
                const expected = AstUtils.streamReferences(node).toArray();
                const found: typeof expected = [];
                forEachReference(node, info => found.push(info));
                assert.deepEqual(found.map(r => [r.property, r.index, r.reference.$refText]), expected.map(r => [r.property, r.index, r.reference.$refText]), name);
                assert.ok(found.every((r, i) => r.reference === expected[i].reference && r.container === node));
            }
        }
    });

    it('stops with Langium\'s cancellation error once the token is cancelled', async () => {
        const { root } = roots().at(-1)!;
        const source = new Cancellation.CancellationTokenSource();
        let visited = 0;
        await assert.rejects(walkAst(root, source.token, () => { if (++visited === 10) source.cancel(); }), error => isOperationCancelled(error));
        assert.ok(visited < AstUtils.streamAst(root).count(), 'it visited every node');
    });
});
