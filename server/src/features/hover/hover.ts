import type { Node } from 'web-tree-sitter';
import { MarkupContent, MarkupKind, type CancellationToken, type Hover, type HoverParams } from 'vscode-languageserver';
import {
  allHandlerReasons, findConstant, findHandlerReason, findService, findSwi, type HandlerReason,
} from '../../../../emulator/src/index.js';
import { checkCancelled, unlessCancelled } from '../../lsp/requestCancellation.js';
import { conditionMeaning, splitArmMnemonic } from '../knowledge/armMnemonics.js';
import { findDirective } from '../knowledge/directives.js';
import { armRegisterDoc, x86RegisterDoc } from '../knowledge/registers.js';
import { X86_MNEMONICS } from '../knowledge/x86Mnemonics.js';
import { reasonBefore, swiOf, sysReason } from '../model/riscosCalls.js';
import { evaluate } from '../model/evaluate.js';
import { nameKey, spanOf, type Definition, type SourceModel } from '../model/sourceModel.js';
import { enclosing, nodeAt } from '../model/tokenAt.js';
import { assembled, assembledSettings, definitionsOf, storageFacts, valueOfName, type SourceWorkspace } from '../sourceWorkspace.js';
import { headerSymbol } from '../../lowering/objasm/systemHeaders.js';
import { constantMarkdown, handlerMarkdown, handlerReasonMarkdown, serviceMarkdown, swiMarkdown } from './catalogueMarkdown.js';
import { headerSymbolMarkdown } from './headerSymbolMarkdown.js';
import { registerValuesMarkdown, type RegisterValues } from './registerValues.js';
import { symbolMarkdown, type SymbolFacts } from './symbolMarkdown.js';

const SHORT_REASON = new Map(allHandlerReasons().map((r) => [r.shortName.toLowerCase(), r]));

/** A handler reason a label is named after: `PreGrow`, `DAHandler_PreGrow`, `MyArea_PreGrow`, `dyn_PreGrow`. */
export function reasonNamedBy(label: string): HandlerReason | undefined {
  return findHandlerReason(label) ?? SHORT_REASON.get(label.toLowerCase().replace(/^.*_/, ''));
}

const markdown = (value: string, node: Node): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: spanOf(node) });
const join = (...parts: (string | undefined)[]): string => parts.filter((p): p is string => !!p).join('\n\n---\n\n');

function mnemonicDoc(model: SourceModel, node: Node): string | undefined {
  if (model.dialect === 'vxd-masm') {
    const info = X86_MNEMONICS.get(node.text.toLowerCase());
    return info && `**${node.text.toLowerCase()}** — ${info.summary}\n\nFlags: ${info.flags}`;
  }
  const statement = enclosing(node, ['instruction', 'swi']);
  const mnemonic = statement?.childForFieldName('mnemonic')?.text ?? node.text;
  const split = splitArmMnemonic(mnemonic);
  if (!split) return undefined;
  const condition = statement?.childForFieldName('condition')?.text ?? split.condition;
  const meaning = condition ? conditionMeaning(condition) : undefined;
  const sFlag = statement?.childForFieldName('s_flag') ? ' The S suffix sets the flags.' : '';
  return `**${split.base}${condition ? condition.toUpperCase() : ''}** — ${split.info.summary}${meaning ? ` Runs only if ${meaning}.` : ''}${sFlag}\n\nFlags: ${split.info.flags}`;
}

/**
 * The evaluated value of an equate or variable, the offset and size of a
 * storage-map field; of a BASIC variable set to values that differ, or
 * may (one not known here), the value each place that sets it gives; of
 * an ObjAsm name set in arms of a conditional, of the places the
 * assembly may take (not an arm whose condition is known not to hold).
 */
export function definitionFacts(scope: readonly SourceModel[], definition: Definition): SymbolFacts {
  if (definition.kind === 'storage-field') return storageFacts(scope, definition);
  if (definition.kind !== 'equate' && definition.kind !== 'variable') return {};
  const model = scope.find((m) => m.uri === definition.uri);
  const settings = model && definition.settings && assembledSettings(scope, definition).map(({ line, value }) => {
    const v = value && evaluate(model.dialect, value, (n, d) => valueOfName(scope, n, d));
    return v === undefined ? { line } : { line, value: v };
  });
  if (settings && new Set(settings.map((s) => s.value ?? 'unknown')).size > 1) return { settings };
  const value = valueOfName(scope, definition.name);
  return value === undefined ? {} : { value };
}

async function symbolHover(workspace: SourceWorkspace, model: SourceModel, node: Node): Promise<string | undefined> {
  const scope = await workspace.scope(model);
  // The name a definition's text stands for (an ObjAsm `lab$s` that is labOne), else the text.
  const { row, column } = node.startPosition;
  const written = node.text.includes('$') ? (scope[0] ?? model).occurrences.find((o) => o.span.start.line === row && o.span.start.character === column) : undefined;
  const name = written?.name ?? node.text;
  const found = definitionsOf(scope, name);
  const definition = found.find((d) => assembled(scope, d)) ?? found[0];
  const parts: (string | undefined)[] = [];
  if (definition) parts.push(symbolMarkdown(model.dialect, definition, definitionFacts(scope, definition), model.uri));
  if (model.dialect !== 'vxd-masm') {
    const key = nameKey(model.dialect, name);
    const registered = scope.some((m) => m.handlers.some((h) => nameKey(m.dialect, h.name) === key));
    const reason = definition?.kind === 'label' ? reasonNamedBy(name) : undefined;
    if (registered) parts.push(handlerMarkdown(name, allHandlerReasons()));
    else if (reason) parts.push(handlerReasonMarkdown(reason));
  }
  const constant = findConstant(name);
  if (constant && !(definition?.kind === 'label')) parts.push(constantMarkdown(constant));
  if (!definition && !constant) {
    const service = model.dialect === 'vxd-masm' ? findService(name) : undefined;
    const swi = model.dialect === 'vxd-masm' ? undefined : findSwi(name);
    const header = model.dialect === 'riscos-objasm' ? headerSymbol(name) : undefined;
    if (service) parts.push(serviceMarkdown(service));
    else if (swi) parts.push(swiMarkdown(swi));
    else if (header) parts.push(headerSymbolMarkdown(header));
  }
  return parts.length > 0 ? join(...parts) : undefined;
}

async function swiHover(workspace: SourceWorkspace, model: SourceModel, node: Node): Promise<string | undefined> {
  const call = enclosing(node, ['swi', 'sys_call']);
  const nameNode = call?.childForFieldName('name');
  if (!call || !nameNode || nameNode.startIndex > node.startIndex || nameNode.endIndex < node.endIndex) return undefined;
  const match = swiOf(model.dialect, nameNode);
  if (!match) return undefined;
  const scope = await workspace.scope(model);
  const lookup = (name: string): number | undefined => valueOfName(scope, name);
  const reason = call.type === 'swi' ? reasonBefore(model.dialect, call, match, lookup) : sysReason(model.dialect, call, match, lookup);
  return swiMarkdown(match, reason);
}

const KEYWORD_TYPES = new Set(['directive_name', 'if_keyword', 'data_type', 'repeat_keyword', 'size_type', 'operator_keyword', 'vmm_macro', 'segment_macro', 'keyword', 'rout']);

/**
 * The token's documentation, followed by the register values the analysis
 * knew at this line when there are any; on code with nothing to document
 * (a number, a comma) the register values alone. A hover the editor
 * cancelled (the mouse moved on) stops once its document's model is built,
 * or as it is cancelled while it waits for the values.
 */
export async function provideHover(workspace: SourceWorkspace, registerValues: RegisterValues, params: HoverParams, token: CancellationToken): Promise<Hover | null> {
  const hover = await tokenHover(workspace, params);
  await checkCancelled(token);
  const { uri } = params.textDocument;
  const version = workspace.openVersion(uri);
  const values = version === undefined ? undefined : await unlessCancelled(token, registerValues.at(uri, version, params.position.line));
  if (!values) return hover;
  const facts = registerValuesMarkdown(values);
  if (hover && MarkupContent.is(hover.contents)) return { ...hover, contents: { kind: MarkupKind.Markdown, value: join(hover.contents.value, facts) } };
  const model = await workspace.model(uri);
  const node = model && nodeAt(model, params.position.line, params.position.character);
  return node && node.type !== 'comment' ? markdown(facts, node) : hover;
}

async function tokenHover(workspace: SourceWorkspace, params: HoverParams): Promise<Hover | null> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return null;
  const node = nodeAt(model, params.position.line, params.position.character);
  if (!node) return null;
  const { dialect } = model;
  const parentField = (): string | null => {
    const parent = node.parent;
    if (!parent) return null;
    for (let i = 0; i < parent.childCount; i++) if (parent.child(i)?.id === node.id) return parent.fieldNameForChild(i);
    return null;
  };

  if (node.type === 'register') {
    if (dialect === 'vxd-masm') {
      const doc = x86RegisterDoc(node.text);
      return doc ? markdown(`**${node.text.toUpperCase()}** — ${doc}`, node) : null;
    }
    const arm = armRegisterDoc(node.text);
    return arm ? markdown(`**${node.text}** (R${arm.number}) — ${arm.doc}`, node) : null;
  }
  const swi = dialect === 'vxd-masm' ? undefined : await swiHover(workspace, model, node);
  if (swi) return markdown(swi, node);
  if (node.type === 'mnemonic' || node.type === 'condition' || node.type === 's_flag') {
    const doc = mnemonicDoc(model, node);
    return doc ? markdown(doc, node) : null;
  }
  if (node.type === 'identifier' || node.type === 'proc_name' || node.type === 'fn_name' || node.type === 'bar_symbol') {
    const parent = node.parent;
    if (parent?.type === 'vmm_call' && parentField() === 'service') {
      const service = findService(node.text);
      return service ? markdown(serviceMarkdown(service), node) : null;
    }
    const symbol = await symbolHover(workspace, model, node);
    if (symbol) return markdown(symbol, node);
    if (parent?.type === 'instruction' && parentField() === 'mnemonic') {
      const doc = mnemonicDoc(model, node);
      if (doc) return markdown(doc, node);
    }
  }
  if (node.type === 'identifier' || KEYWORD_TYPES.has(node.type) || !node.isNamed) {
    const directive = findDirective(dialect, node.text);
    if (directive) return markdown(`**${directive.name}** — ${directive.kind === 'macro' ? 'macro' : 'directive'}: ${directive.doc}`, node);
  }
  return null;
}
