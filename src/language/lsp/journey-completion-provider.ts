import {
    AstUtils, DocumentCache, GrammarAST, WorkspaceCache,
    type AstNode, type AstNodeDescription, type ConfigurationProvider, type IndexManager, type LangiumDocument, type LangiumDocuments, type ReferenceInfo,
    type Stream
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
    type CompletionBacktrackingInformation, type LangiumServices, type NextFeature
} from 'langium/lsp';
import { CompletionTriggerKind, type CancellationToken, type CompletionParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CompletionItemKind, InsertTextFormat, type CompletionList, type MarkupContent, type Position
} from 'vscode-languageserver-types';
import { isJourney, isStage, isTouchpoint, type Kpi, type Owner, type Persona, type Touchpoint } from '../generated/ast.js';
import { channelOf, contactOf, descriptionOf, ownerOf, personaGoalsOf } from '../element-properties.js';
import { editStart, isValueItem, startsAtBoundary, VALUE_KEYWORDS, valueExpectedAfterSpace } from './journey-completion-context.js';
import { condensedPrefix, tokenWindowStart } from './journey-completion-prefix.js';
import { displayTitle, kpiLine } from './journey-facts.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { keywordDoc } from './journey-keyword-docs.js';
import { journeyTemplates, SNIPPETS, type Snippet, type SnippetContext } from './journey-snippets.js';
import { detectTemplateLanguage, templateLanguageSetting } from './journey-template-language.js';
import type { TemplateLanguage } from './journey-templates.js';

/** Characters a `next` path is made of, read backwards from the cursor. */
const PATH_BEFORE_CURSOR = /[\p{L}\p{N}_\u00B7\u200C\u200D\u203F\u2040.]*$/u;
/** The setting that picks the templates' language: `journey.templates.language` (auto|en|da|nb|sv). */
export const TEMPLATES_SECTION = 'journey';
/** The elements whose blocks hold properties: a property keyword is documented for the one it is written in. */
const ELEMENT_TYPES = new Set(['Journey', 'Stage', 'Touchpoint', 'Owner', 'Persona', 'Kpi', 'Evidence']);
/** A snippet offers at most this many owners to choose from. */
const MAX_OWNER_CHOICES = 30;
/** Text of other files read to tell the workspace's language. */
const MAX_WORKSPACE_SAMPLE = 200_000;

/**
 * Langium's grammar-driven completion (only the keywords and references valid at
 * the cursor), plus: titles and documentation on references, channel values as
 * enum members, `next` paths (`Stage.` then that stage's touchpoints), snippets
 * for each definition and the two journey templates in the file's language.
 * Nothing is glued onto a token being typed, and a space after a keyword that
 * takes a value opens the list of values (see journey-completion-context).
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.', ' '] };

    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly configuration: ConfigurationProvider;
    private readonly documentLanguage: DocumentCache<string, TemplateLanguage | undefined>;
    private readonly workspaceLanguage: WorkspaceCache<string, TemplateLanguage | undefined>;
    private readonly ownerChoices: WorkspaceCache<string, SnippetContext>;
    /** The document whose completion is being computed (the base class passes only its text). */
    private active: LangiumDocument | undefined;
    /** `journey.templates.language` when it names a language, read at each request. */
    private languageSetting: TemplateLanguage | undefined;

    constructor(services: LangiumServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.documentLanguage = new DocumentCache(services.shared);
        this.workspaceLanguage = new WorkspaceCache(services.shared);
        this.ownerChoices = new WorkspaceCache(services.shared);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const trigger = params.context;
        const onSpace = trigger?.triggerKind === CompletionTriggerKind.TriggerCharacter && trigger.triggerCharacter === ' ';
        if (onSpace && !valueExpectedAfterSpace(document, offset)) {
            return { isIncomplete: false, items: [] };
        }
        this.languageSetting = templateLanguageSetting(await this.templatesSetting());
        const list = await super.getCompletion(document, params, cancelToken);
        if (!list) {
            return list;
        }
        const text = document.textDocument.getText();
        const items = list.items.filter(item =>
            startsAtBoundary(text, editStart(item, document, offset), item) && (!onSpace || isValueItem(item)));
        return { ...list, items };
    }

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        this.active = document;
        yield* super.buildContexts(document, position);
    }

    /** Parses only the part of the prefix that decides what may follow (see journey-completion-prefix). */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.active?.textDocument === textDocument ? this.active : undefined;
        const prefix = document && condensedPrefix(document, offset);
        if (prefix === undefined) {
            return super.findFeaturesAt(textDocument, offset);
        }
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, 0, prefix), prefix.length);
    }

    /** Lexes a window of a few tokens around the cursor instead of the whole text. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const document = this.active?.textDocument.getText() === text ? this.active : undefined;
        const start = document ? tokenWindowStart(document, offset) : 0;
        if (start === 0) {
            return super.backtrackToAnyToken(text, offset);
        }
        const lineEnd = text.indexOf('\n', offset);
        const window = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
        const found = super.backtrackToAnyToken(window, offset - start);
        const shift = (value: number | undefined) => (value === undefined ? undefined : value + start);
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        if (isNextPathFeature(next)) {
            return this.completeNextPath(context, acceptor);
        }
        return super.completionFor(context, this.withOwningType(context, next), acceptor);
    }

    /**
     * Error recovery can leave the element around the cursor unbuilt, so that the
     * closest node is of another type (the file itself, say) than the rule whose
     * cross-reference is being completed. Complete it as the element it would be.
     */
    private withOwningType(context: CompletionContext, next: NextFeature): NextFeature {
        if (next.type || !context.node || !GrammarAST.isCrossReference(next.feature)) {
            return next;
        }
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (!rule || this.astReflection.isInstance(context.node, rule.name)) {
            return next;
        }
        return { ...next, type: rule.name };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (rule === 'Channel') {
            acceptor(context, { label: keyword.value, kind: CompletionItemKind.EnumMember, detail: 'channel', sortText: '0' });
            return;
        }
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const element = context.node && AstUtils.getContainerOfType(context.node, (node): node is AstNode => ELEMENT_TYPES.has(node.$type));
        const doc = keywordDoc(rule, element?.$type, keyword.value);
        const documentation: MarkupContent | undefined = doc && { kind: 'markdown', value: doc.meaning };
        const snippets = this.clientCapabilities?.completionItem?.snippetSupport === false ? []
            : SNIPPETS.filter(snippet => snippet.keyword === keyword.value && snippet.rule === rule);
        if (snippets.length > 0) {
            // The snippet starts with the keyword: a plain keyword item beside it would be the same entry twice.
            const templates = rule === 'Journey' ? journeyTemplates(this.templateLanguage(context.document)) : [];
            for (const snippet of [...snippets, ...templates]) {
                acceptor(context, snippetItem(snippet, this.snippetContext(context.document), documentation));
            }
            return;
        }
        // A keyword that takes a value brings its space along and opens the list of values.
        const takesValue = VALUE_KEYWORDS.has(keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: doc?.form ?? keyword.value,
            documentation,
            sortText: '1',
            insertText: takesValue ? `${keyword.value} ` : undefined,
            command: takesValue ? { title: 'Suggest values', command: 'editor.action.triggerSuggest' } : undefined
        });
    }

    private async templatesSetting(): Promise<unknown> {
        // VS Code sends the section as nested objects; other clients may use a dotted key.
        const nested = await this.configuration.getConfiguration(TEMPLATES_SECTION, 'templates') as Record<string, unknown> | undefined;
        return nested?.language ?? await this.configuration.getConfiguration(TEMPLATES_SECTION, 'templates.language');
    }

    /** The setting's language, else the file's, else the workspace's, else English. */
    private templateLanguage(document: LangiumDocument): TemplateLanguage {
        if (this.languageSetting) {
            return this.languageSetting;
        }
        const own = this.documentLanguage.get(document.uri, 'language', () => detectTemplateLanguage(document.textDocument.getText()));
        return own ?? this.workspaceLanguage.get('language', () => detectTemplateLanguage(this.workspaceSample())) ?? 'en';
    }

    private workspaceSample(): string {
        let sample = '';
        for (const document of this.documents.all) {
            if (sample.length < MAX_WORKSPACE_SAMPLE) {
                sample += document.textDocument.getText().slice(0, MAX_WORKSPACE_SAMPLE - sample.length) + '\n';
            }
        }
        return sample;
    }

    /** The workspace's owners, those the file uses most first, then by name. */
    private snippetContext(document: LangiumDocument): SnippetContext {
        return this.ownerChoices.get(document.uri.toString(), () => {
            const uses = new Map<string, number>();
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                const owner = (node as { owner?: { $refText?: string } }).owner;
                if (owner?.$refText) uses.set(owner.$refText, (uses.get(owner.$refText) ?? 0) + 1);
            }
            const owners = [...new Set(this.indexManager.allElements('Owner').map(description => description.name))]
                .sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || a.localeCompare(b))
                .slice(0, MAX_OWNER_CHOICES);
            return { owners };
        });
    }

    /** `continues` leads into another journey: its own is left out (that would be continues-own-journey). */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (this.astReflection.getReferenceType(refInfo) !== 'Journey') {
            return candidates;
        }
        const own = context.node && AstUtils.getContainerOfType(context.node, isJourney)?.name;
        return own === undefined ? candidates : candidates.filter(candidate => candidate.name !== own);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as Owner | Persona | Kpi | undefined;
        return { ...item, detail: node ? displayTitle(node) : description.type, documentation: node && referenceDocumentation(node) };
    }

    /**
     * `next` takes `Touchpoint` (same stage) or `Stage.Touchpoint` (same journey).
     * Before a dot: the stage's own touchpoints and the other stages (as `Stage.`);
     * after `Stage.`: that stage's touchpoints. Read from the text, so it works
     * while the path is still incomplete.
     */
    private completeNextPath(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const stage = context.node && (isStage(context.node) ? context.node : AstUtils.getContainerOfType(context.node, isStage));
        if (!stage) {
            return;
        }
        const current = context.node && AstUtils.getContainerOfType(context.node, isTouchpoint);
        const text = context.textDocument.getText();
        const typed = PATH_BEFORE_CURSOR.exec(text.slice(Math.max(0, context.offset - 256), context.offset))?.[0] ?? '';
        const dot = typed.lastIndexOf('.');
        if (dot >= 0) {
            const qualifier = typed.slice(0, dot);
            const target = stage.$container.stages.find(s => s.name === qualifier);
            const start = context.offset - typed.length + dot + 1;
            for (const touchpoint of target?.touchpoints ?? []) {
                acceptor(context, this.touchpointItem(context, touchpoint, start, touchpoint.name));
            }
            return;
        }
        const start = context.offset - typed.length;
        for (const touchpoint of stage.touchpoints) {
            if (touchpoint !== current) {
                acceptor(context, this.touchpointItem(context, touchpoint, start, touchpoint.name));
            }
        }
        for (const other of stage.$container.stages) {
            if (other !== stage && other.touchpoints.length > 0) {
                acceptor(context, {
                    label: `${other.name}.`,
                    kind: CompletionItemKind.Module,
                    detail: `stage: ${displayTitle(other)}`,
                    sortText: '1',
                    textEdit: this.replaceTyped(context, start, `${other.name}.`),
                    command: { title: 'Suggest touchpoints', command: 'editor.action.triggerSuggest' }
                });
            }
        }
    }

    private touchpointItem(context: CompletionContext, touchpoint: Touchpoint, start: number, name: string): CompletionValueItem {
        return {
            label: name,
            kind: CompletionItemKind.Event,
            detail: displayTitle(touchpoint),
            documentation: channelOf(touchpoint) ? `channel ${channelOf(touchpoint)}` : undefined,
            sortText: '0',
            textEdit: this.replaceTyped(context, start, name)
        };
    }

    private replaceTyped(context: CompletionContext, start: number, newText: string) {
        return { newText, range: { start: context.textDocument.positionAt(start), end: context.position } };
    }
}

/** Whether the parser expects (part of) the path after `next`. */
function isNextPathFeature(next: NextFeature): boolean {
    if (GrammarAST.isCrossReference(next.feature)) {
        return AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature === 'next';
    }
    return AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === 'TouchpointPath';
}

function snippetItem(snippet: Snippet, context: SnippetContext, documentation: MarkupContent | undefined): CompletionValueItem {
    return {
        label: snippet.label,
        kind: CompletionItemKind.Snippet,
        detail: snippet.detail,
        documentation,
        filterText: snippet.keyword,
        insertText: snippet.body(context),
        insertTextFormat: InsertTextFormat.Snippet,
        sortText: '2'
    };
}

function referenceDocumentation(node: Owner | Persona | Kpi): MarkupContent | undefined {
    let value: string | undefined;
    switch (node.$type) {
        case 'Owner':
            value = contactOf(node) !== undefined ? `Contact: ${escapeMarkdown(contactOf(node)!)}` : descriptionOf(node) && escapeMarkdown(descriptionOf(node)!);
            break;
        case 'Kpi':
            value = [kpiLine(node), ownerOf(node) ? `owner ${ownerOf(node)!.$refText}` : undefined].filter(Boolean).join(', ');
            value = escapeMarkdown(value.charAt(0).toUpperCase() + value.slice(1));
            break;
        case 'Persona':
            value = descriptionOf(node) ? escapeMarkdown(descriptionOf(node)!) : personaGoalsOf(node)[0] && `Goal: ${escapeMarkdown(personaGoalsOf(node)[0])}`;
            break;
    }
    return value ? { kind: 'markdown', value } : undefined;
}
