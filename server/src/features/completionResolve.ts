import { MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { findConstant, findService, findSwi, findSwiReason } from '../../../emulator/src/index.js';
import { headerSymbol } from '../lowering/objasm/systemHeaders.js';
import { constantMarkdown, serviceMarkdown, swiMarkdown } from './hover/catalogueMarkdown.js';
import { headerSymbolMarkdown } from './hover/headerSymbolMarkdown.js';
import { definitionFacts } from './hover/hover.js';
import { symbolMarkdown } from './hover/symbolMarkdown.js';
import { nameKey } from './model/sourceModel.js';
import type { SourceWorkspace } from './sourceWorkspace.js';

/**
 * What a completion item needs to find its documentation again. The list is
 * sent on every keystroke and may hold hundreds of items, so the Markdown is
 * made only for the item the editor shows.
 */
export type CompletionData =
  | { readonly kind: 'service'; readonly name: string }
  | { readonly kind: 'swi'; readonly name: string; readonly reason?: number }
  | { readonly kind: 'constant'; readonly name: string }
  | { readonly kind: 'header'; readonly name: string }
  | { readonly kind: 'definition'; readonly uri: string; readonly name: string };

function isCompletionData(data: unknown): data is CompletionData {
  if (typeof data !== 'object' || data === null) return false;
  const { kind, name } = data as { kind?: unknown; name?: unknown };
  return typeof name === 'string' && (kind === 'service' || kind === 'swi' || kind === 'constant' || kind === 'header' || kind === 'definition');
}

async function documentation(workspace: SourceWorkspace, data: CompletionData): Promise<string | undefined> {
  switch (data.kind) {
    case 'service': {
      const service = findService(data.name);
      return service && serviceMarkdown(service);
    }
    case 'swi': {
      const match = findSwi(data.name);
      const reason = data.reason === undefined ? undefined : findSwiReason(data.name, data.reason);
      return match && swiMarkdown(match, reason);
    }
    case 'constant': {
      const constant = findConstant(data.name);
      return constant && constantMarkdown(constant);
    }
    case 'header': {
      const symbol = headerSymbol(data.name);
      return symbol && headerSymbolMarkdown(symbol);
    }
    case 'definition': {
      const model = typeof data.uri === 'string' ? await workspace.model(data.uri) : undefined;
      const key = model && nameKey(model.dialect, data.name);
      const definition = model?.definitions.find((d) => nameKey(model.dialect, d.name) === key);
      if (!model || !definition) return undefined;
      return symbolMarkdown(model.dialect, definition, definitionFacts(await workspace.scope(model), definition), model.uri);
    }
  }
}

/** `completionItem/resolve`: fills in the documentation of the item its `data` names; an item without it comes back as it was. */
export async function resolveCompletion(workspace: SourceWorkspace, item: CompletionItem): Promise<CompletionItem> {
  if (item.documentation !== undefined || !isCompletionData(item.data)) return item;
  const value = await documentation(workspace, item.data);
  return value === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value } };
}
