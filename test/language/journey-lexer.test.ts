import { strict as assert } from 'node:assert';
import { DefaultLexer, DefaultTokenBuilder, EmptyFileSystem, type LangiumCoreServices, type LexerResult } from 'langium';
import { Lexer, type TokenType } from 'chevrotain';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { JourneyLexer, JourneyTokenBuilder } from '../../src/language/journey-lexer.js';
import { generateJourney } from '../../bench/generate.js';
import { exampleFiles } from '../helpers.js';
import { applyEdit, randomEdit } from '../fuzz/edits.js';
import { Random } from '../fuzz/random.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const ours = services.parser.Lexer;
// Langium's own lexer for the same grammar: every keyword a pattern of its own.
const langiums = new DefaultLexer({
    Grammar: services.Grammar,
    LanguageMetaData: services.LanguageMetaData,
    parser: { TokenBuilder: new DefaultTokenBuilder(), LexerErrorMessageProvider: services.parser.LexerErrorMessageProvider }
} as unknown as LangiumCoreServices);

/** Everything the parser and the CST read of a lexer's result. */
function shown(result: LexerResult): unknown {
    const token = (t: LexerResult['tokens'][number]) =>
        [t.image, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn, t.tokenType.name].join(' ');
    return {
        tokens: result.tokens.map(token),
        hidden: result.hidden.map(token),
        errors: result.errors.map(e => [e.offset, e.length, e.line, e.column, e.message].join(' '))
    };
}

function sameAsLangium(name: string, text: string): void {
    const result = ours.tokenize(text);
    assert.deepEqual(shown(result), shown(langiums.tokenize(text)), name);
    // The parser matches tokens by their type's index: a keyword's token has its keyword's.
    for (const token of result.tokens) {
        assert.equal(token.tokenType, ours.definition[token.tokenType.name], `${name}: ${token.image}`);
        assert.equal(token.tokenTypeIdx, token.tokenType.tokenTypeIdx, `${name}: ${token.image}`);
    }
}

/** The keywords that are words: the ones JourneyTokenBuilder leaves to the identifier's pattern. */
const words = Object.values(services.parser.Lexer.definition).filter(type => type.PATTERN === Lexer.NA).map(type => type.name);

describe('the journey lexer', () => {
    it('is the lexer the services use, with the token builder that leaves words to the identifier', () => {
        assert.ok(ours instanceof JourneyLexer);
        assert.ok(services.parser.TokenBuilder instanceof JourneyTokenBuilder);
        // Every keyword made of letters, and only those: `{`, `>=`, `.` keep their patterns.
        for (const keyword of ['journey', 'stage', 'touchpoint', 'pain', 'for', 'by', 'continues', 'evidence', 'web', 'tv', 'other']) {
            assert.ok(words.includes(keyword), keyword);
        }
        assert.ok(words.every(word => /^[a-z]+$/.test(word)), words.join(' '));
    });

    it('builds Langium\'s token types, in Langium\'s order, with the words\' patterns left to the identifier', () => {
        const options = { caseInsensitive: false };
        const langiumTokens = new DefaultTokenBuilder().buildTokens(services.Grammar, options) as TokenType[];
        const builder = new JourneyTokenBuilder();
        const ourTokens = builder.buildTokens(services.Grammar, options) as TokenType[];
        const names = (tokens: TokenType[] | undefined) => (tokens ?? []).map(token => token.name);
        assert.deepEqual(names(ourTokens), names(langiumTokens));
        let wordCount = 0;
        for (const [index, langiumToken] of langiumTokens.entries()) {
            const ourToken = ourTokens[index];
            const alternatives = langiumToken.LONGER_ALT as TokenType[] | undefined;
            if (ourToken.PATTERN === Lexer.NA) {
                // A word: Langium's token has the one terminal that reads it as its longer alternative.
                wordCount++;
                assert.equal(alternatives?.length, 1, langiumToken.name);
                const terminal = [...builder.wordKeywords.keys()].find(token => token.name === alternatives![0].name);
                assert.equal(terminal && builder.wordKeywords.get(terminal)?.get(langiumToken.name), ourToken, langiumToken.name);
                assert.equal(ourToken.LONGER_ALT, undefined);
            } else {
                assert.deepEqual([ourToken.PATTERN, ourToken.GROUP, ourToken.LINE_BREAKS], [langiumToken.PATTERN, langiumToken.GROUP, langiumToken.LINE_BREAKS]);
                assert.deepEqual(names(ourToken.LONGER_ALT as TokenType[] | undefined), names(alternatives), langiumToken.name);
            }
        }
        assert.equal(wordCount, words.length);
        assert.ok(wordCount > 40, `${wordCount} words`);
    });

    it('gives the tokens, comments and errors Langium\'s lexer gives, on the examples and a generated journey', () => {
        for (const { name, text } of [...exampleFiles(), { name: 'generated', text: generateJourney(2000) }]) {
            sameAsLangium(name, text);
        }
    });

    it('reads a word that only starts or ends like a keyword as a name, as Langium\'s lexer does', () => {
        const near = words.flatMap(word => [word, `${word}s`, `${word}1`, `${word}_`, `${word}ø`, word.slice(0, -1), `x${word}`,
            `${word}.${word}`, `${word}"${word}"`, `${word}{`, `${word}//${word}`, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);
        sameAsLangium('near keywords', near.join(' '));
        sameAsLangium('near keywords, no spaces', near.join(''));
        sameAsLangium('near keywords, lines', near.join('\n'));
    });

    it('gives the tokens Langium\'s lexer gives on randomly edited text', () => {
        const random = new Random(1212);
        const corpus = exampleFiles().map(file => file.text);
        for (let round = 0; round < 150; round++) {
            let text = random.pick(corpus);
            for (let edits = random.int(1, 5); edits > 0; edits--) {
                text = applyEdit(text, randomEdit(random, text, corpus, 20000));
            }
            sameAsLangium(`edited text ${round}`, text);
        }
    });
});
