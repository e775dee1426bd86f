import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CrashPolicy } from './crash-policy.js';

/** Command ids, as contributed in package.json. */
export const JourneyCommand = {
    RestartServer: 'journey.restartServer',
    ShowOutput: 'journey.showOutput'
} as const;

export function registerJourneyCommands(
    context: vscode.ExtensionContext,
    client: LanguageClient,
    output: vscode.OutputChannel,
    policy: CrashPolicy
): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(JourneyCommand.RestartServer, async () => {
            policy.reset();
            output.appendLine('Restarting the Journey language server (requested).');
            if (client.needsStop()) {
                await client.stop();
            }
            await client.start();
        }),
        vscode.commands.registerCommand(JourneyCommand.ShowOutput, () => output.show(true))
    );
}
