import { interruptAndCheck, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver-protocol';
import type { AstNode } from 'langium';
import { isJourneyFile } from '../generated/ast.js';
import { nameNode } from '../journey-cst.js';

/**
 * Every definition in the workspace, stages and touchpoints included (they are not
 * in the global index, which holds only what other files can refer to).
 */
export class JourneyWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly kinds: NodeKindProvider;
    private readonly matcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices & LangiumSharedCoreServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.kinds = services.lsp.NodeKindProvider;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value;
            if (!isJourneyFile(root)) {
                continue;
            }
            const uri = document.uri.toString();
            const add = (node: AstNode & { name: string }, containerName?: string) => {
                if (!node.name || !this.matcher.match(params.query, node.name)) {
                    return;
                }
                const name = nameNode(node);
                if (name) {
                    symbols.push({ name: node.name, kind: this.kinds.getSymbolKind(node), containerName, location: { uri, range: name.range } });
                }
            };
            for (const element of root.elements) {
                add(element);
                if (element.$type === 'Journey') {
                    for (const stage of element.stages) {
                        add(stage, element.name);
                        for (const touchpoint of stage.touchpoints) {
                            add(touchpoint, `${element.name}.${stage.name}`);
                        }
                    }
                }
            }
        }
        return symbols;
    }
}
