import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, LangiumServices, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { JourneyFile } from '../generated/ast.js';
import { nameNode } from '../journey-cst.js';

/** The outline: journey > stages > touchpoints, and the owners, personas and KPIs, titles as detail. */
export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly kinds: NodeKindProvider;

    constructor(services: LangiumServices) {
        this.kinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as JourneyFile;
        return root.elements.flatMap(element => {
            const children = element.$type === 'Journey'
                ? element.stages.flatMap(stage => this.symbol(stage, stage.touchpoints.flatMap(t => this.symbol(t))))
                : undefined;
            return this.symbol(element, children);
        });
    }

    private symbol(node: AstNode & { name: string; title?: string }, children?: DocumentSymbol[]): DocumentSymbol[] {
        const cst = node.$cstNode;
        const name = nameNode(node);
        if (!cst || !name || !node.name) {
            return [];
        }
        return [{
            name: node.name,
            detail: node.title,
            kind: this.kinds.getSymbolKind(node),
            range: cst.range,
            selectionRange: name.range,
            children
        }];
    }
}
