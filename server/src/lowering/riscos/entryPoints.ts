import { bytesText, formatExpr, leadingDispatch, reasonsCalled } from '../../../../emulator/src/index.js';
import type { ArmInstruction, EntryContract, EntryPoint, Expr, InstructionItem, Program, SourceSpan } from '../../../../emulator/src/index.js';
import { CallMemory, trackCalls } from './areaCreations.js';
import { entryItems, EntryItemScan } from './entryItems.js';
import { handlerMaxSizes, handlerPools, handlerShrinkables, handlerSpecificPages } from './handlerAreas.js';
import { dataByte, word } from './programWords.js';
import { areasCreated, placedReservations } from './releaseOrder.js';
import type { AreaCreation, HandlerHint, PageReservation, SysMemoryCall } from './types.js';

// Entry points found in lowered code: dynamic-area handlers (the R6 of an
// OS_DynamicArea 0 call, or a BASIC SYS), the labels their dispatch on R0
// sends the reasons they are called with to, the module header's entries,
// and every routine. One entry per address, the most specific contract
// winning. The register tracking that finds the creations finds the
// program's OS_Memory calls that reserve pages too.

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
  /** Creations and OS_Memory calls found outside the ARM code (BASIC SYS). */
  readonly creations?: readonly AreaCreation[];
  readonly reservations?: readonly SysMemoryCall[];
  /** An OS_DynamicArea call outside the ARM code whose reason is not known: it may create an area. */
  readonly unknownAreaCall?: boolean;
  readonly hints?: readonly HandlerHint[];
  /** Where the code a value not known as a number names lies, if the lowering knows (BBC BASIC's blocks assembled at a P% not known). */
  readonly placeHandler?: (value: Expr) => bigint | undefined;
  /** What the discovery for the document's last program kept: without it, every item is read and every creation tracked. */
  readonly memory?: EntryMemory;
}

/** What a document's entry discovery keeps for the next: the entry items and the calls tracked. */
export class EntryMemory {
  readonly items = new EntryItemScan();
  readonly calls = new CallMemory();
}

export interface EntryResult {
  readonly entries: EntryPoint[];
  readonly creations: AreaCreation[];
  /** The program's OS_Memory calls that may reserve or release pages, the input's and the ARM code's, placed in the program's order (`releaseOrder.ts`). */
  readonly reservations: PageReservation[];
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

  /** The dynamic-area handlers found so far. */
  handlers(): EntryPoint[] {
    return [...this.byAddress.values()].filter((e) => e.contract.kind === 'da-handler');
  }

  list(): EntryPoint[] {
    return [...this.byAddress.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }
}

type ReasonContract = Extract<EntryContract, { kind: 'da-handler-reason' }>;

/**
 * The labels each handler's leading dispatch on R0 sends a reason it is
 * called with to (a pool's handler gets ResizePMP only, a Shrinkable area's
 * TestShrink too), as entries of that reason with the handler's flag bit 8.
 * A label reached with two reasons, or for two kinds of area, has no one
 * contract: it stays what it was. So do the labels of a handler whose area
 * may or may not be a pool, and its TestShrink label where the area may or
 * may not be Shrinkable: its analysis reports only what both kinds find,
 * which no one reason's run can tell.
 */
function reasonEntries(input: EntryInput, entries: Entries, creations: readonly AreaCreation[]): void {
  const { program } = input;
  const pools = handlerPools(creations, program);
  const shrinkables = handlerShrinkables(creations, program);
  const found = new Map<bigint, { readonly contract: ReasonContract; readonly label: string; readonly source: SourceSpan } | 'ambiguous'>();
  for (const handler of entries.handlers()) {
    if (handler.contract.kind !== 'da-handler') continue;
    const { needsSpecificPages, maxSize } = handler.contract;
    const pool = pools.get(handler.address) ?? false;
    if (pool === 'either') continue;
    const called = reasonsCalled({ pmp: pool, shrinkable: (shrinkables.get(handler.address) ?? true) === true });
    for (const { reason, label } of leadingDispatch(program, handler.address)) {
      const address = program.label(label);
      if (address === undefined || !called.includes(reason)) continue;
      const contract: ReasonContract = {
        kind: 'da-handler-reason', reason, ...(needsSpecificPages === undefined ? {} : { needsSpecificPages }), ...(maxSize === undefined ? {} : { maxSize }),
      };
      const was = found.get(address);
      const same = was !== undefined && was !== 'ambiguous' && was.contract.reason === reason && was.contract.needsSpecificPages === needsSpecificPages
        && was.contract.maxSize === maxSize;
      found.set(address, was === undefined || same ? { contract, label, source: input.labelSources.get(label) ?? handler.source } : 'ambiguous');
    }
  }
  for (const [address, reason] of found) if (reason !== 'ambiguous') entries.add(address, reason.contract, reason.label, reason.source);
}

const HEADER_ENTRIES = [[1, 'init'], [2, 'final'], [3, 'service']] as const;

/** A SWI chunk base: a multiple of 64 in the 24-bit SWI number space, past the kernel's own chunk 0. */
const isSwiChunk = (chunk: bigint): boolean => chunk !== 0n && chunk < 1n << 24n && (chunk & 63n) === 0n;

/** The module header (spec: offsets from the module base): start, init, final, service, title, help, commands, SWI chunk, SWI handler. */
function moduleEntries(input: EntryInput, entries: Entries): void {
  const { program, headerAddress: base } = input;
  if (base === undefined) return;
  const at = program.itemAt(base);
  if (at?.kind !== 'data') return;
  const offsets = Array.from({ length: 9 }, (_, k) => word(program, base + BigInt(4 * k)));
  const isCode = (off: bigint | undefined): boolean => off !== undefined && off !== 0n && program.itemAt(base + off)?.kind === 'instruction';
  const codeOrZero = (k: number): boolean => offsets[k] === 0n || isCode(offsets[k]);
  const chunk = offsets[7];
  // A module may provide SWIs and nothing else; its chunk is then what marks the words as a header.
  const swis = chunk !== undefined && isSwiChunk(chunk) && isCode(offsets[8]);
  if (![1, 2, 3].every(codeOrZero) || !(swis || [1, 2, 3].some((k) => isCode(offsets[k])))) return;
  // The start code runs as the current application, in user mode, and leaves through OS_Exit: plain code, not a module entry.
  if (isCode(offsets[0])) entries.add(base + (offsets[0] as bigint), { kind: 'procedure' }, 'start', at.source);
  for (const [k, entry] of HEADER_ENTRIES) {
    if (isCode(offsets[k])) entries.add(base + (offsets[k] as bigint), { kind: 'module-entry', entry }, entry, at.source);
  }
  if (swis) entries.add(base + (offsets[8] as bigint), { kind: 'swi-handler', chunk: Number(chunk) }, 'swi_handler', at.source);
  const table = offsets[6];
  if (table !== undefined && table !== 0n) commandEntries(program, base, base + table, isCode, entries, at.source);
}

/** The command table: name, zero, aligned; then code offset, flags, syntax and help offsets; a zero byte ends it. */
function commandEntries(program: Program, base: bigint, start: bigint, isCode: (off: bigint | undefined) => boolean, entries: Entries, source: SourceSpan): void {
  let at = start;
  for (let n = 0; n < 64; n++) {
    const bytes: number[] = [];
    for (let byte = dataByte(program, at); byte !== undefined && byte !== 0n && bytes.length < 64; byte = dataByte(program, at)) {
      bytes.push(Number(byte));
      at++;
    }
    const name = bytesText(bytes);
    if (name === '' || dataByte(program, at) === undefined) return;
    at = (at + 4n) & ~3n;
    const code = word(program, at);
    if (isCode(code)) entries.add(base + (code as bigint), { kind: 'module-entry', entry: 'command' }, name, source);
    at += 16n;
  }
}

/** A creation of the ARM code whose R6 is a value the lowering places (`EQUD code%`): its handler there, named by the value. */
function placed(creation: AreaCreation, place: EntryInput['placeHandler']): AreaCreation {
  const address = creation.handlerValue && place?.(creation.handlerValue);
  if (address === undefined || !creation.handlerValue) return creation;
  return { ...creation, handlerAddress: address, handlerArgument: formatExpr(creation.handlerValue, 'objasm').replace(/\s+/g, '') };
}

export function discoverEntries(input: EntryInput): EntryResult {
  const { program } = input;
  const entries = new Entries(input);
  const found = input.memory ? input.memory.items.scan(program.items) : entryItems(program.items);
  const tracked = trackCalls(program, input.regionStarts, found.swiCalls, input.memory?.calls);
  const creations = [...(input.creations ?? []), ...tracked.creations.map((c) => placed(c, input.placeHandler))];
  const maxSizes = handlerMaxSizes(creations, program);
  const specificPages = handlerSpecificPages(creations, program);
  for (const c of creations) {
    const address = c.handlerAddress ?? (c.handler === undefined ? undefined : program.label(c.handler));
    if (address === undefined) continue;
    const maxSize = maxSizes.get(address), needsSpecificPages = specificPages.get(address);
    const contract: EntryContract = {
      kind: 'da-handler', ...(needsSpecificPages === undefined ? {} : { needsSpecificPages }), ...(maxSize === undefined ? {} : { maxSize }),
    };
    entries.add(address, contract, c.handler ?? c.handlerArgument ?? 'handler', c.source);
  }
  for (const hint of input.hints ?? []) {
    const address = program.label(hint.name);
    const source = input.labelSources.get(hint.name);
    if (address !== undefined && source) {
      entries.add(address, { kind: 'da-handler', ...(hint.needsSpecificPages === undefined ? {} : { needsSpecificPages: hint.needsSpecificPages }) }, hint.name, source);
    }
  }
  reasonEntries(input, entries, creations);
  moduleEntries(input, entries);
  for (const r of input.routines) entries.add(r.address, { kind: 'procedure' }, r.name, r.source);
  for (const k of found.calls) {
    const item = program.items[k] as InstructionItem<ArmInstruction>;
    const t = item.instruction.operands[0];
    const address = t?.kind === 'target' ? program.label(t.label) : undefined;
    if (t?.kind === 'target' && address !== undefined) entries.add(address, { kind: 'procedure' }, t.label, input.labelSources.get(t.label) ?? item.source);
  }
  const list = entries.list();
  // An area created elsewhere, or by a call of unknown reason, is one no removal here can be counted against.
  const unseen = (input.hints?.length ?? 0) > 0 || input.unknownAreaCall === true || tracked.areaCalls.some((c) => c.reason === undefined);
  const reservations = placedReservations({
    program, entries: list, ...(input.headerAddress === undefined ? {} : { headerAddress: input.headerAddress }),
    areas: unseen ? undefined : (input.creations?.length ?? 0) + areasCreated(tracked.creations), tracked, sys: input.reservations ?? [],
  });
  return { entries: list, creations, reservations };
}
