import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import {
  allConstants, allServices, allSwis, findConstant, findService, findSwi, findSwiReason,
  type ArmSlot, type Swi, type SwiReason, type VmmService,
} from '../../../emulator/src/index.js';
import type { Node } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';
import { allHeaderSymbols } from '../lowering/objasm/systemHeaders.js';
import type { CompletionData } from './completionResolve.js';
import { paramMarkdown, riscHex, serviceArguments, serviceSignature } from './hover/catalogueMarkdown.js';
import { ARM_CONDITIONS, ARM_MNEMONICS, ARM_S_CAPABLE } from './knowledge/armMnemonics.js';
import { directivesOf } from './knowledge/directives.js';
import { ARM_REGISTER_NAMES, X86_REGISTER_NAMES } from './knowledge/registers.js';
import { X86_MNEMONICS } from './knowledge/x86Mnemonics.js';
import { statementBefore, sysContext, vmmCallContext } from './model/callContext.js';
import { parseLiteral } from './model/evaluate.js';
import { keepsVariable } from './model/objasmNames.js';
import type { Definition, SourceModel } from './model/sourceModel.js';
import { assembled, uriToPath, type SourceWorkspace } from './sourceWorkspace.js';

const KIND_OF_DEFINITION: Record<Definition['kind'], CompletionItemKind> = {
  label: CompletionItemKind.Reference, procedure: CompletionItemKind.Function, function: CompletionItemKind.Function,
  equate: CompletionItemKind.Constant, variable: CompletionItemKind.Variable, macro: CompletionItemKind.Snippet,
  struct: CompletionItemKind.Struct, field: CompletionItemKind.Field, 'storage-field': CompletionItemKind.Field,
  segment: CompletionItemKind.Module, area: CompletionItemKind.Module, 'register-alias': CompletionItemKind.Variable,
};
const INCLUDE_FILE = /\.(inc|asm|s|h)$|,ff[fd]$/i;
const MAX_INCLUDE_FILES = 500;
const MAX_ITEMS = 400;

const snippetArgs = (names: readonly string[], first = 1): string => names.map((n, i) => `\${${i + first}:${n.replace(/[$}\\]/g, '\\$&')}}`).join(', ');

function serviceItem(service: VmmService): CompletionItem {
  const args = serviceArguments(service);
  return {
    label: service.name,
    kind: CompletionItemKind.Function,
    detail: serviceSignature(service),
    data: { kind: 'service', name: service.name } satisfies CompletionData,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: args.length > 0 ? `${service.name}, <${snippetArgs(args)}>` : service.name,
  };
}

const swiItems = (swi: Swi): CompletionItem[] => [swi.name, `X${swi.name}`].map((name) => ({
  label: name,
  kind: CompletionItemKind.Function,
  detail: `SWI &${((swi.number | (name.startsWith('X') ? 0x20000 : 0)) >>> 0).toString(16).toUpperCase()}`,
  data: { kind: 'swi', name } satisfies CompletionData,
}));

const slotNames = (slots: readonly ArmSlot[]): string[] => slots.map((s) => `${s.register} ${s.name}`);

/** SYS completions: the name and, for SWIs with a register table, the arguments as a snippet. */
function sysItems(swi: Swi, closeQuote: boolean): CompletionItem[] {
  const quote = closeQuote ? '"' : '';
  const items: CompletionItem[] = [];
  const entry = swi.contract?.entry ?? [];
  items.push({
    label: swi.name, kind: CompletionItemKind.Function, detail: swi.description,
    data: { kind: 'swi', name: swi.name } satisfies CompletionData,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: entry.length > 0 ? `${swi.name}${quote}, ${snippetArgs(slotNames(entry))}` : `${swi.name}${quote}`,
  });
  for (const reason of swi.reasons ?? []) {
    const rest = (reason.contract?.entry ?? []).filter((s) => s.register !== 'R0');
    items.push({
      label: `${swi.name} ${reason.code} ${reason.name}`, kind: CompletionItemKind.Function, detail: reason.description,
      data: { kind: 'swi', name: swi.name, reason: reason.code } satisfies CompletionData,
      filterText: swi.name, sortText: `${swi.name} ${String(reason.code).padStart(3, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: `${swi.name}${quote}, ${reason.code}${rest.length > 0 ? `, ${snippetArgs(slotNames(rest))}` : ''}`,
    });
  }
  return items;
}

/** A constant; `documentation` is the argument it fits, else resolve documents the constant itself. */
const constantItem = (name: string, documentation?: string): CompletionItem => {
  const constant = findConstant(name);
  return {
    label: name, kind: CompletionItemKind.EnumMember,
    ...(constant ? { detail: `${constant.value} (${constant.family})` } : {}),
    ...(documentation !== undefined ? { documentation } : constant ? { data: { kind: 'constant', name } satisfies CompletionData } : {}),
  };
};

/**
 * The names the built-in RISC OS headers define (`V_bit`, `ModHandReason_Claim`),
 * but those listed already: a catalogue constant, or a name `definitions`
 * holds (a workspace header's own `Service_Reset`, which hover shows too).
 */
const headerSymbolItems = (definitions: readonly CompletionItem[]): CompletionItem[] => {
  const defined = new Set(definitions.map((d) => d.label));
  return allHeaderSymbols().filter((s) => !defined.has(s.name) && !findConstant(s.name)).map((s) => ({
    label: s.name, kind: CompletionItemKind.EnumMember, detail: `${riscHex(s.value)} (${s.header})`, data: { kind: 'header', name: s.name } satisfies CompletionData,
  }));
};

const itemsOfModel = new WeakMap<SourceModel, { readonly definition: Definition; readonly item: CompletionItem }[]>();
const itemsOfScope = new WeakMap<SourceModel, { readonly scope: readonly SourceModel[]; readonly items: CompletionItem[] }>();

/** Names defined in the scope, built once per version of the scope's models: typing asks again on every keystroke. */
function definitionItems(scope: readonly SourceModel[]): CompletionItem[] {
  const first = scope[0];
  const cached = first ? itemsOfScope.get(first) : undefined;
  if (cached && cached.scope.length === scope.length && cached.scope.every((m, i) => m === scope[i])) return cached.items;
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const model of scope) {
    let own = itemsOfModel.get(model);
    if (!own) {
      const offered = (d: Definition): boolean => d.kind !== 'segment' && !(model.dialect === 'riscos-objasm' && keepsVariable(d.name));
      own = model.definitions.filter(offered).map((d) => ({
        definition: d,
        item: { label: d.name, kind: KIND_OF_DEFINITION[d.kind], detail: d.line, data: { kind: 'definition', uri: model.uri, name: d.name } satisfies CompletionData },
      }));
      itemsOfModel.set(model, own);
    }
    // A name only arms of a conditional the assembly leaves out define is not one the program has.
    for (const { definition, item } of own) {
      if (seen.has(item.label) || !assembled(scope, definition)) continue;
      seen.add(item.label);
      items.push(item);
    }
  }
  if (first) itemsOfScope.set(first, { scope, items });
  return items;
}

/**
 * Large lists are cut to the items matching what has been typed, marked
 * incomplete so the editor asks again as the word grows: a 10,000-line file
 * defines thousands of names, and sending them all on every keystroke costs
 * more than the lookup.
 */
function trimmed(items: CompletionItem[], typed: string): CompletionList {
  if (items.length <= MAX_ITEMS) return { isIncomplete: false, items };
  const prefix = typed.toLowerCase();
  const matching = items.filter((i) => (i.filterText ?? i.label).toLowerCase().startsWith(prefix));
  return { isIncomplete: true, items: matching.slice(0, MAX_ITEMS) };
}

const macroItems = (scope: readonly SourceModel[]): CompletionItem[] =>
  scope.flatMap((m) => m.definitions.filter((d) => d.kind === 'macro')).map((d) => ({
    label: d.name, kind: CompletionItemKind.Snippet, detail: d.line, data: { kind: 'definition', uri: d.uri, name: d.name } satisfies CompletionData,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: d.parameters?.length ? `${d.name} ${snippetArgs(d.parameters.map((p) => p.replace(/^\$/, '')))}` : d.name,
  }));

function directiveItems(dialect: LanguageId): CompletionItem[] {
  return directivesOf(dialect).map((d) => ({
    label: d.name, kind: d.kind === 'macro' ? CompletionItemKind.Snippet : CompletionItemKind.Keyword, detail: d.doc,
    ...(d.snippet ? { insertTextFormat: InsertTextFormat.Snippet, insertText: d.snippet } : {}),
  }));
}

const matchCase = (text: string, typed: string): string => (typed !== '' && typed === typed.toLowerCase() ? text.toLowerCase() : text);

/** ARM mnemonics; once the typed word starts with one, its conditional and flag-setting forms too. */
function armMnemonicItems(typed: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  const upper = typed.toUpperCase();
  for (const [base, info] of ARM_MNEMONICS) {
    items.push({ label: matchCase(base, typed), kind: CompletionItemKind.Keyword, detail: info.summary });
    if (!upper.startsWith(base)) continue;
    for (const [condition, meaning] of ARM_CONDITIONS) {
      items.push({ label: matchCase(base + condition, typed), kind: CompletionItemKind.Keyword, detail: `${base} if ${meaning}` });
      if (ARM_S_CAPABLE.has(base)) items.push({ label: matchCase(`${base}${condition}S`, typed), kind: CompletionItemKind.Keyword, detail: `${base} if ${meaning}, setting flags` });
    }
    if (ARM_S_CAPABLE.has(base)) items.push({ label: matchCase(`${base}S`, typed), kind: CompletionItemKind.Keyword, detail: `${base}, setting flags` });
  }
  return items;
}

const x86MnemonicItems = (): CompletionItem[] =>
  [...X86_MNEMONICS].map(([name, info]) => ({ label: name, kind: CompletionItemKind.Keyword, detail: info.summary }));

const registerItems = (names: readonly string[]): CompletionItem[] => names.map((r) => ({ label: r, kind: CompletionItemKind.Variable, detail: 'register' }));

/** Files next to the document and in the workspace folders that an include could name. */
function includeFileItems(workspace: SourceWorkspace, model: SourceModel): CompletionItem[] {
  const here = uriToPath(model.uri);
  const roots = [...(here ? [dirname(here)] : []), ...workspace.workspaceFolders()];
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  const visit = (root: string, dir: string, depth: number): void => {
    if (depth > 3 || items.length >= MAX_INCLUDE_FILES) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(root, path, depth + 1);
      else if (path !== here && (INCLUDE_FILE.test(entry.name) || /\/(hdr|s)\/[^/]+$/i.test(path))) {
        let label = relative(root, path);
        if (model.dialect === 'vxd-masm') label = label.replace(/\//g, '\\');
        else label = label.replace(/^(hdr|s)\//i, (_m, folder: string) => `${folder}.`).replace(/,ff[fd]$/i, '').replace(/\//g, '.');
        if (seen.has(label)) continue;
        seen.add(label);
        items.push({ label, kind: CompletionItemKind.File });
      }
    }
  };
  for (const root of roots) visit(root, root, 0);
  return items;
}

/** Allowed values of a VMM service argument: its flags or values first, then registers and symbols. */
function vmmArgumentItems(service: VmmService | undefined, argument: number): CompletionItem[] {
  const param = service?.semantics?.params[argument];
  if (!param) return [];
  const doc = paramMarkdown(param);
  const names = [...(param.flags ?? []).map((f) => f.name), ...(param.values ?? []).filter((v): v is string => typeof v === 'string'), ...(param.specialValues ?? [])];
  return names.map((name, i) => ({ ...constantItem(name, doc), sortText: `0${String(i).padStart(3, '0')}` }));
}

function swiArgumentItems(swi: Swi | undefined, reason: SwiReason | undefined, register: number): CompletionItem[] {
  const slots = reason?.contract?.entry ?? swi?.contract?.entry ?? [];
  const slot = slots.find((s) => s.register === `R${register}`);
  return (slot?.flags ?? []).map((name, i) => ({ ...constantItem(name, `${slot?.register} ${slot?.name}: ${slot?.description}`), sortText: `0${String(i).padStart(3, '0')}` }));
}

function insideBasicAssembler(lines: readonly string[], line: number, before: string): boolean {
  const current = before.lastIndexOf('[') > before.lastIndexOf(']') ? 'open' : before.includes(']') ? 'closed' : undefined;
  if (current) return current === 'open';
  for (let row = line - 1; row >= 0 && row > line - 2000; row--) {
    const text = (lines[row] ?? '').replace(/"[^"]*"/g, '');
    const open = text.lastIndexOf('[');
    const close = text.lastIndexOf(']');
    if (open >= 0 || close >= 0) return open > close;
  }
  return false;
}

/**
 * Whether the cursor is in a comment, or inside a string (before its closing
 * quote): nothing there is code, and with space a trigger character a list
 * would pop up at every word typed in a comment. The character before the
 * cursor decides, since a cursor at the end of a line is past every node.
 * A string still being typed has no closing quote, and the parsers read it
 * as an error (or a string that ends with the line), so the quotes before
 * the cursor decide then.
 */
function literalAt(model: SourceModel, line: number, character: number): 'comment' | 'string' | undefined {
  if (character === 0) return undefined;
  for (let n: Node | null = model.tree.rootNode.descendantForPosition({ row: line, column: character - 1 }); n; n = n.parent) {
    if (n.type === 'comment') return 'comment';
    if (n.type === 'string' && (n.endPosition.row > line || n.endPosition.column > character)) return 'string';
  }
  return quoteOpen(model.dialect, (model.lines[line] ?? '').slice(0, character)) ? 'string' : undefined;
}

/** BBC BASIC quotes strings with `"` only; MASM and ObjAsm with either quote. */
const QUOTES: Readonly<Record<LanguageId, string>> = { 'vxd-masm': '"\'', 'riscos-objasm': '"\'', 'riscos-bbcbasic': '"' };
/** Where a comment starts outside a string (a BASIC assembler comment comes after `;` or `\`, which BASIC also uses otherwise). */
const COMMENT_START: Readonly<Record<LanguageId, RegExp>> = { 'vxd-masm': /;/y, 'riscos-objasm': /;/y, 'riscos-bbcbasic': /REM/y };

/** Whether a quote in `before` (the line up to the cursor) opens a string that has not closed by the cursor. */
function quoteOpen(dialect: LanguageId, before: string): boolean {
  let open: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i] ?? '';
    if (open !== undefined) {
      if (c === open) open = undefined;
      continue;
    }
    const comment = COMMENT_START[dialect];
    comment.lastIndex = i;
    if (comment.test(before)) return false;
    if (QUOTES[dialect].includes(c)) open = c;
  }
  return open !== undefined;
}

/** A SWI's name being typed in its quotes (`SYS "XOS_`, `SWI "OS_`), the one string completion fills in. */
const SWI_NAME_IN_QUOTES = /\b(?:SYS\s*|(?:SWI|SVC)[A-Z]{0,2}\s+)"\w*$/i;

export async function provideCompletion(workspace: SourceWorkspace, params: CompletionParams): Promise<CompletionList> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return { isIncomplete: false, items: [] };
  const typed = /[\w$.%]*$/.exec((model.lines[params.position.line] ?? '').slice(0, params.position.character))?.[0] ?? '';
  return trimmed(await completionItems(workspace, model, params), typed);
}

async function completionItems(workspace: SourceWorkspace, model: SourceModel, params: CompletionParams): Promise<CompletionItem[]> {
  const { line, character } = params.position;
  const lineText = model.lines[line] ?? '';
  const before = lineText.slice(0, character);
  const literal = literalAt(model, line, character);
  if (literal === 'comment' || (literal === 'string' && !SWI_NAME_IN_QUOTES.test(before))) return [];
  const typed = /[\w$.%]*$/.exec(before)?.[0] ?? '';
  const scope = await workspace.scope(model);
  const { dialect } = model;

  if (dialect === 'vxd-masm') {
    if (/^\s*include\s+<?[^\s>]*$/i.test(before)) return includeFileItems(workspace, model);
    if (/\b(?:VMMcall|VMMjmp|VxDcall|VxDjmp)\s+\w*$/i.test(before)) return allServices().map(serviceItem);
    const call = vmmCallContext(statementBefore(model.lines, line, character));
    if (call) return [...vmmArgumentItems(findService(call.service), call.argument), ...registerItems(X86_REGISTER_NAMES), ...definitionItems(scope)];
    if (/^\s*(?:\w+::?\s*)?[\w.%]*$/.test(before)) return [...x86MnemonicItems(), ...directiveItems(dialect), ...macroItems(scope)];
    return [...registerItems(X86_REGISTER_NAMES), ...definitionItems(scope), ...allConstants({ platform: 'vmm' }).map((c) => constantItem(c.name))];
  }

  const riscosConstants = (): CompletionItem[] => allConstants({ platform: 'riscos' }).map((c) => constantItem(c.name));
  if (dialect === 'riscos-objasm') {
    if (/^\s+(?:GET|INCLUDE|LNK)\s+\S*$/i.test(before)) return includeFileItems(workspace, model);
    if (/\b(?:SWI|SVC)[A-Z]{0,2}\s+\w*$/i.test(before)) return allSwis().flatMap(swiItems);
    if (/^(?:\S+)?\s+\w*$/.test(before) && !/^\S+\s+\S+\s/.test(before)) return [...armMnemonicItems(typed), ...directiveItems(dialect), ...macroItems(scope)];
    const definitions = definitionItems(scope);
    return [...registerItems(ARM_REGISTER_NAMES), ...definitions, ...riscosConstants(), ...headerSymbolItems(definitions)];
  }

  const sysName = /\bSYS\s*"(\w*)$/i.exec(before);
  if (sysName) return allSwis().flatMap((swi) => sysItems(swi, lineText[character] !== '"'));
  const sys = sysContext(statementBefore(model.lines, line, character));
  if (sys) {
    const swi = findSwi(sys.swi)?.swi;
    const reasonValue = parseLiteral(dialect, sys.firstArgument);
    const reason = swi && reasonValue !== undefined ? findSwiReason(swi.name, reasonValue) : undefined;
    return [...swiArgumentItems(swi, reason, sys.argument), ...definitionItems(scope), ...riscosConstants()];
  }
  if (insideBasicAssembler(model.lines, line, before)) {
    if (/\b(?:SWI|SVC)[A-Z]{0,2}\s+"?\w*$/i.test(before)) return allSwis().flatMap(swiItems);
    if (/(?:^\s*(?:\d+\s*)?(?:\.\S+\s+)?|:\s*)\w*$/.test(before)) return [...armMnemonicItems(typed), ...directiveItems(dialect)];
    return [...registerItems(ARM_REGISTER_NAMES), ...definitionItems(scope), ...riscosConstants()];
  }
  return [...definitionItems(scope), ...directiveItems(dialect)];
}

