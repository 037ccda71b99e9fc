import { decodeVmmLink, findService } from '../../catalogue/index.js';
import type { VmmService } from '../../catalogue/index.js';
import type { X86State } from '../../cpu/x86/index.js';
import { read } from '../../cpu/x86/operands.js';
import type { InstructionItem, Program } from '../../ir/program.js';
import type { X86Instruction } from '../../ir/x86.js';
import { add, bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { formatNumber } from '../../values/format.js';

// The two shapes a VMM service call reaches the model in.
//
// * The macro form, a pseudo-instruction the lowering makes of
//   `VMMcall _Service, <a, b, c>`: mnemonic `vmmcall`/`vxdcall` (or
//   `vmmjmp`/`vxdjmp` for a tail call), the service name as a target operand
//   and the arguments in C order. It stands for the pushes, the link and the
//   caller's clean-up, so it leaves ESP as it found it.
// * The link form: `int 20h` followed by a `dd` holding the service code, as
//   hand-written code has it and as the MASM lowering expands the macro. The
//   arguments are whatever the stack holds; the code after the `dd` cleans up.
//   The lowering reports which links came from a macro and how many
//   arguments its list had (`MacroSites`), which is what PW250 compares.
//
// The calling convention decides where a link-form call's arguments are and
// who removes them (VMMH's VxDCall): C services read them from the stack and
// leave them for the caller's clean-up; stdcall services read them from the
// stack and remove them on return, so no clean-up follows the `dd`; fastcall
// services take the first two in ECX and EDX and remove the pushed rest.

export const MACRO_MNEMONICS: ReadonlySet<string> = new Set(['vmmcall', 'vxdcall', 'vmmjmp', 'vxdjmp']);

export interface ServiceCall {
  readonly name: string;
  /** Undefined for a name the catalogue does not know (PW101 is the server's). */
  readonly service: VmmService | undefined;
  /** A tail call: the service returns to this procedure's caller. */
  readonly jump: boolean;
  readonly form: 'macro' | 'link';
  /** Arguments in C order: as written (macro form), or read from the stack for the service's arity (link form). */
  readonly args: readonly Expr[];
  /** Where execution resumes after a link-form call (after the `dd`). */
  readonly resume?: bigint;
  /** How many arguments the macro's `<...>` list had (a tail call's are not pushed); undefined for a hand-written link. */
  readonly written?: number;
  /** Bytes of arguments the service removes from the stack when it returns (stdcall and fastcall links). */
  readonly pops: number;
  /** Bytes from ESP the link's stack arguments take, after a tail call's return address (0 in macro form). */
  readonly argumentBytes: number;
}

/** Argument counts of macro calls by the address of their `int 20h`. */
export type MacroSites = ReadonlyMap<bigint, number>;

/** The link code of a link-form call (`int 20h` and the `dd` after it), with the `dd`'s address; undefined for any other item. */
function linkOf(program: Program, item: InstructionItem): { readonly dword: bigint; readonly at: bigint } | undefined {
  const insn = item.instruction as X86Instruction;
  if (insn.mnemonic !== 'int') return undefined;
  const [vector] = insn.operands;
  if (vector?.kind !== 'imm' || constValue(vector.value) !== 0x20n) return undefined;
  const dd = program.itemAfter(item);
  const [code] = dd?.kind === 'data' ? dd.values : [];
  const dword = code?.bytes === 4 ? constValue(code.value) : undefined;
  return dd && dword !== undefined ? { dword, at: dd.address } : undefined;
}

/** Whether `item` calls a service, in either form: what `decodeCall` decodes. */
export function isServiceCall(program: Program, item: InstructionItem): boolean {
  return MACRO_MNEMONICS.has((item.instruction as X86Instruction).mnemonic) || linkOf(program, item) !== undefined;
}

export function decodeCall(program: Program, item: InstructionItem, state: X86State, macros: MacroSites): ServiceCall | undefined {
  const insn = item.instruction as X86Instruction;
  if (MACRO_MNEMONICS.has(insn.mnemonic)) return macroCall(program, item, insn, state);
  const found = linkOf(program, item);
  if (!found) return undefined;
  const { dword } = found;
  const link = decodeVmmLink(Number(dword));
  const resume = found.at + 4n;
  const written = macros.get(item.address);
  const counted = written === undefined ? {} : { written };
  if (!link) return { name: `VxD service ${formatNumber(dword, 'masm')}`, service: undefined, jump: (dword & 0x8000n) !== 0n, form: 'link', args: [], resume, pops: 0, argumentBytes: 0, ...counted };
  const { convention, arity = 0 } = link.service;
  const inRegisters = convention === 'fastcall' ? [state.regs.ecx, state.regs.edx].slice(0, arity) : [];
  const stacked = convention === 'register' ? 0 : arity - inRegisters.length;
  // A tail call's stack holds its caller's return address above the arguments.
  const first = link.jump ? 4 : 0;
  const fromStack = Array.from({ length: stacked }, (_, i) => state.memory.peek(add(state.regs.esp, bv(first + 4 * i, 32)), 4));
  const pops = convention === 'stdcall' || convention === 'fastcall' ? 4 * stacked : 0;
  return { name: link.service.name, service: link.service, jump: link.jump, form: 'link', args: [...inRegisters, ...fromStack], resume, pops, argumentBytes: first + 4 * stacked, ...counted };
}

function macroCall(program: Program, item: InstructionItem, insn: X86Instruction, state: X86State): ServiceCall {
  const [target, ...rest] = insn.operands;
  if (target?.kind !== 'target') throw new Error(`${insn.mnemonic} needs the service name as its first operand`);
  const scratch = state.clone();
  const env = { address: Number(item.address), next: Number(item.address) + item.size, resolveLabel: (name: string) => {
    const a = program.label(name);
    return a === undefined ? undefined : Number(a);
  } };
  const args = rest.map((op) => read(scratch, insn, op, 32, env));
  return { name: target.label, service: findService(target.label), jump: insn.mnemonic.endsWith('jmp'), form: 'macro', args, written: args.length, pops: 0, argumentBytes: 0 };
}
