import type { AstNode, AstNodeLocator, LangiumDocuments, References } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import { cardFor, type ReferenceSources } from './journey-hover-cards.js';

/**
 * A Markdown card for the definition under the cursor, or for the definition a
 * reference under the cursor points to (including the stage of `Stage.Touchpoint`).
 */
export class JourneyHoverProvider extends AstNodeHoverProvider implements ReferenceSources {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly referenceFinder: References;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.referenceFinder = services.references.References;
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        return cardFor(node, this);
    }

    /** The AST nodes (stage, touchpoint, KPI, ...) whose cross-references resolve to `target`. */
    referencingNodes(target: AstNode): AstNode[] {
        const nodes = new Set<AstNode>();
        for (const reference of this.referenceFinder.findReferences(target, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri);
            const node = document && this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            if (node) {
                nodes.add(node);
            }
        }
        return [...nodes];
    }
}
