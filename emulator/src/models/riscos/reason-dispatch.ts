import { availableOn } from '../../catalogue/index.js';
import type { RiscOsVersion } from '../../catalogue/index.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Program } from '../../ir/program.js';
import { handlerReason } from './handler-entry.js';

// Which reasons the kernel calls a dynamic-area handler with, and where a
// handler's own dispatch on R0 sends each: the entry discovery makes those
// labels entries of their reason, where the handler's analysis hands its
// runs of that reason over (hooks.ts).

/** The reasons of a handler of a physical memory pool (flag bit 20): ResizePMP only. */
export const POOL_REASONS: readonly number[] = [6];
/** The reasons of a handler of any other area: PreGrow to PostShrink, and TestShrink for a Shrinkable one (which older kernels do not call). */
const AREA_REASONS: readonly number[] = [0, 1, 2, 3];
const TEST_SHRINK = 4;

/** What an area's flags say about the reasons its handler gets: bit 20, a pool, and bit 9, Shrinkable. */
export interface HandlerAreaKind {
  readonly pmp: boolean;
  readonly shrinkable: boolean;
}

/**
 * The reasons a handler is called with. The kernel asks only a Shrinkable
 * area what it could give up (TestShrink, spec B.2.3 and B.5 step 4), when
 * it shrinks such areas to grow another.
 */
export function reasonsCalled(area: HandlerAreaKind): readonly number[] {
  return area.pmp ? POOL_REASONS : area.shrinkable ? [...AREA_REASONS, TEST_SHRINK] : AREA_REASONS;
}

/** Whether a kernel of `version` calls handlers with reason `code` (TestShrink is 3.80's; a pool's handler gets ResizePMP on any). */
export function calledOn(code: number, version: RiscOsVersion): boolean {
  return POOL_REASONS.includes(code) || availableOn(handlerReason(code), version);
}

export interface ReasonBranch {
  readonly reason: number;
  readonly label: string;
}

/** `TEQ r0, #n` or `CMP r0, #n`: the reason it compares R0 with. */
function comparedReason(insn: ArmInstruction): number | undefined {
  const [r, n] = insn.operands;
  if ((insn.mnemonic !== 'teq' && insn.mnemonic !== 'cmp') || insn.condition !== 'al') return undefined;
  if (r?.kind !== 'reg' || r.reg !== 0 || r.shift || n?.kind !== 'imm' || n.value.kind !== 'const') return undefined;
  return Number(n.value.value);
}

function branchLabel(insn: ArmInstruction): string | undefined {
  const [t] = insn.operands;
  return insn.mnemonic === 'b' && insn.condition === 'eq' && t?.kind === 'target' ? t.label : undefined;
}

/**
 * The dispatch a handler at `address` begins with: `TEQ r0, #n` (or CMP)
 * then `BEQ label`, repeated, up to the first other instruction. A jump
 * table on R0 is no such dispatch: its targets stay what they were.
 */
export function leadingDispatch(program: Program, address: bigint): ReasonBranch[] {
  const branches: ReasonBranch[] = [];
  for (let compare = program.itemAt(address); ;) {
    const branch = compare && program.itemAfter(compare);
    if (compare?.kind !== 'instruction' || branch?.kind !== 'instruction' || compare.instruction.arch !== 'arm' || branch.instruction.arch !== 'arm') return branches;
    const reason = comparedReason(compare.instruction);
    const label = branchLabel(branch.instruction);
    if (reason === undefined || label === undefined) return branches;
    branches.push({ reason, label });
    compare = program.itemAfter(branch);
  }
}
