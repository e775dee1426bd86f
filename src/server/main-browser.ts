import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientFileSystemProvider } from './client-file-system.js';
import { startJourneyServer } from './start-server.js';

// The web worker the extension starts on vscode.dev and github.dev: messages come
// and go through the worker's global scope (a port to the extension), and the
// workspace is read through the client.
const port = globalThis as unknown as MessagePort;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
startJourneyServer(connection, () => new ClientFileSystemProvider(connection));
