import { strict as assert } from 'node:assert';
import { AstUtils, CstUtils, DefaultValueConverter, EmptyFileSystem, ValueConverter } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { convertString, JourneyValueConverter } from '../../src/language/journey-value-converter.js';
import { generateJourney } from '../../bench/generate.js';
import { exampleFiles } from '../helpers.js';

const services = createJourneyServices(EmptyFileSystem).Journey;

describe('the journey value converter', () => {
    it('is the converter the services use', () => {
        assert.ok(services.parser.ValueConverter instanceof JourneyValueConverter);
    });

    it('gives every token of the examples, a generated journey and broken text the value Langium\'s converter gives', () => {
        const texts = [
            ...exampleFiles().map(file => file.text),
            generateJourney(300),
            'owner ^journey "esc\\"aped \\n \\t \\\\ end" { contact “smart” }\nkpi K { target >= 5.5% current 3 unit «u» }\n'
                + 'journey J { persona P, stage S { emotion -2 for P touchpoint T { channel web next S.T pain "p" from E, F } } }',
            'journey J { stage S { touchpoint T { owner  next } emotion + "x" } '
        ];
        const ours = new JourneyValueConverter();
        const langiums = new DefaultValueConverter();
        let converted = 0;
        for (const text of texts) {
            const root = services.parser.LangiumParser.parse(text).value;
            for (const leaf of CstUtils.streamCst(root.$cstNode!)) {
                if (leaf.hidden || 'content' in leaf || leaf.grammarSource?.$type === 'Keyword') continue;
                assert.deepEqual(ours.convert(leaf.text, leaf), langiums.convert(leaf.text, leaf), leaf.text);
                converted++;
            }
            // Data type rules (Channel, Sign, TouchpointPath, ...) are converted from their composite nodes' text.
            for (const node of AstUtils.streamAst(root)) {
                for (const child of node.$cstNode ? CstUtils.streamCst(node.$cstNode) : []) {
                    if ('content' in child && child.grammarSource?.$type === 'RuleCall') {
                        assert.deepEqual(ours.convert(child.text, child), langiums.convert(child.text, child), child.text);
                    }
                }
            }
        }
        assert.ok(converted > 500, `${converted} tokens`);
    });

    it('takes a string\'s value between its quotes, resolving escapes as Langium does', () => {
        for (const input of ['""', '"a"', '"a b c"', '"a\\"b"', '"\\n\\t\\\\"', '“smart”', '«x»', '"', 'x', '', '"\\']) {
            assert.equal(convertString(input), ValueConverter.convertString(input), JSON.stringify(input));
        }
    });
});
