// One line per ARM instruction, with the flags it changes. Conditions and the
// S suffix are split off before the lookup, so `ADDCCS` finds `ADD`.

import type { MnemonicInfo } from './x86Mnemonics.js';

const S_NZCV = 'N Z C V with S';
const S_NZC = 'N Z C (shifter carry) with S';
const NZCV = 'N Z C V';

const FPA_SUFFIXES = 'Precision S, D or E; rounding P, M or Z (nearest without).';

/** The FPA's data operations: dyadic (Fd, Fn, Fm or #constant) then monadic (Fd, Fm or #constant). */
const FPA_OPERATIONS: readonly (readonly [string, string])[] = [
  ['ADF', 'FPA add.'], ['SUF', 'FPA subtract.'], ['RSF', 'FPA reverse subtract.'], ['MUF', 'FPA multiply.'],
  ['DVF', 'FPA divide.'], ['RDF', 'FPA reverse divide.'], ['POW', 'FPA power.'], ['RPW', 'FPA reverse power.'],
  ['RMF', 'FPA remainder.'], ['FML', 'FPA fast multiply (single precision).'], ['FDV', 'FPA fast divide (single precision).'],
  ['FRD', 'FPA fast reverse divide (single precision).'], ['POL', 'FPA polar angle of two values.'],
  ['MVF', 'FPA move.'], ['MNF', 'FPA move negated.'], ['ABS', 'FPA absolute value.'], ['RND', 'FPA round to an integral value.'],
  ['SQT', 'FPA square root.'], ['LOG', 'FPA logarithm to base 10.'], ['LGN', 'FPA natural logarithm.'], ['EXP', 'FPA e to the power.'],
  ['SIN', 'FPA sine.'], ['COS', 'FPA cosine.'], ['TAN', 'FPA tangent.'], ['ASN', 'FPA arc sine.'], ['ACS', 'FPA arc cosine.'],
  ['ATN', 'FPA arc tangent.'], ['URD', 'FPA unnormalised round.'], ['NRM', 'FPA normalise.'],
];

const ROWS: readonly (readonly [string, string, string])[] = [
  ['MOV', 'Copies an operand (optionally shifted) to a register; `MOVS pc, lr` returns restoring PSR (26-bit).', S_NZC],
  ['MVN', 'Copies the complement of an operand.', S_NZC],
  ['ADD', 'Adds.', S_NZCV],
  ['ADC', 'Adds with carry.', S_NZCV],
  ['SUB', 'Subtracts.', S_NZCV],
  ['SBC', 'Subtracts with carry.', S_NZCV],
  ['RSB', 'Reverse subtract (operand minus register).', S_NZCV],
  ['RSC', 'Reverse subtract with carry.', S_NZCV],
  ['AND', 'Bitwise AND.', S_NZC],
  ['ORR', 'Bitwise OR; `ORRS pc, lr, #V_bit` returns with V set (26-bit).', S_NZC],
  ['EOR', 'Bitwise exclusive OR.', S_NZC],
  ['BIC', 'Bit clear (AND NOT).', S_NZC],
  ['CMP', 'Compares (subtracts without storing).', NZCV],
  ['CMN', 'Compares negative (adds without storing).', NZCV],
  ['TST', 'Tests bits (ANDs without storing).', 'N Z C'],
  ['TEQ', 'Tests equality (EORs without storing); TEQP writes the PSR on 26-bit.', 'N Z C'],
  ['MUL', 'Multiplies, keeping the low 32 bits.', 'N Z with S'],
  ['MLA', 'Multiplies and adds.', 'N Z with S'],
  ['UMULL', 'Unsigned 64-bit multiply.', 'N Z with S'],
  ['SMULL', 'Signed 64-bit multiply.', 'N Z with S'],
  ['UMLAL', 'Unsigned 64-bit multiply-accumulate.', 'N Z with S'],
  ['SMLAL', 'Signed 64-bit multiply-accumulate.', 'N Z with S'],
  ['LDR', 'Loads a word (B: byte, H: halfword); `LDR r0, =x` loads a constant from the literal pool.', 'none'],
  ['STR', 'Stores a word (B: byte, H: halfword).', 'none'],
  ['LDM', 'Loads several registers (IA/IB/DA/DB or FD/ED/FA/EA); `^` with pc restores the PSR.', 'none (PSR with ^ and pc)'],
  ['STM', 'Stores several registers (IA/IB/DA/DB or FD/ED/FA/EA).', 'none'],
  ['PUSH', 'Stores registers on the full-descending stack (STMFD sp!).', 'none'],
  ['POP', 'Loads registers from the full-descending stack (LDMFD sp!).', 'none'],
  ['B', 'Branches.', 'none'],
  ['BL', 'Branches and puts the return address in lr (r14).', 'none'],
  ['BX', 'Branches to a register, switching to Thumb when bit 0 is set.', 'none'],
  ['BLX', 'Branches with link to a register or label, switching instruction set.', 'none'],
  ['SWI', 'Calls a RISC OS SWI; the X form returns errors with V set instead of raising them.', 'V on error (X form); others as the SWI says'],
  ['SVC', 'UAL name of SWI.', 'V on error (X form)'],
  ['ADR', 'Puts the address of a nearby label in a register (one ADD/SUB from pc).', 'none'],
  ['ADRL', 'Like ADR with a longer reach (two instructions).', 'none'],
  ['NOP', 'Does nothing.', 'none'],
  ['MRS', 'Reads CPSR or SPSR into a register (32-bit modes).', 'none'],
  ['MSR', 'Writes CPSR or SPSR fields.', 'the fields written'],
  ['SWP', 'Swaps a register with memory atomically.', 'none'],
  ['CLZ', 'Counts leading zero bits.', 'none'],
  ['LDREX', 'Loads a word and marks the address for exclusive access.', 'none'],
  ['STREX', 'Stores a word if the exclusive mark survived.', 'none'],
  ['MCR', 'Writes a coprocessor register (cache and MMU control on cp15).', 'none'],
  ['MRC', 'Reads a coprocessor register.', 'none (pc as destination: N Z C V)'],
  ['MCRR', 'Writes two core registers to a coprocessor.', 'none'],
  ['MRRC', 'Reads two core registers from a coprocessor.', 'none'],
  ['CDP', 'Has a coprocessor work on its own registers; the core sees nothing of it.', 'none'],
  ['LDC', 'Loads coprocessor registers from memory; the coprocessor decides how many words (L: a long transfer).', 'none'],
  ['STC', 'Stores coprocessor registers to memory; the coprocessor decides how many words (L: a long transfer).', 'none'],
  ['LDF', 'Loads an FPA register from memory: S single, D double, E extended, P packed decimal.', 'none'],
  ['STF', 'Stores an FPA register to memory: S 4 bytes, D 8, E and P 12.', 'none'],
  ['LFM', 'Loads one to four FPA registers, 12 bytes each; FD and EA pop them off a stack.', 'none'],
  ['SFM', 'Stores one to four FPA registers, 12 bytes each; FD and EA push them onto a stack.', 'none'],
  ['FLT', 'Converts a core register\'s integer to floating point in an FPA register.', 'none'],
  ['FIX', 'Converts an FPA value to an integer in a core register (P, M, Z: which way to round).', 'none'],
  ['WFS', 'Writes the FPA status register (exception flags and masks) from a core register.', 'none'],
  ['RFS', 'Reads the FPA status register into a core register.', 'none'],
  ['WFC', 'Writes the FPA control register (privileged).', 'none'],
  ['RFC', 'Reads the FPA control register (privileged).', 'none'],
  ['CMF', 'Compares two FPA values into the core flags (V set: unordered).', NZCV],
  ['CNF', 'Compares an FPA value with the other one negated, into the core flags.', NZCV],
  ['CMFE', 'Compares two FPA values as CMF does, and raises an exception if they are unordered.', NZCV],
  ['CNFE', 'Compares with the other value negated as CNF does, and raises an exception if unordered.', NZCV],
  ...FPA_OPERATIONS.map(([name, summary]) => [name, `${summary} ${FPA_SUFFIXES}`, 'none'] as const),
];

export const ARM_MNEMONICS: ReadonlyMap<string, MnemonicInfo> = new Map(ROWS.map(([name, summary, flags]) => [name, { summary, flags }]));

export const ARM_CONDITIONS: readonly (readonly [string, string])[] = [
  ['EQ', 'equal (Z set)'], ['NE', 'not equal (Z clear)'], ['CS', 'carry set / unsigned ≥'], ['HS', 'unsigned ≥ (C set)'],
  ['CC', 'carry clear / unsigned <'], ['LO', 'unsigned < (C clear)'], ['MI', 'negative (N set)'], ['PL', 'positive or zero (N clear)'],
  ['VS', 'overflow / SWI error (V set)'], ['VC', 'no overflow / no SWI error (V clear)'], ['HI', 'unsigned >'], ['LS', 'unsigned ≤'],
  ['GE', 'signed ≥'], ['LT', 'signed <'], ['GT', 'signed >'], ['LE', 'signed ≤'], ['AL', 'always'],
];

const CONDITION_WORDS = new Map(ARM_CONDITIONS);
/** Mnemonics the S suffix makes flag-setting. */
export const ARM_S_CAPABLE = new Set(['MOV', 'MVN', 'ADD', 'ADC', 'SUB', 'SBC', 'RSB', 'RSC', 'AND', 'ORR', 'EOR', 'BIC', 'MUL', 'MLA', 'UMULL', 'SMULL', 'UMLAL', 'SMLAL']);

/** Splits `ADDCCS`, `LDMFDVS`, `STRVCB` into the base mnemonic and its condition, if the base is known. */
export function splitArmMnemonic(text: string): { readonly base: string; readonly info: MnemonicInfo; readonly condition?: string } | undefined {
  const upper = text.toUpperCase();
  for (let length = Math.min(upper.length, 5); length >= 1; length--) {
    const base = upper.slice(0, length);
    const info = ARM_MNEMONICS.get(base);
    if (!info) continue;
    const rest = upper.slice(length);
    const condition = ARM_CONDITIONS.find(([c]) => rest.startsWith(c) || rest.endsWith(c))?.[0];
    return { base, info, ...(condition ? { condition } : {}) };
  }
  return undefined;
}

export const conditionMeaning = (condition: string): string | undefined => CONDITION_WORDS.get(condition.toUpperCase());
