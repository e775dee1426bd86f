/**
 * Direct lookups in a node's own CST children. Langium's `findNodeForProperty`
 * resolves the grammar container of every child on each call, which adds up over
 * the thousands of nodes of a large journey (semantic tokens, outline).
 */
import type { AstNode, CstNode } from 'langium';

interface Assignment { $type: string; feature?: string }

/** The first child CST node of `node` assigned to `feature` (`name`, `title`, `channel`, ...). */
export function propertyNode(node: AstNode, feature: string): CstNode | undefined {
    return node.$cstNode && findIn(node.$cstNode, node, feature);
}

function findIn(cst: CstNode, owner: AstNode, feature: string): CstNode | undefined {
    const content = 'content' in cst ? (cst as { content: CstNode[] }).content : undefined;
    for (const child of content ?? []) {
        const assignment = child.grammarSource?.$container as Assignment | undefined;
        if (!child.hidden && assignment?.$type === 'Assignment' && assignment.feature === feature) {
            return child;
        }
        // An unassigned rule call (`TopLevel: Journey | Owner ...`) nests the same node one level down.
        if ('content' in child && child.astNode === owner) {
            const found = findIn(child, owner, feature);
            if (found) return found;
        }
    }
    return undefined;
}

export function nameNode(node: AstNode): CstNode | undefined {
    return propertyNode(node, 'name');
}
