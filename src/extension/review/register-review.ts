import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { JourneyHost } from '../journey-host.js';
import { compareWithHead } from './compare-with-head.js';
import { copyAsMermaid } from './copy-as-mermaid.js';

/** The review commands: "Compare with HEAD" and "Copy as Mermaid" (an explorer or editor URI, or the active editor). */
export function registerReview(context: vscode.ExtensionContext, client: LanguageClient, host: JourneyHost): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.review.compareWithHead', (uri?: vscode.Uri) => compareWithHead(client, host, context.extensionUri, uri)),
        vscode.commands.registerCommand('journey.review.copyAsMermaid', (uri?: vscode.Uri) => copyAsMermaid(client, host, uri))
    );
}
