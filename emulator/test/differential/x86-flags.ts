import type { X86Instruction, X86Operand } from '../../src/ir/x86.js';

// Intel SDM vol. 2 "Flags Affected", restated independently of the emulator:
// the differential test masks exactly the flags this table says the
// instructions actually executed left undefined, and demands that the
// emulator mark exactly those as undefined too.

export type Flag = 'cf' | 'pf' | 'af' | 'zf' | 'sf' | 'of' | 'df';
export const ARITH: readonly Flag[] = ['cf', 'pf', 'af', 'zf', 'sf', 'of'];
export const EFLAGS_BIT: Record<Flag, number> = { cf: 0, pf: 2, af: 4, zf: 6, sf: 7, df: 10, of: 11 };

/** What one instruction does to each flag it writes. */
export type Effect = Partial<Record<Flag, 'defined' | 'undefined'>>;

/** Runtime facts some rules depend on: the masked shift count, or ECX before a rep. */
export interface Facts {
  readonly count?: number;
}

function all(flags: readonly Flag[], how: 'defined' | 'undefined'): Effect {
  return Object.fromEntries(flags.map((f) => [f, how]));
}

function width(op: X86Operand | undefined): number {
  if (op?.kind === 'reg') return op.reg.length === 3 ? 32 : op.reg.endsWith('l') || op.reg.endsWith('h') ? 8 : 16;
  if (op?.kind === 'mem' && op.size) return op.size * 8;
  throw new Error('operand width unknown');
}

export function flagEffect(insn: X86Instruction, facts: Facts): Effect {
  const m = insn.mnemonic;
  switch (m) {
    case 'add': case 'adc': case 'sub': case 'sbb': case 'cmp': case 'neg': case 'xadd': case 'cmpxchg':
      return all(ARITH, 'defined');
    case 'inc': case 'dec':
      return all(['pf', 'af', 'zf', 'sf', 'of'], 'defined');
    case 'and': case 'or': case 'xor': case 'test':
      return { ...all(['cf', 'of', 'pf', 'zf', 'sf'], 'defined'), af: 'undefined' };
    case 'mul': case 'imul':
      return { cf: 'defined', of: 'defined', ...all(['sf', 'zf', 'af', 'pf'], 'undefined') };
    case 'div': case 'idiv':
      return all(ARITH, 'undefined');
    case 'bsf': case 'bsr':
      return { zf: 'defined', ...all(['cf', 'of', 'sf', 'af', 'pf'], 'undefined') };
    case 'daa': case 'das':
      return { ...all(['af', 'cf', 'sf', 'zf', 'pf'], 'defined'), of: 'undefined' };
    case 'aaa': case 'aas':
      return { af: 'defined', cf: 'defined', ...all(['of', 'sf', 'zf', 'pf'], 'undefined') };
    case 'aam': case 'aad':
      return { ...all(['sf', 'zf', 'pf'], 'defined'), ...all(['of', 'af', 'cf'], 'undefined') };
    case 'arpl':
      return { zf: 'defined' };
    case 'bt': case 'bts': case 'btr': case 'btc':
      return { cf: 'defined', ...all(['of', 'sf', 'af', 'pf'], 'undefined') };
    case 'clc': case 'stc': case 'cmc':
      return { cf: 'defined' };
    case 'cld': case 'std':
      return { df: 'defined' };
    case 'popfd':
      return all([...ARITH, 'df'], 'defined');
    case 'sahf':
      return all(['sf', 'zf', 'af', 'pf', 'cf'], 'defined');
  }
  if (isShift(insn)) {
    const count = facts.count;
    if (count === undefined) throw new Error(`${m}: count needed`);
    if (count === 0) return {};
    const of = count === 1 ? 'defined' : 'undefined';
    if (m === 'shld' || m === 'shrd') {
      // Past the operand size (16-bit operands only) everything is undefined.
      const past = count > width(insn.operands[0]);
      return { ...all(['cf', 'pf', 'zf', 'sf'], past ? 'undefined' : 'defined'), af: 'undefined', of: past ? 'undefined' : of };
    }
    if (m.startsWith('r')) return { cf: 'defined', of };
    const w = width(insn.operands[0]);
    const cfUndefined = m !== 'sar' && w < 32 && count >= w;
    return { ...all(['pf', 'zf', 'sf'], 'defined'), af: 'undefined', of, cf: cfUndefined ? 'undefined' : 'defined' };
  }
  if (/^(scas|cmps)[bwd]$/.test(m)) {
    // A repeated compare with ECX = 0 compares nothing.
    return insn.prefix !== undefined && facts.count === 0 ? {} : all(ARITH, 'defined');
  }
  return {};
}

export function isShift(insn: X86Instruction): boolean {
  return /^(shl|sal|shr|sar|rol|ror|rcl|rcr|shld|shrd)$/.test(insn.mnemonic);
}

/** A shift's count operand: the second, the third of a double shift, none for a shift by 1. */
export function shiftCount(insn: X86Instruction): X86Operand | undefined {
  return insn.operands[insn.mnemonic === 'shld' || insn.mnemonic === 'shrd' ? 2 : 1];
}

/** Flags an instruction reads, which therefore must be defined when it runs. */
export function flagsRead(insn: X86Instruction): Flag[] {
  const m = insn.mnemonic;
  if (m === 'adc' || m === 'sbb' || m === 'rcl' || m === 'rcr' || m === 'cmc') return ['cf'];
  if (m === 'daa' || m === 'das') return ['af', 'cf'];
  if (m === 'aaa' || m === 'aas') return ['af'];
  if (m.startsWith('cmov')) return conditionFlags(m.slice(4));
  if (m === 'loope' || m === 'loopne') return ['zf'];
  if (m === 'pushfd') return [...ARITH];
  if (m === 'lahf') return ['sf', 'zf', 'af', 'pf', 'cf'];
  const cc = m.startsWith('set') ? m.slice(3) : m.startsWith('j') && m !== 'jmp' && m !== 'jecxz' ? m.slice(1) : undefined;
  return cc === undefined ? [] : conditionFlags(cc);
}

export function conditionFlags(cc: string): Flag[] {
  switch (cc) {
    case 'o': case 'no': return ['of'];
    case 'b': case 'c': case 'nae': case 'ae': case 'nb': case 'nc': return ['cf'];
    case 'e': case 'z': case 'ne': case 'nz': return ['zf'];
    case 'be': case 'na': case 'a': case 'nbe': return ['cf', 'zf'];
    case 's': case 'ns': return ['sf'];
    case 'p': case 'pe': case 'np': case 'po': return ['pf'];
    case 'l': case 'nge': case 'ge': case 'nl': return ['sf', 'of'];
    case 'le': case 'ng': case 'g': case 'nle': return ['zf', 'sf', 'of'];
    default: throw new Error(`condition ${cc}`);
  }
}

export const CONDITION_CODES = [
  'o', 'no', 'b', 'c', 'nae', 'ae', 'nb', 'nc', 'e', 'z', 'ne', 'nz', 'be', 'na', 'a', 'nbe',
  's', 'ns', 'p', 'pe', 'np', 'po', 'l', 'nge', 'ge', 'nl', 'le', 'ng', 'g', 'nle',
] as const;
