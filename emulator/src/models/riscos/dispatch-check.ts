import { conditionHolds } from '../../cpu/arm/condition.js';
import type { StepContext } from '../../explore/hooks.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Program } from '../../ir/program.js';
import { and, bv, uge } from '../../values/expr.js';
import type { RiscOsState } from './machine.js';
import { register } from '../../explore/machines/arm.js';
import { mentionsUnknown } from './provenance.js';

// PW312. A reason dispatch through a table — `ADD pc, pc, rN, LSL #2` over a
// run of `B` instructions, or `LDR pc, [pc, rN, LSL #2]` over a run of DCD
// words — is safe only when every value the index can take on this path
// lands in the table. The solver answers that at the branch itself, so a
// bound check anywhere before it (CMP/ADDCC, CMP/BHS, an AND mask) counts.

interface Table {
  readonly index: number;
  readonly start: bigint;
  readonly entries: number;
}

/** Consecutive unconditional B instructions from `start`. */
function branchRun(program: Program, start: bigint): number {
  let n = 0;
  for (let at = start; ; at += 4n, n++) {
    const item = program.itemAt(at);
    if (item?.kind !== 'instruction' || item.instruction.arch !== 'arm') return n;
    const insn = item.instruction;
    if (insn.mnemonic !== 'b' || insn.condition !== 'al') return n;
  }
}

/** Consecutive words of data from `start`. */
function wordRun(program: Program, start: bigint): number {
  let n = 0;
  for (let at = start; ;) {
    const item = program.itemAt(at);
    if (item?.kind !== 'data') return n;
    for (const v of item.values) {
      if (v.bytes !== 4) return n;
      n++;
    }
    at += BigInt(item.size);
  }
}

function tableOf(program: Program, insn: ArmInstruction, address: bigint): Table | undefined {
  const [rd, rn, op2] = insn.operands;
  if (insn.mnemonic === 'add' && rd?.kind === 'reg' && rd.reg === 15 && rn?.kind === 'reg' && rn.reg === 15
    && op2?.kind === 'reg' && op2.shift?.type === 'lsl' && op2.shift.amount === 2) {
    return { index: op2.reg, start: address + 8n, entries: branchRun(program, address + 8n) };
  }
  const m = insn.operands[1];
  if (insn.mnemonic === 'ldr' && rd?.kind === 'reg' && rd.reg === 15 && m?.kind === 'mem' && m.base === 15 && m.preIndexed && !m.subtract
    && m.offset.kind === 'reg' && m.offset.shift?.type === 'lsl' && m.offset.shift.amount === 2) {
    return { index: m.offset.reg, start: address + 8n, entries: wordRun(program, address + 8n) };
  }
  return undefined;
}

/** Runs before a computed branch: reports when the index can point past the table's last entry. */
export function checkDispatch(ctx: StepContext<RiscOsState>): void {
  const insn = ctx.item.instruction as ArmInstruction;
  const table = tableOf(ctx.program, insn, ctx.item.address);
  if (!table || table.entries === 0) return;
  const index = register(ctx.state, table.index);
  if (mentionsUnknown(index)) return;
  const beyond = and(conditionHolds(ctx.state.cpu, insn.condition), uge(index, bv(table.entries)));
  if (ctx.feasible(beyond) === 'no') return;
  ctx.report({
    code: 'PW312',
    message: `Computed branch on R${table.index} through a table of ${table.entries} entries without a bound check: R${table.index} ≥ ${table.entries} jumps past the table (reason codes 4-6 exist; return an error for unknown reasons)`,
    condition: beyond, rootCause: 'dispatch', fix: { kind: 'bound-check', register: table.index, bound: table.entries },
  });
}
