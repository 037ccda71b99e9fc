import { findSwi, suggest, type Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { SyntaxNode } from '../lowering/syntaxNode.js';
import { unknownServices, vxdNaming, type VxdNaming } from './vxdServiceNames.js';

// PW101: a VMM or VxD service, or a kernel SWI, that no name PageWarden knows
// of can be, with the nearest known names. Only names whose whole table
// PageWarden sees are judged: SWIs of other modules are not catalogued, and
// which VxD service names are judged is vxdServiceNames.ts's to say.

function rangeOf(node: SyntaxNode): Finding['range'] {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

function unknown(name: string, node: SyntaxNode, what: string, near: readonly string[]): Finding {
  return {
    code: 'PW101',
    message: `No ${what} is called ${name}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
    range: rangeOf(node),
    notes: [],
  };
}

/** The node types this check reads, in every dialect. */
const NAMING = new Set(['vmm_call', 'service_declaration', 'include_directive', 'swi', 'sys_call']);

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
  if (NAMING.has(node.type)) own.push(node);
  for (const child of node.children) namingNodes(child, own);
  if (rows) {
    naming.set(node, own);
    into.push(...own);
  }
}

/**
 * What a naming node says, read once per node: the kept syntax trees give an
 * unchanged statement again after an edit, its text and children the same.
 * A SWI naming is a kernel SWI name the catalogue does not know; null where
 * the node names nothing to judge.
 */
type SwiNaming = { readonly name: string; readonly node: SyntaxNode } | null;

const vxdNamings = new WeakMap<SyntaxNode, VxdNaming | null>();
const swiNamings = new WeakMap<SyntaxNode, SwiNaming>();

const KERNEL_SWI = /^X?OS_/i;

function swiName(node: SyntaxNode): { name: string; node: SyntaxNode } | undefined {
  if (node.type === 'string') return { name: node.text.replace(/^"|"$/g, ''), node };
  return node.type === 'identifier' ? { name: node.text, node } : undefined;
}

function swiNaming(call: SyntaxNode): SwiNaming {
  const node = call.type === 'swi' || call.type === 'sys_call' ? call.childForFieldName('name') : null;
  const found = node ? swiName(node) : undefined;
  return !found || !KERNEL_SWI.test(found.name) || findSwi(found.name) ? null : found;
}

function namingOf<T>(node: SyntaxNode, known: WeakMap<SyntaxNode, T>, read: (node: SyntaxNode) => T): T {
  let naming = known.get(node);
  if (naming === undefined) {
    naming = read(node);
    known.set(node, naming);
  }
  return naming;
}

/** PW101 for the names in the document `root` (its plain syntax tree). */
export function unknownNameFindings(languageId: LanguageId, root: SyntaxNode): Finding[] {
  const nodes: SyntaxNode[] = [];
  namingNodes(root, nodes);
  if (languageId === 'vxd-masm') {
    return unknownServices(nodes.map((node) => namingOf(node, vxdNamings, vxdNaming))).map((u) => unknown(u.name, u.node, `${u.of} service`, u.near));
  }
  return nodes.flatMap((node) => {
    const naming = namingOf(node, swiNamings, swiNaming);
    return naming ? [unknown(naming.name, naming.node, 'SWI', suggest(naming.name, 'swi'))] : [];
  });
}
