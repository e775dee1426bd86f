import { URI, type FileSystemProvider } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createJourneyServices } from '../language/journey-module.js';
import { CompareHandler } from './compare-handler.js';
import { publishChangedDiagnosticsOnly } from './diagnostics-publisher.js';
import { ViewModelNotifier } from './view-model-notifier.js';

/**
 * The language server on a connection, the same for Node (main.ts) and the web
 * worker (main-browser.ts): only the transport and the file system differ.
 */
export function startJourneyServer(connection: Connection, fileSystemProvider: () => FileSystemProvider): LangiumSharedServices {
    const { shared } = createJourneyServices({ connection, fileSystemProvider });
    publishChangedDiagnosticsOnly(connection, shared.workspace.TextDocuments, uri => shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri)));
    new ViewModelNotifier(shared, connection).listen();
    new CompareHandler(shared, connection).listen();
    startLanguageServer(shared);
    return shared;
}
