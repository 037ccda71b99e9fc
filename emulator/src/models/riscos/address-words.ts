import type { Program } from '../../ir/program.js';
import { formatNumber } from '../../values/format.js';

// An address in the program as a finding's message names it. The layout is
// PageWarden's own past what ObjAsm fixes (a routine nothing runs into
// starts a 4 KB slot of its own: docs/syntax-support.md, "Where routines
// are laid out"), so the number matches nothing in the reader's listing;
// the label it is at, or past, does.

const isName = (label: string): boolean => /^[A-Za-z_]/.test(label);

/** `address` as the label it is at ("errblk"), or past ("Init + &8") where it lies in the program's code or data; else the number. */
export function addressWords(program: Program, address: bigint): string {
  const at = program.labelsAtAddress(address).find(isName);
  if (at !== undefined) return at;
  if (program.itemAt(address) === undefined && program.image(address) === undefined) return formatNumber(address, 'objasm');
  let before: readonly [string, bigint] | undefined;
  for (const [label, where] of program.labels) {
    if (isName(label) && where <= address && (before === undefined || where > before[1])) before = [label, where];
  }
  return before ? `${before[0]} + ${formatNumber(address - before[1], 'objasm')}` : formatNumber(address, 'objasm');
}
