import { strict as assert } from 'node:assert';
import { AstUtils, createLangiumParser, CstUtils, EmptyFileSystem, GrammarAST, GrammarUtils, isReference, LangiumParser, type AstNode } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { serializeGrammar, type Rule } from 'chevrotain';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { JourneyParser, linkContainers } from '../../src/language/journey-parser.js';
import { buildJourneyParserRules, reachableRules } from '../../src/language/journey-parser-builder.js';
import { generateJourney } from '../../bench/generate.js';
import { exampleFiles } from '../helpers.js';
import { applyEdit, randomEdit } from '../fuzz/edits.js';
import { Random } from '../fuzz/random.js';

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

/** Asserts that our parser gives `text` what Langium's gives it; the number of errors. */
function sameAsLangium(name: string, text: string): number {
    // Every field but the CST and container links; a reference as its text.
    const json = (root: AstNode) => JSON.stringify(root, (key, value: unknown) =>
        isReference(value) ? { $refText: value.$refText } : key.startsWith('$') && key !== '$type' ? undefined : value);
    const expected = langiums.parse(text);
    const actual = ours.parse(text);
    assert.equal(json(actual.value), json(expected.value), name);
    assert.deepEqual(links(actual.value), links(expected.value), name);
    assert.deepEqual(actual.lexerErrors.map(e => [e.offset, e.message]), expected.lexerErrors.map(e => [e.offset, e.message]), name);
    assert.deepEqual(actual.parserErrors.map(e => [e.token.startOffset, e.message]), expected.parserErrors.map(e => [e.token.startOffset, e.message]), name);
    assert.equal(actual.value.$cstNode?.text, expected.value.$cstNode?.text, name);
    // The same CST: every node, comments (hidden) included, under the same parent, from the same grammar element.
    const cst = (root: AstNode) => root.$cstNode ? AstUtils.streamAst(root).flatMap(node => node.$cstNode ? [node.$cstNode] : [])
        .flatMap(node => CstUtils.streamCst(node)).map(node => `${node.offset}+${node.length}:${node.hidden}:${node.container?.offset}:${node.astNode.$type}:${node.grammarSource?.$type}`).toArray() : [];
    assert.deepEqual(cst(actual.value), cst(expected.value), name);
    for (const node of AstUtils.streamAst(actual.value)) {
        assert.ok(!node.$cstNode || node.$cstNode.astNode === node, `${name}: ${node.$type}'s CST node points back`);
    }
    return actual.lexerErrors.length + actual.parserErrors.length;
}

describe('the journey parser', () => {
    it('is the parser the services use', () => {
        assert.ok(ours instanceof JourneyParser);
    });

    it('gives the tree, the containers and the errors Langium\'s parser gives', () => {
        for (const { name, text } of texts()) {
            sameAsLangium(name, text);
        }
    });

    it('records the grammar Langium\'s parser records, and is left with the own properties and class it is left with (recordOnALayer)', () => {
        type Wrapper = { getGAstProductions(): Record<string, Rule>; RECORDING_PHASE: boolean };
        const wrapperOf = (parser: LangiumParser) => (parser as unknown as { wrapper: Wrapper }).wrapper;
        const [ourWrapper, langiumWrapper] = [wrapperOf(ours), wrapperOf(langiums)];
        const grammar = (wrapper: Wrapper) => serializeGrammar(Object.values(wrapper.getGAstProductions()));
        assert.ok(grammar(ourWrapper).length > 30, `one production per rule: ${grammar(ourWrapper).length}`);
        assert.deepEqual(grammar(ourWrapper), grammar(langiumWrapper));
        assert.equal(Object.getPrototypeOf(ourWrapper), Object.getPrototypeOf(langiumWrapper), 'the recording layer is gone');
        assert.deepEqual(Object.keys(ourWrapper).sort(), Object.keys(langiumWrapper).sort());
        assert.ok(!Object.hasOwn(ourWrapper, 'CONSUME') && !Object.hasOwn(ourWrapper, 'consume'), 'no recording method left');
        assert.equal(ourWrapper.RECORDING_PHASE, false);
    });

    it('defines the rules Langium\'s parser defines: those reachable from the entry rule (reachableRules)', async () => {
        const names = (rules: Iterable<GrammarAST.AbstractRule>) => [...rules].filter(rule => !GrammarAST.isTerminalRule(rule)).map(rule => rule.name).sort();
        const langiumsRules = names(GrammarUtils.getAllReachableRules(services.Grammar, false));
        assert.ok(langiumsRules.length > 30 && langiumsRules.includes('Touchpoint'), langiumsRules.join(', '));
        assert.deepEqual(names(reachableRules(services.Grammar)), langiumsRules);
        // A rule nothing calls is not reached; one called only from a rule reached is.
        const grammar = (await createServicesForGrammar({ grammar: 'grammar G\nentry A: B;\nB: name=ID C?;\nC: "c" value=ID;\nUnused: "u";\n'
            + 'terminal ID: /[a-z]+/;\nhidden terminal WS: /\\s+/;' })).Grammar;
        assert.deepEqual(names(reachableRules(grammar)), names(GrammarUtils.getAllReachableRules(grammar, false)));
        assert.deepEqual(names(reachableRules(grammar)), ['A', 'B', 'C']);
    });

    it('recovers from errors as Langium\'s parser does, on randomly edited text (its rules are built by buildJourneyParserRules)', () => {
        // Recovery depends on the rules Chevrotain recorded: the same decisions and occurrence numbers give the same tree and errors.
        const random = new Random(12);
        // The examples and the small texts: the 600-line generated one would make the test slow.
        const corpus = texts().filter(t => t.name !== 'generated').map(t => t.text);
        let withErrors = 0;
        for (let round = 0; round < 120; round++) {
            let text = random.pick(corpus);
            for (let edits = random.int(1, 4); edits > 0; edits--) {
                text = applyEdit(text, randomEdit(random, text, corpus, 20000));
            }
            withErrors += sameAsLangium(`edited text ${round}`, text) > 0 ? 1 : 0;
        }
        assert.ok(withErrors > 60, `most edits break the text (${withErrors} of 120 have errors)`);
    });

    it('refuses to build a grammar with what it does not support, naming it', async () => {
        const cases: Array<[string, RegExp]> = [
            ['entry A: B<true>; B<p>: name=ID; terminal ID: /[a-z]+/; hidden terminal WS: /\\s+/;', /a rule with parameters|a rule call with arguments/],
            ['entry A: "a" {infer B.left=current} "b"; terminal ID: /[a-z]+/; hidden terminal WS: /\\s+/;', /an action/],
            ['entry A: ("a" & "b"); terminal ID: /[a-z]+/; hidden terminal WS: /\\s+/;', /an unordered group/]
        ];
        for (const [grammar, message] of cases) {
            const other = await createServicesForGrammar({ grammar: `grammar G\n${grammar}` });
            assert.throws(() => buildJourneyParserRules(other.Grammar, new LangiumParser(other), other.parser.Lexer.definition), message, grammar);
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
