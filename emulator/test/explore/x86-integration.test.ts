import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createX86State, executeX86 } from '../../src/cpu/x86/index.js';
import type { X86FlagName, X86State } from '../../src/cpu/x86/index.js';
import { explore } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import type { Machine } from '../../src/explore/machine.js';
import { x86Program } from '../../src/ir/builder.js';
import { X86_REG32 } from '../../src/ir/x86.js';
import type { X86Instruction, X86Operand, X86Reg32 } from '../../src/ir/x86.js';
import { add, bv, eq } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';

const FLAGS: readonly X86FlagName[] = ['cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'];

// The adapter the VMM model will own; here just enough to run real semantics.
const x86: Machine<X86State> = {
  execute(state, instruction, env) {
    if (instruction.arch !== 'x86') throw new Error('not x86');
    return executeX86(state, instruction, {
      address: Number(env.address), next: Number(env.next),
      resolveLabel: (name) => { const a = env.resolve(name); return a === undefined ? undefined : Number(a); },
    });
  },
  registers(state) {
    const out = new Map<string, Expr>();
    for (const r of X86_REG32) out.set(r, state.regs[r]);
    for (const f of FLAGS) { const v = state.flags[f]; if (v) out.set(f, v); }
    return out;
  },
  withRegisters(state, values) {
    const next = state.clone();
    for (const [name, v] of values) {
      if ((X86_REG32 as readonly string[]).includes(name)) next.regs[name as X86Reg32] = v;
      else next.flags[name as X86FlagName] = v;
    }
    return next;
  },
  memory: (state) => state.memory,
  withMemory(state, memory) { const next = state.clone(); next.memory = memory; return next; },
  skipCall(state, fresh) {
    const next = state.clone();
    for (const r of ['eax', 'ecx', 'edx'] as const) next.regs[r] = fresh(`call.${r}`, 32);
    for (const f of FLAGS) next.flags[f] = fresh(`call.${f}`, 1);
    next.regs.esp = add(next.regs.esp, bv(4));
    return next;
  },
};

const reg = (r: X86Reg32): X86Operand => ({ kind: 'reg', reg: r });
const imm = (v: number): X86Operand => ({ kind: 'imm', value: bv(v) });
const insn = (mnemonic: string, ...operands: X86Operand[]): X86Instruction => ({ arch: 'x86', mnemonic, operands });

/** PW210 at `mov ecx, eax` when EAX may still be the error value. */
const checker: Hooks<X86State> = {
  onStep(ctx) {
    const i = ctx.item.instruction;
    if (i.mnemonic === 'mov' && i.operands[1]?.kind === 'reg' && i.operands[1].reg === 'eax') {
      ctx.report({ code: 'PW210', message: '_PageReserve result used unchecked', condition: eq(ctx.state.regs.eax, bv(0xffffffff)) });
    }
  },
};

function analyse(test: X86Instruction[], testText: string[]) {
  const b = x86Program();
  test.forEach((t, i) => b.instruction(t, testText[i]));
  b.instruction(insn('jz', { kind: 'target', label: 'fail' }), 'jz fail');
  b.instruction(insn('mov', reg('ecx'), reg('eax')), 'mov ecx, eax');
  b.instruction(insn('ret'), 'ret');
  b.label('fail').instruction(insn('xor', reg('eax'), reg('eax')), 'xor eax, eax');
  b.instruction(insn('ret'), 'ret');
  const program = b.build();
  return explore(0x1000n, createX86State({ memory: new SymbolicMemory(program.image) }), { program, machine: x86, hooks: checker });
}

test('real x86 semantics: test eax,eax / jz lets 0FFFFFFFFh through to the use', () => {
  const r = analyse([insn('test', reg('eax'), reg('eax'))], ['test eax, eax']);
  assert.deepEqual(r.incomplete, []);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0]?.witness?.find((w) => w.name === 'eax')?.value, '0xffffffff');
  assert.equal(r.ends.filter((e) => e.kind === 'return').length, 2);
});

test('real x86 semantics: cmp eax,-1 / je excludes it', () => {
  const r = analyse([insn('cmp', reg('eax'), imm(-1))], ['cmp eax, -1']);
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(r.findings, []);
});
