import { strict as assert } from 'node:assert';
import { AstUtils, createLangiumParser, CstUtils, EmptyFileSystem, isReference, type AstNode, type LangiumParser } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { JourneyParser, linkContainers } from '../../src/language/journey-parser.js';
import { generateJourney } from '../../bench/generate.js';
import { exampleFiles } from '../helpers.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const ours = services.parser.LangiumParser;
// Langium's own parser for the same grammar and services.
const langiums: LangiumParser = createLangiumParser(services);

const texts = (): Array<{ name: string; text: string }> => [
    ...exampleFiles(),
    { name: 'generated', text: generateJourney(600) },
    // Broken text: recovery leaves partial nodes, unfinished references and unclosed blocks.
    { name: 'broken', text: 'owner A\njourney J { stage S { touchpoint T { owner  next } touchpoint U { measures K, } }\n' },
    { name: 'unclosed', text: 'kpi K { target >= 5% current\njourney J "t" { persona P, stage S { emotion -9 for touchpoint' },
    { name: 'comments', text: '/* a */ owner A // b\njourney J { owner A /* c */ stage S { touchpoint T { pain /* d */ "x" } } }' },
    { name: 'empty', text: '' }
];

/** Each node as its type, the path of container properties and indexes down to it. */
function links(root: AstNode): string[] {
    return AstUtils.streamAst(root).map(node => {
        const path: string[] = [];
        for (let n: AstNode | undefined = node; n; n = n.$container) {
            path.unshift(`${n.$containerProperty ?? ''}[${n.$containerIndex ?? ''}]:${n.$type}`);
        }
        return path.join('/');
    }).toArray();
}

describe('the journey parser', () => {
    it('is the parser the services use', () => {
        assert.ok(ours instanceof JourneyParser);
    });

    it('gives the tree, the containers and the errors Langium\'s parser gives', () => {
        // Every field but the CST and container links; a reference as its text.
        const json = (root: AstNode) => JSON.stringify(root, (key, value: unknown) =>
            isReference(value) ? { $refText: value.$refText } : key.startsWith('$') && key !== '$type' ? undefined : value);
        for (const { name, text } of texts()) {
            const expected = langiums.parse(text);
            const actual = ours.parse(text);
            assert.equal(json(actual.value), json(expected.value), name);
            assert.deepEqual(links(actual.value), links(expected.value), name);
            assert.deepEqual(actual.lexerErrors.map(e => [e.offset, e.message]), expected.lexerErrors.map(e => [e.offset, e.message]), name);
            assert.deepEqual(actual.parserErrors.map(e => [e.token.startOffset, e.message]), expected.parserErrors.map(e => [e.token.startOffset, e.message]), name);
            assert.equal(actual.value.$cstNode?.text, expected.value.$cstNode?.text, name);
            // The same CST: every node, comments (hidden) included, under the same parent.
            const cst = (root: AstNode) => root.$cstNode ? AstUtils.streamAst(root).flatMap(node => node.$cstNode ? [node.$cstNode] : [])
                .flatMap(node => CstUtils.streamCst(node)).map(node => `${node.offset}+${node.length}:${node.hidden}:${node.container?.offset}:${node.astNode.$type}`).toArray() : [];
            assert.deepEqual(cst(actual.value), cst(expected.value), name);
            for (const node of AstUtils.streamAst(actual.value)) {
                assert.ok(!node.$cstNode || node.$cstNode.astNode === node, `${name}: ${node.$type}'s CST node points back`);
            }
        }
    });

    it('parses with another rule as Langium does (the stage splice parses a stage alone)', () => {
        const text = 'stage S "s" { owner A\n    touchpoint T { pain "p" from E // c\n next U } touchpoint U }';
        for (const input of [text, text.slice(0, -3)]) {
            const expected = langiums.parse(input, { rule: 'Stage' });
            const actual = ours.parse(input, { rule: 'Stage' });
            assert.equal(actual.value.$type, 'Stage');
            assert.deepEqual(links(actual.value), links(expected.value));
            assert.deepEqual(actual.parserErrors.map(e => e.message), expected.parserErrors.map(e => e.message));
        }
        assert.throws(() => ours.parse(text, { rule: 'NoSuchRule' }), /No rule found with name 'NoSuchRule'/);
    });

    it('links every node of every list and single field to its container, with the index in a list', () => {
        const root = { $type: 'Root', one: { $type: 'A' }, list: [{ $type: 'B', inner: [{ $type: 'C' }] }, 'text', { $type: 'D' }], $cstNode: { $type: 'not a child' } } as unknown as AstNode;
        linkContainers(root);
        const r = root as unknown as { one: AstNode; list: [AstNode & { inner: AstNode[] }, string, AstNode]; $cstNode: AstNode };
        assert.equal(r.one.$container, root);
        assert.equal(r.one.$containerProperty, 'one');
        assert.equal(r.one.$containerIndex, undefined);
        assert.deepEqual([r.list[0].$containerIndex, r.list[2].$containerIndex], [0, 2]);
        assert.equal(r.list[0].inner[0].$container, r.list[0]);
        assert.equal(r.list[0].inner[0].$containerProperty, 'inner');
        assert.equal(r.$cstNode.$container, undefined, 'fields starting with $ are not children');
    });
});
