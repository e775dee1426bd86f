import { DefaultLinker, isAstNode, type AstNode, type LangiumCoreServices, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAst, walkAstSync } from './ast-walk.js';
import { isContinuesProperty, isNextProperty, type Stage } from './generated/ast.js';
import { isWithin, stageOf, type IncrementalBuild, type StageEdit } from './incremental-build.js';
import type { JourneySharedCoreServices } from './journey-core-module.js';

/**
 * Langium's linker, walking the AST without streams (see ast-walk.ts); the same links in
 * the same order. After a one-stage splice (incremental-build.ts) it links only the new
 * stage and the references elsewhere that could now resolve differently; every other
 * reference keeps what it resolved to before (it was not unlinked).
 */
export class JourneyLinker extends DefaultLinker {
    private readonly incremental: IncrementalBuild;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.incremental = (services.shared as JourneySharedCoreServices).workspace.IncrementalBuild;
    }

    /** Langium's, except after a reset whose references a splice may keep (incremental-build.ts). */
    override unlink(document: LangiumDocument): void {
        if (this.incremental.keepsLinks(document)) {
            document.references = [];
            return;
        }
        super.unlink(document);
    }

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const edit = this.incremental.edit(document);
        if (edit) {
            return this.linkSplice(document, edit, cancelToken);
        }
        await walkAst(document.parseResult.value, cancelToken, node => {
            forEachReference(node, ref => this.doLink(ref, document));
        });
    }

    /**
     * The references outside the replaced stage keep their targets, except those whose
     * scope holds the edited stage's name or touchpoints (`next Stage.Touchpoint` in its
     * journey, `continues Journey.Stage` into its journey) or that pointed into it: those
     * are resolved again, and their stages marked for indexing and validating again.
     * `document.references` stays in the order a whole link gives: document order.
     */
    private async linkSplice(document: LangiumDocument, edit: StageEdit, cancelToken: CancellationToken): Promise<void> {
        edit.linked = true;
        if (!edit.splice) {
            // The text did not change: every reference resolves as before.
            document.references = [...edit.saved];
            return;
        }
        const { oldStage, newStage, journey } = edit.splice;
        const names = new Set([oldStage.name, newStage.name]);
        const replaced = new Set<unknown>();
        walkAstSync(oldStage, node => forEachReference(node, info => replaced.add(info.reference)));
        const kept: Reference[] = [];
        const again: ReferenceInfo[] = [];
        let insertAt = -1;
        const stageStart = newStage.$cstNode?.offset ?? 0;
        for (const reference of edit.saved) {
            const container = (reference as unknown as { node?: AstNode }).node;
            if (!container || replaced.has(reference)) {
                if (insertAt < 0) insertAt = kept.length;
                continue;
            }
            if (insertAt < 0 && (reference.$refNode?.offset ?? 0) >= stageStart) {
                insertAt = kept.length;
            }
            kept.push(reference);
            // Only these two resolve to stages and touchpoints; every other reference, to a top-level definition.
            if (container.$type === 'NextProperty' || container.$type === 'ContinuesProperty') {
                const info = mayMove(reference, container, (reference as unknown as { _ref: unknown })._ref, oldStage, names, journey);
                if (info) {
                    again.push(info);
                }
            }
        }
        if (insertAt < 0) insertAt = kept.length;
        document.references = [];
        for (const info of again) {
            const reference = info.reference as Reference & { _ref: unknown; _nodeDescription?: unknown };
            const before = reference._ref;
            reference._ref = undefined;
            delete reference._nodeDescription;
            this.doLink(info, document);
            if (isAstNode(before) || isAstNode(reference._ref) ? reference._ref !== before : false) {
                const stage = stageOf(info.container);
                if (stage) edit.dirty.add(stage);
            }
        }
        document.references = [];
        await walkAst(newStage, cancelToken, node => {
            forEachReference(node, ref => this.doLink(ref, document));
        });
        const fresh = document.references;
        document.references = [...kept.slice(0, insertAt), ...fresh, ...kept.slice(insertAt)];
    }
}

/** The reference's info when its target may differ after the edit of `oldStage` (renamed, now `names`). */
function mayMove(reference: Reference, container: AstNode, target: unknown, oldStage: Stage, names: Set<string>, journey: AstNode): ReferenceInfo | undefined {
    if (isAstNode(target) && isWithin(target, oldStage)) {
        return infoOf(reference, container);
    }
    if (isNextProperty(container) && reference === container.next) {
        const dot = reference.$refText.indexOf('.');
        return dot >= 0 && names.has(reference.$refText.slice(0, dot)) && isWithin(container, journey) ? infoOf(reference, container) : undefined;
    }
    if (isContinuesProperty(container) && reference === container.stage) {
        return names.has(reference.$refText) && container.journey?.ref === journey ? infoOf(reference, container) : undefined;
    }
    return undefined;
}

function infoOf(reference: Reference, container: AstNode): ReferenceInfo {
    const property = (reference as unknown as { property: string }).property;
    const value = (container as unknown as Record<string, unknown>)[property];
    return Array.isArray(value) ? { reference, container, property, index: value.indexOf(reference) } : { reference, container, property };
}
