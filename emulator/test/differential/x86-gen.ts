import { bv } from '../../src/values/expr.js';
import type { X86Instruction, X86Operand, X86Reg, X86Reg32 } from '../../src/ir/x86.js';
import { ARITH, CONDITION_CODES, conditionFlags, flagEffect, flagsRead, isShift, shiftCount, type Flag } from './x86-flags.js';

// Random instruction sequences for the differential test. Each instruction
// is built once as an (nasm text, IR) pair, so hardware and emulator run the
// same thing. Sequences only touch a scratch buffer and a private stack at
// fixed addresses the harness maps, never read a flag that may be undefined,
// never divide into #DE and never leave the sequence except forward.

export const REGION = 0x20000000;
export const REGION_SIZE = 0x10000;
export const SCRATCH_SIZE = 256;
export const STACK_TOP = REGION + 0x8000;
/** Bytes below the stack top that are compared after each sequence. */
export const STACK_CHECKED = 64;

export type DataReg = Exclude<X86Reg32, 'esp'>;
export const DATA_REGS: readonly DataReg[] = ['eax', 'ecx', 'edx', 'ebx', 'ebp', 'esi', 'edi'];

export type Item = { readonly insn: X86Instruction; readonly text: string } | { readonly label: string };

export interface Sequence {
  readonly index: number;
  readonly items: readonly Item[];
  readonly regs: Readonly<Record<DataReg, number>>;
  /** Initial EFLAGS: random CF PF AF ZF SF DF OF, plus the always-set bit 1 and IF. */
  readonly eflags: number;
  readonly scratch: Uint8Array;
}

/** xorshift32: small, seedable, the same on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  u32(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }
  int(n: number): number {
    return this.u32() % n;
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.u32() / 0x100000000 < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  /** A value of the given width, biased towards the edges where flags change. */
  value(width: number): number {
    const top = 2 ** width;
    const sign = top / 2;
    switch (this.int(8)) {
      case 0: return this.pick([0, 1, 2, top - 1, top - 2, sign, sign - 1, sign + 1]);
      case 1: return this.int(16);
      case 2: return (top - 1 - this.int(16)) >>> 0;
      case 3: return (sign + this.int(16) - 8) % top;
      default: return width === 32 ? this.u32() : this.int(top);
    }
  }
}

interface Op { readonly text: string; readonly ir: X86Operand }

const SIZE_WORD: Record<number, string> = { 1: 'byte', 2: 'word', 4: 'dword' };
const R8: Record<string, DataReg> = { al: 'eax', cl: 'ecx', dl: 'edx', bl: 'ebx', ah: 'eax', ch: 'ecx', dh: 'edx', bh: 'ebx' };
const R16: Record<string, DataReg> = { ax: 'eax', cx: 'ecx', dx: 'edx', bx: 'ebx', bp: 'ebp', si: 'esi', di: 'edi' };

function fullReg(r: string): DataReg {
  return (R8[r] ?? R16[r] ?? r) as DataReg;
}

function reg(r: X86Reg): Op {
  return { text: r, ir: { kind: 'reg', reg: r } };
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** An immediate given as its unsigned w-bit value; the IR holds it sign-extended to 32 bits. */
function imm(value: number, width: number): Op {
  const signed = value >= 2 ** (width - 1) ? value - 2 ** width : value;
  return { text: hex(value), ir: { kind: 'imm', value: bv(signed, 32) } };
}

function absMem(bytes: 1 | 2 | 4, offset: number): Op {
  return {
    text: `${SIZE_WORD[bytes]} [${hex(REGION + offset)}]`,
    ir: { kind: 'mem', size: bytes, scale: 1, disp: bv(REGION + offset, 32) },
  };
}

/** [base + index*scale + disp]; without a size for lea, which only computes the address. */
function baseMem(bytes: 1 | 2 | 4 | undefined, base: DataReg, disp: number, index?: DataReg, scale: 1 | 2 | 4 | 8 = 1): Op {
  const idx = index ? `+${index}*${scale}` : '';
  const d = disp < 0 ? `-${-disp}` : `+${disp}`;
  return {
    text: `${bytes ? SIZE_WORD[bytes] + ' ' : ''}[${base}${idx}${d}]`,
    ir: { kind: 'mem', ...(bytes ? { size: bytes } : {}), base, ...(index ? { index } : {}), scale, disp: bv(disp, 32) },
  };
}

/** A 32-bit immediate push: nasm needs the size spelled out. */
function dwordImm(value: number): Op {
  return { ...imm(value, 32), text: `dword ${hex(value)}` };
}

type Planned = readonly [mnemonic: string, operands: readonly Op[], prefix?: X86Instruction['prefix']];

interface Context {
  /** Registers the unit may write. */
  readonly pool: ReadonlySet<DataReg>;
  /** Inside a skipped region or loop body: no stack, no nested jumps. */
  readonly nested: boolean;
  /** Inside a loop body: the body runs several times, so it must not read flags. */
  readonly noReaders: boolean;
}

type Unit = (g: Generator, ctx: Context) => boolean;

class Generator {
  readonly items: Item[] = [];
  /** Flags that may be undefined on some path reaching the current point. */
  maybeUndefined = new Set<Flag>();
  /** Bytes pushed on every path reaching the current point. */
  depth = 0;
  budget: number;
  private labels = 0;

  constructor(readonly rng: Rng, budget: number) {
    this.budget = budget;
  }

  newLabel(): string {
    return `L${this.labels++}`;
  }

  defined(flags: readonly Flag[]): boolean {
    return flags.every((f) => !this.maybeUndefined.has(f));
  }

  /** Emits all of `plan` if it fits the budget and reads only defined flags. */
  emit(plan: readonly Planned[], counts?: readonly number[]): boolean {
    if (plan.length > this.budget) return false;
    const insns = plan.map(([mnemonic, ops, prefix]) => ({
      insn: { arch: 'x86' as const, mnemonic, ...(prefix ? { prefix } : {}), operands: ops.map((o) => o.ir) },
      text: `${prefix ? prefix + ' ' : ''}${mnemonic} ${ops.map((o) => o.text).join(', ')}`.trimEnd(),
    }));
    for (const item of insns) {
      if (!this.defined(flagsRead(item.insn))) throw new Error(`generator bug: ${item.text} reads a maybe-undefined flag`);
      this.items.push(item);
      this.budget -= 1;
      this.applyStatic(item.insn, counts);
    }
    return true;
  }

  label(name: string): void {
    this.items.push({ label: name });
  }

  /** Effect on flags over every count the instruction might see at run time. */
  private applyStatic(insn: X86Instruction, counts?: readonly number[]): void {
    let possible: readonly number[] = [0];
    if (isShift(insn)) {
      const count = shiftCount(insn);
      possible = count?.kind === 'imm' ? [Number(count.value.kind === 'const' ? count.value.value & 31n : 0n)]
        : count === undefined ? [1] : Array.from({ length: 32 }, (_, i) => i);
    } else if (counts) {
      possible = counts;
    }
    const effects = possible.map((count) => flagEffect(insn, { count }));
    for (const flag of [...ARITH, 'df'] as Flag[]) {
      if (effects.some((e) => e[flag] === 'undefined')) this.maybeUndefined.add(flag);
      else if (effects.every((e) => e[flag] === 'defined')) this.maybeUndefined.delete(flag);
    }
  }
}

// ---- operand choice ------------------------------------------------------

const WIDTHS = [8, 16, 32] as const;
type W = (typeof WIDTHS)[number];

function regOf(g: Generator, ctx: Context, w: W, writable: boolean): X86Reg | undefined {
  const names = w === 32 ? DATA_REGS : w === 16 ? Object.keys(R16) : Object.keys(R8);
  const ok = names.filter((r) => !writable || ctx.pool.has(fullReg(r)));
  return ok.length ? (g.rng.pick(ok) as X86Reg) : undefined;
}

function memOf(g: Generator, w: W): Op {
  const bytes = (w / 8) as 1 | 2 | 4;
  return absMem(bytes, g.rng.int(SCRATCH_SIZE - bytes + 1));
}

function immOf(g: Generator, w: W): Op {
  return imm(g.rng.value(w), w);
}

/** A register or memory operand of width w; memory is never "unwritable". */
function rmOf(g: Generator, ctx: Context, w: W, writable: boolean): Op | undefined {
  if (g.rng.chance(0.4)) return memOf(g, w);
  const r = regOf(g, ctx, w, writable);
  return r ? reg(r) : undefined;
}

function definedConditions(g: Generator): string[] {
  return CONDITION_CODES.filter((cc) => g.defined(conditionFlags(cc)));
}

// ---- units ----------------------------------------------------------------

const mov: Unit = (g, ctx) => {
  const w = g.rng.pick(WIDTHS);
  const form = g.rng.int(5);
  const dst = regOf(g, ctx, w, true);
  const src = regOf(g, ctx, w, false);
  if (!dst || !src) return false;
  const pairs: Op[][] = [[reg(dst), reg(src)], [reg(dst), immOf(g, w)], [reg(dst), memOf(g, w)], [memOf(g, w), reg(src)], [memOf(g, w), immOf(g, w)]];
  return g.emit([['mov', pairs[form] as Op[]]]);
};

const extend: Unit = (g, ctx) => {
  const dw: W = g.rng.pick([16, 32] as const);
  const sw: W = dw === 32 && g.rng.chance(0.5) ? 16 : 8;
  const dst = regOf(g, ctx, dw, true);
  const src = g.rng.chance(0.5) ? memOf(g, sw) : reg(regOf(g, ctx, sw, false) as X86Reg);
  if (!dst) return false;
  return g.emit([[g.rng.pick(['movzx', 'movsx']), [reg(dst), src]]]);
};

const lea: Unit = (g, ctx) => {
  const dst = regOf(g, ctx, g.rng.pick([16, 32] as const), true);
  if (!dst) return false;
  const base = g.rng.pick(DATA_REGS);
  const index = g.rng.chance(0.7) ? g.rng.pick(DATA_REGS) : undefined;
  const disp = g.rng.value(32) | 0;
  return g.emit([['lea', [reg(dst), baseMem(undefined, base, disp, index, g.rng.pick([1, 2, 4, 8] as const))]]]);
};

const xchg: Unit = (g, ctx) => {
  const w = g.rng.pick(WIDTHS);
  const a = regOf(g, ctx, w, true);
  const b = regOf(g, ctx, w, true);
  if (!a || !b) return false;
  return g.emit([['xchg', [reg(a), g.rng.chance(0.4) ? memOf(g, w) : reg(b)]]]);
};

const alu: Unit = (g, ctx) => {
  const ops = ['add', 'sub', 'cmp', 'and', 'or', 'xor', 'test'];
  if (!ctx.noReaders && g.defined(['cf'])) ops.push('adc', 'sbb', 'adc', 'sbb');
  const op = g.rng.pick(ops);
  const w = g.rng.pick(WIDTHS);
  const dst = regOf(g, ctx, w, op !== 'cmp' && op !== 'test');
  const src = regOf(g, ctx, w, false);
  if (!dst || !src) return false;
  const forms: Op[][] = [[reg(dst), reg(src)], [reg(dst), immOf(g, w)], [reg(dst), memOf(g, w)], [memOf(g, w), reg(src)], [memOf(g, w), immOf(g, w)]];
  return g.emit([[op, g.rng.pick(forms)]]);
};

const unary: Unit = (g, ctx) => {
  const rm = rmOf(g, ctx, g.rng.pick(WIDTHS), true);
  return rm !== undefined && g.emit([[g.rng.pick(['inc', 'dec', 'neg', 'not']), [rm]]]);
};

const shift: Unit = (g, ctx) => {
  const ops = ['shl', 'sal', 'shr', 'sar', 'rol', 'ror'];
  if (!ctx.noReaders && g.defined(['cf'])) ops.push('rcl', 'rcr', 'rcl', 'rcr');
  const w = g.rng.pick(WIDTHS);
  const rm = rmOf(g, ctx, w, true);
  if (!rm) return false;
  const k = g.rng.int(10);
  const count = k < 3 ? reg('cl') : k < 5 ? imm(1, 8) : k < 6 ? imm(g.rng.range(32, 255), 8) : imm(g.rng.int(32), 8);
  return g.emit([[g.rng.pick(ops), [rm, count]]]);
};

const multiply: Unit = (g, ctx) => {
  const form = g.rng.int(3);
  if (form === 0) {
    if (!ctx.pool.has('eax') || !ctx.pool.has('edx')) return false;
    const src = rmOf(g, ctx, g.rng.pick(WIDTHS), false);
    return src !== undefined && g.emit([[g.rng.pick(['mul', 'imul']), [src]]]);
  }
  const w = g.rng.pick([16, 32] as const);
  const dst = regOf(g, ctx, w, true);
  const src = rmOf(g, ctx, w, false);
  if (!dst || !src) return false;
  return g.emit([['imul', form === 1 ? [reg(dst), src] : [reg(dst), src, immOf(g, w)]]]);
};

/** div/idiv with a dividend and divisor chosen so the quotient fits. */
const divide: Unit = (g, ctx) => {
  const w = g.rng.pick(WIDTHS);
  const signed = g.rng.chance(0.5);
  const [lowReg, highReg] = w === 8 ? ['al', 'ah'] : w === 16 ? ['ax', 'dx'] : ['eax', 'edx'];
  const divisorRegs = w === 8 ? ['bl', 'cl', 'dl', 'bh', 'ch', 'dh'] : w === 16 ? ['bx', 'cx', 'si', 'di', 'bp'] : ['ebx', 'ecx', 'esi', 'edi', 'ebp'];
  const candidates = divisorRegs.filter((r) => ctx.pool.has(fullReg(r)));
  if (!ctx.pool.has('eax') || (w > 8 && !ctx.pool.has('edx')) || candidates.length === 0) return false;
  const W = BigInt(w);
  const top = 1n << W;
  let divisor = BigInt(g.rng.value(w)) || 1n;
  let dividend: bigint;
  if (!signed) {
    const quotient = BigInt(g.rng.value(w));
    dividend = quotient * divisor + BigInt(g.rng.u32()) % divisor;
  } else {
    const sd = divisor >= top / 2n ? divisor - top : divisor;
    const half = top / 2n;
    let q = BigInt(g.rng.value(w));
    q = q >= half ? q - top : q;
    if (q === -half && g.rng.chance(0.5)) q += 1n;
    const absD = sd < 0n ? -sd : sd;
    let r = BigInt(g.rng.u32()) % absD;
    const product = q * sd;
    if (product < 0n || (product === 0n && g.rng.chance(0.5))) r = -r;
    dividend = product + r;
    if (dividend / sd !== q) {
      dividend = product;
    }
    divisor = sd < 0n ? sd + top : sd;
  }
  const wide = dividend & ((1n << (2n * W)) - 1n);
  const lowValue = Number(wide & (top - 1n));
  const highValue = Number(wide >> W);
  const divisorOp = g.rng.chance(0.4) ? memOf(g, w) : reg(g.rng.pick(candidates) as X86Reg);
  const plan: Planned[] = [
    ['mov', [divisorOp, imm(Number(divisor), w)]],
    ['mov', [reg(highReg as X86Reg), imm(highValue, w)]],
    ['mov', [reg(lowReg as X86Reg), imm(lowValue, w)]],
    [signed ? 'idiv' : 'div', [divisorOp]],
  ];
  return g.emit(plan);
};

const stack: Unit = (g, ctx) => {
  if (ctx.nested) return false;
  const k = g.rng.int(6);
  if (k <= 1) {
    const w = g.rng.chance(0.8) ? 32 : 16;
    const r = regOf(g, ctx, w, false);
    if (!r) return false;
    const src = k === 0 && w === 32 ? g.rng.pick([reg(r), memOf(g, 32), dwordImm(g.rng.value(32))]) : reg(r);
    if (!g.emit([['push', [src]]])) return false;
    g.depth += w / 8;
    return true;
  }
  if (k <= 3) {
    const w = g.depth >= 4 && g.rng.chance(0.8) ? 32 : 16;
    if (g.depth < w / 8) return false;
    const dst = g.rng.chance(0.3) && w === 32 ? memOf(g, 32) : reg(regOf(g, ctx, w, true) as X86Reg);
    if (dst.ir.kind === 'reg' && !ctx.pool.has(fullReg(dst.ir.reg))) return false;
    if (!g.emit([['pop', [dst]]])) return false;
    g.depth -= w / 8;
    return true;
  }
  if (k === 4) {
    if (g.depth >= 32 && g.rng.chance(0.5) && DATA_REGS.every((r) => ctx.pool.has(r))) {
      if (!g.emit([['popad', []]])) return false;
      g.depth -= 32;
      return true;
    }
    if (!g.emit([['pushad', []]])) return false;
    g.depth += 32;
    return true;
  }
  // leave after a frame: ESP and EBP are the fixed stack's, so both sides agree.
  if (!ctx.pool.has('ebp')) return false;
  const r = regOf(g, ctx, 32, false) as X86Reg;
  return g.emit([['push', [reg('ebp')]], ['mov', [reg('ebp'), { text: 'esp', ir: { kind: 'reg', reg: 'esp' } }]], ['push', [reg(r)]], ['leave', []]]);
};

const eflags: Unit = (g, ctx) => {
  if (ctx.nested) return false;
  if (g.rng.chance(0.5)) {
    // popfd of an image with TF and AC clear and IF set, as user mode keeps it.
    const image = (g.rng.u32() & 0xcd5) | 0x202;
    return g.emit([['push', [dwordImm(image)]], ['popfd', []]]);
  }
  if (!g.defined(ARITH)) return false;
  const r = regOf(g, ctx, 32, true);
  if (r && g.rng.chance(0.6)) return g.emit([['pushfd', []], ['pop', [reg(r)]]]);
  return g.emit([['pushfd', []], ['popfd', []]]);
};

const misc: Unit = (g, ctx) => {
  const choices: Planned[] = [['nop', []], ['clc', []], ['stc', []], ['cld', []], ['std', []]];
  if (!ctx.noReaders && g.defined(['cf'])) choices.push(['cmc', []]);
  if (ctx.pool.has('eax')) choices.push(['cbw', []], ['cwde', []], ['sahf', []]);
  if (ctx.pool.has('edx')) choices.push(['cwd', []], ['cdq', []]);
  if (ctx.pool.has('eax') && !ctx.noReaders && g.defined(['sf', 'zf', 'af', 'pf', 'cf'])) choices.push(['lahf', []]);
  const r = regOf(g, ctx, 32, true);
  if (r) choices.push(['bswap', [reg(r)]]);
  return g.emit([g.rng.pick(choices)]);
};

const setcc: Unit = (g, ctx) => {
  if (ctx.noReaders) return false;
  const conditions = definedConditions(g);
  const r = regOf(g, ctx, 8, true);
  if (conditions.length === 0 || !r) return false;
  return g.emit([[`set${g.rng.pick(conditions)}`, [g.rng.chance(0.3) ? memOf(g, 8) : reg(r)]]]);
};

const bitTest: Unit = (g, ctx) => {
  const op = g.rng.pick(['bt', 'bts', 'btr', 'btc']);
  const w = g.rng.pick([16, 32] as const);
  const form = g.rng.int(4);
  if (form === 0) {
    const dst = regOf(g, ctx, w, true);
    const off = regOf(g, ctx, w, false);
    return !!dst && !!off && g.emit([[op, [reg(dst), reg(off)]]]);
  }
  if (form === 1) {
    const dst = rmOf(g, ctx, w, true);
    return !!dst && g.emit([[op, [dst, imm(g.rng.int(g.rng.chance(0.8) ? w : 256), 8)]]]);
  }
  // Memory with a register bit offset reaching anywhere in the scratch buffer, backwards too.
  const offsetReg = regOf(g, ctx, w, true);
  if (!offsetReg) return false;
  const at = g.rng.range(64, 160);
  const bitOffset = g.rng.range(-(at - 8) * 8, (SCRATCH_SIZE - 8 - at) * 8);
  const target = absMem((w / 8) as 2 | 4, at);
  return g.emit([['mov', [reg(offsetReg), imm(bitOffset & (2 ** w - 1), w)]], [op, [target, reg(offsetReg)]]]);
};

/** A pointer set up just before a based (and indexed) memory access. */
const based: Unit = (g, ctx) => {
  const base = regOf(g, ctx, 32, true) as DataReg | undefined;
  const index = regOf(g, ctx, 32, true) as DataReg | undefined;
  if (!base || !index || base === index) return false;
  const scale = g.rng.pick([1, 2, 4, 8] as const);
  const indexValue = g.rng.int(8);
  const disp = g.rng.range(-32, 32);
  const target = g.rng.range(40, 200);
  const baseValue = REGION + target - disp - indexValue * scale;
  const w = g.rng.pick(WIDTHS);
  const other = regOf(g, ctx, w, true);
  if (!other) return false;
  const mem = baseMem((w / 8) as 1 | 2 | 4, base, disp, index, scale);
  const body: Planned = g.rng.pick<Planned>([
    ['mov', [reg(other), mem]],
    ['add', [mem, reg(other)]],
    ['sub', [reg(other), mem]],
    ['xor', [mem, immOf(g, w)]],
  ]);
  return g.emit([['mov', [reg(base), imm(baseValue, 32)]], ['mov', [reg(index), imm(indexValue, 32)]], body]);
};

const string: Unit = (g, ctx) => {
  if (ctx.nested) return false;
  const kind = g.rng.pick(['movs', 'stos', 'lods', 'scas', 'cmps']);
  const size = g.rng.pick(['b', 'w', 'd']);
  const prefixes: (X86Instruction['prefix'] | undefined)[] = kind === 'scas' || kind === 'cmps' ? [undefined, 'rep', 'repe', 'repne'] : [undefined, 'rep'];
  const prefix = g.rng.pick(prefixes);
  const needed: DataReg[] = ['esi', 'edi', 'eax', 'ecx'];
  if (!needed.every((r) => ctx.pool.has(r))) return false;
  const count = g.rng.int(9);
  const span = 8 * 4 + 8;
  const plan: Planned[] = [];
  if (kind !== 'stos' && kind !== 'scas') plan.push(['mov', [reg('esi'), imm(REGION + g.rng.range(span, SCRATCH_SIZE - span), 32)]]);
  if (kind !== 'lods') plan.push(['mov', [reg('edi'), imm(REGION + g.rng.range(span, SCRATCH_SIZE - span), 32)]]);
  if (prefix) plan.push(['mov', [reg('ecx'), imm(count, 32)]]);
  plan.push([kind + size, [], prefix]);
  return g.emit(plan, [prefix ? count : 1]);
};

/** A forward conditional jump (or loop/jecxz) over one or two units. */
const forward: Unit = (g, ctx) => {
  if (ctx.nested || g.budget < 2) return false;
  const conditions = definedConditions(g);
  const kinds: string[] = ['jecxz', 'loop'];
  if (conditions.length) kinds.push('jcc', 'jcc', 'jcc', 'jcc');
  if (g.defined(['zf'])) kinds.push('loope', 'loopne');
  if (!ctx.pool.has('ecx')) return false;
  const kind = g.rng.pick(kinds);
  const mnemonic = kind === 'jcc' ? `j${g.rng.pick(conditions)}` : kind;
  const label = g.newLabel();
  if (!g.emit([[mnemonic, [{ text: `.${label}`, ir: { kind: 'target', label } }]]])) return false;
  const atJump = new Set(g.maybeUndefined);
  const inner: Context = { ...ctx, nested: true };
  const skipped = g.rng.range(1, 2);
  for (let i = 0; i < skipped && g.budget > 0; i++) fill(g, inner, 10);
  g.label(label);
  for (const f of atJump) g.maybeUndefined.add(f);
  return true;
};

/** A counted backward loop whose body leaves ECX alone. */
const backward: Unit = (g, ctx) => {
  if (ctx.nested || g.budget < 3 || !ctx.pool.has('ecx')) return false;
  const label = g.newLabel();
  if (!g.emit([['mov', [reg('ecx'), imm(g.rng.range(1, 3), 32)]]])) return false;
  g.label(label);
  const pool = new Set([...ctx.pool].filter((r) => r !== 'ecx'));
  const body: Context = { pool, nested: true, noReaders: true };
  const limit = Math.min(g.budget - 1, g.rng.range(1, 2));
  const rest = g.budget - limit;
  g.budget = limit;
  for (let i = 0; i < limit; i++) fill(g, body, 10, BODY_UNITS);
  g.budget += rest;
  return g.emit([['loop', [{ text: `.${label}`, ir: { kind: 'target', label } }]]]);
};

/** XADD and CMPXCHG, with LOCK on a memory destination now and then. */
const exchange: Unit = (g, ctx) => {
  const w = g.rng.pick(WIDTHS);
  const op = g.rng.pick(['xadd', 'cmpxchg']);
  if (op === 'cmpxchg' && !ctx.pool.has('eax')) return false;
  const src = regOf(g, ctx, w, op === 'xadd');
  const dst = rmOf(g, ctx, w, true);
  if (!src || !dst) return false;
  return g.emit([[op, [dst, reg(src)], dst.ir.kind === 'mem' && g.rng.chance(0.5) ? 'lock' : undefined]]);
};

/** BSF and BSR of a source made non-zero first: a zero source leaves the destination undefined. */
const bitScan: Unit = (g, ctx) => {
  const w = g.rng.pick([16, 32] as const);
  const dst = regOf(g, ctx, w, true);
  const src = rmOf(g, ctx, w, true);
  if (!dst || !src) return false;
  return g.emit([['or', [src, imm(2 ** g.rng.int(w), w)]], [g.rng.pick(['bsf', 'bsr']), [reg(dst), src]]]);
};

/** SHLD and SHRD; a 16-bit operand is never shifted past its size, where the result is undefined. */
const doubleShift: Unit = (g, ctx) => {
  const w = g.rng.pick([16, 32] as const);
  const dst = rmOf(g, ctx, w, true);
  const src = regOf(g, ctx, w, false);
  if (!dst || !src) return false;
  const op = g.rng.pick(['shld', 'shrd']);
  if (g.rng.chance(0.3) && ctx.pool.has('ecx') && !(src === 'cx' || src === 'ecx')) {
    const plan: Planned[] = w === 16 ? [['mov', [reg('cl'), imm(g.rng.int(17), 8)]]] : [];
    return g.emit([...plan, [op, [dst, reg(src), reg('cl')]]]);
  }
  return g.emit([[op, [dst, reg(src), imm(g.rng.int(w === 16 ? 17 : 32), 8)]]]);
};

/** CMOVcc on a condition whose flags are defined. */
const cmov: Unit = (g, ctx) => {
  if (ctx.noReaders) return false;
  const conditions = definedConditions(g);
  const w = g.rng.pick([16, 32] as const);
  const dst = regOf(g, ctx, w, true);
  const src = rmOf(g, ctx, w, false);
  if (conditions.length === 0 || !dst || !src) return false;
  return g.emit([[`cmov${g.rng.pick(conditions)}`, [reg(dst), src]]]);
};

/** XLAT from the scratch buffer, AAM and AAD. */
const accumulator: Unit = (g, ctx) => {
  if (!ctx.pool.has('eax')) return false;
  const choices: Planned[][] = [[['aam', [imm(g.rng.range(1, 255), 8)]]], [['aad', [imm(g.rng.int(256), 8)]]], [['aam', []]], [['aad', []]]];
  if (ctx.pool.has('ebx')) choices.push([['mov', [reg('ebx'), imm(REGION, 32)]], ['xlatb', []]]);
  return g.emit(g.rng.pick(choices));
};

/** A BCD adjustment after an add or subtract into AL, as BCD code does it; that defines the AF and CF it reads. */
const decimal: Unit = (g, ctx) => {
  if (!ctx.pool.has('eax')) return false;
  return g.emit([[g.rng.pick(['add', 'sub']), [reg('al'), immOf(g, 8)]], [g.rng.pick(['daa', 'das', 'aaa', 'aas']), []]]);
};

/** ARPL of two selectors. */
const arpl: Unit = (g, ctx) => {
  const dst = rmOf(g, ctx, 16, true);
  const src = regOf(g, ctx, 16, false);
  return !!dst && !!src && g.emit([['arpl', [dst, reg(src)]]]);
};

/** ENTER with a frame and nesting level, undone by LEAVE; EBP points into the stack first when a level copies frame pointers. */
const enter: Unit = (g, ctx) => {
  if (ctx.nested || !ctx.pool.has('ebp') || g.depth > 64) return false;
  const level = g.rng.chance(0.5) ? 0 : g.rng.range(1, 3);
  const plan: Planned[] = level > 1 ? [['mov', [reg('ebp'), { text: 'esp', ir: { kind: 'reg', reg: 'esp' } }]]] : [];
  const size = g.rng.int(40);
  return g.emit([...plan, ['enter', [imm(size, 16), imm(level, 8)]], ['leave', []]]);
};

const UNITS: readonly (readonly [Unit, number])[] = [
  [mov, 6], [extend, 3], [lea, 2], [xchg, 2], [alu, 12], [unary, 4], [shift, 10], [multiply, 4], [divide, 3], [exchange, 3], [bitScan, 3],
  [doubleShift, 3], [cmov, 3], [accumulator, 2], [decimal, 4], [arpl, 1], [enter, 2],
  [stack, 5], [eflags, 2], [misc, 4], [setcc, 4], [bitTest, 5], [based, 3], [string, 5], [forward, 6], [backward, 2],
];
const BODY_UNITS: readonly (readonly [Unit, number])[] = [[mov, 2], [alu, 4], [unary, 2], [shift, 3], [lea, 1]];

function fill(g: Generator, ctx: Context, attempts: number, units = UNITS): void {
  const total = units.reduce((sum, [, weight]) => sum + weight, 0);
  for (let i = 0; i < attempts; i++) {
    let pick = g.rng.int(total);
    for (const [unit, weight] of units) {
      pick -= weight;
      if (pick < 0) {
        if (unit(g, ctx)) return;
        break;
      }
    }
  }
}

export function generate(count: number, seed: number): Sequence[] {
  const rng = new Rng(seed);
  const sequences: Sequence[] = [];
  for (let index = 0; index < count; index++) {
    const g = new Generator(rng, rng.range(2, 8));
    const ctx: Context = { pool: new Set(DATA_REGS), nested: false, noReaders: false };
    while (g.budget > 0) {
      const before = g.budget;
      fill(g, ctx, 20);
      if (g.budget === before) break;
    }
    const regs = Object.fromEntries(DATA_REGS.map((r) => [r, rng.value(32)])) as Record<DataReg, number>;
    const scratch = new Uint8Array(SCRATCH_SIZE);
    for (let i = 0; i < SCRATCH_SIZE; i++) scratch[i] = rng.int(256);
    sequences.push({ index, items: g.items, regs, eflags: (rng.u32() & 0xcd5) | 0x202, scratch });
  }
  return sequences;
}
