import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { JourneyHost } from '../journey-host.js';
import { CommandId } from '../command-ids.js';
import { compareWithHead } from './compare-with-head.js';
import { copyAsMermaid } from './copy-as-mermaid.js';

/** The review commands: "Compare with HEAD" and "Copy as Mermaid" (an explorer or editor URI, or the active editor). */
export function registerReview(context: vscode.ExtensionContext, client: LanguageClient, host: JourneyHost): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandId.CompareWithHead, (uri?: vscode.Uri) => compareWithHead(client, host, context.extensionUri, uri)),
        vscode.commands.registerCommand(CommandId.CopyAsMermaid, (uri?: vscode.Uri) => copyAsMermaid(client, host, uri))
    );
}
