import * as path from 'node:path';
import type * as vscode from 'vscode';
import {
    LanguageClient, RevealOutputChannelOn, TransportKind,
    type CancellationToken, type ErrorHandler, type LanguageClientOptions, type MessageSignature, type ServerOptions
} from 'vscode-languageclient/node';
import { isRefusal } from './refused-requests.js';

/** The id also names the trace setting the client reads by itself: `journey.trace.server`. */
export const CLIENT_ID = 'journey';

/**
 * The language client for the bundled server, over Node IPC. The server indexes
 * every .journey file of the workspace folders at start and registers its own
 * file watcher, so created, deleted and renamed files reach it without the files
 * being opened; it pulls the `journey` settings and is told when they change.
 */
export function createJourneyClient(
    context: vscode.ExtensionContext,
    output: vscode.LogOutputChannel,
    errorHandler: ErrorHandler
): LanguageClient {
    const module = context.asAbsolutePath(path.join('out', 'server', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'journey' },
            { scheme: 'untitled', language: 'journey' }
        ],
        outputChannel: output,
        errorHandler,
        // Crashes are announced by the error handler; the channel stays where the user put it.
        revealOutputChannelOn: RevealOutputChannelOn.Never
    };
    return new JourneyLanguageClient(CLIENT_ID, 'Journey Language Server', serverOptions, clientOptions);
}

/** The standard client, except that a refused rename is passed to VS Code without an [error] log line. */
class JourneyLanguageClient extends LanguageClient {
    override handleFailedRequest<T>(
        type: MessageSignature, token: CancellationToken | undefined, error: unknown, defaultValue: T,
        showNotification?: boolean, throwOnCancel?: boolean
    ): T {
        if (isRefusal(type.method, error)) {
            throw error;
        }
        return super.handleFailedRequest(type, token, error, defaultValue, showNotification, throwOnCancel);
    }
}
