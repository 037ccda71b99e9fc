import {
  expr, type ArmInstruction, type EntryContract, type EntryPoint, type Expr, type Program, type ProgramItem, type SourceSpan,
} from '../../../../emulator/src/index.js';
import { areaFlagBits } from './areaFlags.js';
import type { AreaCreation, HandlerHint } from './types.js';

// Entry points found in lowered code: dynamic-area handlers (the R6 of an
// OS_DynamicArea 0 call, or a BASIC SYS), the module header's entries, and
// every routine. One entry per address, the most specific contract winning.

const OS_DYNAMIC_AREA = 0x66n;
const X_BIT = 0x20000n;

export interface RoutineStart {
  readonly name: string;
  readonly address: bigint;
  readonly source: SourceSpan;
}

export interface EntryInput {
  readonly program: Program<ArmInstruction>;
  readonly labelSources: ReadonlyMap<string, SourceSpan>;
  /** Where register tracking restarts: routine or block starts. */
  readonly regionStarts: readonly bigint[];
  readonly routines: readonly RoutineStart[];
  /** The first item of the first code area, where a module header would be. */
  readonly headerAddress?: bigint;
  /** Creations found outside the ARM code (BASIC SYS). */
  readonly creations?: readonly AreaCreation[];
  readonly hints?: readonly HandlerHint[];
}

export interface EntryResult {
  readonly entries: EntryPoint[];
  readonly creations: AreaCreation[];
}

/** What a register holds: a value (a symbol where it names a constant no header gave), and the label it is the address of. */
type Known = { readonly value?: Expr; readonly label?: string };

/**
 * A constant byte of the program's data, as its image would give it, read
 * from the one item that holds it: items of a RISC OS lowering lie one
 * after another (ArmLayout), and the image indexes every data byte of the
 * program on its first read, which an edit whose entry points are all
 * reused never needs.
 */
function dataByte(program: Program, address: bigint): bigint | undefined {
  const { items } = program;
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as ProgramItem;
    if (address < item.address) hi = mid - 1;
    else if (address >= item.address + BigInt(item.size)) lo = mid + 1;
    else {
      if (item.kind !== 'data') return undefined;
      let at = item.address;
      for (const v of item.values) {
        if (address < at + BigInt(v.bytes)) return v.value.kind === 'const' ? (v.value.value >> (8n * (address - at))) & 0xffn : undefined;
        at += BigInt(v.bytes);
      }
      return undefined;
    }
  }
  return undefined;
}

function word(program: Program, address: bigint): bigint | undefined {
  let v = 0n;
  for (let b = 3; b >= 0; b--) {
    const byte = dataByte(program, address + BigInt(b));
    if (byte === undefined) return undefined;
    v = (v << 8n) | byte;
  }
  return v;
}

const constant = (e: Expr): bigint | undefined => expr.constValue(e);

/** The word at `address`: its value, or the value a literal there was given, known or not. */
function wordValue(program: Program, address: bigint): Expr | undefined {
  const known = word(program, address);
  if (known !== undefined) return expr.bv(known);
  const item = program.itemAt(address);
  if (item?.kind !== 'data') return undefined;
  let at = item.address;
  for (const v of item.values) {
    if (at === address) return v.bytes === 4 && v.value.width === 32 ? v.value : undefined;
    at += BigInt(v.bytes);
  }
  return undefined;
}

/** Registers an instruction writes, as far as the scan cares. */
function written(i: ArmInstruction): number[] {
  const [first, second] = i.operands;
  if (i.mnemonic === 'ldm' && second?.kind === 'reglist') return [...second.regs, ...(i.writeback && first?.kind === 'reg' ? [first.reg] : [])];
  if (i.mnemonic === 'bl' || i.mnemonic === 'blx') return [0, 1, 2, 3, 12, 14];
  if (i.mnemonic === 'swi' || i.mnemonic === 'svc') return [0];
  if (['cmp', 'cmn', 'tst', 'teq', 'cmpp', 'cmnp', 'tstp', 'teqp', 'str', 'stm', 'b', 'bx', 'msr', 'nop'].includes(i.mnemonic)) {
    return i.mnemonic === 'str' && second?.kind === 'mem' && (second.writeback || !second.preIndexed) ? [second.base] : [];
  }
  const regs = first?.kind === 'reg' ? [first.reg] : [];
  if ((i.mnemonic === 'umull' || i.mnemonic === 'umlal' || i.mnemonic === 'smull' || i.mnemonic === 'smlal') && second?.kind === 'reg') regs.push(second.reg);
  if (i.mnemonic === 'ldr' && second?.kind === 'mem' && (second.writeback || !second.preIndexed)) regs.push(second.base);
  return regs;
}

/** What a simple instruction puts in its destination, given what is known of the others. */
function effect(program: Program, i: ArmInstruction, address: bigint, regs: Map<number, Known>): Known | undefined {
  const [, b, c] = i.operands;
  const imm = (o: typeof b): Expr | undefined => {
    const v = o?.kind === 'imm' ? o.value : o?.kind === 'reg' && !o.shift ? regs.get(o.reg)?.value : undefined;
    return v?.width === 32 ? v : undefined;
  };
  switch (i.mnemonic) {
    case 'mov': {
      if (b?.kind === 'reg' && !b.shift) return regs.get(b.reg);
      const v = imm(b);
      // ADR of a label defined in another file lowers to a MOV of its symbol.
      if (b?.kind === 'imm' && b.value.kind === 'sym') return { label: b.value.name, ...(v ? { value: v } : {}) };
      return v === undefined ? undefined : { value: v };
    }
    case 'mvn': { const v = imm(b); return v === undefined ? undefined : { value: expr.not(v) }; }
    case 'adr': {
      if (b?.kind !== 'target') return undefined;
      const at = program.label(b.label);
      return { label: b.label, ...(at === undefined ? {} : { value: expr.bv(at) }) };
    }
    case 'ldr': {
      if (i.size) return undefined;
      const at = b?.kind === 'target' ? program.label(b.label)
        : b?.kind === 'mem' && b.base === 15 && b.preIndexed && b.offset.kind === 'imm' && constant(b.offset.value) !== undefined
          ? address + 8n + (b.subtract ? -1n : 1n) * (constant(b.offset.value) as bigint) : undefined;
      const v = at === undefined ? undefined : wordValue(program, at);
      return v === undefined ? undefined : { value: v };
    }
    case 'orr': case 'add': case 'sub': case 'bic': case 'eor': case 'and': {
      const x = imm(b), y = imm(c);
      if (x === undefined || y === undefined) return undefined;
      const v = { orr: expr.or, add: expr.add, sub: expr.sub, bic: (p: Expr, q: Expr) => expr.and(p, expr.not(q)), eor: expr.xor, and: expr.and }[i.mnemonic](x, y);
      return { value: v };
    }
  }
  return undefined;
}

/** The instruction is an OS_DynamicArea call (X form or not). */
function callsDynamicArea(item: ProgramItem<ArmInstruction>): boolean {
  if (item.kind !== 'instruction') return false;
  const i = item.instruction;
  const op = i.operands[0];
  const number = (i.mnemonic === 'swi' || i.mnemonic === 'svc') && op?.kind === 'imm' ? constant(op.value) : undefined;
  return number !== undefined && (number & ~X_BIT) === OS_DYNAMIC_AREA;
}

/** What an instruction leaves in the registers, as far as the scan follows them. */
function track(program: Program, item: ProgramItem<ArmInstruction>, regs: Map<number, Known>): void {
  if (item.kind !== 'instruction') return;
  const i = item.instruction;
  const result = i.condition === 'al' ? effect(program, i, item.address, regs) : undefined;
  for (const r of written(i)) regs.delete(r);
  const [dest] = i.operands;
  if (result && dest?.kind === 'reg') regs.set(dest.reg, result);
}

/**
 * OS_DynamicArea 0 calls in the code: R0 = 0, R6 the handler, R4 the flags,
 * by straight-line tracking from the region start. The tracking starts
 * afresh at each region, so only the regions with such a call are followed.
 */
function codeCreations(input: EntryInput): AreaCreation[] {
  const { program } = input;
  const { items } = program;
  // Items lie in address order: the starts are met in order too, found by one walk beside the items rather than a look-up per item.
  const starts = [...input.regionStarts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let s = 0;
  const out: AreaCreation[] = [];
  let regionStart = 0;
  /** The registers after the items from `from` up to `next`. */
  let regs = new Map<number, Known>();
  let from = 0, next = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as ProgramItem<ArmInstruction>;
    while (s < starts.length && (starts[s] as bigint) < item.address) s++;
    if (starts[s] === item.address) regionStart = k;
    if (!callsDynamicArea(item)) continue;
    if (from !== regionStart) {
      regs = new Map();
      from = next = regionStart;
    }
    for (; next < k; next++) track(program, items[next] as ProgramItem<ArmInstruction>, regs);
    const reason = regs.get(0)?.value;
    if (reason && constant(reason) === 0n) {
      const handler = regs.get(6);
      const handlerAddress = handler?.value && constant(handler.value);
      const flags = regs.get(4)?.value;
      out.push({
        ...(handler?.label ? { handler: handler.label } : {}),
        ...(handlerAddress !== undefined && handlerAddress !== 0n ? { handlerAddress } : {}),
        ...(flags === undefined ? {} : areaFlagBits(flags)),
        source: item.source,
      });
    }
  }
  return out;
}

const PRIORITY: Readonly<Record<EntryContract['kind'], number>> = {
  'da-handler': 0, 'da-handler-reason': 0, 'swi-handler': 1, 'module-entry': 2, 'control-dispatch': 3, 'free-phys-callback': 3, procedure: 4,
};

class Entries {
  private readonly byAddress = new Map<bigint, EntryPoint>();
  constructor(private readonly input: EntryInput) {}

  add(address: bigint, contract: EntryContract, fallbackName: string, fallbackSource: SourceSpan): void {
    if (this.input.program.itemAt(address)?.kind !== 'instruction') return;
    const old = this.byAddress.get(address);
    if (old && PRIORITY[old.contract.kind] <= PRIORITY[contract.kind]) return;
    const label = this.input.program.labelsAtAddress(address)[0];
    const source = (label === undefined ? undefined : this.input.labelSources.get(label)) ?? fallbackSource;
    this.byAddress.set(address, { name: label ?? fallbackName, address, contract, source });
  }

  list(): EntryPoint[] {
    return [...this.byAddress.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }
}

const HEADER_ENTRIES = [[0, 'start'], [1, 'init'], [2, 'final'], [3, 'service']] as const;

/** The module header (spec: offsets from the module base): start, init, final, service, title, help, commands, SWI chunk, SWI handler. */
function moduleEntries(input: EntryInput, entries: Entries): void {
  const { program, headerAddress: base } = input;
  if (base === undefined) return;
  const at = program.itemAt(base);
  if (at?.kind !== 'data') return;
  const offsets = Array.from({ length: 9 }, (_, k) => word(program, base + BigInt(4 * k)));
  const isCode = (off: bigint | undefined): boolean => off !== undefined && off !== 0n && program.itemAt(base + off)?.kind === 'instruction';
  const codeOrZero = (k: number): boolean => offsets[k] === 0n || isCode(offsets[k]);
  if (![1, 2, 3].every(codeOrZero) || ![1, 2, 3].some((k) => isCode(offsets[k]))) return;
  for (const [k, entry] of HEADER_ENTRIES) {
    if (isCode(offsets[k])) entries.add(base + (offsets[k] as bigint), { kind: 'module-entry', entry }, entry, at.source);
  }
  const chunk = offsets[7];
  if (chunk !== undefined && chunk !== 0n && isCode(offsets[8])) {
    entries.add(base + (offsets[8] as bigint), { kind: 'swi-handler', chunk: Number(chunk) }, 'swi_handler', at.source);
  }
  const table = offsets[6];
  if (table !== undefined && table !== 0n) commandEntries(program, base, base + table, isCode, entries, at.source);
}

/** The command table: name, zero, aligned; then code offset, flags, syntax and help offsets; a zero byte ends it. */
function commandEntries(program: Program, base: bigint, start: bigint, isCode: (off: bigint | undefined) => boolean, entries: Entries, source: SourceSpan): void {
  let at = start;
  for (let n = 0; n < 64; n++) {
    let name = '';
    for (let byte = dataByte(program, at); byte !== undefined && byte !== 0n && name.length < 64; byte = dataByte(program, at)) {
      name += String.fromCharCode(Number(byte));
      at++;
    }
    if (name === '' || dataByte(program, at) === undefined) return;
    at = (at + 4n) & ~3n;
    const code = word(program, at);
    if (isCode(code)) entries.add(base + (code as bigint), { kind: 'module-entry', entry: 'command' }, name, source);
    at += 16n;
  }
}

export function discoverEntries(input: EntryInput): EntryResult {
  const { program } = input;
  const entries = new Entries(input);
  const creations = [...(input.creations ?? []), ...codeCreations(input)];
  for (const c of creations) {
    const address = c.handlerAddress ?? (c.handler === undefined ? undefined : program.label(c.handler));
    const contract: EntryContract = { kind: 'da-handler', ...(c.needsSpecificPages === undefined ? {} : { needsSpecificPages: c.needsSpecificPages }) };
    if (address !== undefined) entries.add(address, contract, c.handler ?? 'handler', c.source);
  }
  for (const hint of input.hints ?? []) {
    const address = program.label(hint.name);
    const source = input.labelSources.get(hint.name);
    if (address !== undefined && source) {
      entries.add(address, { kind: 'da-handler', ...(hint.needsSpecificPages === undefined ? {} : { needsSpecificPages: hint.needsSpecificPages }) }, hint.name, source);
    }
  }
  moduleEntries(input, entries);
  for (const r of input.routines) entries.add(r.address, { kind: 'procedure' }, r.name, r.source);
  for (const item of program.items) {
    if (item.kind !== 'instruction' || item.instruction.mnemonic !== 'bl') continue;
    const t = item.instruction.operands[0];
    const address = t?.kind === 'target' ? program.label(t.label) : undefined;
    if (t?.kind === 'target' && address !== undefined) entries.add(address, { kind: 'procedure' }, t.label, input.labelSources.get(t.label) ?? item.source);
  }
  return { entries: entries.list(), creations };
}
