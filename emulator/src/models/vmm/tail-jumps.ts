import type { EntryPoint, InstructionItem, Program } from '../../ir/program.js';
import type { X86Instruction } from '../../ir/x86.js';

// A jump from one procedure into another (`jmp Lock_It`, vmm.inc's `CallRet`
// in a retail build) goes on as the other procedure, which returns for the
// first: what the path finds from there, a PW231 at the other's balanced
// `ret` above all, happened in code the procedure it started in does not
// show. The note at the jump says so, as a call's note does.

/** Each program's entry points in address order, made when first asked. */
const entriesOf = new WeakMap<Program, readonly EntryPoint[]>();

/** The entry point whose code `address` lies in: the last to start at or below it. */
function procedureAt(program: Program, address: bigint): EntryPoint | undefined {
  let sorted = entriesOf.get(program);
  if (!sorted) {
    sorted = [...program.entries].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    entriesOf.set(program, sorted);
  }
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as EntryPoint).address <= address) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** The note of a jump (`jmp`, or a conditional one, taken) from one procedure's code into another's, else undefined. */
export function tailJumpNote(program: Program, item: InstructionItem): string | undefined {
  const insn = item.instruction as X86Instruction;
  if (!insn.mnemonic.startsWith('j')) return undefined;
  const [target] = insn.operands;
  const to = target?.kind === 'target' ? program.label(target.label) : undefined;
  if (target?.kind !== 'target' || to === undefined) return undefined;
  const from = procedureAt(program, item.address), into = procedureAt(program, to);
  return from && into && from.address !== into.address ? `${from.name} jumps to ${target.label} here` : undefined;
}
