// A scenario as the run code uses it: the scenario-file format
// (client/schemas/scenario.schema.json) checked and with numbers decoded.
// The rules are the schema's, written out by hand so the server bundle does
// not need a JSON-schema validator at run time; each error names the field.

export type ScenarioKind = 'vmm-procedure' | 'da-handler';

export interface WindowsSetup {
  readonly version: '3.1' | '95' | '98';
  readonly freePhysicalRegion?: { readonly pages: number; readonly present: readonly number[] };
  readonly freePages?: number;
  readonly registers: Readonly<Record<string, number>>;
}

export interface RiscOsSetup {
  readonly area: { readonly flags: number; readonly size: number; readonly maxSize: number };
  readonly change?: number;
  readonly freePool?: number;
  readonly reservedPages: readonly number[];
  readonly otherAreaPages: readonly number[];
  readonly pageSize: number;
  /** By register number. */
  readonly registers: Readonly<Record<number, number>>;
}

export interface Scenario {
  readonly name: string;
  readonly description?: string;
  /** The source file that defines the entry (absolute), when the file says. */
  readonly file?: string;
  /** The entry label a scenario file is for; built-in scenarios fit any entry of their kind. */
  readonly entry?: string;
  readonly kind: ScenarioKind;
  readonly reason?: number;
  readonly windows?: WindowsSetup;
  readonly riscos?: RiscOsSetup;
  readonly maxSteps?: number;
}

export class ScenarioError extends Error {}

export const REASONS = ['PreGrow', 'PostGrow', 'PreShrink', 'PostShrink', 'TestShrink', 'Abort', 'ResizePMP'] as const;

const X86_REGISTERS = ['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp'];
const WORD = /^(0[xX][0-9A-Fa-f]{1,8}|&[0-9A-Fa-f]{1,8})$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, message: string): never {
  throw new ScenarioError(`${where}: ${message}`);
}

function object(v: unknown, where: string, allowed: readonly string[]): Json {
  if (!isObject(v)) fail(where, 'must be an object');
  const extra = Object.keys(v).find((k) => !allowed.includes(k));
  if (extra !== undefined) fail(where, `unknown property "${extra}" (allowed: ${allowed.join(', ')})`);
  return v;
}

function integer(v: unknown, where: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(where, `must be an integer from ${min} to ${max}`);
  return v;
}

/** A machine word: an integer (negative = two's complement) or a hex string (0x… or &…). */
export function word(v: unknown, where: string): number {
  if (typeof v === 'string') {
    if (!WORD.test(v)) fail(where, `"${v}" is not a word: write an integer or hex as 0x… or &…`);
    return Number.parseInt(v.replace(/^(0[xX]|&)/, ''), 16);
  }
  return integer(v, where, -2147483648, 4294967295) >>> 0;
}

function pageList(v: unknown, where: string): number[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(where, 'must be an array of page numbers');
  const pages = v.map((p, i) => integer(p, `${where}[${i}]`, 0));
  if (new Set(pages).size !== pages.length) fail(where, 'lists a page twice');
  return pages;
}

function reasonOf(v: unknown): number {
  if (typeof v === 'string') {
    const i = (REASONS as readonly string[]).indexOf(v);
    if (i < 0) fail('reason', `"${v}" is not one of ${REASONS.join(', ')}`);
    return i;
  }
  return integer(v, 'reason', 0, 6);
}

function windowsOf(v: unknown): WindowsSetup {
  const w = object(v, 'windows', ['version', 'freePhysicalRegion', 'freePages', 'registers']);
  if (w.version !== '3.1' && w.version !== '95' && w.version !== '98') fail('windows.version', 'must be "3.1", "95" or "98"');
  let region: WindowsSetup['freePhysicalRegion'];
  if (w.freePhysicalRegion !== undefined) {
    const r = object(w.freePhysicalRegion, 'windows.freePhysicalRegion', ['pages', 'present']);
    const pages = integer(r.pages, 'windows.freePhysicalRegion.pages', 1, 1048576);
    const present = pageList(r.present, 'windows.freePhysicalRegion.present');
    const outside = present.find((p) => p >= pages);
    if (outside !== undefined) fail('windows.freePhysicalRegion.present', `page ${outside} is outside a region of ${pages} pages`);
    region = { pages, present };
  }
  const regs = w.registers === undefined ? {} : object(w.registers, 'windows.registers', X86_REGISTERS);
  return {
    version: w.version,
    ...(region ? { freePhysicalRegion: region } : {}),
    ...(w.freePages === undefined ? {} : { freePages: integer(w.freePages, 'windows.freePages', 0) }),
    registers: Object.fromEntries(Object.entries(regs).map(([r, x]) => [r, word(x, `windows.registers.${r}`)])),
  };
}

function riscosOf(v: unknown): RiscOsSetup {
  const r = object(v, 'riscos', ['area', 'change', 'freePool', 'reservedPages', 'otherAreaPages', 'pageSize', 'registers']);
  const a = object(r.area, 'riscos.area', ['flags', 'size', 'maxSize', 'needsSpecificPages']);
  const pageSize = r.pageSize === undefined ? 4096 : integer(r.pageSize, 'riscos.pageSize', 4096, 32768);
  if (![4096, 8192, 16384, 32768].includes(pageSize)) fail('riscos.pageSize', 'must be 4096, 8192, 16384 or 32768');
  let flags = a.flags === undefined ? 0 : word(a.flags, 'riscos.area.flags');
  if (a.needsSpecificPages !== undefined) {
    if (typeof a.needsSpecificPages !== 'boolean') fail('riscos.area.needsSpecificPages', 'must be true or false');
    flags = a.needsSpecificPages ? flags | 0x100 : flags & ~0x100;
  }
  const size = integer(a.size, 'riscos.area.size', 0);
  const maxSize = integer(a.maxSize, 'riscos.area.maxSize', 0);
  if (size % pageSize !== 0) fail('riscos.area.size', `must be a multiple of the page size (${pageSize})`);
  if (maxSize < size) fail('riscos.area.maxSize', 'must be at least the size');
  let change: number | undefined;
  if (r.change !== undefined) {
    change = integer(r.change, 'riscos.change', -1048576, 1048576);
    if (change === 0) fail('riscos.change', 'must not be 0');
  }
  const regs = r.registers === undefined ? {} : object(r.registers, 'riscos.registers', Array.from({ length: 13 }, (_, i) => `r${i}`));
  return {
    area: { flags: flags >>> 0, size, maxSize },
    ...(change === undefined ? {} : { change }),
    ...(r.freePool === undefined ? {} : { freePool: integer(r.freePool, 'riscos.freePool', 0) }),
    reservedPages: pageList(r.reservedPages, 'riscos.reservedPages'),
    otherAreaPages: pageList(r.otherAreaPages, 'riscos.otherAreaPages'),
    pageSize,
    registers: Object.fromEntries(Object.entries(regs).map(([name, x]) => [Number(name.slice(1)), word(x, `riscos.registers.${name}`)])),
  };
}

/** Checks a scenario object (a file's content or an inline request value); `resolveFile` makes `file` absolute. */
export function readScenario(raw: unknown, name: string, resolveFile: (file: string) => string): Scenario {
  const s = object(raw, 'scenario', ['$schema', 'description', 'file', 'entry', 'kind', 'reason', 'windows', 'riscos', 'limits']);
  if (typeof s.entry !== 'string' || !/^\S+$/.test(s.entry)) fail('entry', 'must be a label (no spaces)');
  if (s.kind !== 'vmm-procedure' && s.kind !== 'da-handler') fail('kind', 'must be "vmm-procedure" or "da-handler"');
  if (s.description !== undefined && typeof s.description !== 'string') fail('description', 'must be a string');
  if (s.file !== undefined && (typeof s.file !== 'string' || s.file === '')) fail('file', 'must be a non-empty path');
  if (s.kind === 'vmm-procedure' && (s.reason !== undefined || s.riscos !== undefined)) fail('kind', 'a vmm-procedure scenario has no "reason" or "riscos"');
  if (s.kind === 'da-handler' && s.windows !== undefined) fail('kind', 'a da-handler scenario has no "windows"');
  let maxSteps: number | undefined;
  if (s.limits !== undefined) {
    const limits = object(s.limits, 'limits', ['maxSteps']);
    if (limits.maxSteps !== undefined) maxSteps = integer(limits.maxSteps, 'limits.maxSteps', 1);
  }
  return {
    name, entry: s.entry, kind: s.kind,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    ...(typeof s.file === 'string' ? { file: resolveFile(s.file) } : {}),
    ...(s.kind === 'da-handler' ? { reason: s.reason === undefined ? 0 : reasonOf(s.reason) } : {}),
    ...(s.windows === undefined ? {} : { windows: windowsOf(s.windows) }),
    ...(s.riscos === undefined ? {} : { riscos: riscosOf(s.riscos) }),
    ...(maxSteps === undefined ? {} : { maxSteps }),
  };
}
