import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CrashPolicy } from './crash-policy.js';
import { createJourneyClient } from './journey-client.js';
import { registerJourneyCommands } from './journey-commands.js';
import { JourneyErrorHandler, type ServerCrash } from './journey-error-handler.js';
import { registerServerStatus } from './journey-server-status.js';
import { registerPreview } from './preview/preview-manager.js';
import { registerReview } from './review/register-review.js';

/** What activate() returns: the tests reach the client through it. */
export interface JourneyExtensionApi {
    readonly client: LanguageClient;
    /** Fires after each server crash, with what was done about it. */
    readonly onDidCrash: vscode.Event<ServerCrash>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<JourneyExtensionApi> {
    const output = vscode.window.createOutputChannel('Journey Language Server', { log: true });
    const policy = new CrashPolicy();
    const errorHandler = new JourneyErrorHandler(policy);
    client = createJourneyClient(context, output, errorHandler);
    context.subscriptions.push(output, errorHandler);
    registerJourneyCommands(context, client, output, policy);
    registerServerStatus(context, client);
    // Shows the Journey commands in the palette once a workspace has journeys.
    void vscode.commands.executeCommand('setContext', 'journey.active', true);

    // Features built on the client register here.
    registerPreview(context, client);
    registerReview(context, client);

    try {
        await client.start();
    } catch (error) {
        // Activation still succeeds, so "Restart Language Server" stays available.
        output.error(`The Journey language server did not start: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage('The Journey language server did not start. See the output for details.');
    }
    return { client, onDidCrash: errorHandler.onDidCrash };
}

export async function deactivate(): Promise<void> {
    if (client?.needsStop()) {
        await client.stop();
    }
    client = undefined;
}
