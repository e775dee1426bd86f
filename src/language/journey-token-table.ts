import { Lexer, type TokenType } from 'chevrotain';

/**
 * The lexer's token types in a table, written from the grammar by
 * scripts/generate-token-table.mjs (`npm run langium:generate`) into
 * journey-token-table.generated.ts (beside this file: Langium's generator deletes the
 * generated/ folder's other files), so that a process makes them without working them out:
 * finding the keywords and their longer alternatives walks the whole grammar and
 * tries each keyword on each terminal's pattern, and Chevrotain then parses each
 * terminal's regular expression to learn which characters may start it and whether
 * it may hold a line break, which together took a tenth of a `journey check` of a
 * small file. The table holds what that work finds; a unit test
 * (test/language/journey-token-table.test.ts) works it out again from the grammar and
 * requires the same table, and the same lexer.
 */
export interface TokenTable {
    /** The keywords, longest first, in Langium's order. */
    keywords: TableKeyword[];
    /** The terminals (not fragments), in the grammar's order; the token list ends with them. */
    terminals: TableTerminal[];
}

export interface TableKeyword {
    value: string;
    /** The terminal whose pattern reads this word (JourneyTokenBuilder: the keyword has no pattern of its own). */
    word?: string;
    /** Otherwise the terminals that may read more than the keyword (Langium's LONGER_ALT). */
    longerAlternatives?: string[];
}

export interface TableTerminal {
    name: string;
    /** The terminal's regular expression. */
    source: string;
    flags: string;
    group?: 'skipped' | 'hidden';
    /** What Chevrotain works out from the expression: whether it may read a line break (LINE_BREAKS) ... */
    lineBreaks?: boolean;
    /** ... and a character in each bucket of characters a match may start with (START_CHARS_HINT). */
    startChars?: number[];
}

/** The table of `tokens` (as JourneyTokenBuilder builds them from the grammar, `words` its wordKeywords). */
export function tokenTableOf(tokens: TokenType[], words: ReadonlyMap<TokenType, ReadonlyMap<string, TokenType>>): TokenTable {
    const wordOf = new Map<TokenType, string>();
    for (const [terminal, keywords] of words) {
        for (const keyword of keywords.values()) {
            wordOf.set(keyword, terminal.name);
        }
    }
    const isKeyword = (token: TokenType) => typeof token.PATTERN === 'string' || wordOf.has(token);
    const keywords = tokens.filter(isKeyword);
    const terminals = tokens.filter(token => !isKeyword(token));
    if (tokens.findIndex(token => !isKeyword(token)) !== keywords.length) {
        throw new Error('The token list is not its keywords, then its terminals');
    }
    // Chevrotain's own analysis of the lexer Langium would make (DefaultLexer's options).
    const lexer = new Lexer(tokens, { positionTracking: 'full', skipValidations: true }) as unknown as LexerAnalysis;
    const configs = lexer.patternIdxToConfig.defaultMode;
    const buckets = lexer.charCodeToPatternIdxToConfig.defaultMode;
    const optimized = lexer.canModeBeOptimized.defaultMode;
    return {
        keywords: keywords.map(token => {
            const word = wordOf.get(token);
            return word ? { value: token.name, word }
                : { value: token.name, longerAlternatives: ((token.LONGER_ALT ?? []) as TokenType[]).map(alternative => alternative.name) };
        }),
        terminals: terminals.map(token => {
            const pattern = token.PATTERN;
            if (!(pattern instanceof RegExp)) {
                throw new Error(`The terminal ${token.name} has a pattern function: the table holds regular expressions`);
            }
            const config = configs.find(c => c.tokenType === token);
            const terminal: TableTerminal = { name: token.name, source: pattern.source, flags: pattern.flags };
            if (token.GROUP !== undefined) {
                terminal.group = token.GROUP === Lexer.SKIPPED ? 'skipped' : 'hidden';
            }
            if (optimized && config) {
                terminal.lineBreaks = config.canLineTerminator;
                terminal.startChars = buckets.flatMap((bucket, index) => bucket?.includes(config) ? [charInBucket(index)] : []);
            }
            return terminal;
        })
    };
}

/** A character Chevrotain puts in `bucket` (its buckets: each code below 256, then 255 + code / 255 from 256 up). */
function charInBucket(bucket: number): number {
    return bucket < 256 ? bucket : Math.max(256, (bucket - 255) * 255);
}

/** The parts of Chevrotain's Lexer that tokenTableOf reads (Chevrotain's own names). */
export interface LexerAnalysis {
    patternIdxToConfig: { defaultMode: Array<{ tokenType: TokenType; canLineTerminator: boolean }> };
    charCodeToPatternIdxToConfig: { defaultMode: Array<Array<{ tokenType: TokenType }> | undefined> };
    canModeBeOptimized: { defaultMode: boolean };
}

/**
 * The token types of `table`: each keyword, then each terminal, as Langium's token
 * builder and JourneyTokenBuilder make them, the terminals with the hints that
 * spare Chevrotain its analysis. `terminalPattern` makes a terminal's pattern from its
 * expression (Langium's token builder's rule: a function for a unicode or dotall
 * expression); `words` receives the words each terminal reads.
 */
export function tokensFromTable(table: TokenTable, terminalPattern: (regex: RegExp) => TokenType['PATTERN'],
    words: Map<TokenType, Map<string, TokenType>>): TokenType[] {
    const terminals = table.terminals.map(terminal => {
        const pattern = terminalPattern(new RegExp(terminal.source, terminal.flags));
        const token: TokenType = { name: terminal.name, PATTERN: pattern };
        if (typeof pattern === 'function') {
            token.LINE_BREAKS = true;
        } else if (terminal.startChars) {
            token.LINE_BREAKS = terminal.lineBreaks;
            token.START_CHARS_HINT = terminal.startChars;
        }
        if (terminal.group) {
            token.GROUP = terminal.group === 'skipped' ? Lexer.SKIPPED : 'hidden';
        }
        return token;
    });
    const byName = new Map(terminals.map(token => [token.name, token]));
    const terminalNamed = (name: string) => {
        const token = byName.get(name);
        if (!token) throw new Error(`The token table has no terminal ${name}`);
        return token;
    };
    const keywords = table.keywords.map(keyword => {
        if (keyword.word !== undefined) {
            const token: TokenType = { name: keyword.value, PATTERN: Lexer.NA };
            const terminal = terminalNamed(keyword.word);
            let read = words.get(terminal);
            if (!read) {
                words.set(terminal, read = new Map());
            }
            read.set(keyword.value, token);
            return token;
        }
        return { name: keyword.value, PATTERN: keyword.value, LONGER_ALT: (keyword.longerAlternatives ?? []).map(terminalNamed) };
    });
    return [...keywords, ...terminals];
}

/** The text of journey-token-table.generated.ts holding `table` (scripts/generate-token-table.mjs writes it). */
export function tokenTableFile(table: TokenTable): string {
    return `/******************************************************************************
 * Generated by scripts/generate-token-table.mjs from the grammar
 * (npm run langium:generate): the lexer's token types, see journey-token-table.ts.
 * DO NOT EDIT MANUALLY!
 ******************************************************************************/

import type { TokenTable } from './journey-token-table.js';

export const JOURNEY_TOKEN_TABLE: TokenTable = {
    keywords: [
${table.keywords.map(keyword => `        ${JSON.stringify(keyword)}`).join(',\n')}
    ],
    terminals: [
${table.terminals.map(terminal => `        ${JSON.stringify(terminal)}`).join(',\n')}
    ]
};
`;
}
