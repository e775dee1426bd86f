import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { closestNames } from './lsp/journey-quick-fixes.js';

const TOKEN_NAMES: Record<string, string> = {
    ID: 'a name', STRING: 'a "string"', INT: 'a whole number', DECIMAL: 'a number', EOF: 'end of file'
};

const TOP_LEVEL = `'journey', 'owner', 'persona', 'kpi' or 'evidence'`;

/** The channel values, in the grammar's order (the `Channel` rule's keywords). */
export const CHANNELS: readonly string[] = [
    'web', 'app', 'email', 'sms', 'social', 'search', 'ads', 'chat', 'phone', 'store', 'print', 'tv', 'event',
    'referral', 'partner', 'other'
];

const UNKNOWN_CHANNEL = /^Unknown channel '([^']*)'\./;

/** The misspelt channel of an "Unknown channel" syntax error, for its quick fix. */
export function misspeltChannel(message: string): string | undefined {
    return UNKNOWN_CHANNEL.exec(message)?.[1];
}

/** `Unknown channel 'webb'. Did you mean 'web'?` when a name stands where a channel must. */
function unknownChannel(expected: Array<TokenType | undefined>, actual: IToken | undefined): string | undefined {
    const names = expected.filter((t): t is TokenType => t !== undefined).map(t => t.name.replace(/:KW$/, ''));
    if (!actual || actual.tokenType?.name !== 'ID' || names.length < CHANNELS.length || !names.every(name => CHANNELS.includes(name))) {
        return undefined;
    }
    const [closest] = closestNames(actual.image, CHANNELS, 1);
    return `Unknown channel '${actual.image}'.${closest ? ` Did you mean '${closest}'?` : ''}`;
}

/** Syntax errors as one readable line: what was expected, and what was found. */
export class JourneyParserMessages extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        if (expected.name === 'EOF') {
            return `Expected ${TOP_LEVEL} but found ${found(actual)}.`;
        }
        return `Expected ${describe(expected)} but found ${found(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `Expected ${TOP_LEVEL} but found ${found(firstRedundant)}.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const channel = unknownChannel(expectedPathsPerAlt.flat().map(path => path[0]), actual[0]);
        if (channel) {
            return channel;
        }
        return `Expected ${alternatives(expectedPathsPerAlt.flat().map(path => path[0]))} but found ${found(actual[0])}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return `Expected ${alternatives(expectedIterationPaths.map(path => path[0]))} but found ${found(actual[0])}.`;
    }
}

function describe(type: TokenType): string {
    if (type.name in TOKEN_NAMES) {
        return TOKEN_NAMES[type.name];
    }
    return `'${type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name}'`;
}

function alternatives(types: Array<TokenType | undefined>): string {
    const names = [...new Set(types.filter((t): t is TokenType => t !== undefined).map(describe))];
    if (names.length <= 1) {
        return names[0] ?? 'something else';
    }
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function found(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
        return 'the end of the file';
    }
    const image = token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image;
    return `'${image}'`;
}

/** Characters the lexer cannot read, named so that invisible ones (NUL, BOM) show. */
export class JourneyLexerMessages extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.slice(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'Unterminated string: close it with " on the same line.';
        }
        const shown = [...text.slice(0, 8)].map(describeCharacter).join(' ');
        return `Unexpected character${length > 1 ? 's' : ''} ${shown}${length > 8 ? ' …' : ''}.`;
    }
}

function describeCharacter(character: string): string {
    const code = character.codePointAt(0)!;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xfeff ? hex : `'${character}' (${hex})`;
}
