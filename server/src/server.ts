// Language server entry point (bundled to dist/server.js): a connection over whatever transport
// the client chose (--stdio, --node-ipc, --socket), handed to the glue in lsp/.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start-server';

startServer(createConnection(ProposedFeatures.all));
