import {
    CstNodeBuilder, DatatypeSymbol, LangiumParser,
    type AstNode, type AstReflection, type CompositeCstNode, type GrammarAST, type LangiumCoreServices, type LexerResult,
    type ParseResult, type ParserOptions, type ValueConverter
} from 'langium';
import type { IToken } from 'chevrotain';
import { buildJourneyParserRules } from './journey-parser-builder.js';

/**
 * Langium's parser with two steps made cheaper, for the 10,000-line journey whose
 * properties are nodes of their own (see the grammar):
 * - after parsing, Langium links every node of the tree to its container with
 *   `linkContentToContainer`, which allocates an entries array for each node and a
 *   closure for each list (a tenth of the parse's CPU time); `linkContainers` sets the
 *   same `$container`, `$containerProperty` and `$containerIndex` on the same nodes
 *   with plain loops over each node's own fields;
 * - before each token, Langium adds the comments in front of it to the CST, and for
 *   the usual token with none it still allocates and walks up the CST to add nothing;
 *   JourneyCstNodeBuilder returns at once then, and the parser finds no comments
 *   without allocating an empty list for them;
 * - when a rule ends, Langium gives the node its default values (an empty list for
 *   each list property not written, false for each boolean) by walking the type's
 *   metadata; `construct` keeps each type's defaults in a list, made once.
 * Its rules are defined by buildJourneyParserRules (journey-parser-builder.ts), which
 * builds each step of each rule once instead of at every step of the parse.
 * Everything else is Langium's: the same lexer, grammar, CST and error recovery.
 */
export class JourneyParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        const self = this as unknown as ParserState;
        self.nodeBuilder = new JourneyCstNodeBuilder();
        // Langium's private steps, replaced on the instance (TypeScript allows no override of a private method).
        self.extractHiddenTokens = token => this.commentsBefore(token);
        self.construct = () => this.endNode();
        this.reflection = services.shared.AstReflection;
        this.valueConverter = services.parser.ValueConverter;
    }

    private readonly reflection: AstReflection;
    private readonly valueConverter: ValueConverter;
    /** Each type's properties with a default value, and the value. */
    private readonly defaults = new Map<string, Array<[string, unknown]>>();

    /** The comments before `token`, taken from the lexer's list (as Langium's extractHiddenTokens). */
    private commentsBefore(token: IToken): IToken[] {
        const hidden = (this as unknown as ParserState).lexerResult!.hidden;
        // The usual case, a token with no comment before it: no new empty list.
        if (hidden.length === 0 || hidden[0].startOffset > token.startOffset) {
            return NO_TOKENS;
        }
        const offset = token.startOffset;
        for (let i = 1; i < hidden.length; i++) {
            if (hidden[i].startOffset > offset) {
                return hidden.splice(0, i);
            }
        }
        return hidden.splice(0, hidden.length);
    }

    /** Ends the current rule's node (as Langium's construct, for a grammar without infix rules: buildJourneyParserRules refuses them). */
    private endNode(): unknown {
        if (this.isRecording()) {
            return undefined;
        }
        const self = this as unknown as ParserState;
        const node = self.stack.pop()!;
        self.nodeBuilder.construct(node as Parameters<CstNodeBuilder['construct']>[0]);
        if (node.$type === DatatypeSymbol) {
            return this.valueConverter.convert(node.value!, node.$cstNode!);
        }
        const fields = node as unknown as Record<string, unknown>;
        const defaults = this.defaultsOf(node.$type as string);
        for (let i = 0; i < defaults.length; i++) {
            const name = defaults[i][0];
            const value = defaults[i][1];
            if (fields[name] === undefined) {
                fields[name] = Array.isArray(value) ? copyList(value) : value;
            }
        }
        return node;
    }

    private defaultsOf(type: string): Array<[string, unknown]> {
        let defaults = this.defaults.get(type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.defaults.set(type, defaults);
        }
        return defaults;
    }

    /**
     * Langium's subrule, with whether the rule consumed any text read from its CST node's
     * children by index: Langium asks the node's length, whose getters walk the children
     * with an iterator for the first and the last that is not hidden, at every rule call.
     */
    override subrule(idx: number, rule: SubruleParameters[1], fragment: boolean, feature: GrammarAST.AbstractElement, args: SubruleParameters[4]): void {
        const self = this as unknown as ParserState;
        let cstNode: CompositeCstNode | undefined;
        if (!this.isRecording() && !fragment) {
            cstNode = self.nodeBuilder.buildCompositeNode(feature);
        }
        let result: unknown;
        try {
            result = this.wrapper.wrapSubrule(idx, rule, args);
        } finally {
            if (!this.isRecording()) {
                // A recognition error leaves the rule unfinished: its node is ended here (as Langium does).
                if (result === undefined && !fragment) {
                    result = self.construct();
                }
                if (result !== undefined && cstNode && spansText(cstNode)) {
                    self.performSubruleAssignment(result, feature, cstNode);
                }
            }
        }
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        // The steps of LangiumParser.parse, whose state is private to it.
        const self = this as unknown as ParserState;
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = this.lexer.tokenize(input);
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = self.doParse(ruleMethod) as T;
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        return {
            value: result,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: this.wrapper.errors
        };
    }
}

/** Langium's CST builder, which skips adding an empty list of hidden tokens (comments). */
export class JourneyCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        // With no tokens Langium's method changes nothing: it inserts an empty list.
        if (tokens.length > 0) {
            super.addHiddenNodes(tokens);
        }
    }
}

type SubruleParameters = Parameters<LangiumParser['subrule']>;

/** LangiumParser's private state that the JourneyParser uses. */
interface ParserState {
    nodeBuilder: CstNodeBuilder;
    lexerResult: LexerResult | undefined;
    /** The nodes of the rules under way; a data type rule's has the Datatype symbol as its type and collects its text. */
    stack: Array<Omit<AstNode, '$type'> & { $type: string | symbol; value?: string }>;
    doParse(rule: unknown): AstNode;
    extractHiddenTokens(token: IToken): IToken[];
    construct(): unknown;
    performSubruleAssignment(result: unknown, feature: GrammarAST.AbstractElement, cstNode: CompositeCstNode): void;
}

/**
 * Whether a composite CST node's length is above zero, as its `length` getter finds it:
 * from the offset of its first child that is not hidden to the end of its last one (the
 * first and the last child when every child is hidden; zero when it has none).
 */
export function spansText(node: CompositeCstNode): boolean {
    const content = node.content;
    const count = content.length;
    if (count === 0) {
        return false;
    }
    let first = content[0];
    for (let i = 0; i < count; i++) {
        if (!content[i].hidden) {
            first = content[i];
            break;
        }
    }
    let last = content[count - 1];
    for (let i = count - 1; i >= 0; i--) {
        if (!content[i].hidden) {
            last = content[i];
            break;
        }
    }
    return last.end - first.offset > 0;
}

/** A default list's copy for each node (the default is empty; a list of lists is copied all through, as in Langium). */
function copyList(list: unknown[]): unknown[] {
    if (list.length === 0) {
        return [];
    }
    return list.map(item => Array.isArray(item) ? copyList(item) : item);
}

const NO_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

type Fields = Record<string, unknown>;

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/**
 * Links each node under `node` to its container, as Langium's `linkContentToContainer(node,
 * { deep: true })`: through every field not starting with `$`, single nodes and lists.
 * The parser builds nodes as plain objects, whose enumerable fields are their own.
 */
export function linkContainers(node: AstNode): void {
    const fields = node as unknown as Fields;
    for (const name in fields) {
        if (name.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = fields[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isNode(item)) {
                    const child = item as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
                    child.$container = node;
                    child.$containerProperty = name;
                    child.$containerIndex = index;
                    linkContainers(item);
                }
            }
        } else if (isNode(value)) {
            const child = value as { $container?: AstNode; $containerProperty?: string };
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(value);
        }
    }
}

/** Langium's createLangiumParser, building a JourneyParser whose rules buildJourneyParserRules defines. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = new JourneyParser(services);
    buildJourneyParserRules(services.Grammar, parser, services.parser.Lexer.definition);
    recordOnALayer((parser as unknown as { wrapper: RecordingParser }).wrapper);
    parser.finalize();
    return parser;
}

/** The two steps of Chevrotain's parser (GastRecorder) around its grammar recording. */
interface RecordingParser {
    RECORDING_PHASE: boolean;
    enableRecording(): void;
    disableRecording(): void;
}

/**
 * Chevrotain records the grammar (in `performSelfAnalysis`) by setting some ninety
 * recording methods on the parser object and deleting them one by one afterwards. By
 * then it has made that object a prototype (`toFastProperties`, for a fast parse), and
 * V8 turns each delete from a prototype into a copy of all its properties into a
 * dictionary and back: about 11 KB a delete, a megabyte in all, which every process
 * that parses pays at start (a quarter of a one-line `journey check`'s heap growth).
 * Here Chevrotain's own enableRecording sets its methods on an object put between the
 * parser and its class for the recording, which leaves again as a whole afterwards:
 * the parser is then left with the same own properties and class as by Chevrotain's
 * steps, and has recorded the same grammar (test/language/journey-parser.test.ts compares both).
 */
export function recordOnALayer(parser: RecordingParser): void {
    const enableRecording = parser.enableRecording;
    let parserClass: object | null = null;
    Object.assign(parser, {
        enableRecording(this: RecordingParser) {
            parserClass = Object.getPrototypeOf(this) as object | null;
            const layer = Object.create(parserClass) as RecordingParser;
            enableRecording.call(layer);
            Object.setPrototypeOf(this, layer);
            this.RECORDING_PHASE = true;
        },
        disableRecording(this: Partial<RecordingParser>) {
            this.RECORDING_PHASE = false;
            Object.setPrototypeOf(this, parserClass);
            // These two, left, would be the parser's only own properties that Chevrotain's steps do not leave.
            delete this.enableRecording;
            delete this.disableRecording;
        }
    });
}
