import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { Node } from 'web-tree-sitter';
import { reasonNamedBy } from './hover/hover.js';
import { nameKey, type Definition, type SourceModel } from './model/sourceModel.js';
import { walkNamed } from './model/treeWalk.js';
import type { SourceWorkspace } from './sourceWorkspace.js';

export const SYMBOL_KIND: Record<Definition['kind'], SymbolKind> = {
  label: SymbolKind.Key, procedure: SymbolKind.Function, function: SymbolKind.Function, equate: SymbolKind.Constant,
  variable: SymbolKind.Variable, macro: SymbolKind.Operator, struct: SymbolKind.Struct, field: SymbolKind.Field,
  'storage-field': SymbolKind.Field, segment: SymbolKind.Namespace, area: SymbolKind.Namespace, 'register-alias': SymbolKind.Variable,
};

const CONTAINERS = new Set<Definition['kind']>(['segment', 'area', 'procedure', 'function', 'struct', 'label']);

/** MASM `Control_Dispatch Message, Procedure`: which procedure handles which system control message. */
function controlMessages(model: SourceModel): Map<string, string[]> {
  const handled = new Map<string, string[]>();
  walkNamed(model.tree.rootNode, (n: Node, type) => {
    if (type !== 'control_dispatch') return true;
    const procedure = n.childForFieldName('procedure')?.text;
    const message = n.childForFieldName('message')?.text;
    if (procedure && message) handled.set(procedure.toLowerCase(), [...(handled.get(procedure.toLowerCase()) ?? []), message]);
    return false;
  });
  return handled;
}

function detailOf(model: SourceModel, definition: Definition, messages: ReadonlyMap<string, string[]>): string | undefined {
  const key = nameKey(model.dialect, definition.name);
  if (model.dialect === 'vxd-masm') {
    const handled = messages.get(definition.name.toLowerCase());
    return handled ? `handles ${handled.join(', ')}` : undefined;
  }
  if (definition.kind !== 'label') return undefined;
  if (model.handlers.some((h) => nameKey(model.dialect, h.name) === key)) return 'dynamic-area handler';
  const reason = reasonNamedBy(definition.name);
  return reason ? `handler reason ${reason.code} (${reason.shortName})` : undefined;
}

/** The outline: segments/areas holding procedures and labels, structures holding fields, macros, equates. */
export async function provideDocumentSymbols(workspace: SourceWorkspace, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return [];
  const messages = model.dialect === 'vxd-masm' ? controlMessages(model) : new Map<string, string[]>();
  const roots: DocumentSymbol[] = [];
  const containers = new Map<string, DocumentSymbol>();
  // A MASM file's, with the procedures its includes' wrapper macros open; an ObjAsm file's, with the labels named by variables they set.
  const definitions = model.dialect === 'vxd-masm' ? (await workspace.includeClosure(model))[0]?.definitions ?? model.definitions : (await workspace.named(model)).definitions;
  for (const definition of definitions) {
    if (model.dialect === 'riscos-bbcbasic' && definition.kind === 'variable') continue;
    const detail = detailOf(model, definition, messages);
    const symbol: DocumentSymbol = {
      name: definition.name, kind: SYMBOL_KIND[definition.kind], range: definition.extent, selectionRange: definition.span,
      ...(detail ? { detail } : {}),
    };
    const parentName = definition.container ?? definition.parent;
    const parent = parentName === undefined ? undefined : containers.get(nameKey(model.dialect, parentName));
    if (parent) (parent.children ??= []).push(symbol);
    else roots.push(symbol);
    if (CONTAINERS.has(definition.kind)) containers.set(nameKey(model.dialect, definition.name), symbol);
  }
  // A child's range must lie inside its parent's; labels and areas end where their line ends.
  const widen = (symbol: DocumentSymbol): void => {
    for (const child of symbol.children ?? []) {
      widen(child);
      if (child.range.end.line > symbol.range.end.line) symbol.range = { start: symbol.range.start, end: child.range.end };
    }
  };
  roots.forEach(widen);
  return roots;
}
