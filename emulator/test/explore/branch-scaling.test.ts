import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createX86State } from '../../src/cpu/x86/index.js';
import type { X86State } from '../../src/cpu/x86/index.js';
import { explore } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import { x86Machine } from '../../src/explore/machines/x86.js';
import { x86Program } from '../../src/ir/builder.js';
import type { X86Instruction, X86Operand, X86Reg32 } from '../../src/ir/x86.js';
import { bv, eq } from '../../src/values/expr.js';
import { formatNumber } from '../../src/values/format.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';

// Sequential branches join into values that are DAGs of if-then-else nodes
// whose trees double with every block: 128 blocks must be analysed within the
// default budget, and what the analysis finds behind them must still be right.

const BLOCKS = 128;
const SUM = (BLOCKS * (BLOCKS + 1)) / 2;
const reg = (r: X86Reg32): X86Operand => ({ kind: 'reg', reg: r });
const imm = (v: number): X86Operand => ({ kind: 'imm', value: bv(v) });
const insn = (mnemonic: string, ...operands: X86Operand[]): X86Instruction => ({ arch: 'x86', mnemonic, operands });

/** PW210 at `mov ecx, eax` when EAX may be 0FFFFFFFFh there. */
const checker: Hooks<X86State> = {
  onStep(ctx) {
    const i = ctx.item.instruction;
    if (i.mnemonic === 'mov' && i.operands[0]?.kind === 'reg' && i.operands[0].reg === 'ecx') {
      ctx.report({ code: 'PW210', message: 'EAX used unchecked', condition: eq(ctx.state.regs.eax, bv(0xffffffff)) });
    }
  },
};

/**
 * [mov ebx, 0]; for each block i: mov eax, [esi+4i]; test eax, 1; jz skip_i; add ebx, i+1; skip_i:
 * then mov eax, ebx; test eax, eax; jz done; mov ecx, eax (the test for zero lets 0FFFFFFFFh through).
 */
function analyse(start: number) {
  const b = x86Program();
  b.instruction(insn('mov', reg('ebx'), imm(start)));
  for (let i = 0; i < BLOCKS; i++) {
    b.instruction(insn('mov', reg('eax'), { kind: 'mem', size: 4, base: 'esi', scale: 1, disp: bv(4 * i) }));
    b.instruction(insn('test', reg('eax'), imm(1)));
    b.instruction(insn('jz', { kind: 'target', label: `skip_${i}` }));
    b.instruction(insn('add', reg('ebx'), imm(i + 1)));
    b.label(`skip_${i}`);
  }
  b.instruction(insn('mov', reg('eax'), reg('ebx')));
  b.instruction(insn('test', reg('eax'), reg('eax')));
  b.instruction(insn('jz', { kind: 'target', label: 'done' }));
  b.instruction(insn('mov', reg('ecx'), reg('eax')), 'mov ecx, eax');
  b.label('done').instruction(insn('ret'));
  const program = b.build();
  return explore(0x1000n, createX86State({ memory: new SymbolicMemory(program.image) }), { program, machine: x86Machine, hooks: checker });
}

test(`${BLOCKS} if-then blocks in a row are analysed within the default budget, and the bug behind them is found with a witness that drives it`, () => {
  // EAX reaches 0FFFFFFFFh only through blocks whose increments add up to 3.
  const r = analyse(-1 - 3);
  assert.deepEqual(r.incomplete, []);
  assert.equal(r.findings.length, 1);
  const [finding] = r.findings;
  assert.equal(finding?.code, 'PW210');
  const name = (i: number): string => (i === 0 ? 'mem32[esi]' : `mem32[esi + ${formatNumber(BigInt(4 * i))}]`);
  const input = (i: number): bigint => BigInt(finding?.witness?.find((w) => w.name === name(i))?.value ?? assert.fail(`no input of block ${i} in the witness`));
  let added = 0;
  for (let i = 0; i < BLOCKS; i++) if (input(i) & 1n) added += i + 1;
  assert.equal(added, 3);
  // The test of EAX adds no note: the sum it tests is the blocks' joined choices, which their own notes give.
  assert.equal(finding?.notes.length, BLOCKS, 'a branch note per block');
  assert.ok(finding?.notes.every((n) => !n.message.includes('?')), 'no note chooses between joined values');
});

test(`${BLOCKS} if-then blocks adding at most ${SUM} to a zero EBX: no finding, EAX cannot be 0FFFFFFFFh`, () => {
  const r = analyse(0);
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(r.findings, []);
});
