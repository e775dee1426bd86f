import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateJourney, deactivateJourney, type JourneyExtensionApi } from './extension.js';
import { saveExport, writeClipboard, type JourneyHost } from './journey-host.js';
import { CLIENT_ID, CLIENT_NAME, passingRefusals } from './journey-client.js';
import { headText, type HeadText } from './review/git-head.js';

const JourneyLanguageClient = passingRefusals(LanguageClient);

/**
 * vscode.dev, github.dev and any web worker extension host: the server is a web
 * worker (out/server/worker.js) and reads the workspace through the extension.
 */
const webHost: JourneyHost = {
    kind: 'web',
    createClient(context, clientOptions) {
        const script = vscode.Uri.joinPath(context.extensionUri, 'out', 'server', 'worker.js');
        let worker: Worker | undefined;
        // A function, so that a restart starts a fresh worker (and ends the old one). It returns the
        // transports, not the worker: the host's Worker class is its own, not the one the client checks for.
        const client = new JourneyLanguageClient(CLIENT_ID, CLIENT_NAME, async () => {
            worker?.terminate();
            worker = await startWorker(script);
            return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
        }, clientOptions);
        context.subscriptions.push({ dispose: () => worker?.terminate() });
        return client;
    },
    writeClipboard,
    saveExport,
    headText: webHeadText
};

/**
 * The worker from the extension's URL (vscode.dev, github.dev); where the host
 * refuses that (an extension served by a remote server, as in code-server), from
 * the same script read through the workspace file system into a blob, read once
 * and kept for restarts.
 */
let blobUrl: Promise<string> | undefined;

async function startWorker(script: vscode.Uri): Promise<Worker> {
    try {
        return new Worker(script.toString(true), { name: CLIENT_NAME });
    } catch {
        blobUrl ??= Promise.resolve(vscode.workspace.fs.readFile(script))
            .then(text => URL.createObjectURL(new Blob([text as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })));
        return new Worker(await blobUrl, { name: CLIENT_NAME });
    }
}

/**
 * Git runs only where there is a git binary: vscode.dev and github.dev have
 * none, and a git extension of another (remote) host cannot be called from here.
 */
async function webHeadText(uri: vscode.Uri): Promise<HeadText> {
    const why = 'Compare with HEAD needs the Git extension, which does not run in this browser editor '
        + '(vscode.dev and github.dev have no git). Open the folder in VS Code with Git, or compare on the pull request.';
    const git = vscode.extensions.getExtension('vscode.git');
    if (!git || uri.scheme !== 'file') {
        return { kind: 'unavailable', reason: why };
    }
    try {
        return await headText(uri);
    } catch {
        return { kind: 'unavailable', reason: why };
    }
}

export function activate(context: vscode.ExtensionContext): Promise<JourneyExtensionApi> {
    return activateJourney(context, webHost);
}

export const deactivate = deactivateJourney;
