import {
    DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter,
    type CstNode, type ValueType
} from 'langium';

type Convert = (input: string) => ValueType;

/**
 * Langium's value converter (the same values for the same tokens), with what it looks
 * up for each token kept per grammar element: Langium's finds the terminal rule of the
 * token's grammar element and upper-cases the rule's name at every token (20,000 of
 * them in a 10,000-line file), and builds a string's value a character at a time. Here
 * each grammar element's rule and each rule's conversion are found once, and a string
 * without escapes is its text between the quotes.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    private readonly rules = new Map<GrammarAST.AbstractElement | undefined, GrammarAST.AbstractRule | null>();
    private readonly converters = new Map<GrammarAST.AbstractRule, Convert>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const feature = cstNode.grammarSource;
        let rule = this.rules.get(feature);
        if (rule === undefined) {
            rule = ruleOf(feature);
            this.rules.set(feature, rule);
        }
        return rule ? this.runConverter(rule, input, cstNode) : input;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, _cstNode: CstNode): ValueType {
        let convert = this.converters.get(rule);
        if (!convert) {
            convert = converterOf(rule);
            this.converters.set(rule, convert);
        }
        return convert(input);
    }
}

/** The rule whose value a token of this grammar element is (as Langium's `convert` finds it); null for a keyword. */
function ruleOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.AbstractRule | null {
    const feature = GrammarAST.isCrossReference(element) ? GrammarUtils.getCrossReferenceTerminal(element) : element;
    if (!GrammarAST.isRuleCall(feature)) {
        return null;
    }
    const rule = feature.rule.ref;
    if (!rule) {
        throw new Error('This cst node was not parsed by a rule.');
    }
    return rule;
}

/** Langium's conversion of a rule's tokens, chosen as its `runConverter` chooses it. */
function converterOf(rule: GrammarAST.AbstractRule): Convert {
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return convertString;
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return input => input;
    }
}

/** ValueConverter.convertString: the text between the first and the last character, escapes resolved. */
export function convertString(input: string): string {
    if (input.indexOf('\\') >= 0) {
        return ValueConverter.convertString(input);
    }
    return input.length < 2 ? '' : input.substring(1, input.length - 1);
}
