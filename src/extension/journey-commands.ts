import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CommandId } from './command-ids.js';
import type { CrashPolicy } from './crash-policy.js';

export function registerJourneyCommands(
    context: vscode.ExtensionContext,
    client: LanguageClient,
    output: vscode.OutputChannel,
    policy: CrashPolicy
): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandId.RestartServer, async () => {
            policy.reset();
            output.appendLine('Restarting the Journey language server (requested).');
            if (client.needsStop()) {
                await client.stop();
            }
            await client.start();
        }),
        vscode.commands.registerCommand(CommandId.ShowOutput, () => output.show(true))
    );
}
