import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { Lexer, type TokenType } from 'chevrotain';
import { JOURNEY_TOKEN_TABLE } from '../../src/language/journey-token-table.generated.js';
import { JourneyLanguageGrammar } from '../../src/language/generated/grammar.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { JourneyLexer, JourneyTokenBuilder } from '../../src/language/journey-lexer.js';
import { tokenTableFile, tokenTableOf, type LexerAnalysis } from '../../src/language/journey-token-table.js';

const TABLE_FILE = fileURLToPath(new URL('../../src/language/journey-token-table.generated.ts', import.meta.url));

/** The tokens worked out from the grammar, as without the table. */
function computedTokens(): { tokens: TokenType[]; builder: JourneyTokenBuilder } {
    const builder = new JourneyTokenBuilder();
    return { tokens: builder.buildTokens(JourneyLanguageGrammar(), { caseInsensitive: false }) as TokenType[], builder };
}

/** What a token type is to the lexer, with the types it names by their names. */
function shown(token: TokenType): unknown {
    return {
        name: token.name,
        pattern: String(token.PATTERN),
        group: token.GROUP,
        longerAlternatives: ((token.LONGER_ALT ?? []) as TokenType[]).map(alternative => alternative.name)
    };
}

/** What Chevrotain worked out for a lexer: each bucket's tokens, whether each may read a line break, whether it optimises. */
function analysis(lexer: Lexer): unknown {
    const chevrotain = lexer as unknown as LexerAnalysis;
    return {
        buckets: chevrotain.charCodeToPatternIdxToConfig.defaultMode.map(bucket => bucket?.map(config => config.tokenType.name)),
        lineBreaks: chevrotain.patternIdxToConfig.defaultMode.map(config => [config.tokenType.name, config.canLineTerminator]),
        optimized: chevrotain.canModeBeOptimized.defaultMode
    };
}

describe('the lexer\'s token table (journey-token-table.generated.ts)', () => {
    it('is the one the grammar gives: npm run langium:generate writes it', () => {
        const { tokens, builder } = computedTokens();
        assert.equal(readFileSync(TABLE_FILE, 'utf8'), tokenTableFile(tokenTableOf(tokens, builder.wordKeywords)),
            'src/language/journey-token-table.generated.ts is out of date: run npm run langium:generate');
    });

    it('makes the token types worked out from the grammar, and the services use it', () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const lexer = services.parser.Lexer as JourneyLexer;
        const fromTable = Object.values(lexer.definition);
        const { tokens } = computedTokens();
        assert.deepEqual(fromTable.map(shown), tokens.map(shown));
        // The words each terminal reads, as the builder works them out.
        const builder = services.parser.TokenBuilder as JourneyTokenBuilder;
        const words = (map: ReadonlyMap<TokenType, ReadonlyMap<string, TokenType>>) =>
            [...map].map(([terminal, read]) => [terminal.name, [...read.keys()]]);
        assert.deepEqual(words(builder.wordKeywords), words(computedTokens().builder.wordKeywords));
        assert.ok(fromTable.some(token => token.START_CHARS_HINT), 'the table\'s tokens carry Chevrotain\'s hints');
    });

    it('gives Chevrotain\'s lexer the analysis it makes itself from the regular expressions', () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const fromTable = Object.values(services.parser.Lexer.definition);
        const hinted = new Lexer(fromTable.map(token => ({ ...token })), { positionTracking: 'full', skipValidations: true });
        const worked = new Lexer(computedTokens().tokens, { positionTracking: 'full', skipValidations: true });
        assert.deepEqual(analysis(hinted), analysis(worked));
        assert.equal((analysis(worked) as { optimized: boolean }).optimized, true);
    });

    it('holds each keyword once, longest first, and every terminal of the grammar', () => {
        const values = JOURNEY_TOKEN_TABLE.keywords.map(keyword => keyword.value);
        assert.equal(new Set(values).size, values.length);
        assert.deepEqual(values.map(value => value.length), values.map(value => value.length).sort((a, b) => b - a));
        assert.deepEqual(JOURNEY_TOKEN_TABLE.terminals.map(terminal => terminal.name), ['WS', 'ML_COMMENT', 'SL_COMMENT', 'ID', 'STRING', 'DECIMAL', 'INT']);
    });
});
