import { strict as assert } from 'node:assert';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject,
    type AstNode, type LangiumCoreServices, type ParseResult
} from 'langium';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule, JourneyLanguageLanguageMetaData } from '../../src/language/generated/module.js';
import { createJourneyCoreServices, JourneyCoreModule, JourneySharedCoreModule } from '../../src/language/journey-core-module.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { LazyLookaheadStrategy, lazyLookaheadParserConfig } from '../../src/language/lazy-lookahead.js';
import { exampleFiles } from '../helpers.js';

/** What a parse gives, comparable across parsers: the AST as JSON (no containers), and every lexer and parser error. */
function outcome(services: LangiumCoreServices, text: string) {
    const result: ParseResult<AstNode> = services.parser.LangiumParser.parse(text);
    return {
        ast: plain(result.value),
        lexerErrors: result.lexerErrors.map(e => `${e.offset}:${e.length}:${e.message}`),
        parserErrors: result.parserErrors.map(e => `${e.token.startOffset}:${e.token.image}:${e.name}:${e.message}`)
    };
}

/** A node as plain data: its type, its text's place, its fields; a reference as its text. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(plain);
    }
    if (typeof value !== 'object' || value === null) {
        return value;
    }
    const node = value as Record<string, unknown> & { $cstNode?: { offset: number; end: number } };
    if (typeof node.$refText === 'string') {
        return { $refText: node.$refText };
    }
    const fields: Record<string, unknown> = { $type: node.$type, $text: node.$cstNode && [node.$cstNode.offset, node.$cstNode.end] };
    for (const [key, field] of Object.entries(node)) {
        if (!key.startsWith('$')) {
            fields[key] = plain(field);
        }
    }
    return fields;
}

/** The lookahead strategy a services' parser uses (chevrotain keeps it on the parser). */
function strategyOf(services: LangiumCoreServices): unknown {
    return (services.parser.LangiumParser as unknown as { wrapper: { lookaheadStrategy: unknown } }).wrapper.lookaheadStrategy;
}

/**
 * Every example, whole and cut short every few characters, with a token's worth of
 * text deleted or doubled here and there: valid and broken texts for the parsers'
 * decisions and their error recovery.
 */
function texts(): string[] {
    const all: string[] = [];
    for (const { text } of exampleFiles()) {
        all.push(text);
        const step = Math.max(1, Math.floor(text.length / 20));
        for (let at = step; at < text.length; at += step) {
            all.push(text.slice(0, at));
            all.push(text.slice(0, at) + text.slice(at + 7));
            all.push(text.slice(0, at) + text.slice(at - 5, at) + text.slice(at));
        }
    }
    return all;
}

describe('lazy lookahead (journey check\'s parser)', () => {
    it('parses every text as Langium\'s own lookahead does: the same tree and the same errors', () => {
        const lazy = createJourneyCoreServices(EmptyFileSystem).Journey;
        const langium = createJourneyServices(EmptyFileSystem).Journey;
        assert.ok(strategyOf(lazy) instanceof LazyLookaheadStrategy);
        assert.ok(!(strategyOf(langium) instanceof LazyLookaheadStrategy) && strategyOf(langium) instanceof LLStarLookaheadStrategy);
        const all = texts();
        assert.ok(all.length > 200, `${all.length} texts`);
        let broken = 0;
        for (const text of all) {
            const expected = outcome(langium, text);
            assert.deepEqual(outcome(lazy, text), expected, `parsing:\n${text}`);
            broken += expected.parserErrors.length > 0 ? 1 : 0;
        }
        assert.ok(broken > 80, `only ${broken} texts had syntax errors`);
    });

    it('builds the lookahead when the parser first needs it, not with the parser', () => {
        const { Journey } = createJourneyCoreServices(EmptyFileSystem);
        const strategy = strategyOf(Journey) as LazyLookaheadStrategy;
        assert.equal(strategy.initialized, false);
        const result = Journey.parser.LangiumParser.parse('owner Team "The team"\n');
        assert.equal(result.parserErrors.length, 0);
        assert.equal(strategy.initialized, true);
    });

    it('gives each parser built from the configuration its own strategy (a strategy holds one parser\'s ATN)', () => {
        const config = lazyLookaheadParserConfig();
        assert.ok(config.lookaheadStrategy instanceof LazyLookaheadStrategy);
        assert.notEqual(config.lookaheadStrategy, config.lookaheadStrategy);
    });
});

describe('the grammar passes Chevrotain\'s validations', () => {
    // Production builds skip them at every start (the grammar is fixed when the CLI is
    // built): this runs them, so that a grammar Chevrotain would reject still fails here.
    it('builds the lexer and the parser with every validation on, and parses the examples with no ambiguity reported', () => {
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), JourneyGeneratedSharedModule, JourneySharedCoreModule);
        const reports: string[] = [];
        const Journey = inject(
            createDefaultCoreModule({ shared }),
            JourneyLanguageGeneratedModule,
            JourneyCoreModule,
            {
                LanguageMetaData: () => ({ ...JourneyLanguageLanguageMetaData, mode: 'development' as const }),
                parser: { ParserConfig: () => ({ lookaheadStrategy: new LLStarLookaheadStrategy({ logging: message => reports.push(message) }) }) }
            }
        );
        const warnings: unknown[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
            // Chevrotain throws on a definition error of the lexer or of the parser.
            assert.ok(Journey.parser.LangiumParser);
        } finally {
            console.warn = warn;
        }
        assert.equal((Journey.parser.LangiumParser as unknown as { wrapper: { skipValidations: boolean } }).wrapper.skipValidations, false);
        assert.deepEqual(warnings, []);
        for (const { name, text } of exampleFiles()) {
            assert.deepEqual(Journey.parser.LangiumParser.parse(text).parserErrors, [], name);
        }
        assert.deepEqual(reports, []);
    });
});
