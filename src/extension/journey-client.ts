import * as path from 'node:path';
import type * as vscode from 'vscode';
import {
    LanguageClient, RevealOutputChannelOn, TransportKind,
    type ErrorHandler, type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/node';

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
    return new LanguageClient(CLIENT_ID, 'Journey Language Server', serverOptions, clientOptions);
}
