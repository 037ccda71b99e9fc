import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explore } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import { x86Program } from '../../src/ir/builder.js';
import type { ProgramBuilder } from '../../src/ir/builder.js';
import type { X86Instruction } from '../../src/ir/x86.js';
import { bv, eq, sym } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { evaluate } from '../../src/values/evaluate.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { fakeMachine, I } from './fake-cpu.js';
import type { FakeState } from './fake-cpu.js';

// Paths whose memories differ are joined at merge points with the differing
// cells as if-then-else values: the path count stays that of the branches,
// and loads after the join give each arm's value under that arm's inputs.

function run(build: (b: ProgramBuilder<X86Instruction>) => void, hooks?: Hooks<FakeState>) {
  const b = x86Program();
  build(b);
  const program = b.build();
  const state: FakeState = { regs: new Map([['eax', sym('eax')], ['ebx', sym('ebx')], ['ecx', sym('ecx')], ['esp', sym('esp')]]), memory: new SymbolicMemory() };
  return explore(program.items[0]?.address ?? 0n, state, { program, machine: fakeMachine, ...(hooks ? { hooks } : {}) });
}

/** Reports PW210 at every `use eax` where EAX may be 0FFFFFFFFh. */
const useChecker: Hooks<FakeState> = {
  onStep(ctx) {
    if (ctx.item.instruction.mnemonic !== 'use') return;
    const eax = ctx.state.regs.get('eax') ?? bv(0);
    ctx.report({ code: 'PW210', message: 'EAX used unchecked', condition: eq(eax, bv(0xffffffff)) });
  },
};

const value = (e: Expr | undefined, inputs: Record<string, bigint>): bigint => evaluate(e ?? assert.fail('no value'), new Map(Object.entries(inputs)));

test('branches that store different values join into one path whose loads follow the arm taken', () => {
  const n = 12;
  const r = run((b) => {
    for (let i = 0; i < n; i++) {
      b.instruction(I.beq('eax', i, `other${i}`));
      b.instruction(I.set('ecx', 100 + i));
      b.instruction(I.store('ebx', 4 * i, 'ecx'));
      b.instruction(I.jmp(`join${i}`));
      b.label(`other${i}`).instruction(I.set('ecx', 200 + i));
      b.instruction(I.store('ebx', 4 * i, 'ecx'));
      b.label(`join${i}`);
    }
    b.instruction(I.load('ecx', 'ebx', 4 * 3));
    b.instruction(I.ret());
  });
  assert.deepEqual(r.incomplete, []);
  assert.equal(r.ends.length, 1, 'every merge point joins the two arms');
  assert.equal(r.paths, n + 1);
  const ecx = r.ends[0]?.state.regs.get('ecx');
  assert.equal(value(ecx, { eax: 3n, ebx: 0x1000n }), 203n);
  assert.equal(value(ecx, { eax: 4n, ebx: 0x1000n }), 103n);
});

test('a cell only one arm writes reads as the other arm\'s input after the join', () => {
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'skip'));
    b.instruction(I.set('ecx', 7));
    b.instruction(I.store('ebx', 8, 'ecx'));
    b.label('skip').instruction(I.load('ecx', 'ebx', 8));
    b.instruction(I.ret());
  });
  assert.equal(r.ends.length, 1);
  const ecx = r.ends[0]?.state.regs.get('ecx');
  assert.equal(value(ecx, { eax: 1n, ebx: 0x1000n }), 7n);
  const memory = r.ends[0]?.state.memory;
  const inputs = memory instanceof SymbolicMemory ? memory.inputs : [];
  assert.equal(inputs.length, 4, 'the unwritten arm reads the cell as an input, byte by byte');
  const assignment = new Map<string, bigint>([['eax', 0n], ['ebx', 0x1000n]]);
  for (const i of inputs) if (i.symbol.kind === 'sym') assignment.set(i.symbol.name, 0x5an);
  assert.equal(evaluate(ecx ?? assert.fail('no ECX'), assignment), 0x5a5a5a5an);
});

test('a finding after a join rests on the arm whose store makes it, with that arm\'s witness and notes', () => {
  const r = run((b) => {
    b.instruction(I.beq('ecx', 5, 'bad'));
    b.instruction(I.set('eax', 0));
    b.instruction(I.store('esp', 0, 'eax'));
    b.instruction(I.jmp('join'));
    b.label('bad').instruction(I.set('eax', 0xffffffff));
    b.instruction(I.store('esp', 0, 'eax'));
    b.label('join').instruction(I.set('eax', 1));
    b.instruction(I.load('eax', 'esp', 0));
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
  }, useChecker);
  assert.equal(r.ends.length, 1);
  assert.equal(r.findings.length, 1);
  const [f] = r.findings;
  assert.ok(f?.witness?.some((w) => w.name === 'ecx' && w.value === '0x5'), JSON.stringify(f?.witness));
  assert.deepEqual(f?.notes.map((n) => n.message), ['assuming entry ECX == 5']);
});

test('no finding after a join when neither arm stores the bad value', () => {
  const r = run((b) => {
    b.instruction(I.beq('ecx', 5, 'other'));
    b.instruction(I.set('eax', 0));
    b.instruction(I.store('esp', 0, 'eax'));
    b.instruction(I.jmp('join'));
    b.label('other').instruction(I.set('eax', 1));
    b.instruction(I.store('esp', 0, 'eax'));
    b.label('join').instruction(I.load('eax', 'esp', 0));
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
  }, useChecker);
  assert.equal(r.ends.length, 1);
  assert.deepEqual(r.findings, []);
});

test('a loop whose body writes memory on one arm joins per iteration instead of doubling the paths', () => {
  const iterations = 6;
  const r = run((b) => {
    b.instruction(I.set('ecx', iterations));
    b.label('loop').instruction(I.load('eax', 'esp', 4 * 0));
    b.instruction(I.beq('eax', 0, 'next'));
    b.instruction(I.load('edx', 'ebx', 0));
    b.instruction(I.addi('edx', 1));
    b.instruction(I.store('ebx', 0, 'edx'));
    b.label('next').instruction(I.store('esp', 0, 'ecx'));
    b.instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.load('eax', 'ebx', 0));
    b.instruction(I.ret());
  });
  assert.deepEqual(r.incomplete, []);
  assert.equal(r.ends.length, 1, 'without joins this loop ends on 2 paths per taken arm');
  assert.ok(r.paths <= iterations + 1, `paths ${r.paths}`);
  // The counter at [ebx] ends as its input plus one per taken arm; the first test is of the input [esp].
  const memory = r.ends[0]?.state.memory;
  const counter = memory instanceof SymbolicMemory ? memory.inputs.find((i) => i.address.kind !== 'const' && i.symbol.kind === 'sym' && i.symbol.name.includes('ebx')) : undefined;
  const esp = memory instanceof SymbolicMemory ? memory.inputs.find((i) => i.symbol.kind === 'sym' && i.symbol.name.includes('esp')) : undefined;
  const names = { counter: counter?.symbol.kind === 'sym' ? counter.symbol.name : assert.fail('no counter input'), esp: esp?.symbol.kind === 'sym' ? esp.symbol.name : assert.fail('no [esp] input') };
  const eax = r.ends[0]?.state.regs.get('eax');
  const inputs = { eax: 0n, ebx: 0x1000n, ecx: 0n, esp: 0x8000n, [names.counter]: 10n };
  assert.equal(value(eax, { ...inputs, [names.esp]: 1n }), 10n + BigInt(iterations), 'a nonzero [esp] takes the arm every time');
  assert.equal(value(eax, { ...inputs, [names.esp]: 0n }), 10n + BigInt(iterations - 1), 'a zero [esp] skips it the first time only');
});

test('memories from different program images do not join', () => {
  const a = new SymbolicMemory(() => 1n), b = new SymbolicMemory(() => 2n);
  a.store(bv(0x10), bv(1), 4);
  b.store(bv(0x10), bv(2), 4);
  assert.equal(a.joinWith(b, sym('s', 1)), undefined);
  const c = a.clone();
  c.store(bv(0x10), bv(3), 4);
  const joined = a.joinWith(c, sym('s', 1)) ?? assert.fail('one image joins');
  const loaded = joined.load(bv(0x10), 4);
  assert.equal(evaluate(loaded, new Map([['s', 1n]])), 1n);
  assert.equal(evaluate(loaded, new Map([['s', 0n]])), 3n);
});

test('a branch on a value two joined arms made is noted as the witness\'s arm made it, not as a choice between both', () => {
  const r = run((b) => {
    b.instruction(I.beq('ecx', 5, 'other'));
    b.instruction(I.load('eax', 'ebx', 0));
    b.instruction(I.jmp('join'));
    b.label('other').instruction(I.load('eax', 'ebx', 4));
    b.label('join').instruction(I.bne('eax', 0xffffffff, 'fine'));
    b.instruction(I.use('eax'));
    b.label('fine').instruction(I.ret());
  }, useChecker);
  assert.equal(r.findings.length, 1);
  const [f] = r.findings;
  const notes = f?.notes.map((n) => n.message) ?? [];
  const fifth = f?.witness?.some((w) => w.name === 'ecx' && w.value === '0x5');
  assert.deepEqual(notes, fifth
    ? ['assuming entry ECX == 5', 'assuming the dword at entry EBX + 4 == 0FFFFFFFFh']
    : ['assuming entry ECX != 5', 'assuming the dword at entry EBX == 0FFFFFFFFh'], JSON.stringify(f?.witness));
});

test('a store through a pointer the join chose between the stack and another object reaches the stacked word on the way it was the stack', () => {
  // `MOVNE r11, sp` on one way, the ways joined, then a store through R11 and a pull of the stacked word: the store was kept
  // as an object of its own, and the pull read the word stacked before it on both ways.
  const r = run((b) => {
    b.instruction(I.store('esp', -8, 'eax'));
    b.instruction(I.bne('eax', 0, 'keep'));
    b.instruction(I.store('ebx', 0, 'esp'));
    b.instruction(I.load('ecx', 'ebx', 0));
    b.label('keep').instruction(I.store('ecx', -8, 'ebx'));
    b.instruction(I.load('eax', 'esp', -8));
    b.instruction(I.ret());
  });
  assert.equal(r.ends.length, 1, 'the ways join before the store');
  const eax = r.ends[0]?.state.regs.get('eax');
  const at = (a: bigint) => value(eax, { eax: a, ebx: 0x2000n, ecx: 0x3000n, esp: 0x1000n });
  assert.equal(at(0n), 0x2000n, 'where EAX was 0 the pointer was the stack: the stacked word is what the store left');
  assert.equal(at(5n), 5n, 'elsewhere it was another object: the stacked word is as stacked');
});
