import type { ArmInstruction, ArmOperand, Expr, InstructionItem } from '../../emulator/src/index.js';
import { lowerObjAsm, type ObjAsmLoweringOptions, type RiscOsLowering } from '../src/lowering/objasm/index.js';
import { Parsers } from '../src/parsing/parsers.js';

// Shared by the ObjAsm and BBC BASIC lowering tests: parse with the real
// grammars, lower, and print instructions compactly so tests read like the source.

let parsers: Promise<Parsers> | undefined;

export function sharedParsers(): Promise<Parsers> {
  parsers ??= Parsers.create();
  return parsers;
}

export async function lower(text: string, options: Partial<ObjAsmLoweringOptions> = {}): Promise<RiscOsLowering> {
  const tree = await (await sharedParsers()).parse('riscos-objasm', text);
  try {
    return lowerObjAsm(tree, text, { file: 'test.s', readFile: () => undefined, ...options });
  } finally {
    tree.delete();
  }
}

function value(e: Expr): string {
  if (e.kind === 'const') return `&${e.value.toString(16).toUpperCase()}`;
  if (e.kind === 'sym') return e.name;
  return `<${e.kind}>`;
}

const REG = (r: number): string => (r === 13 ? 'sp' : r === 14 ? 'lr' : r === 15 ? 'pc' : `r${r}`);

export function operand(op: ArmOperand): string {
  switch (op.kind) {
    case 'reg': {
      if (!op.shift) return REG(op.reg);
      const amount = op.shift.type === 'rrx' ? '' : typeof op.shift.amount === 'number' ? ` #${op.shift.amount}` : ` ${REG(op.shift.amount.reg)}`;
      return `${REG(op.reg)}, ${op.shift.type}${amount}`;
    }
    case 'imm': return `#${value(op.value)}`;
    case 'target': return op.label;
    case 'psr': return `${op.psr}_${op.fields}`;
    case 'reglist': return `{${op.regs.map(REG).join(',')}}${op.caret ? '^' : ''}`;
    case 'coproc': return `p${op.coproc}`;
    case 'creg': return `c${op.reg}`;
    case 'float': return `f${op.reg}`;
    case 'fimm': return `#${op.value}`;
    case 'mem': {
      const sign = op.subtract ? '-' : '';
      const off = op.offset.kind === 'imm' ? `#${sign}${value(op.offset.value)}` : `${sign}${operand({ kind: 'reg', reg: op.offset.reg, ...(op.offset.shift ? { shift: op.offset.shift } : {}) })}`;
      return op.preIndexed ? `[${REG(op.base)}, ${off}]${op.writeback ? '!' : ''}` : `[${REG(op.base)}], ${off}`;
    }
  }
}

export function format(i: ArmInstruction): string {
  const suffix = `${i.blockMode ?? ''}${i.condition === 'al' ? '' : i.condition}${i.setFlags ? 's' : ''}${i.size ?? ''}${i.precision ?? ''}${i.rounding ?? ''}`;
  const ops = i.operands.map((o, k) => (k === 0 && i.writeback ? `${operand(o)}!` : operand(o))).join(', ');
  return `${i.mnemonic}${suffix}${ops ? ` ${ops}` : ''}`;
}

export function instructionItems(r: RiscOsLowering): InstructionItem<ArmInstruction>[] {
  return r.program.items.filter((i): i is InstructionItem<ArmInstruction> => i.kind === 'instruction');
}

export function code(r: RiscOsLowering): string[] {
  return instructionItems(r).map((i) => format(i.instruction));
}

/** A label's address; fails the test when it is missing. */
export function at(r: RiscOsLowering, label: string): bigint {
  const a = r.program.label(label);
  if (a === undefined) throw new Error(`no label ${label}`);
  return a;
}
