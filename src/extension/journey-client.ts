import * as vscode from 'vscode';
import {
    RevealOutputChannelOn,
    type BaseLanguageClient, type CancellationToken, type DocumentSelector, type ErrorHandler, type LanguageClientOptions,
    type MessageSignature
} from 'vscode-languageclient';
import type { JourneyHost } from './journey-host.js';
import { isRefusal } from './refused-requests.js';

/** The id also names the trace setting the client reads by itself: `journey.trace.server`. */
export const CLIENT_ID = 'journey';
export const CLIENT_NAME = 'Journey Language Server';

/**
 * The language client for the host's server (a Node process on the desktop, a
 * web worker in the browser). The server indexes every .journey file of the
 * workspace folders at start and registers its own file watcher, so created,
 * deleted and renamed files reach it without the files being opened; it pulls
 * the `journey` settings and is told when they change.
 */
export function createJourneyClient(
    context: vscode.ExtensionContext,
    host: JourneyHost,
    output: vscode.LogOutputChannel,
    errorHandler: ErrorHandler
): BaseLanguageClient {
    const clientOptions: LanguageClientOptions = {
        documentSelector: journeyDocuments(),
        outputChannel: output,
        errorHandler,
        // Crashes are announced by the error handler; the channel stays where the user put it.
        revealOutputChannelOn: RevealOutputChannelOn.Never
    };
    return host.createClient(context, clientOptions);
}

/**
 * Journey documents on disk, untitled ones, and those of the workspace folders
 * whatever their scheme (`vscode-vfs` on github.dev, `vscode-remote`, ...); not
 * other views of a file, like git's HEAD version in a diff editor.
 */
function journeyDocuments(): DocumentSelector {
    const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme)]);
    return [...schemes].map(scheme => ({ scheme, language: 'journey' }));
}

type ClientClass = new (...args: any[]) => BaseLanguageClient;

/**
 * The host's client class, except that a refused rename is passed to VS Code
 * without an [error] log line (the same on the desktop and in the browser).
 */
export function passingRefusals<C extends ClientClass>(Client: C): C {
    // Abstract to the compiler only: each host's class gives createMessageTransports.
    abstract class RefusalsPassed extends Client {
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
    return RefusalsPassed as unknown as C;
}
