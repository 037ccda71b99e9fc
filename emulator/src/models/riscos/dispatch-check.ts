import { allHandlerReasons } from '../../catalogue/index.js';
import { conditionHolds } from '../../cpu/arm/condition.js';
import type { Outcome, StepContext } from '../../explore/hooks.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { InstructionItem, Program } from '../../ir/program.js';
import { and, bv, eq, uge } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { symbolsOf } from '../../values/key.js';
import type { RiscOsState } from './machine.js';
import { register, writesPsr } from '../../explore/machines/arm.js';
import { mentionsUnknown } from './provenance.js';
import { armAt, compareBound, looseBound } from './dispatch-bound.js';
import { lineMessage } from '../../checks/message.js';
import type { SwiEnvironment } from './swi-call.js';
import { REASON } from './handler-entry.js';

// PW312. A reason dispatch through a table — `ADD pc, pc, rN, LSL #2` over a
// run of `B` instructions and returns (`MOV pc, lr` for a reason the
// handler ignores) and, where the bound check says so, the routine the run
// runs into, or `LDR pc, [pc, rN, LSL #2]` over a run of DCD words — is
// safe only when every value the index can take on this path lands in the
// table. The solver answers that at the branch itself, so a
// bound check anywhere before it (CMP/ADDCC, CMP/BHS, an AND mask) counts.
//
// A bound the source names without giving it (`CMP r11, #SWI_Count` with
// the header that defines SWI_Count not found) is a bound check all the
// same: correct code has the table's length there. So the check stays quiet,
// and the dispatch goes to every entry of the table rather than to whatever
// lies past it.

interface Table {
  readonly index: number;
  /** Where entry k jumps to. */
  readonly targets: readonly Expr[];
  /** The slot after an `ADD pc` table's run, and the routine across a gap in the layout that its last reason runs on into. */
  readonly runsOn?: { readonly slot: bigint; readonly routine: bigint };
}

/**
 * Whether an instruction can be an entry of an `ADD pc` table: it always
 * leaves (B, or a return: `MOV pc, lr`, `LDR pc, …`, `LDM …, {…, pc}`). A
 * return with a label of its own is an entry too (`PostShrink MOV pc, lr`
 * as the table's last slot): a reason that lands on it returns, as one
 * landing on any return in the table does, and runs into no code.
 */
function isTableEntry(insn: ArmInstruction): boolean {
  if (insn.condition !== 'al') return false;
  if (insn.mnemonic === 'b') return true;
  const [first, second] = insn.operands;
  if ((insn.mnemonic === 'mov' || insn.mnemonic === 'ldr') && first?.kind === 'reg' && first.reg === 15) return true;
  return insn.mnemonic === 'ldm' && second?.kind === 'reglist' && second.regs.includes(15);
}

/** Where each of the consecutive table entries from `start` goes: to itself, as ADD pc lands on it. */
function entryRun(program: Program, start: bigint): Expr[] {
  const out: Expr[] = [];
  for (let at = start; ; at += 4n) {
    const item = program.itemAt(at);
    if (item?.kind !== 'instruction' || item.instruction.arch !== 'arm' || !isTableEntry(item.instruction)) return out;
    out.push(bv(at));
  }
}

/** Consecutive words of data from `start`: the addresses LDR pc loads. */
function wordRun(program: Program, start: bigint): Expr[] {
  const out: Expr[] = [];
  for (let at = start; ;) {
    const item = program.itemAt(at);
    if (item?.kind !== 'data') return out;
    for (const v of item.values) {
      if (v.bytes !== 4) return out;
      out.push(v.value);
    }
    at += BigInt(item.size);
  }
}

/** Whether a `B` laid out from `from` up to `to` goes to `at`. */
function branchesTo(program: Program, from: bigint, to: bigint, at: bigint): boolean {
  for (let a = from; a < to; a += 4n) {
    const insn = armAt(program, a);
    const [t] = insn?.operands ?? [];
    if (insn?.mnemonic === 'b' && t?.kind === 'target' && program.label(t.label) === at) return true;
  }
  return false;
}

/** Instructions a refusal may take before it returns: the error pointer, SETV, an exit macro's pull. */
const REFUSAL_LENGTH = 32;

/**
 * Whether the code at `at` may be a refusal: false only where it returns,
 * straight on or through unconditional `B`s, with V clear as it came in
 * (`CMP r0, #6` leaves it clear for an index below 6) or cleared again
 * (CLRV, `CMP rX, #0`). SETV (`CMP rX, #&80000000`), a PSR write, a SWI (an
 * error lookup), another compare or a condition leave it open.
 */
function mayRefuse(program: Program, at: bigint): boolean {
  let v = false;
  for (let address = at, n = 0; n < REFUSAL_LENGTH; n++) {
    const insn = armAt(program, address);
    if (!insn) return true;
    const [first, second] = insn.operands;
    const target = first?.kind === 'target' ? program.label(first.label) : undefined;
    if (insn.mnemonic === 'b' && insn.condition === 'al' && target !== undefined) {
      address = target;
      continue;
    }
    if (isTableEntry(insn) && !insn.setFlags && insn.mnemonic !== 'b') return v;
    const compare = insn.mnemonic === 'cmp' || insn.mnemonic === 'cmn';
    const immediate = second?.kind === 'imm' && second.value.kind === 'const' ? second.value.value : undefined;
    if (compare && immediate === 0x80000000n) v = true;
    else if (insn.mnemonic === 'cmp' && insn.condition === 'al' && immediate === 0n) v = false;
    else if (insn.condition !== 'al' || insn.setFlags || compare || writesPsr(insn) || insn.mnemonic === 'swi' || insn.mnemonic === 'b' || insn.mnemonic === 'bl') return true;
    address += 4n;
  }
  return true;
}

/**
 * The entries of an `ADD pc` table: the run of entries after the dispatch,
 * and the slot after them when a compare right before the dispatch lets the
 * index reach it and no further (`CMP r0, #4` / `ADDLO` over `B Unknown` and
 * three `B`s) and a routine of its own starts there, a label no branch of
 * the table goes to: the last reason runs straight on into its routine,
 * saving a branch. Code the table's branches share (a common exit, the
 * routine of another reason) is no one reason's, and without a label, or
 * with a looser bound or none, what follows the run is not the table's;
 * but where the run ends at the code the dispatch sends the reasons past
 * the bound to (its `B Unknown`: `CMP r0, #6` over five `B`s and the
 * refusal), the last index lands there and is refused as every larger one
 * is, so that slot is the table's too, unless that code returns V clear:
 * then it refuses nothing. A routine on a `ROUT` line there
 * starts a slot of its own in the layout (nothing runs into it but the
 * table), so the slot lands across the gap, where ObjAsm places the routine.
 */
function addTable(program: Program, item: InstructionItem, index: number): Table {
  const run = entryRun(program, item.address + 8n);
  const slot = item.address + 8n + 4n * BigInt(run.length);
  const routine = program.landingAt(slot);
  const own = program.itemAt(routine)?.kind === 'instruction' && program.labelsAtAddress(routine).length > 0
    && !branchesTo(program, item.address + 4n, slot, routine);
  const refusal = branchesTo(program, item.address + 4n, item.address + 8n, routine) && mayRefuse(program, routine);
  if (!(own || refusal) || compareBound(program, item, index) !== BigInt(run.length + 1)) return { index, targets: run };
  return { index, targets: [...run, bv(routine)], ...(routine === slot ? {} : { runsOn: { slot, routine } }) };
}

function tableOf(program: Program, item: InstructionItem): Table | undefined {
  const insn = item.instruction as ArmInstruction;
  const [rd, rn, op2] = insn.operands;
  if (insn.mnemonic === 'add' && rd?.kind === 'reg' && rd.reg === 15 && rn?.kind === 'reg' && rn.reg === 15
    && op2?.kind === 'reg' && op2.shift?.type === 'lsl' && op2.shift.amount === 2) {
    return addTable(program, item, op2.reg);
  }
  const m = insn.operands[1];
  if (insn.mnemonic === 'ldr' && rd?.kind === 'reg' && rd.reg === 15 && m?.kind === 'mem' && m.base === 15 && m.preIndexed && !m.subtract
    && m.offset.kind === 'reg' && m.offset.shift?.type === 'lsl' && m.offset.shift.amount === 2) {
    return { index: m.offset.reg, targets: wordRun(program, item.address + 8n) };
  }
  return undefined;
}

/** Whether `item` dispatches on R0 through a table with a bound check right before it (`compareBound`). */
export function boundedReasonTable(program: Program, item: InstructionItem): boolean {
  return item.instruction.arch === 'arm' && tableOf(program, item)?.index === 0 && compareBound(program, item, 0) !== undefined;
}

/**
 * Where the last reason of the `ADD pc` table whose run of entries ends with
 * `last` runs on into a routine laid out across a gap after the run: the
 * entry keys follow the table there as the explorer does.
 */
export function tableRunsOnPast(program: Program, last: InstructionItem): bigint | undefined {
  if (last.instruction.arch !== 'arm') return undefined;
  let at = last.address;
  for (let insn = armAt(program, at); insn && isTableEntry(insn); insn = armAt(program, at)) at -= 4n;
  // The dispatch is right before the run, or before the one slot (not an entry) that runs when it is not taken.
  for (const dispatch of [program.itemAt(at), program.itemAt(at - 4n)]) {
    if (dispatch?.kind !== 'instruction' || dispatch.instruction.arch !== 'arm') continue;
    const runsOn = tableOf(program, dispatch)?.runsOn;
    if (runsOn?.slot === last.address + BigInt(last.size)) return runsOn.routine;
  }
  return undefined;
}

/** A dispatch through a table: the register it indexes by, where each entry goes, and where a table's last reason runs on to. */
export interface Dispatch {
  readonly index: Expr;
  readonly targets: readonly Expr[];
  readonly runsOn?: Table['runsOn'];
}

/**
 * Whether the index is compared with a value the source does not give, here
 * (the instruction's condition) or on the way (a conjunct of the path that
 * names both), or is itself such a value.
 */
function boundUnknown(ctx: StepContext<RiscOsState>, index: Expr, beyond: Expr): boolean {
  if (mentionsUnknown(index, ctx) || mentionsUnknown(beyond, ctx)) return true;
  const names = symbolsOf(index);
  return ctx.conditions.some((c) => mentionsUnknown(c, ctx) && [...symbolsOf(c).keys()].some((n) => names.has(n)));
}

/**
 * What the code should do with the values past the table. Only a handler's
 * R0, or a copy of it (`MOV r10, r0`), is a reason code the kernel defines
 * (0 to the last in the catalogue); a SWI routine's R11 or any other index
 * has no such list.
 */
function pastTheTable(reason: boolean, entries: number): string {
  if (!reason) return 'return an error for the values it does not cover';
  const last = Math.max(...allHandlerReasons().map((r) => r.code));
  if (entries > last) return 'return an error for reasons later kernels may add';
  const exist = entries === last ? `reason code ${last} exists` : `reason codes ${entries}-${last} exist`;
  return `${exist}; return an error for unknown reasons`;
}

/**
 * Whether the index is a value a plain routine's caller passed in a
 * register, in a program with handlers or module entry points: the routine
 * is judged where one of those runs into it, with the bound that holds
 * there. A program without any (a GET fragment read alone) has no caller
 * to judge it by, so the routine is judged by itself.
 */
function boundByCaller(program: Program, index: Expr): boolean {
  return program.entries.some((e) => e.contract.kind !== 'procedure') && [...symbolsOf(index).keys()].some((name) => /^entry\.r\d+$/.test(name));
}

/**
 * Runs before a computed branch: reports when the index can point past the
 * table's last entry. In a plain routine (`env` neither SVC code nor a
 * handler) an index its caller passed may be the caller's to bound.
 */
export function checkDispatch(ctx: StepContext<RiscOsState>, env: Pick<SwiEnvironment, 'svc' | 'inHandler'>): Dispatch | undefined {
  const insn = ctx.item.instruction as ArmInstruction;
  const table = tableOf(ctx.program, ctx.item);
  if (!table || table.targets.length === 0) return undefined;
  const entries = table.targets.length;
  const index = register(ctx.state, table.index);
  const taken = conditionHolds(ctx.state.cpu, insn.condition);
  const beyond = and(taken, uge(index, bv(entries)));
  if ((!env.svc && !env.inHandler && boundByCaller(ctx.program, index)) || boundUnknown(ctx, index, beyond) || ctx.infeasible(beyond)) return { index, targets: table.targets, ...(table.runsOn ? { runsOn: table.runsOn } : {}) };
  const r = `R${table.index}`;
  const loose = looseBound(ctx, index, taken, entries);
  const bound = !loose ? lineMessage`nothing before it keeps ${r} below ${entries}`
    : loose.check ? lineMessage`the ${loose.check.what} at line ${loose.check.source} lets ${r} reach ${loose.largest}`
      : lineMessage`what bounds ${r} before it lets it reach ${loose.largest}`;
  const message = lineMessage`Computed branch on ${r} through a table of ${entries} entries, and ${bound}: ${r} ≥ ${entries} jumps past the table (${pastTheTable(env.inHandler && (table.index === 0 || index === REASON), entries)})`;
  ctx.report({
    code: 'PW312', message: message.text, lines: message.lines,
    ...(loose?.check ? { notes: [{ message: `${r} up to ${loose.largest} gets past this check; the table has ${entries} entries`, source: loose.check.source }] } : {}),
    condition: beyond, rootCause: 'dispatch', fix: { kind: 'bound-check', register: table.index, bound: entries, handler: env.inHandler },
  });
  return { index, targets: table.targets, ...(table.runsOn ? { runsOn: table.runsOn } : {}) };
}

/**
 * The instruction's successors with its computed jump split into one jump
 * per table entry whose target is known. A path past the end is not
 * followed: where it can be taken it is the PW312 already reported, and what
 * it runs into (the code after the table, or anything for an unbounded
 * index) would only add findings, or a PW900, for the same mistake. A run
 * (`traced`) goes where the CPU goes.
 */
export function followTable(dispatch: Dispatch, taken: readonly Outcome<RiscOsState>[], traced: boolean): Outcome<RiscOsState>[] {
  const { index, targets, runsOn } = dispatch;
  // The jump to the slot after the run goes on into the routine its last reason runs on into, across the layout's gap.
  const outcomes = runsOn ? taken.map((o) => (o.control.kind === 'jump' && 'address' in o.control.target
    && o.control.target.address.kind === 'const' && o.control.target.address.value === runsOn.slot
    ? { ...o, control: { kind: 'jump' as const, target: { address: bv(runsOn.routine) } } } : o)) : taken;
  if (traced || targets.some((t) => t.kind !== 'const')) return [...outcomes];
  const inTable = new Set(targets.flatMap((t) => (t.kind === 'const' ? [t.value] : [])));
  return outcomes.flatMap((o) => {
    if (o.control.kind !== 'jump' || !('address' in o.control.target)) return [o];
    // A known index (a reason's own run) past the table lands on whatever follows it: that is the PW312 too.
    if (o.control.target.address.kind === 'const') return inTable.has(o.control.target.address.value) ? [o] : [];
    return targets.map((address, k): Outcome<RiscOsState> => ({ ...o, guard: and(o.guard, eq(index, bv(k))), control: { kind: 'jump', target: { address } } }));
  });
}
