import type { Expr, InstructionItem, X86Instruction, X86Operand } from '../../emulator/src/index.js';
import { lowerMasm, type MasmLowering, type MasmLoweringOptions } from '../src/lowering/masm/index.js';
import { Parsers } from '../src/parsing/parsers.js';

// Shared by the MASM lowering tests: parse with the real grammar, lower,
// and print instructions compactly so tests read like the source.

let parsers: Promise<Parsers> | undefined;

export async function lower(text: string, options: Partial<MasmLoweringOptions> = {}): Promise<MasmLowering> {
  parsers ??= Parsers.create();
  const tree = await (await parsers).parse('vxd-masm', text);
  try {
    return lowerMasm(tree, text, { file: 'test.asm', readFile: () => undefined, ...options });
  } finally {
    tree.delete();
  }
}

function value(e: Expr): string {
  if (e.kind === 'const') {
    const signed = BigInt.asIntN(e.width, e.value);
    // MASM spelling: a leading 0 keeps 0ah from reading as the register ah.
    const hex = (v: bigint): string => `${/^[a-f]/.test(v.toString(16)) ? '0' : ''}${v.toString(16)}h`;
    return signed < 0n && signed > -0x10000n ? `-${hex(-signed)}` : hex(e.value);
  }
  if (e.kind === 'sym') return e.name;
  return `<${e.kind}>`;
}

export function operand(op: X86Operand): string {
  switch (op.kind) {
    case 'reg': case 'sys': case 'float': return op.reg;
    case 'imm': return value(op.value);
    case 'target': return op.label;
    case 'mem': {
      const parts = [op.base, op.index && (op.scale === 1 ? op.index : `${op.index}*${op.scale}`)].filter(Boolean);
      const disp = op.disp.kind === 'const' && op.disp.value === 0n && parts.length > 0 ? '' : value(op.disp);
      const inner = [...parts, disp].filter(Boolean).join('+').replace('+-', '-');
      return `${op.size ? `${op.size}:` : ''}${op.segment ? `${op.segment}:` : ''}[${inner}]`;
    }
  }
}

export function format(insn: X86Instruction): string {
  const ops = insn.operands.map(operand).join(', ');
  return `${insn.prefix ? `${insn.prefix} ` : ''}${insn.mnemonic}${ops ? ` ${ops}` : ''}`;
}

export function instructionItems(r: MasmLowering): InstructionItem<X86Instruction>[] {
  return r.program.items.filter((i): i is InstructionItem<X86Instruction> => i.kind === 'instruction');
}

/** Every instruction, formatted. */
export function code(r: MasmLowering): string[] {
  return instructionItems(r).map((i) => format(i.instruction));
}

/** Every item: instructions formatted, data as `dd <values>`. */
export function listing(r: MasmLowering): string[] {
  return r.program.items.map((i) =>
    i.kind === 'instruction' ? format(i.instruction) : `data ${i.values.map((v) => `${v.bytes}:${value(v.value)}`).join(' ')}`);
}
