import { findService, findSwi, suggest, type Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { SyntaxNode } from '../lowering/syntaxNode.js';

// PW101: a VMM service or kernel SWI name the catalogue does not know, with
// the nearest known names. Only names that must be in the catalogue are
// judged: services of other VxDs (VPICD_…, SHELL_…) and SWIs of other modules
// are not catalogued, so a name there proves nothing.

function rangeOf(node: SyntaxNode): Finding['range'] {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

function unknown(name: string, node: SyntaxNode, kind: 'vmm' | 'swi'): Finding {
  const near = suggest(name, kind);
  const what = kind === 'vmm' ? 'VMM service' : 'SWI';
  return {
    code: 'PW101',
    message: `No ${what} is called ${name}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
    range: rangeOf(node),
    notes: [],
  };
}

/** The node types this check reads, in every dialect. */
const NAMING = new Set(['vmm_call', 'service_declaration', 'swi', 'sys_call']);

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
 * A declaration names a service of the file's own device; a call, a name the
 * catalogue does not know (judged against the file's own services for a VMM
 * call); null where the node names nothing to judge.
 */
type Naming =
  | { readonly declares: string }
  | { readonly name: string; readonly node: SyntaxNode; readonly kind: 'vmm' | 'swi' }
  | null;

const namings = new WeakMap<SyntaxNode, Naming>();

function masmNaming(node: SyntaxNode): Naming {
  if (node.type === 'service_declaration') {
    const service = node.childForFieldName('service');
    return service ? { declares: service.text.toLowerCase() } : null;
  }
  if (node.type !== 'vmm_call') return null;
  const macro = node.childForFieldName('macro')?.text.toLowerCase() ?? '';
  const service = node.childForFieldName('service');
  if (!service) return null;
  const name = service.text;
  if (findService(name)) return null;
  // VMMcall names a VMM service by definition; VxDcall only when the name has
  // no device prefix (`_PageAlocate`, not `VPICD_Set_Int_Request`).
  const vmmOnly = macro.startsWith('vmm') || !/^[A-Za-z][A-Za-z0-9]*_/.test(name);
  return vmmOnly ? { name, node: service, kind: 'vmm' } : null;
}

const KERNEL_SWI = /^X?OS_/i;

function swiName(node: SyntaxNode): { name: string; node: SyntaxNode } | undefined {
  if (node.type === 'string') return { name: node.text.replace(/^"|"$/g, ''), node };
  return node.type === 'identifier' ? { name: node.text, node } : undefined;
}

function riscOsNaming(call: SyntaxNode): Naming {
  const node = call.type === 'swi' || call.type === 'sys_call' ? call.childForFieldName('name') : null;
  const found = node ? swiName(node) : undefined;
  if (!found || !KERNEL_SWI.test(found.name) || findSwi(found.name)) return null;
  return { ...found, kind: 'swi' };
}

function namingOf(node: SyntaxNode, read: (node: SyntaxNode) => Naming): Naming {
  let naming = namings.get(node);
  if (naming === undefined) {
    naming = read(node);
    namings.set(node, naming);
  }
  return naming;
}

/** PW101 for the names in the document `root` (its plain syntax tree). */
export function unknownNameFindings(languageId: LanguageId, root: SyntaxNode): Finding[] {
  const nodes: SyntaxNode[] = [];
  namingNodes(root, nodes);
  const read = languageId === 'vxd-masm' ? masmNaming : riscOsNaming;
  const found = nodes.map((node) => namingOf(node, read));
  // Services the file declares in its own service table are its own device's.
  const own = new Set(found.flatMap((naming) => (naming && 'declares' in naming ? [naming.declares] : [])));
  return found.flatMap((naming) => {
    if (!naming || 'declares' in naming || (naming.kind === 'vmm' && own.has(naming.name.toLowerCase()))) return [];
    return [unknown(naming.name, naming.node, naming.kind)];
  });
}
