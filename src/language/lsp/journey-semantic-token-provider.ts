import { AstUtils, type AstNode, type AstReflection } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import { isChannelProperty, isNextProperty } from '../generated/ast.js';
import { nameNode, propertyNode } from '../journey-cst.js';
import { pathLeaves } from './journey-references.js';

/** The token type of each kind, the same for its definition and its references. */
export const TOKEN_TYPES: Record<string, string> = {
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.struct,
    Touchpoint: SemanticTokenTypes.event,
    Owner: SemanticTokenTypes.class,
    Persona: SemanticTokenTypes.interface,
    Kpi: SemanticTokenTypes.variable,
    Evidence: SemanticTokenTypes.property
};

/**
 * Names by kind: a definition's name carries the `declaration` modifier, a
 * reference has the same type without it. Channel values are enum members.
 * References are found through their own CST node, not by property search.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void | 'prune' {
        const type = TOKEN_TYPES[node.$type];
        const name = type ? nameNode(node) : undefined;
        if (name) {
            accept({ cst: name, type, modifier: SemanticTokenModifiers.declaration });
        }
        if (isNextProperty(node)) {
            const { qualifier, name: target } = pathLeaves(node);
            if (qualifier) accept({ cst: qualifier, type: TOKEN_TYPES.Stage });
            if (target) accept({ cst: target, type: TOKEN_TYPES.Touchpoint });
            return 'prune';
        }
        if (isChannelProperty(node)) {
            const channel = node.channel ? propertyNode(node, 'channel') : undefined;
            if (channel) accept({ cst: channel, type: SemanticTokenTypes.enumMember });
            return 'prune';
        }
        if (node.$containerProperty === 'props') {
            // A property node: its references, typed by what they point to.
            for (const reference of AstUtils.streamReferences(node)) {
                const refType = TOKEN_TYPES[this.reflection.getReferenceType(reference)];
                if (refType && reference.reference.$refNode) accept({ cst: reference.reference.$refNode, type: refType });
            }
            return 'prune';
        }
        return undefined;
    }
}
