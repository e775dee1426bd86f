import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CrashPolicy } from './crash-policy.js';
import type { JourneyHost } from './journey-host.js';
import { createJourneyClient } from './journey-client.js';
import { registerJourneyCommands } from './journey-commands.js';
import { JourneyErrorHandler, type ServerCrash } from './journey-error-handler.js';
import { registerServerStatus } from './journey-server-status.js';
import { registerPreview } from './preview/preview-manager.js';
import { registerReview } from './review/register-review.js';
import { serveWorkspaceFiles } from './journey-workspace-files.js';

/** What activate() returns: the tests reach the client through it. */
export interface JourneyExtensionApi {
    readonly client: LanguageClient;
    /** Fires after each server crash, with what was done about it. */
    readonly onDidCrash: vscode.Event<ServerCrash>;
    /** Where the extension runs: 'desktop' (Node) or 'web' (the browser's web worker host). */
    readonly host: JourneyHost['kind'];
}

let client: LanguageClient | undefined;

/**
 * The extension, the same on every host; the entry points (desktop-main.ts for
 * Node, web-main.ts for the browser) only choose the host.
 */
export async function activateJourney(context: vscode.ExtensionContext, host: JourneyHost): Promise<JourneyExtensionApi> {
    const output = vscode.window.createOutputChannel('Journey Language Server', { log: true });
    const policy = new CrashPolicy();
    const errorHandler = new JourneyErrorHandler(policy);
    client = createJourneyClient(context, host, output, errorHandler);
    context.subscriptions.push(output, errorHandler, serveWorkspaceFiles(client));
    registerJourneyCommands(context, client, output, policy);
    registerServerStatus(context, client);
    // Shows the Journey commands in the palette once a workspace has journeys.
    void vscode.commands.executeCommand('setContext', 'journey.active', true);

    // Features built on the client register here.
    registerPreview(context, client, host);
    registerReview(context, client, host);

    try {
        await client.start();
    } catch (error) {
        // Activation still succeeds, so "Restart Language Server" stays available.
        output.error(`The Journey language server did not start: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server did not start. See the output for details.'));
    }
    return { client, onDidCrash: errorHandler.onDidCrash, host: host.kind };
}

export async function deactivateJourney(): Promise<void> {
    if (client?.needsStop()) {
        await client.stop();
    }
    client = undefined;
}
