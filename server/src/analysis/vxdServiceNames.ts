import { allConstants, findService, nearestNames, suggest } from '../../../emulator/src/index.js';
import { includeTarget } from '../lowering/masm/includes.js';
import { declaresNoOtherServices, includeBaseName, isKnownInclude } from '../lowering/masm/vmmDefinitions.js';
import type { SyntaxNode } from '../lowering/syntaxNode.js';

// PW101 for VMMcall, VxDcall and their jumps: a name is reported only where
// PageWarden sees every service table that could define it. It sees VMM's
// (the catalogue) and the tables the file declares; not the tables of the
// other DDK headers it provides (shell.inc, vwin32.inc, ...) nor those of
// the program's own headers. A VMMcall names a VMM service by definition
// (vmm.inc's VMMcall refuses any other device's), so it is always judged. A
// VxDcall name that begins with a device's name (after any "_") is that
// device's: judged against the table the file declares for it, never when
// the table is a header's. Any other VxDcall name may be any table's, so it
// is judged only in a file whose includes are vmm.inc and headers that
// declare no table. A name the file defines as a text macro (TEXTEQU,
// CATSTR, SUBSTR, `EQU <...>`) stands for its text, which the analysis
// judges as the lowering expands it (unknownNames.ts), not here, as is a
// name a macro function's call makes (`VMMcall @CatStr(<_Page>, <Free>)`);
// and so may any name in a file that includes a header of the program's
// own, whose text macros the lowering alone reads.

/** What one syntax node says about service names, read once per node. */
export type VxdNaming =
  /** A service table entry: `device` as its macro spells it (`MYVXD_Service`). */
  | { readonly declares: string; readonly device: string }
  | { readonly includes: string }
  /** A text macro's definition. */
  | { readonly textMacro: string }
  /** A call to a name the catalogue does not hold. */
  | { readonly call: string; readonly node: SyntaxNode; readonly vmm: boolean };

export function vxdNaming(node: SyntaxNode): VxdNaming | null {
  if (node.type === 'service_declaration') {
    const service = node.childForFieldName('service')?.text;
    const device = node.childForFieldName('macro')?.text.replace(/_(?:stdcall_|fastcall_)?service$/i, '');
    return service && device ? { declares: service, device } : null;
  }
  if (node.type === 'include_directive') {
    const path = node.childForFieldName('path')?.text;
    return path ? { includes: includeTarget(path) } : null;
  }
  if (node.type === 'equate' || node.type === 'definition_directive') {
    const name = node.childForFieldName('name')?.text;
    return name && definesText(node) ? { textMacro: name } : null;
  }
  if (node.type !== 'vmm_call') return null;
  const service = node.childForFieldName('service');
  if (service?.type !== 'identifier' || findService(service.text)) return null;
  const macro = node.childForFieldName('macro')?.text.toLowerCase() ?? '';
  return { call: service.text, node: service, vmm: macro.startsWith('vmm') };
}

/** An equate or definition directive that makes its name a text macro. */
function definesText(node: SyntaxNode): boolean {
  if (node.type === 'definition_directive') return /^substr$/i.test(node.childForFieldName('directive')?.text ?? '');
  const operator = node.children.find((_c, i) => node.fieldNameForChild(i) === 'operator')?.text.toLowerCase();
  const value = node.childForFieldName('value');
  return operator === 'textequ' || operator === 'catstr' || (operator === 'equ' && (value?.type === 'angle_text' || value?.type === 'angle_list'));
}

export interface UnknownService {
  readonly name: string;
  readonly node: SyntaxNode;
  /** Whose service it is not: 'VMM', or the device of a table the file declares. */
  readonly of: string;
  readonly near: readonly string[];
}

/** What a call's service name that the catalogue does not hold is not, where the file lets PageWarden prove it. */
export type ServiceJudge = (name: string, vmm: boolean) => Pick<UnknownService, 'of' | 'near'> | undefined;

/** The standard devices vmm.inc gives an ID, by which their services' names begin. */
const STANDARD_DEVICES: readonly string[] = allConstants({ platform: 'vmm', family: 'Device' })
  .map((c) => c.name.replace(/_Device_ID$/i, '').toLowerCase())
  .filter((name) => name !== 'undefined');

/** The device whose name `service` begins with, after any underscores. */
function deviceOf(service: string, devices: Iterable<string>): string | undefined {
  const bare = service.replace(/^_+/, '').toLowerCase();
  let found: string | undefined;
  for (const device of devices) if (bare.startsWith(`${device.toLowerCase()}_`) && device.length > (found?.length ?? 0)) found = device;
  return found;
}

/**
 * The judge of service names by the tables and includes of `namings` (the
 * file's): `vmm` for a VMMcall or VMMjmp, whose names are VMM's alone.
 */
export function serviceJudge(namings: readonly (VxdNaming | null)[]): ServiceJudge {
  const tables = new Map<string, { device: string; services: Set<string>; names: string[] }>();
  const includes: string[] = [];
  for (const n of namings) {
    if (n && 'declares' in n) {
      const key = n.device.toLowerCase();
      const table = tables.get(key) ?? { device: n.device, services: new Set<string>(), names: [] };
      table.services.add(n.declares.toLowerCase());
      table.names.push(n.declares);
      tables.set(key, table);
    } else if (n && 'includes' in n) {
      includes.push(n.includes);
    }
  }
  const declared = (name: string): boolean => [...tables.values()].some((t) => t.services.has(name.toLowerCase()));
  const tablesSeen = includes.some((i) => includeBaseName(i) === 'vmm.inc') && includes.every(declaresNoOtherServices);
  return (name, vmm) => {
    if (declared(name)) return undefined;
    const ofVmm = (): Pick<UnknownService, 'of' | 'near'> => ({ of: 'VMM', near: suggest(name, 'vmm') });
    if (vmm) return ofVmm();
    const own = deviceOf(name, tables.keys());
    const table = own === undefined ? undefined : tables.get(own);
    if (table) return { of: table.device, near: nearestNames(name, table.names, 3) };
    return deviceOf(name, STANDARD_DEVICES) !== undefined || !tablesSeen ? undefined : ofVmm();
  };
}

/**
 * Whether the file's own text shows every text macro a name of its calls
 * could be: it includes no header but the DDK's that PageWarden provides,
 * which define none a call names.
 */
export function textMacrosSeen(namings: readonly (VxdNaming | null)[]): boolean {
  return namings.every((n) => !n || !('includes' in n) || isKnownInclude(n.includes));
}

/**
 * The names of `namings`' calls that no service table defines, where the
 * file lets PageWarden prove it; aside, the names of the text macros the file
 * defines, and those of `headerTextMacros` (lower case: what the headers
 * define, as the lowering read them).
 */
export function unknownServices(namings: readonly (VxdNaming | null)[], headerTextMacros: ReadonlySet<string> = new Set()): UnknownService[] {
  const judge = serviceJudge(namings);
  const textMacros = new Set(namings.flatMap((n) => (n && 'textMacro' in n ? [n.textMacro.toLowerCase()] : [])));
  return namings.flatMap((n): UnknownService[] => {
    if (!n || !('call' in n) || textMacros.has(n.call.toLowerCase()) || headerTextMacros.has(n.call.toLowerCase())) return [];
    const verdict = judge(n.call, n.vmm);
    return verdict ? [{ name: n.call, node: n.node, ...verdict }] : [];
  });
}
