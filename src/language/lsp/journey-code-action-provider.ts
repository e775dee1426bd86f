import {
    AstUtils, CstUtils,
    type AstNode, type IndexManager, type LangiumDocument, type LangiumDocuments, type URI
} from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { DiagnosticCode, type JourneyDiagnosticData } from '../diagnostic-codes.js';
import { isContinuesProperty, isJourney, isJourneyFile, isPainProperty, isTouchpoint, type JourneyFile } from '../generated/ast.js';
import { nextOf } from '../element-properties.js';
import type { JourneyServices } from '../journey-module.js';
import { signed, typeNoun } from '../vocabulary.js';
import { missingOwnerFixes } from './journey-missing-owner-fixes.js';
import { addPersonaToJourney, closestNames, definitionText, insertDefinition, removeDefinition } from './journey-quick-fixes.js';
import { channelFixes, repeatedPropertyFixes, straightQuoteFix, unitFix } from './journey-language-fixes.js';

const CREATABLE = new Set(['Owner', 'Persona', 'Kpi', 'Evidence']);

/** Quick fixes, chosen by the diagnostic's stable code. */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;

    constructor(services: JourneyServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as JourneyDiagnosticData | undefined;
            switch (data?.code ?? diagnostic.code) {
                case DiagnosticCode.UnresolvedReference:
                    actions.push(...this.fixUnresolved(document, diagnostic, data));
                    break;
                case DiagnosticCode.UnusedDefinition:
                    actions.push(...this.removeUnused(document, diagnostic));
                    break;
                case DiagnosticCode.MissingOwner:
                    actions.push(...this.addOwners(document, diagnostic));
                    break;
                case DiagnosticCode.EmotionOutOfRange:
                    actions.push(...this.clampEmotion(document, diagnostic, data));
                    break;
                case DiagnosticCode.RepeatedProperty:
                    actions.push(...repeatedPropertyFixes(document, diagnostic, data));
                    break;
                case DiagnosticCode.PersonaNotInJourney:
                    actions.push(...this.addPersonaToJourney(document, diagnostic, data));
                    break;
                case DiagnosticCode.PainWithoutEvidence:
                    actions.push(...this.citeEvidence(document, diagnostic));
                    break;
                case DiagnosticCode.ContinuesOwnJourney:
                    actions.push(...this.continuesAsNext(document, diagnostic));
                    break;
                case DiagnosticCode.TypographicQuote:
                    actions.push(...straightQuoteFix(document, diagnostic, data));
                    break;
                case DiagnosticCode.SyntaxError:
                    actions.push(...channelFixes(document, diagnostic), ...unitFix(document, diagnostic, data));
                    break;
            }
        }
        return actions;
    }

    private fixUnresolved(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
        const refType = data?.refType;
        const refText = data?.refText ?? document.textDocument.getText(diagnostic.range);
        if (!refType) {
            return [];
        }
        const candidates = refType === 'Touchpoint'
            ? this.touchpointPaths(this.nodeAt(document, diagnostic))
            : this.indexManager.allElements(refType).map(description => description.name);
        const actions = closestNames(refText, candidates).map((name, i) => this.action(
            `Change to '${name}'`, diagnostic, { [document.uri.toString()]: [{ range: diagnostic.range, newText: name }] }, i === 0));
        if (CREATABLE.has(refType) && /^[^\s.]+$/.test(refText)) {
            const target = this.fileDefining(refType, document);
            const edit = insertDefinition(target, refType, definitionText(refType, refText));
            const where = target === document ? '' : ` in ${target.uri.path.split('/').pop()}`;
            actions.push(this.action(`Create ${typeNoun(refType)} '${refText}'${where}`, diagnostic, { [target.uri.toString()]: [edit] }));
        }
        return actions;
    }

    /** Names `next` can take from this touchpoint: its stage's touchpoints and `Stage.Touchpoint`. */
    private touchpointPaths(node: AstNode | undefined): string[] {
        const touchpoint = node && AstUtils.getContainerOfType(node, isTouchpoint);
        if (!touchpoint) {
            return [];
        }
        const stage = touchpoint.$container;
        return [
            ...stage.touchpoints.filter(t => t !== touchpoint).map(t => t.name),
            ...stage.$container.stages.flatMap(s => s.touchpoints.map(t => `${s.name}.${t.name}`))
        ];
    }

    /** The file where definitions of this kind live: this one if it has any, else the one with most. */
    private fileDefining(type: string, current: LangiumDocument): LangiumDocument<JourneyFile> {
        const counts = new Map<string, { uri: URI; count: number }>();
        for (const description of this.indexManager.allElements(type)) {
            const key = description.documentUri.toString();
            const entry = counts.get(key) ?? { uri: description.documentUri, count: 0 };
            entry.count++;
            counts.set(key, entry);
        }
        const currentKey = current.uri.toString();
        const best = counts.has(currentKey) ? undefined
            : [...counts.values()].sort((a, b) => b.count - a.count || a.uri.toString().localeCompare(b.uri.toString()))[0];
        const target = best && this.documents.getDocument(best.uri);
        return (target && isJourneyFile(target.parseResult.value) ? target : current) as LangiumDocument<JourneyFile>;
    }

    private removeUnused(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const definition = node && isJourneyFile(node.$container) ? node as AstNode & { name: string } : undefined;
        const edit = definition && removeDefinition(document, definition);
        if (!definition || !edit) {
            return [];
        }
        const label = `Remove unused ${typeNoun(definition.$type)} '${definition.name}'`;
        return [this.action(label, diagnostic, { [document.uri.toString()]: [edit] }, true)];
    }

    /** missing-owner: add an owner to the touchpoint, its stage or its journey (journey-missing-owner-fixes). */
    private addOwners(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const touchpoint = node && AstUtils.getContainerOfType(node, isTouchpoint);
        if (!touchpoint) {
            return [];
        }
        const owners = this.indexManager.allElements('Owner').map(description => description.name).toArray();
        return missingOwnerFixes(document, touchpoint, owners)
            .map(fix => this.action(fix.title, diagnostic, { [document.uri.toString()]: [fix.edit] }));
    }

    /** persona-not-in-journey: list the persona on the journey's persona line. */
    private addPersonaToJourney(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const journey = node && AstUtils.getContainerOfType(node, isJourney);
        const persona = typeof data?.persona === 'string' ? data.persona : undefined;
        const edit = journey && persona && addPersonaToJourney(document, journey, persona);
        if (!journey || !persona || !edit) {
            return [];
        }
        return [this.action(`Add persona '${persona}' to journey ${journey.name}`, diagnostic, { [document.uri.toString()]: [edit] }, true)];
    }

    /**
     * pain-without-evidence: cite one of the workspace's evidence definitions
     * (`pain "…" from Survey`). Evidence this file already cites comes first, then
     * the rest by name; at most five, so the menu stays short.
     */
    private citeEvidence(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const pain = node && AstUtils.getContainerOfType(node, isPainProperty);
        const end = pain?.$cstNode?.end;
        if (!pain || end === undefined || pain.evidence.length > 0) {
            return [];
        }
        const citedHere = new Set(AstUtils.streamAst(document.parseResult.value)
            .filter(isPainProperty)
            .flatMap(other => other.evidence.map(reference => reference.$refText))
            .toArray());
        const names = [...new Set(this.indexManager.allElements('Evidence').map(description => description.name))]
            .sort((a, b) => Number(citedHere.has(b)) - Number(citedHere.has(a)) || a.localeCompare(b));
        const position = document.textDocument.positionAt(end);
        return names.slice(0, 5).map(name => this.action(`Cite evidence '${name}'`, diagnostic,
            { [document.uri.toString()]: [{ range: { start: position, end: position }, newText: ` from ${name}` }] }));
    }

    /**
     * continues-own-journey: `continues J.S` inside J meant a step within the journey,
     * `next S.T` to the stage's first touchpoint. Offered only where the touchpoint has
     * no `next` yet (a second one would be a repeated property).
     */
    private continuesAsNext(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const property = node && AstUtils.getContainerOfType(node, isContinuesProperty);
        const touchpoint = property?.$container;
        const first = property?.stage?.ref?.touchpoints.find(t => t !== touchpoint);
        const range = property?.$cstNode?.range;
        if (!property || !touchpoint || !first || !range || nextOf(touchpoint)) {
            return [];
        }
        const path = first.$container === touchpoint.$container ? first.name : `${first.$container.name}.${first.name}`;
        return [this.action(`Change to 'next ${path}'`, diagnostic,
            { [document.uri.toString()]: [{ range, newText: `next ${path}` }] }, true)];
    }

    private clampEmotion(document: LangiumDocument, diagnostic: Diagnostic, data: JourneyDiagnosticData | undefined): CodeAction[] {
        const clamped = data?.clamped;
        if (typeof clamped !== 'number') {
            return [];
        }
        const text = String(clamped);
        return [this.action(`Clamp emotion to ${signed(clamped)}`, diagnostic,
            { [document.uri.toString()]: [{ range: diagnostic.range, newText: text }] }, true)];
    }

    private nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
    }

    private action(title: string, diagnostic: Diagnostic, changes: Record<string, TextEdit[]>, isPreferred = false): CodeAction {
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: isPreferred || undefined, edit: { changes } };
    }
}
