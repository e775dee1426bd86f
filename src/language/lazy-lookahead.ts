import type { BaseParser, IOrAlt, IParserConfig, OptionalProductionType, Rule } from 'chevrotain';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';

type AlternationOptions = Parameters<LLStarLookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number; dynamicTokensEnabled: boolean };
type AlternationLookahead = (this: BaseParser, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: BaseParser) => boolean;

/**
 * Langium's lookahead (chevrotain-allstar's LL(*) strategy, as Langium configures it
 * for a production parser), built when the parser first needs it rather than when the
 * parser is made. Chevrotain builds, while constructing the parser, the lookahead
 * function of every alternation, option and repetition of the grammar, and the ATN
 * behind them; a process that checks one small file (`journey check` in a pre-commit
 * hook) uses few of them. Here each decision gets a function that builds the
 * strategy's own function the first time it is called and then calls it; the ATN is
 * built with the first of them. The functions, and so every parse and every syntax
 * error, are the same.
 */
export class LazyLookaheadStrategy extends LLStarLookaheadStrategy {
    private rules: Rule[] | undefined;

    override initialize(options: { rules: Rule[] }): void {
        this.rules = options.rules;
    }

    override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        let built: AlternationLookahead | undefined;
        const build = (): AlternationLookahead => {
            this.initializeOnce();
            return super.buildLookaheadForAlternation(options) as AlternationLookahead;
        };
        return function (this: BaseParser, orAlts?: IOrAlt<unknown>[]) {
            return (built ??= build()).call(this, orAlts);
        };
    }

    override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
        let built: OptionalLookahead | undefined;
        const build = (): OptionalLookahead => {
            this.initializeOnce();
            return super.buildLookaheadForOptional(options);
        };
        return function (this: BaseParser) {
            return (built ??= build()).call(this);
        };
    }

    /** Whether the ATN has been built (for tests). */
    get initialized(): boolean {
        return this.rules === undefined;
    }

    private initializeOnce(): void {
        const rules = this.rules;
        if (rules !== undefined) {
            this.rules = undefined;
            super.initialize({ rules });
        }
    }
}

/**
 * The parser configuration for Langium's `ParserConfig` service, with the lazy
 * lookahead. A getter, so that each parser built from it gets its own strategy (a
 * strategy holds one parser's ATN). Only for a production parser (grammar validations
 * skipped, as Langium does for a production build: the strategy then logs nothing) and
 * not for Langium's completion parser, whose strategy Langium makes `incomplete`: the
 * services without the LSP ones have none.
 */
export function lazyLookaheadParserConfig(): IParserConfig {
    return {
        get lookaheadStrategy() {
            return new LazyLookaheadStrategy({ logging: () => undefined });
        }
    };
}
