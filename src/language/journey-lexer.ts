import {
    DefaultLexer, DefaultTokenBuilder, GrammarAST, RegExpUtils, type AstNode, type LangiumCoreServices, type LexerResult, type Stream,
    type TokenBuilderOptions, type TokenizeOptions
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
    /** Each terminal's partial pattern (see findLongerAlt), made once instead of once per keyword. */
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    /** `table`: the tokens worked out beforehand (journey-token-table.ts); without it they are worked out from the grammar. */
    constructor(private readonly table?: TokenTable) {
        super();
    }

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        if (!this.table || options?.caseInsensitive) {
            return super.buildTokens(grammar, options);
        }
        return tokensFromTable(this.table, regex => (this.requiresCustomPattern(regex) ? this.regexPatternFunction(regex) : regex), this.wordKeywords);
    }

    /**
     * Langium's keyword tokens, in Langium's order: each keyword once, where it first
     * occurs in the parser rules' contents, longest first. Langium finds them through its
     * node streams, which at start-up cost more than the whole rest of the lexer's set-up;
     * this is the same walk as plain loops (test/language/journey-lexer.test.ts compares
     * the tokens with Langium's builder's).
     */
    protected override buildKeywordTokens(rules: Stream<GrammarAST.AbstractRule>, terminalTokens: TokenType[], options?: TokenBuilderOptions): TokenType[] {
        const keywords = new Map<string, GrammarAST.Keyword>();
        for (const rule of rules) {
            if (GrammarAST.isAbstractParserRule(rule)) {
                collectKeywords(rule, keywords);
            }
        }
        return [...keywords.values()]
            .sort((a, b) => b.value.length - a.value.length)
            .map(keyword => this.buildKeywordToken(keyword, terminalTokens, Boolean(options?.caseInsensitive)));
    }

    /**
     * The terminals that may read more than the keyword, as Langium finds them (a terminal
     * whose pattern, as a partial expression, matches the keyword's start), with each
     * terminal's partial expression made once: Langium makes it again for every keyword.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alternatives: TokenType[] = [];
        for (const token of terminalTokens) {
            let partial = this.partialPatterns.get(token);
            if (!this.partialPatterns.has(token)) {
                const source = (token.PATTERN as { source?: string } | undefined)?.source;
                partial = source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined;
                this.partialPatterns.set(token, partial);
            }
            const match = partial ? keyword.value.match(partial) : null;
            if (match && match[0].length > 0) {
                alternatives.push(token);
            }
        }
        return alternatives;
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

/** Adds the keywords under `node` that `keywords` lacks, in the order of Langium's streamAllContents. */
function collectKeywords(node: AstNode, keywords: Map<string, GrammarAST.Keyword>): void {
    const fields = node as unknown as Record<string, unknown>;
    for (const name of Object.keys(fields)) {
        if (name.startsWith('$')) {
            continue;
        }
        const value = fields[name];
        if (Array.isArray(value)) {
            for (const item of value) {
                visit(item, keywords);
            }
        } else {
            visit(value, keywords);
        }
    }
}

function visit(value: unknown, keywords: Map<string, GrammarAST.Keyword>): void {
    if (typeof value !== 'object' || value === null || typeof (value as { $type?: unknown }).$type !== 'string') {
        return;
    }
    const node = value as AstNode;
    if (GrammarAST.isKeyword(node) && !keywords.has(node.value)) {
        keywords.set(node.value, node);
    }
    collectKeywords(node, keywords);
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
