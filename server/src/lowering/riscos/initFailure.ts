import { linksFromPc, type ArmCondition, type ArmInstruction, type Program, type ProgramItem } from '../../../../emulator/src/index.js';
import { writesPc } from './areaCreations.js';
import { DYNAMIC_AREA, GROWING_SWIS, swiNumber, swiOf, X_BIT } from './areaSwis.js';

// A release of reserved pages on the failure path of a module's
// initialisation (releaseOrder.ts): when Init returns V set the module is
// not started, and its handlers never run again, so a release from which
// every path runs to that return, where no area of the program can exist,
// comes after every grow. Both are read instruction by instruction:
// - every path from the release runs, making no call (BL) and no SWI that
//   may create or grow an area, to a return (`LDMFD sp!, {…, pc}`, `MOV
//   pc, lr`, `BX lr`) with V set: set by SETV (`CMP r0, #&80000000` /
//   `CMNVC r0, #&80000000`) or `MSR CPSR_f, #1 << 28`, or known set by a
//   condition (`EXIT VS`, the taken side of `BVS`); a SWI, a compare or
//   arithmetic that sets the flags leaves V not known;
// - no area may exist there: the release is reached from no creation
//   (OS_DynamicArea 0, or a reason not known, OS_CallASWI or
//   OS_CallASWIR12, a SWI not known, a BL to a routine that may make one)
//   but by the creation's failure (after an X SWI, what runs on V set:
//   the taken side of `BVS` or `EXIT VS`, and the side of `BVC` or
//   `EXIT VC` not taken, until an instruction may change V), or through
//   the removal (OS_DynamicArea 1 made on every path) of the program's one
//   area. A jump computed from a register on the way, or an LR set from
//   the PC anywhere (a call the reading cannot follow back), leaves it
//   possible.

type AreaReasons = ReadonlyMap<number, bigint | undefined>;
type V = 'set' | 'clear' | undefined;

const SP = 13, LR = 14, PC = 15;
const V_FLAG = 1n << 28n;
/** Paths followed from a release before giving up. */
const MAX_STATES = 4096;
/** Instructions that may set V from what is not followed here: SWIs, the 26-bit PSR writes, MRC to the flags, FPA compares. */
const FLAGS_FROM_ELSEWHERE = new Set(['swi', 'svc', 'teqp', 'cmpp', 'tstp', 'cmnp', 'mrc', 'cmf', 'cnf', 'cmfe', 'cnfe']);
/** Operations that set N, Z and C but leave V as it was. */
const LOGICAL = new Set(['and', 'eor', 'orr', 'bic', 'mov', 'mvn', 'tst', 'teq']);

/** Where the walks find the items branches name. */
export interface CodeIndex {
  readonly program: Program<ArmInstruction>;
  /** The index of the item at an address. */
  readonly indexAt: (address: bigint) => number | undefined;
  /** The reasons of the OS_DynamicArea calls that are not creations, by item index. */
  readonly reasons: AreaReasons;
}

const instructionAt = (program: Program<ArmInstruction>, n: number): ArmInstruction | undefined => {
  const item = program.items[n] as ProgramItem<ArmInstruction> | undefined;
  return item?.kind === 'instruction' ? item.instruction : undefined;
};

/** Whether a SWI may create or grow one of the program's areas (else it is not a SWI, or one that does neither). */
function mayMakeOrGrow(i: ArmInstruction, n: number, reasons: AreaReasons): boolean {
  if (i.mnemonic !== 'swi' && i.mnemonic !== 'svc') return false;
  const swi = swiOf(i);
  if (swi === DYNAMIC_AREA) {
    const reason = reasons.get(n);
    return reason === undefined || reason === 0n;
  }
  return swi === undefined || GROWING_SWIS.has(swi);
}

/** Whether a SWI may create an area: as `mayMakeOrGrow`, but for OS_ChangeDynamicArea. */
const mayCreate = (i: ArmInstruction, n: number, reasons: AreaReasons): boolean => mayMakeOrGrow(i, n, reasons) && swiOf(i) !== 0x2an;

/** Whether `i` returns to its caller, and with V as it was (`keeps`) or as the stack or SPSR has it. */
function returnOf(i: ArmInstruction): 'keeps' | 'restores' | undefined {
  const [first, second] = i.operands;
  if (i.mnemonic === 'mov' && first?.kind === 'reg' && first.reg === PC) {
    return second?.kind === 'reg' && second.reg === LR && !second.shift ? (i.setFlags ? 'restores' : 'keeps') : undefined;
  }
  if (i.mnemonic === 'bx') return first?.kind === 'reg' && first.reg === LR ? 'keeps' : undefined;
  if (i.mnemonic === 'ldm' && first?.kind === 'reg' && first.reg === SP && second?.kind === 'reglist' && second.regs.includes(PC)) return second.caret ? 'restores' : 'keeps';
  return i.mnemonic === 'ldr' && first?.kind === 'reg' && first.reg === PC && second?.kind === 'mem' && second.base === SP ? 'keeps' : undefined;
}

/** Whether an instruction with condition `c` runs, given V: undefined when that is not known. */
function runs(c: ArmCondition, v: V): boolean | undefined {
  if (c === 'al') return true;
  if (c === 'nv') return false;
  if (c === 'vs' || c === 'vc') return v === undefined ? undefined : (v === 'set') === (c === 'vs');
  return undefined;
}

/** V where an instruction with condition `c` runs (`ran`) or does not. */
function vGiven(c: ArmCondition, ran: boolean, v: V): V {
  if (c === 'vs') return ran ? 'set' : 'clear';
  if (c === 'vc') return ran ? 'clear' : 'set';
  return v;
}

const immediate = (i: ArmInstruction, k: number): bigint | undefined => {
  const o = i.operands[k];
  return o?.kind === 'imm' && o.value.kind === 'const' ? o.value.value : undefined;
};

/** V after `i` runs with V `v`. */
function vAfter(i: ArmInstruction, v: V): V {
  const m = i.mnemonic;
  if (m === 'msr') {
    const [psr] = i.operands;
    if (psr?.kind !== 'psr' || psr.psr === 'spsr' || !psr.fields.includes('f')) return v;
    const value = immediate(i, 1);
    return value === undefined ? undefined : (value & V_FLAG) === 0n ? 'clear' : 'set';
  }
  // A compare with 0 cannot overflow: CLRV is `CMP r0, #0`.
  if (m === 'cmp' || m === 'cmn') return immediate(i, 1) === 0n ? 'clear' : undefined;
  if (FLAGS_FROM_ELSEWHERE.has(m)) return undefined;
  return i.setFlags && !LOGICAL.has(m) ? undefined : v;
}

/** SETV as Hdr:Macros makes it, `CMP rN, #&80000000` then `CMNVC rN, #&80000000`: V is set after the pair whatever it was. */
function setsV(program: Program<ArmInstruction>, n: number): boolean {
  const cmp = instructionAt(program, n), cmn = instructionAt(program, n + 1);
  const [a] = cmp?.operands ?? [], [b] = cmn?.operands ?? [];
  return cmp?.mnemonic === 'cmp' && cmp.condition === 'al' && immediate(cmp, 1) === 0x80000000n
    && cmn?.mnemonic === 'cmn' && cmn.condition === 'vc' && immediate(cmn, 1) === 0x80000000n
    && a?.kind === 'reg' && b?.kind === 'reg' && a.reg === b.reg;
}

/** The index of the item a branch names, if it is known. */
function targetOf(code: CodeIndex, i: ArmInstruction): number | undefined {
  const [t] = i.operands;
  const address = t?.kind === 'target' ? code.program.label(t.label) : undefined;
  return address === undefined ? undefined : code.indexAt(address);
}

/** Whether every path on from the item at `k` runs to a return with V set, creating or growing no area on the way. */
export function failsFrom(code: CodeIndex, k: number): boolean {
  const { program } = code;
  const seen = new Set<string>();
  const work: [number, V][] = [[k + 1, undefined]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [n, v] = next;
    const key = `${n} ${v}`;
    if (seen.has(key)) continue;
    if (seen.size === MAX_STATES) return false;
    seen.add(key);
    const i = instructionAt(program, n);
    if (!i || mayMakeOrGrow(i, n, code.reasons)) return false;
    if (setsV(program, n)) {
      work.push([n + 2, 'set']);
      continue;
    }
    const ran = runs(i.condition, v);
    if (ran !== true) work.push([n + 1, vGiven(i.condition, false, v)]);
    if (ran === false) continue;
    const before = vGiven(i.condition, true, v);
    const returns = returnOf(i);
    if (returns !== undefined) {
      if (returns === 'keeps' && before === 'set') continue;
      return false;
    }
    if (i.mnemonic === 'b') {
      const target = targetOf(code, i);
      if (target === undefined) return false;
      work.push([target, before]);
      continue;
    }
    if (writesPc(i)) return false;
    work.push([n + 1, vAfter(i, before)]);
  }
  return true;
}

/**
 * The items control may go on to from the item at `n`, not into the
 * routines BLs call (and past data, which may be no more than padding);
 * undefined where it may go anywhere (a jump computed from a register, a
 * branch to a label not known).
 */
function successors(code: CodeIndex, n: number): number[] | undefined {
  const item = code.program.items[n] as ProgramItem<ArmInstruction> | undefined;
  if (item?.kind !== 'instruction') return item ? [n + 1] : [];
  const i = item.instruction;
  const after = i.condition === 'al' ? [] : [n + 1];
  if (i.mnemonic === 'b') {
    const target = targetOf(code, i);
    return target === undefined ? undefined : [target, ...after];
  }
  if (i.mnemonic === 'bl' || i.mnemonic === 'blx') return [n + 1];
  if (returnOf(i) !== undefined) return after;
  return writesPc(i) ? undefined : [n + 1];
}

/** The items `from` reach by `step`; undefined when one of them may go anywhere. */
function reach(from: readonly number[], step: (n: number) => readonly number[] | undefined): Set<number> | undefined {
  const reached = new Set<number>();
  const work = [...from];
  for (let n = work.pop(); n !== undefined; n = work.pop()) {
    if (reached.has(n)) continue;
    reached.add(n);
    const next = step(n);
    if (!next) return undefined;
    work.push(...next);
  }
  return reached;
}

/**
 * Where control goes on after the SWI at `n` when it succeeds. After an X
 * SWI V is clear there until an instruction may change it: what runs only
 * on V set (`BVS`, `EXIT VS`) is passed over, and what runs only on V
 * clear runs, so a `BVC` is taken and an `EXIT VC` returns, and the code
 * after either is the failure's alone.
 */
function afterSuccess(code: CodeIndex, n: number): number[] {
  const number = swiNumber(instructionAt(code.program, n) as ArmInstruction);
  if (number === undefined || (number & X_BIT) === 0n) return [n + 1];
  for (let m = n + 1; ; m++) {
    const i = instructionAt(code.program, m);
    const ran = i ? runs(i.condition, 'clear') : undefined;
    if (ran === false) continue;
    if (!i || ran === undefined) return [m];
    if (returnOf(i) !== undefined) return [];
    if (i.mnemonic === 'b') {
      const target = targetOf(code, i);
      return target === undefined ? [m] : [target];
    }
    if (writesPc(i) || i.mnemonic === 'bl' || i.mnemonic === 'blx' || vAfter(i, 'clear') !== 'clear') return [m];
  }
}

/**
 * Whether an area the program creates may exist when the item at `k` runs,
 * `k` being in code no routine call reaches. With `oneArea` the program
 * makes one, which a removal on every path takes away.
 */
export function areaMayExistAt(code: CodeIndex, k: number, oneArea: boolean): boolean {
  const { program, reasons } = code;
  if (program.items.some((item) => item.kind === 'instruction' && linksFromPc(item.instruction))) return true;
  const creates = new Map<number, boolean>();
  /** Whether the routine at `start` may create an area, in itself or in the routines it calls. */
  const routineCreates = (start: number): boolean => {
    const known = creates.get(start);
    if (known !== undefined) return known;
    const body = reach([start], (n) => {
      const i = instructionAt(program, n);
      const target = i && (i.mnemonic === 'bl' || i.mnemonic === 'blx') ? targetOf(code, i) : undefined;
      const next = successors(code, n);
      return next && target !== undefined ? [...next, target] : next;
    });
    const made = !body || [...body].some((n) => {
      const i = instructionAt(program, n);
      return i !== undefined && (mayCreate(i, n, reasons) || ((i.mnemonic === 'bl' || i.mnemonic === 'blx') && targetOf(code, i) === undefined));
    });
    creates.set(start, made);
    return made;
  };
  const sources: number[] = [];
  program.items.forEach((item, n) => {
    if (item.kind !== 'instruction') return;
    const i = item.instruction;
    if (mayCreate(i, n, reasons)) sources.push(...afterSuccess(code, n));
    else if (i.mnemonic === 'bl' || i.mnemonic === 'blx') {
      const target = targetOf(code, i);
      if (target === undefined || routineCreates(target)) sources.push(n + 1);
    }
  });
  const removes = (n: number): boolean => oneArea && reasons.get(n) === 1n && instructionAt(program, n)?.condition === 'al';
  const existing = reach(sources, (n) => (removes(n) ? [] : successors(code, n)));
  return !existing || existing.has(k);
}
