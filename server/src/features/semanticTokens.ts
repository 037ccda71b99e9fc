import type { Node } from 'web-tree-sitter';
import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver';
import { findConstant, findService } from '../../../emulator/src/index.js';
import { reasonNamedBy } from './hover/hover.js';
import { swiOf } from './model/riscosCalls.js';
import { nameKey, type Definition, type SourceModel } from './model/sourceModel.js';
import { walkNamed } from './model/treeWalk.js';
import type { SourceWorkspace } from './sourceWorkspace.js';

const TYPES = ['function', 'event', 'variable', 'enumMember', 'macro', 'property'] as const;
const MODIFIERS = ['defaultLibrary', 'declaration', 'readonly'] as const;
type TokenType = (typeof TYPES)[number];
type Modifier = (typeof MODIFIERS)[number];

/** Services and SWIs are functions, handler labels events, registers variables, constants enum members. */
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
  walkNamed(model.tree.rootNode, (n) => {
    if (n.type === 'register') {
      push(n, 'variable', ['defaultLibrary']);
      return false;
    }
    if ((n.type === 'swi' || n.type === 'sys_call') && model.dialect !== 'vxd-masm') {
      const name = n.childForFieldName('name');
      if (name && swiOf(model.dialect, name)) push(name, 'function', ['defaultLibrary'], name.type === 'string' ? 1 : 0);
      return n.type === 'sys_call';
    }
    if (n.type !== 'identifier') return true;
    const key = nameKey(model.dialect, n.text);
    const definition = user.get(key);
    if (model.dialect !== 'vxd-masm' && (handlers.has(key) || (definition?.kind === 'label' && reasonNamedBy(n.text)))) push(n, 'event', []);
    else if (definition && USER_KIND[definition.kind]) push(n, USER_KIND[definition.kind] as TokenType, definition.kind === 'equate' ? ['readonly'] : []);
    else if (!definition && model.dialect === 'vxd-masm' && findService(n.text)) push(n, 'function', ['defaultLibrary']);
    else if (!definition && findConstant(n.text)) push(n, 'enumMember', ['defaultLibrary', 'readonly']);
    return false;
  });
  return tokens;
}

export async function provideSemanticTokens(workspace: SourceWorkspace, params: SemanticTokensParams): Promise<SemanticTokens> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return { data: [] };
  const tokens = classify(model, await workspace.scope(model)).sort((a, b) => a.line - b.line || a.start - b.start);
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
  return { data };
}
