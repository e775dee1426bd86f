import type { AstNode, Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import type { Journey, Kpi, Stage, Touchpoint } from '../generated/ast.js';
import { nameNode, propertyNode } from './journey-cst.js';
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
 * References are found through their own CST node, not by property search.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void | 'prune' {
        const type = TOKEN_TYPES[node.$type];
        const name = type ? nameNode(node) : undefined;
        if (name) {
            accept({ cst: name, type, modifier: SemanticTokenModifiers.declaration });
        }
        switch (node.$type) {
            case 'Journey':
            case 'Stage':
                this.references(node as Journey | Stage, accept);
                return;
            case 'Touchpoint': {
                const touchpoint = node as Touchpoint;
                this.references(touchpoint, accept);
                const { qualifier, name: target } = pathLeaves(touchpoint);
                if (qualifier) accept({ cst: qualifier, type: TOKEN_TYPES.Stage });
                if (target) accept({ cst: target, type: TOKEN_TYPES.Touchpoint });
                const channel = touchpoint.channel ? propertyNode(touchpoint, 'channel') : undefined;
                if (channel) accept({ cst: channel, type: SemanticTokenTypes.enumMember });
                return 'prune';
            }
            case 'Kpi':
                this.references(node as Kpi, accept);
                return 'prune';
            case 'Owner':
            case 'Persona':
                return 'prune';
        }
    }

    private references(node: Journey | Stage | Touchpoint | Kpi, accept: SemanticTokenAcceptor): void {
        const refs: Array<[Reference | undefined, string]> = [[node.owner, TOKEN_TYPES.Owner]];
        if ('personas' in node) refs.push(...node.personas.map(ref => [ref, TOKEN_TYPES.Persona] as [Reference, string]));
        if ('measures' in node) refs.push(...node.measures.map(ref => [ref, TOKEN_TYPES.Kpi] as [Reference, string]));
        for (const [ref, type] of refs) {
            if (ref?.$refNode) accept({ cst: ref.$refNode, type });
        }
    }
}
