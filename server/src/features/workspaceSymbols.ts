import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { SYMBOL_KIND } from './documentSymbols.js';
import type { SourceModel } from './model/sourceModel.js';
import { pathToUri, type SourceWorkspace } from './sourceWorkspace.js';

const MAX_RESULTS = 1000;

/** Letters of the query in order, ignoring case: `pgal` finds `PageAlloc`. */
function matches(query: string, name: string): boolean {
  let i = 0;
  const lower = name.toLowerCase();
  for (const ch of query.toLowerCase()) {
    i = lower.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

export async function provideWorkspaceSymbols(workspace: SourceWorkspace, params: WorkspaceSymbolParams, openUris: readonly string[]): Promise<WorkspaceSymbol[]> {
  const uris = new Set(openUris);
  for (const path of workspace.workspaceFiles()) uris.add(pathToUri(path));
  const symbols: WorkspaceSymbol[] = [];
  for (const uri of uris) {
    const model: SourceModel | undefined = await workspace.model(uri);
    for (const d of model?.definitions ?? []) {
      if (symbols.length >= MAX_RESULTS) return symbols;
      if (d.kind === 'variable' && model?.dialect === 'riscos-bbcbasic') continue;
      if (!matches(params.query, d.name)) continue;
      symbols.push({ name: d.name, kind: SYMBOL_KIND[d.kind], location: { uri: d.uri, range: d.span }, ...(d.parent ? { containerName: d.parent } : {}) });
    }
  }
  return symbols;
}
