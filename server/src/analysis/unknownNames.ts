import { findService, findSwi, suggest, type Finding } from '../../../emulator/src/index.js';
import type { Node, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';

// PW101: a VMM service or kernel SWI name the catalogue does not know, with
// the nearest known names. Only names that must be in the catalogue are
// judged: services of other VxDs (VPICD_…, SHELL_…) and SWIs of other modules
// are not catalogued, so a name there proves nothing.

function rangeOf(node: Node): Finding['range'] {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

function unknown(name: string, node: Node, kind: 'vmm' | 'swi'): Finding {
  const near = suggest(name, kind);
  const what = kind === 'vmm' ? 'VMM service' : 'SWI';
  return {
    code: 'PW101',
    message: `No ${what} is called ${name}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
    range: rangeOf(node),
    notes: [],
  };
}

/** Services the file declares in its own service table are its own device's. */
function ownServices(tree: Tree): Set<string> {
  return new Set(tree.rootNode.descendantsOfType('service_declaration').flatMap((d) => {
    const service = d?.childForFieldName('service');
    return service ? [service.text.toLowerCase()] : [];
  }));
}

function masmFindings(tree: Tree): Finding[] {
  const own = ownServices(tree);
  return tree.rootNode.descendantsOfType('vmm_call').flatMap((call) => {
    const macro = call?.childForFieldName('macro')?.text.toLowerCase() ?? '';
    const service = call?.childForFieldName('service');
    if (!service) return [];
    const name = service.text;
    if (findService(name) || own.has(name.toLowerCase())) return [];
    // VMMcall names a VMM service by definition; VxDcall only when the name has
    // no device prefix (`_PageAlocate`, not `VPICD_Set_Int_Request`).
    const vmmOnly = macro.startsWith('vmm') || !/^[A-Za-z][A-Za-z0-9]*_/.test(name);
    return vmmOnly ? [unknown(name, service, 'vmm')] : [];
  });
}

const KERNEL_SWI = /^X?OS_/i;

function swiName(node: Node): { name: string; node: Node } | undefined {
  if (node.type === 'string') return { name: node.text.replace(/^"|"$/g, ''), node };
  return node.type === 'identifier' ? { name: node.text, node } : undefined;
}

function riscOsFindings(tree: Tree): Finding[] {
  const names = [
    ...tree.rootNode.descendantsOfType('swi').map((n) => n?.childForFieldName('name')),
    ...tree.rootNode.descendantsOfType('sys_call').map((n) => n?.childForFieldName('name')),
  ];
  return names.flatMap((node) => {
    const found = node ? swiName(node) : undefined;
    if (!found || !KERNEL_SWI.test(found.name) || findSwi(found.name)) return [];
    return [unknown(found.name, found.node, 'swi')];
  });
}

export function unknownNameFindings(languageId: LanguageId, tree: Tree): Finding[] {
  return languageId === 'vxd-masm' ? masmFindings(tree) : riscOsFindings(tree);
}
