import { NodeFileSystemProvider } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ClientFileSystemProvider, DiskOrClientFileSystemProvider } from './client-file-system.js';
import { IdleCollection, minorCollection } from './idle-collection.js';
import { startJourneyServer } from './start-server.js';

// The transport (--stdio, --node-ipc, --socket=N) is chosen from the command line.
const connection = createConnection(ProposedFeatures.all);
const shared = startJourneyServer(connection, () => new DiskOrClientFileSystemProvider(new NodeFileSystemProvider(), new ClientFileSystemProvider(connection)));
const collect = minorCollection();
if (collect) {
    new IdleCollection({ collect }).listen(shared.workspace.DocumentBuilder, shared.workspace.TextDocuments);
}
