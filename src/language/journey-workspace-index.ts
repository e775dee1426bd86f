import {
    AstUtils, WorkspaceCache,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager,
    type LangiumDocuments, type LangiumSharedCoreServices
} from 'langium';

/**
 * Workspace-wide facts that validation needs for top-level definitions: which
 * names are defined more than once, and which definitions something references.
 * Both are computed once per build and dropped when any document changes.
 */
export class JourneyWorkspaceIndex {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly definitions: WorkspaceCache<'definitions', Map<string, AstNodeDescription[]>>;
    private readonly referenced: WorkspaceCache<'referenced', Set<string>>;

    constructor(shared: LangiumSharedCoreServices, locator: AstNodeLocator) {
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = locator;
        this.definitions = new WorkspaceCache(shared);
        this.referenced = new WorkspaceCache(shared);
    }

    /** All exported definitions of this kind and name, across the workspace. */
    definitionsNamed(type: string, name: string): AstNodeDescription[] {
        const table = this.definitions.get('definitions', () => {
            const byKey = new Map<string, AstNodeDescription[]>();
            for (const description of this.indexManager.allElements()) {
                const key = definitionKey(description.type, description.name);
                const list = byKey.get(key);
                if (list) {
                    list.push(description);
                } else {
                    byKey.set(key, [description]);
                }
            }
            return byKey;
        });
        return table.get(definitionKey(type, name)) ?? [];
    }

    /** The other definitions of the same kind and name as this one. */
    duplicatesOf(node: AstNode & { name: string }): AstNodeDescription[] {
        const all = this.definitionsNamed(node.$type, node.name);
        if (all.length < 2) {
            return [];
        }
        const key = this.nodeKey(node);
        return all.filter(other => `${other.documentUri.toString()}#${other.path}` !== key);
    }

    /** Whether any cross-reference in the workspace resolves to this node. */
    isReferenced(node: AstNode): boolean {
        const targets = this.referenced.get('referenced', () => {
            const keys = new Set<string>();
            for (const document of this.documents.all) {
                for (const reference of document.references) {
                    const target = 'ref' in reference && reference.ref ? reference.$nodeDescription : undefined;
                    if (target) {
                        keys.add(`${target.documentUri.toString()}#${target.path}`);
                    }
                }
            }
            return keys;
        });
        return targets.has(this.nodeKey(node));
    }

    private nodeKey(node: AstNode): string {
        return `${AstUtils.getDocument(node).uri.toString()}#${this.locator.getAstNodePath(node)}`;
    }
}

function definitionKey(type: string, name: string): string {
    return `${type}\u0000${name}`;
}
