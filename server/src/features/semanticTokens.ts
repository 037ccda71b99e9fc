import type { Node } from 'web-tree-sitter';
import type {
  SemanticTokens, SemanticTokensDelta, SemanticTokensDeltaParams, SemanticTokensEdit, SemanticTokensLegend, SemanticTokensParams, SemanticTokensRangeParams,
} from 'vscode-languageserver';
import { findConstant, findService } from '../../../emulator/src/index.js';
import { headerSymbol } from '../lowering/objasm/systemHeaders.js';
import { reasonNamedBy } from './hover/hover.js';
import { swiOf } from './model/riscosCalls.js';
import { nameKey, type Definition, type SourceModel } from './model/sourceModel.js';
import { walkNamed } from './model/treeWalk.js';
import type { SourceWorkspace } from './sourceWorkspace.js';

const TYPES = ['function', 'event', 'variable', 'enumMember', 'macro', 'property'] as const;
const MODIFIERS = ['defaultLibrary', 'declaration', 'readonly'] as const;
type TokenType = (typeof TYPES)[number];
type Modifier = (typeof MODIFIERS)[number];

/** Services and SWIs are functions, handler labels events, registers variables, constants (the catalogue's, a built-in header's) enum members. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Token {
  readonly line: number;
  readonly start: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly Modifier[];
}

const USER_KIND: Partial<Record<Definition['kind'], TokenType>> = {
  macro: 'macro', equate: 'enumMember', field: 'property', 'storage-field': 'property',
};

function classify(model: SourceModel, scope: readonly SourceModel[]): Token[] {
  const user = new Map<string, Definition>();
  for (const m of scope) for (const d of m.definitions) if (!user.has(nameKey(m.dialect, d.name))) user.set(nameKey(m.dialect, d.name), d);
  const handlers = new Set(scope.flatMap((m) => m.handlers.map((h) => nameKey(m.dialect, h.name))));
  const declared = new Set(model.definitions.map((d) => `${d.span.start.line}:${d.span.start.character}`));
  const tokens: Token[] = [];
  const push = (node: Node, type: TokenType, modifiers: Modifier[], trim = 0): void => {
    if (node.startPosition.row !== node.endPosition.row) return;
    const declaration = declared.has(`${node.startPosition.row}:${node.startPosition.column}`);
    tokens.push({
      line: node.startPosition.row, start: node.startPosition.column + trim, length: node.endPosition.column - node.startPosition.column - 2 * trim,
      type, modifiers: declaration ? [...modifiers, 'declaration'] : modifiers,
    });
  };
  walkNamed(model.tree.rootNode, (n, type) => {
    if (type === 'register') {
      push(n, 'variable', ['defaultLibrary']);
      return false;
    }
    if ((type === 'swi' || type === 'sys_call') && model.dialect !== 'vxd-masm') {
      const name = n.childForFieldName('name');
      if (name && swiOf(model.dialect, name)) push(name, 'function', ['defaultLibrary'], name.type === 'string' ? 1 : 0);
      return type === 'sys_call';
    }
    if (type !== 'identifier') return true;
    const key = nameKey(model.dialect, n.text);
    const definition = user.get(key);
    if (model.dialect !== 'vxd-masm' && (handlers.has(key) || (definition?.kind === 'label' && reasonNamedBy(n.text)))) push(n, 'event', []);
    else if (definition && USER_KIND[definition.kind]) push(n, USER_KIND[definition.kind] as TokenType, definition.kind === 'equate' ? ['readonly'] : []);
    else if (!definition && model.dialect === 'vxd-masm' && findService(n.text)) push(n, 'function', ['defaultLibrary']);
    else if (!definition && (findConstant(n.text) || (model.dialect === 'riscos-objasm' && headerSymbol(n.text)))) push(n, 'enumMember', ['defaultLibrary', 'readonly']);
    return false;
  });
  return tokens;
}

/** LSP's relative encoding: each token's line and start as the distance from the one before. */
function encode(tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let start = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.start - start : token.start, token.length, TYPES.indexOf(token.type),
      token.modifiers.reduce((bits, m) => bits | (1 << MODIFIERS.indexOf(m)), 0));
    line = token.line;
    start = token.start;
  }
  return data;
}

/**
 * One edit replacing what lies between the common prefix and the common
 * suffix: typing changes tokens in one place, so this keeps the delta as
 * small as a full diff would, at the cost of one pass.
 */
function tokensEdits(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(previous.length, next.length);
  while (prefix < shorter && previous[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  if (prefix === previous.length && prefix === next.length) return [];
  return [{ start: prefix, deleteCount: previous.length - prefix - suffix, data: next.slice(prefix, next.length - suffix) }];
}

async function sortedTokens(workspace: SourceWorkspace, uri: string): Promise<Token[] | undefined> {
  const model = await workspace.model(uri);
  if (!model) return undefined;
  return classify(model, await workspace.scope(model)).sort((a, b) => a.line - b.line || a.start - b.start);
}

/**
 * Semantic tokens in full, as a delta against the previous full result, or
 * for a range. Only the newest result of each document is kept, since that is
 * the only one an editor asks a delta against.
 */
export class SemanticTokensProvider {
  private readonly previous = new Map<string, { readonly resultId: string; readonly data: readonly number[] }>();
  private nextId = 1;

  constructor(private readonly workspace: SourceWorkspace) {}

  async full(params: SemanticTokensParams): Promise<SemanticTokens> {
    const tokens = await sortedTokens(this.workspace, params.textDocument.uri);
    if (!tokens) return { data: [] };
    return this.remember(params.textDocument.uri, encode(tokens));
  }

  async delta(params: SemanticTokensDeltaParams): Promise<SemanticTokens | SemanticTokensDelta> {
    const uri = params.textDocument.uri;
    const tokens = await sortedTokens(this.workspace, uri);
    if (!tokens) return { data: [] };
    const before = this.previous.get(uri);
    const result = this.remember(uri, encode(tokens));
    if (before?.resultId !== params.previousResultId) return result;
    return { resultId: result.resultId, edits: tokensEdits(before.data, result.data) };
  }

  async range(params: SemanticTokensRangeParams): Promise<SemanticTokens> {
    const { start, end } = params.range;
    const tokens = await sortedTokens(this.workspace, params.textDocument.uri);
    const inside = (t: Token): boolean =>
      (t.line > start.line || (t.line === start.line && t.start + t.length > start.character))
      && (t.line < end.line || (t.line === end.line && t.start < end.character));
    return { data: encode((tokens ?? []).filter(inside)) };
  }

  forget(uri: string): void {
    this.previous.delete(uri);
  }

  private remember(uri: string, data: number[]): SemanticTokens & { resultId: string } {
    const resultId = String(this.nextId++);
    this.previous.set(uri, { resultId, data });
    return { resultId, data };
  }
}
