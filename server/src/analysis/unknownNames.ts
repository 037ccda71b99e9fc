import { findSwi, serviceOnTarget, suggest, swiInOtherCase, WINDOWS_OF_VMM, type Finding, type WindowsTarget } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { MasmLowering, VmmCallSite } from '../lowering/masm/index.js';
import { definitionSpan } from '../lowering/masm/writtenText.js';
import type { SyntaxNode } from '../lowering/syntaxNode.js';
import { serviceJudge, textMacrosSeen, unknownServices, vxdNaming, type UnknownService, type VxdNaming } from './vxdServiceNames.js';

// PW101: a VMM or VxD service, or a SWI, that no name PageWarden knows
// of can be, with the nearest known names. Only names whose whole table
// PageWarden sees are judged: SWIs of other modules are not all catalogued
// (a name that is a catalogued one's in another case is judged), and
// which VxD service names are judged is vxdServiceNames.ts's to say. A
// service named by a macro's parameter (or LOCAL name, or a repeat block's
// parameter) is no name until the macro expands: the lowering's calls give
// what each expansion names, judged where it was written: at the caller's
// argument, or once at a definition's text (another macro's body that
// passes it on, a parameter's default) however many calls expand it. So is
// every name of a file that includes a header of the program's own, which
// may define any name as a text macro: the lowering reads the headers; and
// while one is missing (PW103), no service name is proven unknown. A VMM
// service the target's VMM does not have is no service of that name there.
// A SWI name is the catalogue's in its own case only, as ObjAsm's symbols
// and OS_SWINumberFromString (BBC BASIC's SWI "…" and SYS "…") take it.

function rangeOf(node: SyntaxNode): Finding['range'] {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

function unknown(name: string, range: Finding['range'], what: string, near: readonly string[]): Finding {
  return {
    code: 'PW101',
    message: `No ${what} is called ${name}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
    range,
    notes: [],
  };
}

/** A SWI name no SWI has: one that is a SWI's in another case is that name, which the quick fix writes. */
function unknownSwi(name: string, range: Finding['range']): Finding {
  const written = swiInOtherCase(name);
  if (written === undefined) return unknown(name, range, 'SWI', suggest(name, 'swi'));
  return { code: 'PW101', message: `No SWI is called ${name}; did you mean ${written}? SWI names are case-sensitive`, range, notes: [], fix: { kind: 'swi-name', swi: written } };
}

/** The node types this check reads, in every dialect. */
const NAMING = new Set(['vmm_call', 'service_declaration', 'include_directive', 'equate', 'definition_directive', 'swi', 'sys_call']);

/**
 * The nodes of the types in NAMING inside each node of several rows, kept
 * with the node: the kept syntax trees give an unchanged procedure or
 * segment again after an edit, as the same object moved in place, so an edit
 * reads only the nodes it touched.
 */
const naming = new WeakMap<SyntaxNode, readonly SyntaxNode[]>();

function namingNodes(node: SyntaxNode, into: SyntaxNode[]): void {
  // A token holds nothing to keep: placing it, to count its rows, would cost more than reading its type.
  if (node.children.length === 0) {
    if (NAMING.has(node.type)) into.push(node);
    return;
  }
  const rows = node.endPosition.row > node.startPosition.row;
  const known = rows ? naming.get(node) : undefined;
  if (known) {
    into.push(...known);
    return;
  }
  const own: SyntaxNode[] = rows ? [] : into;
  const start = own.length;
  if (NAMING.has(node.type)) own.push(node);
  for (const child of node.children) namingNodes(child, own);
  const bound = boundNames(node);
  if (bound) own.splice(start, own.length - start, ...own.slice(start).filter((n) => !namesBound(n, bound)));
  if (rows) {
    naming.set(node, own);
    into.push(...own);
  }
}

/** The names a macro definition binds in its body (parameters, LOCAL names), or an IRP, IRPC, FOR or FORC block its parameter. */
function boundNames(node: SyntaxNode): Set<string> | undefined {
  if (node.type === 'macro_definition') {
    const locals = node.childrenForFieldName('body').filter((b) => b.type === 'local_directive').flatMap((l) => l.childrenForFieldName('variable'));
    return new Set([...node.childrenForFieldName('parameter'), ...locals].map((p) => p.childForFieldName('name')?.text.toLowerCase() ?? ''));
  }
  if (node.type !== 'repeat_block' || !/^(?:irpc?|forc?)$/i.test(node.childForFieldName('kind')?.text ?? '')) return undefined;
  const parameter = node.childForFieldName('argument')?.text.split(':')[0]?.trim().toLowerCase();
  return parameter ? new Set([parameter]) : undefined;
}

/** A VxD call whose service name is, or is glued with `&` from, one of `bound`. */
function namesBound(node: SyntaxNode, bound: ReadonlySet<string>): boolean {
  const service = node.type === 'vmm_call' ? node.childForFieldName('service') : null;
  return service !== null && service.text.split('&').some((part) => bound.has(part.trim().toLowerCase()));
}

/**
 * What a naming node says, read once per node: the kept syntax trees give an
 * unchanged statement again after an edit, its text and children the same.
 * A SWI naming is each SWI name the call writes that no SWI has: a kernel
 * name (`X?OS_`) the catalogue does not know, or any SWI's name in another
 * case; empty where the node names nothing to judge.
 */
type SwiNaming = readonly { readonly name: string; readonly node: SyntaxNode }[];

const vxdNamingsOf = new WeakMap<SyntaxNode, VxdNaming | null>();
const swiNamings = new WeakMap<SyntaxNode, SwiNaming>();

const KERNEL_SWI = /^X?OS_/i;

/**
 * The names a SWI or SYS operand gives: a string's, a symbol's, and in
 * ObjAsm each symbol of an expression (`XOS_DynamicArea` from Hdr:SWIs,
 * `OS_DynamicArea :OR: Auto_Error_SWI_bit`); a name in a BBC BASIC
 * expression is a variable, and a string inside one no SWI's name.
 */
function swiNames(node: SyntaxNode, languageId: LanguageId, into: { name: string; node: SyntaxNode }[], top = true): void {
  if (node.type === 'string') {
    if (top) into.push({ name: node.text.replace(/^"|"$/g, ''), node });
  } else if (node.type === 'identifier') {
    if (top || languageId === 'riscos-objasm') into.push({ name: node.text, node });
  } else if (node.type === 'bar_symbol') {
    if (languageId === 'riscos-objasm') into.push({ name: node.text.slice(1, -1), node });
  } else if (languageId === 'riscos-objasm') {
    for (const child of node.children) swiNames(child, languageId, into, false);
  }
}

function swiNaming(call: SyntaxNode, languageId: LanguageId): SwiNaming {
  const node = call.type === 'swi' || call.type === 'sys_call' ? call.childForFieldName('name') : null;
  if (!node) return [];
  const names: { name: string; node: SyntaxNode }[] = [];
  swiNames(node, languageId, names);
  return names.filter(({ name }) => !findSwi(name) && (KERNEL_SWI.test(name) || swiInOtherCase(name) !== undefined));
}

function namingOf<T>(node: SyntaxNode, known: WeakMap<SyntaxNode, T>, read: (node: SyntaxNode) => T): T {
  let naming = known.get(node);
  if (naming === undefined) {
    naming = read(node);
    known.set(node, naming);
  }
  return naming;
}

/** What each VxD naming node of the document `root` says. */
function vxdNamings(root: SyntaxNode): (VxdNaming | null)[] {
  const nodes: SyntaxNode[] = [];
  namingNodes(root, nodes);
  return nodes.map((node) => namingOf(node, vxdNamingsOf, vxdNaming));
}

/** PW101 for the names in the document `root` (its plain syntax tree). */
export function unknownNameFindings(languageId: LanguageId, root: SyntaxNode): Finding[] {
  if (languageId === 'vxd-masm') {
    const namings = vxdNamings(root);
    return textMacrosSeen(namings) ? serviceFindings(unknownServices(namings)) : [];
  }
  const nodes: SyntaxNode[] = [];
  namingNodes(root, nodes);
  const read = (call: SyntaxNode): SwiNaming => swiNaming(call, languageId);
  return nodes.flatMap((node) => namingOf(node, swiNamings, read).map((n) => unknownSwi(n.name, rangeOf(n.node))));
}

/**
 * PW101 that needs the lowering of the VxD `file`: where a header of the
 * program's own may define its calls' names as text macros, the names of the
 * file's calls that are none of those the lowering read; and the services
 * macro arguments or text macros named in the calls of the file as its
 * lowering expanded them. `root`: the file's plain syntax tree.
 */
export function loweredServiceFindings(lowering: Pick<MasmLowering, 'vmmCalls' | 'notes' | 'textMacros'>, file: string, root: SyntaxNode): Finding[] {
  // A missing header may define any name as a text macro.
  if (lowering.notes.some((n) => n.code === 'PW103')) return [];
  const namings = vxdNamings(root);
  const written = textMacrosSeen(namings) ? [] : serviceFindings(unknownServices(namings, lowering.textMacros));
  return [...written, ...passedServiceFindings(lowering.vmmCalls, file, namings)];
}

const TARGET_NAMES: Readonly<Record<WindowsTarget, string>> = { W31: 'Windows 3.1', W95: 'Windows 95', W98: 'Windows 98' };

/**
 * PW101 for the calls of the VxD `file`, as its lowering assembled them, of
 * a VMM service that came with a later Windows than `target`: that VMM has
 * no service of that name, and the target's vmm.inc declares none (MASM
 * refuses the call; a call made anyway fails when the VxD loads). A call in
 * a conditional the target does not assemble (`IFDEF WIN40SERVICES`) is not
 * one. Placed where the name is written, once a place, as for an unknown name.
 */
export function targetServiceFindings(calls: readonly VmmCallSite[], file: string, target: WindowsTarget): Finding[] {
  const reported = new Set<string>();
  return calls.flatMap((c) => {
    if (!c.service || serviceOnTarget(c.service, target) || c.serviceSource.file !== file) return [];
    const at = c.serviceText ? definitionSpan(c.serviceText) : c.serviceSource;
    const { start, end } = at.range;
    const key = `${at.file}|${start.line}:${start.character}|${end.line}:${end.character}`;
    if (reported.has(key)) return [];
    reported.add(key);
    const finding: Finding = {
      code: 'PW101',
      message: `${c.serviceName} is not a ${TARGET_NAMES[target]} service (it came with ${WINDOWS_OF_VMM[c.service.since]})`,
      range: at.range,
      notes: [],
    };
    return [at.file === file ? finding : { ...finding, file: at.file }];
  });
}

function serviceFindings(services: readonly UnknownService[]): Finding[] {
  return services.map((u) => unknown(u.name, rangeOf(u.node), `${u.of} service`, u.near));
}

/**
 * PW101 for the services macro arguments named in the calls of the VxD
 * `file` as its lowering expanded them, where each was written (the
 * argument of the file's macro call, or the definition that holds it), one
 * finding a place: only the file's own calls, as PW101 reads no included
 * file's names. `namings`: the file's, for its tables and includes.
 */
function passedServiceFindings(calls: readonly VmmCallSite[], file: string, namings: readonly (VxdNaming | null)[]): Finding[] {
  const unknownCalls = calls.filter((c) => c.passed && !c.service && c.linkCode === undefined && c.serviceSource.file === file);
  if (unknownCalls.length === 0) return [];
  const judge = serviceJudge(namings);
  const reported = new Set<string>();
  return unknownCalls.flatMap((c) => {
    const verdict = judge(c.serviceName, c.macro.startsWith('VMM'));
    const at = c.serviceText ? definitionSpan(c.serviceText) : c.serviceSource;
    const { start, end } = at.range;
    const key = `${at.file}|${start.line}:${start.character}|${end.line}:${end.character}|${c.serviceName}`;
    if (!verdict || reported.has(key)) return [];
    reported.add(key);
    const finding = unknown(c.serviceName, at.range, `${verdict.of} service`, verdict.near);
    return [at.file === file ? finding : { ...finding, file: at.file }];
  });
}
