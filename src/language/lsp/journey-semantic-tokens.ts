import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import type { Journey, Kpi, Stage, Touchpoint } from '../generated/ast.js';
import { pathLeaves } from './journey-references.js';

/** The token type of each kind, the same for its definition and its references. */
export const TOKEN_TYPES: Record<string, string> = {
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.struct,
    Touchpoint: SemanticTokenTypes.event,
    Owner: SemanticTokenTypes.class,
    Persona: SemanticTokenTypes.interface,
    Kpi: SemanticTokenTypes.variable
};

/**
 * Names by kind: a definition's name carries the `declaration` modifier, a
 * reference has the same type without it. Channel values are enum members.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void | 'prune' {
        const type = TOKEN_TYPES[node.$type];
        if (type) {
            accept({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        switch (node.$type) {
            case 'Journey':
                this.references(node as Journey, accept);
                break;
            case 'Stage':
                this.references(node as Stage, accept);
                break;
            case 'Touchpoint':
                this.references(node as Touchpoint, accept);
                this.nextPath(node as Touchpoint, accept);
                if ((node as Touchpoint).channel) {
                    accept({ node, property: 'channel' as never, type: SemanticTokenTypes.enumMember });
                }
                return 'prune';
            case 'Kpi':
                this.references(node as Kpi, accept);
                return 'prune';
            case 'Owner':
            case 'Persona':
                return 'prune';
        }
    }

    private references(node: Journey | Stage | Touchpoint | Kpi, accept: SemanticTokenAcceptor): void {
        if (node.owner) {
            accept({ node, property: 'owner' as never, type: TOKEN_TYPES.Owner });
        }
        if ('personas' in node) {
            node.personas.forEach((_, index) => accept({ node, property: 'personas' as never, index, type: TOKEN_TYPES.Persona }));
        }
        if ('measures' in node) {
            node.measures.forEach((_, index) => accept({ node, property: 'measures' as never, index, type: TOKEN_TYPES.Kpi }));
        }
    }

    private nextPath(touchpoint: Touchpoint, accept: SemanticTokenAcceptor): void {
        const { qualifier, name } = pathLeaves(touchpoint);
        if (qualifier) {
            accept({ cst: qualifier, type: TOKEN_TYPES.Stage });
        }
        if (name) {
            accept({ cst: name, type: TOKEN_TYPES.Touchpoint });
        }
    }
}
