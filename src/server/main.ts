import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from '../language/journey-module.js';
import { CompareHandler } from './compare-handler.js';
import { ViewModelNotifier } from './view-model-notifier.js';

// The transport (--stdio, --node-ipc, --socket=N) is chosen from the command line.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...NodeFileSystem });
new ViewModelNotifier(shared, connection).listen();
new CompareHandler(shared, connection).listen();
startLanguageServer(shared);
