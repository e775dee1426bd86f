import { GrammarAST, GrammarUtils, isAstNode, type AstNode, type Grammar, type LangiumParser } from 'langium';
import type { IOrAlt, TokenType, TokenTypeDictionary } from 'chevrotain';

/**
 * Defines the parser's rules from the grammar, as Langium's `createParser` does, for a
 * grammar without rule parameters, guards, actions, unordered groups or infix rules
 * (the journey grammar; buildJourneyParserRules throws on anything else).
 *
 * Langium's builder serves every grammar, so at each step of the parse it builds
 * what the step may depend on the rule's arguments: each alternatives decision a new
 * array of closures, one per alternative (eleven for a touchpoint's properties), each
 * rule call a new arguments object, each optional or repeated part an options object.
 * With no parameters nothing depends on the arguments, so each step here is built once,
 * when the rules are defined. The parser is driven through the same calls (consume,
 * subrule, alternatives, optional, many, atLeastOne) with the same grammar elements and
 * the same occurrence numbers per rule, so Chevrotain records the same grammar and the
 * tree, the CST, the errors and their recovery are the same as with Langium's builder
 * (test/language/journey-parser.test.ts compares them).
 */
export function buildJourneyParserRules(grammar: Grammar, parser: LangiumParser, tokens: TokenTypeDictionary): void {
    const reachable = reachableRules(grammar);
    for (const rule of grammar.rules) {
        if (GrammarAST.isInfixRule(rule) && reachable.has(rule)) {
            unsupported(rule, 'an infix rule');
        }
        if (!GrammarAST.isParserRule(rule) || !reachable.has(rule)) {
            continue;
        }
        if (rule.parameters.length > 0) {
            unsupported(rule, 'a rule with parameters');
        }
        // Occurrence numbers count from 1 in each rule, in the order the elements are written.
        const counters: Counters = { consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        const body = build({ parser, tokens, counters }, rule.definition);
        parser.rule(rule, body);
    }
}

/**
 * The rules reachable from the entry rule through rule calls, as Langium's
 * GrammarUtils.getAllReachableRules finds them for its parser (its terminal rules left
 * out, which no rule defined here is): the same walk through every element, without the
 * iterator that Langium's stream makes for each of the grammar's nodes (a third of a
 * megabyte at each start).
 */
export function reachableRules(grammar: Grammar): Set<GrammarAST.AbstractRule> {
    const reached = new Set<GrammarAST.AbstractRule>();
    const visit = (node: AstNode): void => {
        const fields = node as unknown as Record<string, unknown>;
        for (const name in fields) {
            if (name.charCodeAt(0) === 36 /* $ */) continue;
            const value = fields[name];
            if (Array.isArray(value)) {
                for (const item of value) {
                    if (isAstNode(item)) reach(item);
                }
            } else if (isAstNode(value)) {
                reach(value);
            }
        }
    };
    const reach = (node: AstNode): void => {
        if (GrammarAST.isRuleCall(node)) {
            const rule = node.rule.ref;
            if (rule && !GrammarAST.isTerminalRule(rule) && !reached.has(rule)) {
                reached.add(rule);
                visit(rule);
            }
        }
        visit(node);
    };
    const entry = grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry);
    if (!entry) {
        return new Set(grammar.rules);
    }
    reached.add(entry);
    visit(entry);
    return reached;
}

type Step = () => void;
interface Counters { consume: number; optional: number; subrule: number; many: number; or: number }
interface Context { parser: LangiumParser; tokens: TokenTypeDictionary; counters: Counters }

/** The arguments of every rule call: no rule has parameters. */
const NO_ARGUMENTS: Record<string, boolean> = Object.freeze({}) as Record<string, boolean>;

function unsupported(element: GrammarAST.AbstractElement | GrammarAST.AbstractRule, what: string): never {
    throw new Error(`The journey parser's rule builder does not support ${what} (${element.$cstNode?.text ?? element.$type}); `
        + 'extend src/language/journey-parser-builder.ts or use Langium\'s createParser');
}

function build(ctx: Context, element: GrammarAST.AbstractElement): Step {
    if (GrammarAST.isGroup(element) && element.guardCondition) {
        unsupported(element, 'a guard condition');
    }
    return repeat(ctx, buildOnce(ctx, element), element.cardinality);
}

function buildOnce(ctx: Context, element: GrammarAST.AbstractElement): Step {
    const { parser, counters } = ctx;
    if (GrammarAST.isKeyword(element)) {
        const idx = counters.consume++;
        const token = token_(ctx, element.value);
        return () => parser.consume(idx, token, element);
    }
    if (GrammarAST.isAssignment(element)) {
        // The parser finds the assignment from the element it is given, its terminal.
        return build(ctx, element.terminal);
    }
    if (GrammarAST.isCrossReference(element)) {
        return crossReference(ctx, element, element.terminal);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule)) {
            if (element.arguments.length > 0) {
                unsupported(element, 'a rule call with arguments');
            }
            return ruleCall(ctx, rule, rule.fragment, element);
        }
        if (GrammarAST.isTerminalRule(rule)) {
            const idx = counters.consume++;
            const token = token_(ctx, rule.name);
            return () => parser.consume(idx, token, element);
        }
        return unsupported(element, `a call of ${element.rule.$refText}`);
    }
    if (GrammarAST.isAlternatives(element)) {
        if (element.elements.length === 1) {
            return build(ctx, element.elements[0]);
        }
        // The alternatives are built before the decision takes its number, as in Langium.
        const choices: Array<IOrAlt<void>> = element.elements.map(alternative => {
            if (GrammarAST.isGroup(alternative) && alternative.guardCondition) {
                unsupported(alternative, 'a guard condition');
            }
            return { ALT: repeat(ctx, buildOnce(ctx, alternative), alternative.cardinality) };
        });
        const idx = counters.or++;
        return () => parser.alternatives(idx, choices);
    }
    if (GrammarAST.isUnorderedGroup(element)) {
        return unsupported(element, 'an unordered group');
    }
    if (GrammarAST.isGroup(element)) {
        const steps = element.elements.map(part => build(ctx, part));
        return () => {
            for (let i = 0; i < steps.length; i++) {
                steps[i]();
            }
        };
    }
    if (GrammarAST.isAction(element)) {
        return unsupported(element, 'an action');
    }
    return unsupported(element, `a ${element.$type}`);
}

/** A reference: its terminal is a terminal rule, a keyword or a data type rule (or the target's name rule). */
function crossReference(ctx: Context, reference: GrammarAST.CrossReference, terminal: GrammarAST.AbstractElement | undefined): Step {
    const { parser, counters } = ctx;
    if (!terminal) {
        const target = reference.type.ref;
        const nameTerminal = target && GrammarUtils.findNameAssignment(target)?.terminal;
        if (!nameTerminal) {
            throw new Error(`Could not find the name of the references' target ${reference.type.$refText}`);
        }
        return crossReference(ctx, reference, nameTerminal);
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
        return ruleCall(ctx, terminal.rule.ref, false, reference);
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
        const idx = counters.consume++;
        const token = token_(ctx, terminal.rule.ref.name);
        return () => parser.consume(idx, token, reference);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const idx = counters.consume++;
        const token = token_(ctx, terminal.value);
        return () => parser.consume(idx, token, reference);
    }
    return unsupported(reference, 'a reference of this kind');
}

function ruleCall(ctx: Context, rule: GrammarAST.ParserRule, fragment: boolean, feature: GrammarAST.AbstractElement): Step {
    const { parser, counters } = ctx;
    const idx = counters.subrule++;
    // Rules may call rules defined after them: found on the first call.
    let method: ReturnType<LangiumParser['getRule']>;
    return () => {
        method ??= parser.getRule(rule.name);
        if (!method) {
            throw new Error(`Rule "${rule.name}" not found.`);
        }
        parser.subrule(idx, method, fragment, feature, NO_ARGUMENTS);
    };
}

function repeat(ctx: Context, step: Step, cardinality: '*' | '+' | '?' | undefined): Step {
    const { parser, counters } = ctx;
    switch (cardinality) {
        case undefined:
            return step;
        case '?': {
            const idx = counters.optional++;
            const options = { DEF: step };
            return () => parser.optional(idx, options);
        }
        case '*': {
            const idx = counters.many++;
            const options = { DEF: step };
            return () => parser.many(idx, options);
        }
        case '+': {
            const idx = counters.many++;
            const options = { DEF: step };
            return () => parser.atLeastOne(idx, options);
        }
    }
}

function token_(ctx: Context, name: string): TokenType {
    const token = ctx.tokens[name];
    if (!token) {
        throw new Error(`Token "${name}" not found.`);
    }
    return token;
}
