import * as vscode from 'vscode';
import type { ContinuesView } from '../../model/view-model.js';

/**
 * Where the journey (or `Journey.Stage`) a `continues` leads into is written,
 * anywhere in the workspace: the language server's workspace symbols name
 * every journey, and every stage with its journey as container.
 */
export async function locateContinues(continues: ContinuesView): Promise<vscode.Location | undefined> {
    const journey = continues.journey.name;
    const stage = continues.stage?.name;
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[] | undefined>('vscode.executeWorkspaceSymbolProvider', stage ?? journey) ?? [];
    const found = symbols.find(symbol => stage !== undefined
        ? symbol.name === stage && symbol.kind === vscode.SymbolKind.Struct && symbol.containerName === journey
        : symbol.name === journey && symbol.kind === vscode.SymbolKind.Namespace);
    return found?.location;
}
