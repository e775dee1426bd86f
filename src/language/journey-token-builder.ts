import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Langium's token builder, with each terminal's partial regular expression built once.
 * A keyword's longer alternatives are the terminals that can match text starting with
 * it (`step` is also the start of an ID): Langium rebuilds the terminal's partial
 * regular expression for every keyword, and our ID terminal's Unicode classes make that
 * a noticeable part of every process's start-up. Same tokens, same order.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts: TokenType[] = [];
        for (const token of terminalTokens) {
            const pattern = token.PATTERN as { source?: string } | undefined;
            if (pattern?.source && this.partialMatches('^' + pattern.source + '$', keyword.value)) {
                longerAlts.push(token);
            }
        }
        return longerAlts;
    }

    /** RegExpUtils.partialMatches, its partial expression cached by source. */
    private partialMatches(source: string, input: string): boolean {
        let partial = this.partials.get(source);
        if (!partial) {
            partial = RegExpUtils.partialRegExp(source);
            this.partials.set(source, partial);
        }
        const match = input.match(partial);
        return !!match && match[0].length > 0;
    }
}
