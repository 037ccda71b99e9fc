import { expr, type ArmInstruction } from '../../../../emulator/src/index.js';

// The SWIs that make, grow or remove the program's areas, as the order of
// its releases of reserved pages reads them (releaseOrder.ts).

export const DYNAMIC_AREA = 0x66n;
/** SWIs that may create or grow an area: OS_ChangeDynamicArea, and OS_CallASWI and OS_CallASWIR12, which call any SWI. */
export const GROWING_SWIS: ReadonlySet<bigint> = new Set([0x2an, 0x6fn, 0x71n]);
/** The bit of a SWI number that asks for errors back in R0 with V set. */
export const X_BIT = 0x20000n;

/** The number of the SWI an instruction calls, as written. */
export function swiNumber(i: ArmInstruction): bigint | undefined {
  const [op] = i.operands;
  return (i.mnemonic === 'swi' || i.mnemonic === 'svc') && op?.kind === 'imm' ? expr.constValue(op.value) : undefined;
}

/** The SWI an instruction calls, without the X bit. */
export function swiOf(i: ArmInstruction): bigint | undefined {
  const number = swiNumber(i);
  return number === undefined ? undefined : number & ~X_BIT;
}
