// Entry point of dist/server.js, the process the VS Code extension starts.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './languageServer.js';

startLanguageServer(createConnection(ProposedFeatures.all));
