import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateJourney, deactivateJourney, type JourneyExtensionApi } from './extension.js';
import { saveExport, writeClipboard, type JourneyHost } from './journey-host.js';
import { CLIENT_ID, CLIENT_NAME, passingRefusals } from './journey-client.js';
import { headText } from './review/git-head.js';
import { SERVER_NODE_OPTIONS } from '../protocol/lsp-protocol.js';

const JourneyLanguageClient = passingRefusals(LanguageClient);

/** VS Code desktop (and remote hosts): the server is a Node process over IPC. */
const desktopHost: JourneyHost = {
    kind: 'desktop',
    createClient(context, clientOptions) {
        const module = vscode.Uri.joinPath(context.extensionUri, 'out', 'server', 'main.cjs').fsPath;
        const serverOptions: ServerOptions = {
            run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
            debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } }
        };
        return new JourneyLanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    },
    writeClipboard,
    saveExport,
    headText
};

export function activate(context: vscode.ExtensionContext): Promise<JourneyExtensionApi> {
    return activateJourney(context, desktopHost);
}

export const deactivate = deactivateJourney;
