// Seeded random ARM (A32, 32-bit mode, pre-v6 subset) sequences, each given
// both as GNU as text (`.syntax unified`) and as the emulator's IR.
//
// Register roles keep every memory access inside the scratch buffer whatever
// the random data-processing does: r8 (word-aligned), r9 (halfword-aligned)
// and r10 point into the buffer and change only by writeback with small
// offsets of their alignment; r11 holds a small multiple of 4 used as an
// index; r13 belongs to the harness; only the data registers are written.
import { bv } from '../../src/values/expr.js';
import type { ArmCondition, ArmInstruction, ArmOperand, ArmShift, ArmShiftType } from '../../src/ir/arm.js';

export const SCRATCH_BYTES = 2048;
export const POINTERS = [8, 9, 10] as const;
export const INDEX = 11;
const DATA = [0, 1, 2, 3, 4, 5, 6, 7, 12, 14];
const READABLE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14];
const CONDITIONS: ArmCondition[] = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al'];
const DP = ['and', 'eor', 'sub', 'rsb', 'add', 'adc', 'sbc', 'rsc', 'tst', 'teq', 'cmp', 'cmn', 'orr', 'mov', 'bic', 'mvn'];

export interface GenInsn {
  readonly text: string;
  readonly ir: ArmInstruction;
}

export interface Sequence {
  /** r0-r14 (r13 unused); pointer registers are offsets into the scratch buffer. */
  readonly regs: number[];
  readonly nzcv: number;
  readonly insns: GenInsn[];
}

/** mulberry32: small, seeded, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(private readonly rnd: () => number) {}
  int(n: number): number { return Math.floor(this.rnd() * n); }
  range(lo: number, hi: number): number { return lo + this.int(hi - lo + 1); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)] as T; }
  chance(p: number): boolean { return this.rnd() < p; }
  word(): number { return (this.int(0x10000) * 0x10000 + this.int(0x10000)) >>> 0; }
  /** Register contents with the corner cases over-represented. */
  value(): number {
    switch (this.int(5)) {
      case 0: return this.int(41);
      case 1: return this.pick([0, 0xffffffff, 0x80000000, 0x7fffffff, 1, 0xff, 0x100]);
      default: return this.word();
    }
  }
}

const hex = (v: number): string => `#0x${(v >>> 0).toString(16)}`;
const name = (r: number): string => (r === 14 ? 'lr' : r === 15 ? 'pc' : `r${r}`);
const sfx = (c: ArmCondition): string => (c === 'al' ? '' : c);

function shiftText(s: ArmShift): string {
  if (s.type === 'rrx') return 'rrx';
  return typeof s.amount === 'number' ? `${s.type} #${s.amount}` : `${s.type} ${name(s.amount.reg)}`;
}

function operandText(op: ArmOperand): string {
  switch (op.kind) {
    case 'reg': return op.shift ? `${name(op.reg)}, ${shiftText(op.shift)}` : name(op.reg);
    case 'imm': return hex(Number(op.value.kind === 'const' ? op.value.value : 0n));
    default: throw new Error(`no text for ${op.kind}`);
  }
}

function encodableImmediate(g: Gen): number {
  const byte = g.chance(0.3) ? g.int(16) : g.int(256);
  const rot = g.chance(0.4) ? 0 : 2 * g.int(16);
  return ((byte >>> rot) | (byte << (32 - rot))) >>> 0;
}

function immediateShift(g: Gen): ArmShift {
  const type = g.pick<ArmShiftType>(['lsl', 'lsr', 'asr', 'ror', 'rrx']);
  switch (type) {
    case 'lsl': return { type, amount: g.range(0, 31) };
    case 'lsr': case 'asr': return { type, amount: g.range(1, 32) };
    case 'ror': return { type, amount: g.range(1, 31) };
    case 'rrx': return { type, amount: 0 };
  }
}

function shifterOperand(g: Gen): ArmOperand {
  switch (g.int(4)) {
    case 0: return { kind: 'imm', value: bv(encodableImmediate(g)) };
    case 1: return { kind: 'reg', reg: g.chance(0.05) ? 15 : g.pick(READABLE) };
    case 2: return { kind: 'reg', reg: g.chance(0.05) ? 15 : g.pick(READABLE), shift: immediateShift(g) };
    default: {
      const type = g.pick<Exclude<ArmShiftType, 'rrx'>>(['lsl', 'lsr', 'asr', 'ror']);
      return { kind: 'reg', reg: g.pick(READABLE), shift: { type, amount: { reg: g.pick(READABLE) } } };
    }
  }
}

function dataProcessing(g: Gen, c: ArmCondition): GenInsn {
  const op = g.pick(DP);
  const compare = ['tst', 'teq', 'cmp', 'cmn'].includes(op);
  const unary = op === 'mov' || op === 'mvn';
  const s = !compare && g.chance(0.5);
  const op2 = shifterOperand(g);
  // PC as the first operand only beside a register shifted by an immediate: a
  // register shift makes it unpredictable, and gas turns `op rd, pc, #imm` into an ADR.
  const pcAllowed = op2.kind === 'reg' && (op2.shift === undefined || typeof op2.shift.amount === 'number');
  const rn = pcAllowed && g.chance(0.05) ? 15 : g.pick(READABLE);
  const rd = g.pick(DATA);
  const operands: ArmOperand[] = compare ? [{ kind: 'reg', reg: rn }, op2]
    : unary ? [{ kind: 'reg', reg: rd }, op2]
      : [{ kind: 'reg', reg: rd }, { kind: 'reg', reg: rn }, op2];
  const text = `${op}${s ? 's' : ''}${sfx(c)} ${operands.map(operandText).join(', ')}`;
  return { text, ir: { arch: 'arm', mnemonic: op, condition: c, setFlags: s, operands } };
}

type Size = undefined | 'b' | 'h' | 'sb' | 'sh';

const alignment = (pointer: number): number => (pointer === 8 ? 4 : pointer === 9 ? 2 : 1);

function singleTransfer(g: Gen, c: ArmCondition): GenInsn {
  const size = g.pick<Size>([undefined, undefined, 'b', 'h', 'sb', 'sh']);
  const load = size === 'sb' || size === 'sh' || g.chance(0.5);
  const access = size === undefined ? 4 : size === 'h' || size === 'sh' ? 2 : 1;
  // Offsets keep the base at its own alignment (r8: 4, r9: 2, r10: 1).
  const base = g.pick(POINTERS.filter((p) => alignment(p) >= access));
  const align = alignment(base);
  const pre = g.chance(0.6);
  const writeback = !pre || g.chance(0.4);
  const limit = writeback ? 64 : 255;
  const halfwordForm = size === 'h' || size === 'sh' || size === 'sb';
  const subtract = g.chance(0.5);
  let offset: Extract<ArmOperand, { kind: 'mem' }>['offset'];
  let offsetText: string;
  if (g.chance(0.6)) {
    const v = Math.floor(g.int(limit + 1) / align) * align;
    offset = { kind: 'imm', value: bv(v) };
    offsetText = `#${subtract ? '-' : ''}${v}`;
  } else {
    const shift: ArmShift | undefined = halfwordForm || g.chance(0.4) ? undefined
      : base !== 10 ? { type: 'lsl', amount: g.range(0, 2) }
        : { type: g.pick<'lsl' | 'lsr' | 'asr'>(['lsl', 'lsr', 'asr']), amount: g.range(1, 2) };
    offset = shift ? { kind: 'reg', reg: INDEX, shift } : { kind: 'reg', reg: INDEX };
    offsetText = `${subtract ? '-' : ''}${name(INDEX)}${shift ? `, ${shiftText(shift)}` : ''}`;
  }
  let rd = load ? g.pick(DATA) : g.pick(READABLE);
  if (!load && writeback && rd === base) rd = 0;
  const address = pre ? `[${name(base)}, ${offsetText}]${writeback ? '!' : ''}` : `[${name(base)}], ${offsetText}`;
  const mnemonic = load ? 'ldr' : 'str';
  const text = `${mnemonic}${size ?? ''}${sfx(c)} ${name(rd)}, ${address}`;
  const mem: ArmOperand = { kind: 'mem', base, offset, subtract, preIndexed: pre, writeback: pre && writeback };
  return { text, ir: { arch: 'arm', mnemonic, condition: c, setFlags: false, ...(size ? { size } : {}), operands: [{ kind: 'reg', reg: rd }, mem] } };
}

function blockTransfer(g: Gen, c: ArmCondition): GenInsn {
  const load = g.chance(0.5);
  const mode = g.pick(['ia', 'ib', 'da', 'db'] as const);
  const writeback = g.chance(0.5);
  const pool = load ? DATA : READABLE.filter((x) => !(writeback && x === 8));
  const regs = [...new Set(Array.from({ length: g.range(1, 6) }, () => g.pick(pool)))].sort((a, b) => a - b);
  const mnemonic = load ? 'ldm' : 'stm';
  const text = `${mnemonic}${mode}${sfx(c)} r8${writeback ? '!' : ''}, {${regs.map(name).join(', ')}}`;
  return {
    text,
    ir: { arch: 'arm', mnemonic, condition: c, setFlags: false, blockMode: mode, writeback,
      operands: [{ kind: 'reg', reg: 8 }, { kind: 'reglist', regs, caret: false }] },
  };
}

function multiply(g: Gen, c: ArmCondition): GenInsn {
  const op = g.pick(['mul', 'mla', 'umull', 'umlal', 'smull', 'smlal']);
  const s = g.chance(0.5);
  let regs: number[];
  if (op === 'mul' || op === 'mla') {
    const rd = g.pick(DATA);
    const rm = g.pick(READABLE.filter((x) => x !== rd));
    regs = op === 'mul' ? [rd, rm, g.pick(READABLE)] : [rd, rm, g.pick(READABLE), g.pick(READABLE)];
  } else {
    const lo = g.pick(DATA);
    const hi = g.pick(DATA.filter((x) => x !== lo));
    regs = [lo, hi, g.pick(READABLE.filter((x) => x !== lo && x !== hi)), g.pick(READABLE)];
  }
  const operands: ArmOperand[] = regs.map((reg) => ({ kind: 'reg', reg }));
  return {
    text: `${op}${s ? 's' : ''}${sfx(c)} ${regs.map(name).join(', ')}`,
    ir: { arch: 'arm', mnemonic: op, condition: c, setFlags: s, operands },
  };
}

function psrTransfer(g: Gen, c: ArmCondition): GenInsn {
  if (g.chance(0.4)) {
    const rd = g.pick(DATA);
    return { text: `mrs${sfx(c)} ${name(rd)}, cpsr`,
      ir: { arch: 'arm', mnemonic: 'mrs', condition: c, setFlags: false, operands: [{ kind: 'reg', reg: rd }, { kind: 'psr', psr: 'cpsr', fields: 'f' }] } };
  }
  const source: ArmOperand = g.chance(0.5) ? { kind: 'imm', value: bv((g.int(32) << 27) >>> 0) } : { kind: 'reg', reg: g.pick(READABLE) };
  return { text: `msr${sfx(c)} cpsr_f, ${operandText(source)}`,
    ir: { arch: 'arm', mnemonic: 'msr', condition: c, setFlags: false, operands: [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, source] } };
}

function instruction(g: Gen, seq: number, k: number, length: number): GenInsn {
  const c = g.chance(0.35) ? g.pick(CONDITIONS) : 'al';
  const roll = g.int(100);
  if (roll < 45) return dataProcessing(g, c);
  if (roll < 63) return singleTransfer(g, c);
  if (roll < 72) return blockTransfer(g, c);
  if (roll < 82) return multiply(g, c);
  if (roll < 86) {
    const rd = g.pick(DATA);
    const rm = g.pick(READABLE);
    return { text: `clz${sfx(c)} ${name(rd)}, ${name(rm)}`,
      ir: { arch: 'arm', mnemonic: 'clz', condition: c, setFlags: false, operands: [{ kind: 'reg', reg: rd }, { kind: 'reg', reg: rm }] } };
  }
  if (roll < 92 || k === length - 1) return psrTransfer(g, c);
  const label = labelName(seq, g.range(k + 1, length));
  const mnemonic = g.chance(0.2) ? 'bl' : 'b';
  return { text: `${mnemonic}${sfx(c)} ${label}`,
    ir: { arch: 'arm', mnemonic, condition: c, setFlags: false, operands: [{ kind: 'target', label }] } };
}

/** The label before instruction `k` of sequence `seq`; `k` = length is the end. */
export function labelName(seq: number, k: number): string {
  return `L${seq}_${k}`;
}

export function generate(seed: number, count: number): Sequence[] {
  const g = new Gen(random(seed));
  return Array.from({ length: count }, (_, seq) => {
    const regs = Array.from({ length: 15 }, () => g.value());
    regs[8] = SCRATCH_BYTES / 2 + 4 * g.range(-32, 32);
    regs[9] = SCRATCH_BYTES / 2 + 2 * g.range(-64, 64);
    regs[10] = SCRATCH_BYTES / 2 + g.range(-128, 128);
    regs[INDEX] = 4 * g.range(0, 4);
    regs[13] = 0;
    const length = g.range(2, 8);
    const insns = Array.from({ length }, (_, k) => instruction(g, seq, k, length));
    return { regs, nzcv: g.int(16), insns };
  });
}
