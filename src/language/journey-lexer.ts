import {
    DefaultLexer, DefaultTokenBuilder, GrammarAST, type LangiumCoreServices, type LexerResult, type TokenBuilderOptions, type TokenizeOptions
} from 'langium';
import { Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';
import { tokensFromTable, type TokenTable } from './journey-token-table.js';

/**
 * Langium's tokens, with each keyword that is a word (`journey`, `pain`, `web`, ...) read
 * by the identifier's pattern instead of a pattern of its own.
 *
 * Langium gives each keyword a pattern and the identifier as its longer alternative: at a
 * letter, Chevrotain tries every keyword that starts with it, longest first, and when one
 * matches it tries the identifier too, which wins if it reads more (`painful`). The second
 * edition's keywords put one to three more tries in front of the common ones (`continues`
 * before `channel`, `evidence` before `emotion`, `support`, `source` and `sample` before the
 * `s` channels). Here such a keyword has no pattern of its own (Lexer.NA): the identifier's
 * pattern reads the word and JourneyLexer gives the token the keyword's type when the word
 * is the keyword. That is the same token Langium's lexer makes: a word that is a keyword is
 * read whole by the identifier's pattern (it is tried only on keywords it reads whole), so
 * it is never longer than the keyword and the keyword wins, and any longer word is an
 * identifier either way (test/language/journey-lexer.test.ts compares the two lexers).
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    /** The words read by a terminal's pattern, each with its keyword's token type, by terminal. */
    readonly wordKeywords = new Map<TokenType, Map<string, TokenType>>();

    /**
     * `table`: the tokens worked out beforehand (journey-token-table.ts), as every process
     * makes them; without it they are worked out from the grammar by Langium's own steps
     * (the table's generator and its tests).
     */
    constructor(private readonly table?: TokenTable) {
        super();
    }

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        if (!this.table || options?.caseInsensitive) {
            return super.buildTokens(grammar, options);
        }
        return tokensFromTable(this.table, regex => (this.requiresCustomPattern(regex) ? this.regexPatternFunction(regex) : regex), this.wordKeywords);
    }

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        const longerAlternatives = token.LONGER_ALT;
        const terminal = Array.isArray(longerAlternatives) && longerAlternatives.length === 1 ? longerAlternatives[0] : undefined;
        if (typeof token.PATTERN === 'string' && terminal && readsWhole(terminal, token.PATTERN)) {
            let words = this.wordKeywords.get(terminal);
            if (!words) {
                this.wordKeywords.set(terminal, words = new Map());
            }
            words.set(token.PATTERN, token);
            token.PATTERN = Lexer.NA;
            delete token.LONGER_ALT;
        }
        return token;
    }
}

/** Whether the terminal's pattern (a plain regular expression) reads all of `word`. */
function readsWhole(terminal: TokenType, word: string): boolean {
    const pattern = terminal.PATTERN;
    if (!(pattern instanceof RegExp) || terminal.GROUP !== undefined || pattern.flags.replace(/[gy]/g, '') !== '') {
        return false;
    }
    return new RegExp(`^(?:${pattern.source})$`).test(word);
}

/** Langium's lexer, which gives a word the type of the keyword it is (see JourneyTokenBuilder). */
export class JourneyLexer extends DefaultLexer {
    private readonly wordKeywords: Array<[TokenType, Map<string, TokenType>]>;

    constructor(services: LangiumCoreServices) {
        super(services);
        const builder = services.parser.TokenBuilder;
        if (!(builder instanceof JourneyTokenBuilder)) {
            throw new Error('JourneyLexer needs the JourneyTokenBuilder, which leaves words to the identifier\'s pattern');
        }
        this.wordKeywords = [...builder.wordKeywords];
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        for (const [terminal, words] of this.wordKeywords) {
            for (let i = 0; i < tokens.length; i++) {
                const token = tokens[i];
                if (token.tokenType === terminal) {
                    const keyword = words.get(token.image);
                    if (keyword !== undefined) {
                        token.tokenType = keyword;
                        token.tokenTypeIdx = keyword.tokenTypeIdx!;
                    }
                }
            }
        }
        return result;
    }
}
