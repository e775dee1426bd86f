import {
    CstUtils, GrammarAST, GrammarUtils, AstUtils,
    type AstNode, type Grammar, type LangiumDocument
} from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { ErrorCodes, ResponseError, type RenameParams, type TextDocumentPositionParams } from 'vscode-languageserver-protocol';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { isJourneyFile, isStage, isTouchpoint } from '../generated/ast.js';
import type { JourneyWorkspaceIndex } from '../journey-workspace-index.js';
import type { JourneyServices } from '../journey-module.js';
import { capitalised, withArticle } from '../vocabulary.js';

/**
 * Rename across files. References come from `JourneyReferences`, so a touchpoint
 * written as `Stage.Touchpoint` keeps its qualifier and a stage rename updates the
 * qualifiers. A new name that is not an ID, is a keyword or is already taken by a
 * definition of the same kind in the same scope is refused with a message.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly index: JourneyWorkspaceIndex;
    private readonly idPattern: RegExp;
    private readonly keywords: Set<string>;

    constructor(services: JourneyServices) {
        super(services as LangiumServices);
        this.index = services.workspace.JourneyWorkspaceIndex;
        this.idPattern = idRegExp(services.Grammar);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const problem = this.checkNewName(target, params.newName);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.renameNodeRange(document, params.position);
    }

    /** Why `newName` cannot be given to `target`, or undefined when it can. */
    checkNewName(target: AstNode & { name: string }, newName: string): string | undefined {
        const kind = withArticle(target.$type);
        if (!this.idPattern.test(newName)) {
            return `'${newName}' is not a valid name: use letters, digits and '_', starting with a letter or '_'.`;
        }
        if (this.keywords.has(newName)) {
            return `'${newName}' is a keyword and cannot name ${kind}.`;
        }
        if (newName === target.name) {
            return undefined;
        }
        const clash = this.sameKindNamed(target, newName);
        return clash ? `${capitalised(kind)} named '${newName}' already exists${clash}.` : undefined;
    }

    /** Where a definition of the target's kind named `name` already exists in its scope (' in stage S'). */
    private sameKindNamed(target: AstNode & { name: string }, name: string): string | undefined {
        if (isTouchpoint(target)) {
            return target.$container.touchpoints.some(t => t.name === name) ? ` in stage '${target.$container.name}'` : undefined;
        }
        if (isStage(target)) {
            return target.$container.stages.some(s => s.name === name) ? ` in journey '${target.$container.name}'` : undefined;
        }
        if (isJourneyFile(target.$container)) {
            return this.index.definitionsNamed(target.$type, name).length > 0 ? ' in the workspace' : undefined;
        }
        return undefined;
    }

    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): (AstNode & { name: string }) | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        return target && typeof (target as { name?: unknown }).name === 'string' ? target as AstNode & { name: string } : undefined;
    }
}

/** The grammar's ID terminal, anchored to match a whole name. */
function idRegExp(grammar: Grammar): RegExp {
    const rule = grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === 'ID');
    const source = rule ? GrammarUtils.terminalRegex(rule as GrammarAST.TerminalRule).source : '[_a-zA-Z][\\w]*';
    return new RegExp(`^(?:${source})$`);
}
