import {
    AstUtils, CstUtils, DefaultReferences, stream,
    type AstNode, type CstNode, type FindReferencesOptions, type ReferenceDescription, type Stream
} from 'langium';
import { isNextProperty, isStage, isTouchpoint, type NextProperty, type Stage } from '../generated/ast.js';
import { nextOf } from '../element-properties.js';

/**
 * `next Stage.Touchpoint` names two things: the stage before the dot and the
 * touchpoint after it. Go to definition, hover, find references, highlights and
 * rename all go through this service, so they agree on which part is which: the
 * qualifier resolves to the stage, and a touchpoint's reference covers only its
 * own segment (renaming it must not overwrite the stage name).
 */
export class JourneyReferences extends DefaultReferences {
    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        const stage = qualifierStage(sourceCstNode);
        return stage ? [stage] : super.findDeclarations(sourceCstNode);
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        if (isStage(targetNode)) {
            return stream(this.stageReferences(targetNode, options));
        }
        const references = super.findReferences(targetNode, options);
        return isTouchpoint(targetNode) ? references.map(reference => this.touchpointSegment(reference)) : references;
    }

    /**
     * The stage's name, every `next` in its journey qualified with it, and every
     * `continues Journey.Stage` that names it (in any file: those are references of
     * their own, found in the index).
     */
    private stageReferences(stage: Stage, options: FindReferencesOptions): ReferenceDescription[] {
        const document = AstUtils.getDocument(stage);
        const continues = super.findReferences(stage, { ...options, includeDeclaration: false }).toArray();
        if (options.documentUri && options.documentUri.toString() !== document.uri.toString()) {
            return continues;
        }
        const result: ReferenceDescription[] = options.includeDeclaration ? this.getSelfReferences(stage) : [];
        result.push(...continues);
        const stagePath = this.nodeLocator.getAstNodePath(stage);
        for (const other of stage.$container.stages) {
            for (const touchpoint of other.touchpoints) {
                const next = nextOf(touchpoint)?.$refNode?.astNode;
                const qualifier = isNextProperty(next) ? pathLeaves(next).qualifier : undefined;
                if (next && qualifier?.text === stage.name) {
                    result.push({
                        sourceUri: document.uri,
                        sourcePath: this.nodeLocator.getAstNodePath(next),
                        targetUri: document.uri,
                        targetPath: stagePath,
                        segment: CstUtils.toDocumentSegment(qualifier),
                        local: true
                    });
                }
            }
        }
        return result;
    }

    private touchpointSegment(reference: ReferenceDescription): ReferenceDescription {
        if (reference.sourceUri.toString() === reference.targetUri.toString() && reference.sourcePath === reference.targetPath) {
            return reference;
        }
        const document = this.documents.getDocument(reference.sourceUri);
        const source = document && this.nodeLocator.getAstNode(document.parseResult.value, reference.sourcePath);
        const name = isNextProperty(source) ? pathLeaves(source).name : undefined;
        return name ? { ...reference, segment: CstUtils.toDocumentSegment(name) } : reference;
    }
}

/** The ID leaves of a `next` path: `qualifier.name`, or just `name`. */
export function pathLeaves(next: NextProperty): { qualifier?: CstNode; name?: CstNode } {
    const refNode = next.next?.$refNode;
    if (!refNode) {
        return {};
    }
    const ids = CstUtils.flattenCst(refNode).filter(leaf => !leaf.hidden && leaf.text !== '.').toArray();
    return ids.length > 1 ? { qualifier: ids[0], name: ids[ids.length - 1] } : { name: ids[0] };
}

/** The stage named by the qualifier of a `next Stage.Touchpoint`, when `leaf` is that qualifier. */
export function qualifierStage(leaf: CstNode | undefined): Stage | undefined {
    const next = leaf?.astNode;
    if (!leaf || !isNextProperty(next)) {
        return undefined;
    }
    const { qualifier } = pathLeaves(next);
    if (!qualifier || qualifier.offset !== leaf.offset) {
        return undefined;
    }
    return next.$container.$container.$container.stages.find(stage => stage.name === qualifier.text);
}
