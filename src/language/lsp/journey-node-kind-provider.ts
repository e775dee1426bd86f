import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

/** One picture per kind, used alike by outline, workspace symbols and completion. */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    Journey: [SymbolKind.Namespace, CompletionItemKind.Module],
    Stage: [SymbolKind.Struct, CompletionItemKind.Struct],
    Touchpoint: [SymbolKind.Event, CompletionItemKind.Event],
    Owner: [SymbolKind.Class, CompletionItemKind.Class],
    Persona: [SymbolKind.Interface, CompletionItemKind.Interface],
    Kpi: [SymbolKind.Constant, CompletionItemKind.Constant],
    // A property, like its semantic token: a fact the map's pains and opportunities rest on.
    Evidence: [SymbolKind.Property, CompletionItemKind.Property]
};

export class JourneyNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
