import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explore, incompleteFinding, Interrupted, stoppedTrace } from '../../src/explore/engine.js';
import type { ExploreOptions } from '../../src/explore/engine.js';
import type { Hooks, Invariant } from '../../src/explore/hooks.js';
import { x86Program } from '../../src/ir/builder.js';
import type { ProgramBuilder } from '../../src/ir/builder.js';
import type { X86Instruction } from '../../src/ir/x86.js';
import { bv, constValue, eq, mul, not, or, rotr, sym } from '../../src/values/expr.js';
import { formatExpr } from '../../src/values/format.js';
import { symbolsOf } from '../../src/values/key.js';
import { PathCondition } from '../../src/values/path-condition.js';
import type { Expr } from '../../src/values/expr.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { fakeMachine, I } from './fake-cpu.js';
import type { FakeState } from './fake-cpu.js';

function entryState(regs: Record<string, Expr> = {}): FakeState {
  return { regs: new Map(Object.entries({ eax: sym('eax'), ebx: sym('ebx'), ecx: sym('ecx'), esp: sym('esp'), ...regs })), memory: new SymbolicMemory() };
}

function run(build: (b: ProgramBuilder<X86Instruction>) => void, options: Partial<ExploreOptions<FakeState>> = {}, state = entryState()) {
  const b = x86Program();
  build(b);
  const program = b.build();
  return explore(program.items[0]?.address ?? 0n, state, { program, machine: fakeMachine, ...options });
}

/** Reports PW210 at every `use eax` where EAX may still be 0FFFFFFFFh. */
const useChecker: Hooks<FakeState> = {
  onStep(ctx) {
    if (ctx.item.instruction.mnemonic !== 'use') return;
    const eax = ctx.state.regs.get('eax') ?? bv(0);
    ctx.report({ code: 'PW210', message: 'EAX used unchecked', condition: eq(eax, bv(0xffffffff)) });
  },
};

test('a test for zero lets 0FFFFFFFFh through: finding with witness and the branch note', () => {
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'fail'), 'test eax,eax / jz fail');
    b.instruction(I.use('eax'), 'mov [lin], eax');
    b.instruction(I.ret(), 'ret');
    b.label('fail').instruction(I.ret(), 'ret');
  }, { hooks: useChecker });
  assert.equal(r.findings.length, 1);
  const [f] = r.findings;
  assert.equal(f?.code, 'PW210');
  assert.equal(f?.range.start.line, 1);
  assert.deepEqual(f?.witness, [{ name: 'eax', width: 32, value: '0xffffffff' }]);
  assert.equal(f?.notes.length, 1);
  assert.equal(f?.notes[0]?.range.start.line, 0);
  assert.match(f?.notes[0]?.message ?? '', /entry EAX != 0/);
});

test('a test for 0FFFFFFFFh excludes it: no finding, infeasible branches are not explored', () => {
  const visited: bigint[] = [];
  const r = run((b) => {
    b.instruction(I.beq('eax', 0xffffffff, 'fail'));
    b.instruction(I.beq('eax', 0xffffffff, 'never'));
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
    b.label('never').instruction(I.use('eax'));
    b.label('fail').instruction(I.ret());
  }, { hooks: { ...useChecker, onStep: (ctx, s) => { visited.push(ctx.item.address); useChecker.onStep?.(ctx, s); } } });
  assert.deepEqual(r.findings, []);
  assert.ok(!visited.includes(0x1000n + 4n * 16n), 'the infeasible arm never runs');
});

test('n sequential branches are joined: work grows linearly and registers become if-then-else', () => {
  const n = 12;
  const r = run((b) => {
    for (let i = 0; i < n; i++) {
      b.instruction(I.beq('eax', i, `skip${i}`));
      b.instruction(I.addi('ebx', 1));
      b.label(`skip${i}`);
    }
    b.instruction(I.ret());
  });
  assert.equal(r.ends.length, 1);
  assert.ok(r.steps <= 3 * n + 1, `steps ${r.steps}`);
  const ebx = r.ends[0]?.state.regs.get('ebx');
  assert.equal(ebx?.kind, 'ite');
});

/** Distinct nodes of an expression DAG: what a walk that visits shared nodes once costs. */
function dagSize(e: Expr): number {
  const seen = new Set<Expr>();
  const walk = (x: Expr): void => {
    if (seen.has(x)) return;
    seen.add(x);
    if (x.kind === 'unary' || x.kind === 'extract' || x.kind === 'extend') walk(x.arg);
    if (x.kind === 'binary') { walk(x.left); walk(x.right); }
    if (x.kind === 'ite') { walk(x.cond); walk(x.then); walk(x.else); }
  };
  walk(e);
  return seen.size;
}

test('joins keep values and path conditions linear in the number of branches, where their trees double', () => {
  const joined = (n: number) => run((b) => {
    for (let i = 0; i < n; i++) {
      b.instruction(I.load('eax', 'esp', 4 * i));
      b.instruction(I.beq('eax', 0, `skip${i}`));
      b.instruction(I.addi('ebx', i + 1));
      b.label(`skip${i}`);
    }
    b.instruction(I.ret());
  });
  const sizes = [32, 64].map((n) => {
    const r = joined(n);
    assert.deepEqual(r.incomplete, []);
    assert.equal(r.ends.length, 1);
    assert.deepEqual(r.ends[0]?.condition, [], 'the arms of every block cancel');
    return dagSize(r.ends[0]?.state.regs.get('ebx') ?? assert.fail('no EBX'));
  });
  const [small = 0, large = 0] = sizes;
  assert.ok(large <= 2 * small + 2, `EBX has ${small} nodes after 32 blocks and ${large} after 64`);
});

test('a loop with a symbolic count is widened and terminates with its exit path', () => {
  const r = run((b) => {
    b.label('loop').instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.ret());
  }, { budget: { loopUnroll: 4 } });
  assert.deepEqual(r.incomplete, []);
  assert.ok(r.ends.some((e) => e.kind === 'return'));
  assert.ok(r.ends.some((e) => e.kind === 'subsumed-by-widening'));
});

test('a traced run ends a path before the forks of a loop over unknown input use up its budget', () => {
  // Each pass reads a new unknown word: 0 leaves the loop, 1 and anything else go round again.
  const r = run((b) => {
    b.label('loop').instruction(I.load('eax', 'ebx', 0));
    b.instruction(I.addi('ebx', 4));
    b.instruction(I.beq('eax', 0, 'done'));
    b.instruction(I.beq('eax', 1, 'again'));
    b.instruction(I.addi('ecx', 1));
    b.label('again').instruction(I.jmp('loop'));
    b.label('done').instruction(I.ret());
  }, { trace: true, budget: { steps: 2000 } });
  assert.match(r.incomplete[0]?.reason ?? '', /step budget/);
  const returned = r.ends.find((e) => e.kind === 'return');
  assert.ok(returned?.trace && returned.trace.length > 0, 'a whole path with its trace');
});

test('a traced run goes round a loop that goes one way every round as often as it loops, past the unroll bound', () => {
  const counted = (trace: boolean) => run((b) => {
    b.instruction(I.set('ecx', 20));
    b.instruction(I.set('eax', 0));
    b.label('loop').instruction(I.addi('eax', 1));
    b.instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.ret());
  }, { trace, budget: { loopUnroll: 8 } });
  const traced = counted(true);
  assert.deepEqual(traced.incomplete, []);
  assert.equal(traced.ends.length, 1);
  assert.equal(constValue(traced.ends[0]?.state.regs.get('eax') ?? bv(0)), 20n, 'every round concrete');
  // Analysis (untraced) widens at the bound, as it must to finish loops of any length.
  const widened = counted(false);
  assert.ok(widened.ends.some((e) => e.kind === 'return' && constValue(e.state.regs.get('eax') ?? bv(0)) === undefined));
});

test('a traced run still counts the rounds of a loop that forks, and widens it at the bound', () => {
  // The loop's exit depends on the unknown ECX: every round forks.
  const r = run((b) => {
    b.label('loop').instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.ret());
  }, { trace: true, budget: { loopUnroll: 4 } });
  assert.deepEqual(r.incomplete, []);
  assert.ok(r.ends.some((e) => e.kind === 'subsumed-by-widening'));
});

test('a traced run stopped by the step budget keeps the steps of the path it stopped on', () => {
  const r = run((b) => {
    b.label('spin').instruction(I.addi('eax', 1));
    b.instruction(I.jmp('spin'));
  }, { trace: true, budget: { steps: 100 } });
  assert.deepEqual(r.ends, []);
  assert.match(r.incomplete[0]?.reason ?? '', /step budget of 100/);
  assert.equal(stoppedTrace(r.incomplete)?.length, 100);
  // Untraced paths keep no steps.
  const untraced = run((b) => {
    b.label('spin').instruction(I.addi('eax', 1));
    b.instruction(I.jmp('spin'));
  }, { budget: { steps: 100 } });
  assert.equal(stoppedTrace(untraced.incomplete), undefined);
});

test('the default clock, read every few steps, still ends a run past its time budget', () => {
  const r = run((b) => {
    for (let i = 0; i < 3000; i++) b.instruction(I.addi('eax', 1));
    b.instruction(I.ret());
  }, { budget: { time: 0 } });
  assert.match(r.incomplete[0]?.reason ?? '', /time budget/);
});

test('a concrete loop within the unroll bound runs exactly', () => {
  const r = run((b) => {
    b.instruction(I.set('ecx', 3));
    b.label('loop').instruction(I.addi('ebx', 2));
    b.instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.ret());
  }, {}, entryState({ ebx: bv(0) }));
  assert.equal(r.ends.length, 1);
  assert.equal(constValue(r.ends[0]?.state.regs.get('ebx') ?? bv(99)), 6n);
});

test('budgets end in an incomplete result, never a hang', () => {
  const long = (b: ProgramBuilder<X86Instruction>): void => {
    for (let i = 0; i < 50; i++) b.instruction(I.addi('eax', 1));
    b.instruction(I.ret());
  };
  const bySteps = run(long, { budget: { steps: 10 } });
  assert.match(bySteps.incomplete[0]?.reason ?? '', /step budget/);
  let now = 0;
  const byTime = run(long, { budget: { time: 100 }, clock: () => (now += 30) });
  assert.match(byTime.incomplete[0]?.reason ?? '', /time budget/);
  // The default time is only a safety net: 7.8 s of a slow machine's clock
  // over these 51 steps is not enough to stop them.
  let slow = 0;
  assert.deepEqual(run(long, { clock: () => (slow += 150) }).incomplete, []);
  const pw900 = incompleteFinding(byTime, 'PreGrow');
  assert.equal(pw900?.code, 'PW900');
  assert.match(pw900?.message ?? '', /PreGrow/);
});

test('an interrupted run stops at the instruction where it is asked to and returns nothing; one never interrupted runs as without', () => {
  const long = (b: ProgramBuilder<X86Instruction>): void => {
    for (let i = 0; i < 50; i++) b.instruction(I.addi('eax', 1));
    b.instruction(I.ret());
  };
  let asked = 0;
  assert.throws(() => run(long, { interrupted: () => ++asked > 10 }), Interrupted);
  assert.equal(asked, 11, 'asked before each instruction, and no more once it answered true');
  asked = 0;
  const whole = run(long, { interrupted: () => (asked++, false) });
  assert.equal(asked, 51);
  assert.deepEqual([whole.ends.length, whole.incomplete], [1, []]);
  assert.equal(formatExpr(whole.ends[0]?.state.regs.get('eax') ?? bv(0)), formatExpr(run(long).ends[0]?.state.regs.get('eax') ?? bv(1)));
});

test('the PW900 counts the other places analysis stopped, not the paths that stopped at one', () => {
  const onePlace = run((b) => {
    b.instruction(I.beq('eax', 0, 'stop'));
    b.instruction(I.addi('ebx', 1));
    b.label('stop').instruction(I.stop('no model of Foo'), 'Foo eax');
  }, { trace: true });
  // Traced paths never join, so both reach the stop.
  assert.equal(onePlace.incomplete.length, 2);
  assert.equal(incompleteFinding(onePlace, 'Proc')?.message, 'Analysis of Proc was cut short: no model of Foo');
  const twoPlaces = run((b) => {
    b.instruction(I.beq('eax', 0, 'other'));
    b.instruction(I.stop('no model of Foo'), 'Foo eax');
    b.label('other').instruction(I.stop('no model of Foo'), 'Foo ebx');
  });
  assert.equal(incompleteFinding(twoPlaces, 'Proc')?.message, 'Analysis of Proc was cut short: no model of Foo (and 1 more)');
});

test('a branch to an address where the program has no code is a PW900 at the branch', () => {
  const r = run((b) => {
    b.instruction(I.set('eax', 100));
    b.instruction(I.jtab('eax', 'table'), 'jmp [table + eax*16]');
    b.label('table').instruction(I.ret());
  });
  const pw900 = incompleteFinding(r, 'Proc');
  assert.match(pw900?.message ?? '', /^Analysis of Proc was cut short: branch to [0-9A-F]+h, where the program has no code$/);
  assert.equal(pw900?.range.start.line, r.incomplete[0]?.source?.range.start.line);
  assert.equal(r.incomplete[0]?.source?.range.start.line, 1, 'the jtab');
});

test('calls are inlined to a depth, then skipped with caller-saved registers havocked', () => {
  const program = (b: ProgramBuilder<X86Instruction>): void => {
    b.instruction(I.call('sub'));
    b.instruction(I.ret());
    b.label('sub').instruction(I.set('ebx', 5));
    b.instruction(I.set('eax', 7));
    b.instruction(I.ret());
  };
  const inlined = run(program);
  assert.equal(constValue(inlined.ends[0]?.state.regs.get('ebx') ?? bv(0)), 5n);
  assert.equal(inlined.ends.length, 1);
  const skipped = run(program, { budget: { inlineDepth: 0 } });
  const end = skipped.ends[0]?.state.regs;
  assert.equal(end?.get('ebx')?.kind, 'sym');
  assert.match(end?.get('eax')?.kind === 'sym' ? end.get('eax')?.kind ?? '' : '', /sym/);
  assert.notEqual((end?.get('eax') as { name?: string }).name, 'eax');
});

test('SWIs go to the model hook, which reports calls in the trace; without a model the path is incomplete', () => {
  const hooks: Hooks<FakeState> = {
    onControl(ctx, control, after) {
      if (control.kind !== 'swi') return undefined;
      ctx.event({ kind: 'call', name: 'OS_Fake', arguments: [], results: [{ name: 'eax', value: bv(42) }] });
      return [{ guard: bv(1, 1), state: { ...after, regs: new Map(after.regs).set('eax', bv(42)) }, control: { kind: 'next' }, models: new Map([['calls', 1]]) }];
    },
  };
  const program = (b: ProgramBuilder<X86Instruction>): void => {
    b.instruction(I.swi(0x20066), 'SWI XOS_Fake');
    b.instruction(I.store('esp', 0, 'eax'), 'store');
    b.instruction(I.ret());
  };
  const r = run(program, { hooks, trace: true }, entryState({ esp: bv(0x9000) }));
  const end = r.ends[0];
  assert.equal(end?.models.get('calls'), 1);
  const trace = end?.trace ?? [];
  assert.equal(trace.length, 3);
  assert.equal(trace[0]?.events[0]?.kind, 'call');
  assert.deepEqual(trace[1]?.writes.map((w) => constValue(w.value)), [42n]);
  const none = run(program);
  assert.match(none.incomplete[0]?.reason ?? '', /no model for SWI 20066h$/);
});

test('an invariant violation is a finding at the step that broke it', () => {
  const noSeven: Invariant<FakeState> = {
    code: 'PW220',
    check: (state) => (constValue(state.regs.get('ebx') ?? bv(0)) === 7n ? { message: 'ebx became 7' } : undefined),
  };
  const r = run((b) => {
    b.instruction(I.set('ebx', 1));
    b.instruction(I.set('ebx', 7));
    b.instruction(I.ret());
  }, { invariants: [noSeven] });
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0]?.range.start.line, 1);
});

test('a computed branch resolves to the targets the path allows', () => {
  const reached: bigint[] = [];
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'go'));
    b.instruction(I.beq('eax', 1, 'go'));
    b.instruction(I.ret());
    b.label('go').instruction(I.jtab('eax', 'table'));
    b.label('table').instruction(I.use('eax'));
    b.instruction(I.use('eax'));
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
  }, { hooks: { onStep: (ctx) => { if (ctx.item.instruction.mnemonic === 'use') reached.push(ctx.item.address); } } });
  assert.deepEqual(r.incomplete, []);
  const table = 0x1000n + 4n * 16n;
  assert.ok(reached.includes(table) && reached.includes(table + 16n));
});

test('exploration is deterministic', () => {
  const program = (b: ProgramBuilder<X86Instruction>): void => {
    b.instruction(I.beq('eax', 0, 'a'));
    b.instruction(I.beq('ebx', 3, 'a'));
    b.instruction(I.use('eax'));
    b.label('a').instruction(I.use('eax'));
    b.instruction(I.ret());
  };
  const one = run(program, { hooks: useChecker }), two = run(program, { hooks: useChecker });
  assert.deepEqual(one.findings, two.findings);
  assert.equal(one.steps, two.steps);
});

test('joined branches leave a clean path condition: complementary arms cancel, also three arms of two branches', () => {
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'a'));
    b.instruction(I.beq('ebx', 3, 'a'));
    b.instruction(I.addi('ecx', 1));
    b.label('a').instruction(I.use('eax'));
    b.instruction(I.ret());
  });
  const [end] = r.ends;
  assert.equal(r.ends.length, 1);
  assert.deepEqual(end?.condition, [], 'the three arms join back to the entry condition');
  const joined = PathCondition.TRUE.and(sym('p', 1)).join(PathCondition.TRUE.and(not(sym('p', 1))));
  assert.deepEqual(joined?.condition.conjuncts, []);
  const nested = PathCondition.TRUE.and(sym('p', 1)).and(sym('q', 1)).join(PathCondition.TRUE.and(not(sym('p', 1))));
  assert.equal(formatExpr(nested?.condition.conjuncts[0] ?? bv(0, 1)), formatExpr(or(not(sym('p', 1)), sym('q', 1))));
});

test('feasible() asks about the path even for a constant condition', () => {
  const answers: string[] = [];
  const x = sym('x');
  run((b) => {
    b.instruction(I.beq('eax', 3, 'odd'));
    b.instruction(I.ret());
    b.label('odd').instruction(I.use('eax'));
    b.instruction(I.ret());
  }, {
    hooks: { onStep: (ctx) => { if (ctx.item.instruction.mnemonic === 'use') answers.push(ctx.feasible(bv(1, 1)), ctx.feasible(bv(0, 1))); } },
  }, entryState({ eax: mul(x, x) }));
  // x·x = 3 has no solution, but the solver cannot prove it: the path is kept, and 1 on it is not certain.
  assert.deepEqual(answers, ['maybe', 'no']);
  const plain: string[] = [];
  run((b) => {
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
  }, { hooks: { onStep: (ctx) => { plain.push(ctx.feasible(bv(1, 1))); } } });
  assert.equal(plain[0], 'yes');
});

test('infeasible() is feasible() answering no, also where only a search for a witness could tell yes from maybe', () => {
  const x = sym('x');
  const conditions = [bv(1, 1), bv(0, 1), eq(sym('eax'), bv(3)), eq(sym('eax'), bv(4)), eq(sym('ebx'), bv(7))];
  const asked: [string, boolean][] = [];
  run((b) => {
    b.instruction(I.beq('eax', 3, 'three'));
    b.instruction(I.ret());
    b.label('three').instruction(I.use('eax'));
    b.instruction(I.beq('ecx', 3, 'odd'));
    b.instruction(I.ret());
    b.label('odd').instruction(I.use('ecx'));
    b.instruction(I.ret());
  }, {
    hooks: { onStep: (ctx) => { if (ctx.item.instruction.mnemonic === 'use') for (const c of conditions) asked.push([ctx.feasible(c), ctx.infeasible(c)]); } },
  }, entryState({ ecx: mul(x, x) }));
  assert.equal(asked.length, 2 * conditions.length);
  for (const [feasible, infeasible] of asked) assert.equal(infeasible, feasible === 'no');
  // On the path where EAX is 3: 1, 0, EAX = 3, EAX = 4, EBX = 7.
  assert.deepEqual(asked.slice(0, conditions.length).map(([, infeasible]) => infeasible), [false, true, false, true, false]);
  // Past x·x = 3, which the solver cannot refute nor satisfy: only 0 and EAX = 4 are ruled out.
  assert.deepEqual(asked.slice(conditions.length).map(([feasible]) => feasible), ['maybe', 'no', 'maybe', 'no', 'maybe']);
});

test('notes from onControl and per-outcome notes stay on their own paths; draft notes belong to one finding', () => {
  const hooks: Hooks<FakeState> = {
    onControl(ctx, control, after) {
      if (control.kind !== 'swi') return undefined;
      ctx.note('SWI called here');
      const failed = eq(sym('failed', 1), bv(1, 1));
      return [
        { guard: not(failed), state: { ...after, regs: new Map(after.regs).set('eax', bv(1)) }, control: { kind: 'next' }, note: 'block claimed here' },
        { guard: failed, state: after, control: { kind: 'exit', reason: 'error handler' } },
      ];
    },
    onStep(ctx) {
      if (ctx.item.instruction.mnemonic !== 'use') return;
      ctx.report({ code: 'PW304', message: 'first', notes: [{ message: 'only mine' }] });
      ctx.report({ code: 'PW305', message: 'second', rootCause: 'other' });
    },
  };
  const r = run((b) => {
    b.instruction(I.swi(0x20000), 'SWI XOS_Claim');
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
  }, { hooks });
  const [first, second] = r.findings;
  assert.deepEqual(first?.notes.map((n) => n.message), ['SWI called here', 'block claimed here', 'only mine']);
  assert.deepEqual(second?.notes.map((n) => n.message), ['SWI called here', 'block claimed here']);
  assert.deepEqual(r.ends.map((e) => e.kind).sort(), ['exit', 'return']);
  assert.equal(r.ends.find((e) => e.kind === 'exit')?.reason, 'error handler');
});

test('a finding inside a called routine notes the call it is in, and a call that returned only where something inside it was noted', () => {
  const sites: number[][] = [];
  const hooks: Hooks<FakeState> = {
    onStep(ctx) {
      if (ctx.item.instruction.mnemonic !== 'use') return;
      sites.push(ctx.callSites.map((s) => s.range.start.line));
      useChecker.onStep?.(ctx, []);
    },
  };
  const r = run((b) => {
    b.instruction(I.call('quiet'));
    b.instruction(I.call('branchy'));
    b.instruction(I.call('check'));
    b.instruction(I.ret());
    b.label('quiet').instruction(I.set('ebx', 1));
    b.instruction(I.ret());
    b.label('branchy').instruction(I.beq('ecx', 0, 'out'));
    b.instruction(I.set('eax', 2));
    b.label('out').instruction(I.ret());
    b.label('check').instruction(I.use('eax'));
    b.instruction(I.ret());
  }, { hooks });
  const [f] = r.findings;
  assert.equal(f?.range.start.line, 13);
  assert.deepEqual(sites, [[2]]);
  // quiet (called at line 0) returned with nothing noted inside it: no note; branchy's branch, which keeps EAX, is told as on the call at line 1.
  assert.deepEqual(f?.notes.map((n) => [n.range.start.line, n.message.replace(/ECX (==|!=) 0/, 'ECX ? 0')]), [
    [1, 'branchy called from here'], [8, 'assuming entry ECX ? 0'], [2, 'check called from here'],
  ]);
});

test('where the other way out of a step is a fault, going on assumed nothing worth a note; the fault still ends a path', () => {
  const hooks: Hooks<FakeState> = {
    // A DIV by EBX: #DE when it is 0.
    onInstruction(ctx) {
      if (ctx.item.text !== 'div ebx') return undefined;
      const zero = eq(ctx.state.regs.get('ebx') ?? bv(0), bv(0));
      return [
        { guard: zero, state: ctx.state, control: { kind: 'fault', reason: 'divide error (#DE)' } },
        { guard: not(zero), state: ctx.state, control: { kind: 'next' } },
      ];
    },
    onStep: useChecker.onStep,
  };
  const r = run((b) => {
    b.instruction(I.addi('ecx', 0), 'div ebx');
    b.instruction(I.beq('eax', 0, 'fail'));
    b.instruction(I.use('eax'));
    b.label('fail').instruction(I.ret());
  }, { hooks });
  const [f] = r.findings;
  assert.deepEqual(f?.notes.map((n) => [n.range.start.line, n.message]), [[1, 'assuming entry EAX != 0']]);
  assert.deepEqual(r.ends.map((e) => e.kind).sort(), ['fault', 'return']);
});

test('a branch whose guard only the emulator\'s own operators can write (a rotate) is no note; a readable one is', () => {
  const hooks: Hooks<FakeState> = {
    onInstruction(ctx) {
      if (ctx.item.text !== 'ror test') return undefined;
      const zero = eq(rotr(ctx.state.regs.get('ebx') ?? bv(0), bv(8)), bv(0));
      return [
        { guard: zero, state: ctx.state, control: { kind: 'next' } },
        { guard: not(zero), state: ctx.state, control: { kind: 'next' } },
      ];
    },
    onStep: useChecker.onStep,
  };
  const r = run((b) => {
    b.instruction(I.addi('ecx', 0), 'ror test');
    b.instruction(I.beq('eax', 0, 'fail'));
    b.instruction(I.use('eax'));
    b.label('fail').instruction(I.ret());
  }, { hooks });
  const [f] = r.findings;
  assert.deepEqual(f?.notes.map((n) => [n.range.start.line, n.message]), [[1, 'assuming entry EAX != 0']]);
});

test('assumptions start the path condition: branches they decide do not fork, and contradictory ones explore nothing', () => {
  const program = (b: ProgramBuilder<X86Instruction>): void => {
    b.instruction(I.beq('ebx', 0, 'null'));
    b.instruction(I.use('eax'));
    b.instruction(I.ret());
    b.label('null').instruction(I.use('eax'));
    b.instruction(I.ret());
  };
  const nonZero = run(program, { assumptions: [not(eq(sym('ebx'), bv(0)))] });
  assert.equal(nonZero.ends.length, 1);
  assert.equal(nonZero.paths, 1);
  assert.equal(formatExpr(nonZero.ends[0]?.condition[0] ?? bv(0, 1)), 'ebx != 0');
  const open = run(program);
  assert.equal(open.paths, 2);
  const none = run(program, { assumptions: [eq(sym('ebx'), bv(1)), eq(sym('ebx'), bv(2))] });
  assert.equal(none.steps, 0);
  assert.deepEqual(none.ends, []);
});

test('both arms of a branch reach the merge point before it runs, also when the taken arm jumps there', () => {
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'other'));
    b.instruction(I.set('ebx', 1));
    b.instruction(I.jmp('join'));
    b.label('other').instruction(I.set('ebx', 2));
    b.label('join').instruction(I.ret());
  });
  assert.equal(r.ends.length, 1, 'the arms are joined at the merge point');
  assert.equal(r.ends[0]?.state.regs.get('ebx')?.kind, 'ite');
});

test('two model states joinModels refused are not offered again when their paths meet at later instructions; new states are', () => {
  const asked: [ReadonlyMap<string, unknown>, ReadonlyMap<string, unknown>][] = [];
  const hooks = (join: boolean): Hooks<FakeState> => ({
    onControl(ctx, control, after) {
      if (control.kind !== 'swi') return undefined;
      return [{ guard: bv(1, 1), state: after, control: { kind: 'next' }, models: new Map(ctx.models).set(`swi${formatExpr(control.number)}`, 1) }];
    },
    joinModels(a, b) {
      asked.push([a, b]);
      return join ? new Map([...a, ...b]) : undefined;
    },
  });
  const program = (b: ProgramBuilder<X86Instruction>): void => {
    b.instruction(I.bne('eax', 0, 'skip'));
    b.instruction(I.swi(1));
    b.label('skip');
    for (let i = 0; i < 3; i++) b.instruction(I.addi('ebx', 1));
    b.instruction(I.swi(2));
    for (let i = 0; i < 3; i++) b.instruction(I.addi('ebx', 1));
    b.instruction(I.ret());
  };
  const apart = run(program, { hooks: hooks(false) });
  assert.equal(apart.ends.length, 2);
  assert.equal(asked.length, 2, 'once at the merge point, once more after the second SWI gave each path new states');
  assert.notEqual(asked[0]?.[0], asked[1]?.[0]);
  assert.notEqual(asked[0]?.[1], asked[1]?.[1]);
  asked.length = 0;
  const joined = run(program, { hooks: hooks(true) });
  assert.equal(joined.ends.length, 1);
  assert.equal(asked.length, 1);
  assert.equal(joined.ends[0]?.models.get('swi1'), 1);
  assert.equal(joined.ends[0]?.models.get('swi2'), 1);
  asked.length = 0;
  const noHook = run(program, { hooks: { onControl: hooks(true).onControl } });
  assert.equal(noHook.ends.length, 2);
  assert.equal(asked.length, 0);
});

test('joinModels hears whether the paths meet back at a loop head, and is asked there about states it refused at the merge point before', () => {
  const places: boolean[] = [];
  // Each pass forks a model change on one arm only: a hook that joins such states at loop heads keeps one path a pass.
  const hooks: Hooks<FakeState> = {
    onControl(ctx, control, after) {
      if (control.kind !== 'swi') return undefined;
      const passes = (ctx.models.get('passes') as number | undefined) ?? 0;
      return [
        { guard: eq(sym(`got${passes}`, 1), bv(1, 1)), state: after, control: { kind: 'next' }, models: new Map(ctx.models).set('passes', passes + 1) },
        { guard: eq(sym(`got${passes}`, 1), bv(0, 1)), state: after, control: { kind: 'next' } },
      ];
    },
    joinModels(a, b, _selector, loopHead) {
      places.push(loopHead);
      return loopHead ? new Map([['passes', Math.max((a.get('passes') as number | undefined) ?? 0, (b.get('passes') as number | undefined) ?? 0)]]) : undefined;
    },
  };
  const r = run((b) => {
    b.instruction(I.set('ecx', 12));
    b.label('loop').instruction(I.swi(1));
    b.instruction(I.addi('ebx', 1));
    b.instruction(I.addi('ecx', -1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.ret());
  }, { hooks, budget: { paths: 40, loopUnroll: 16 } });
  assert.deepEqual(r.incomplete, [], 'twelve passes that each kept both arms apart would take 4,096 paths');
  assert.equal(r.ends.length, 2, 'the arms of the last pass return apart');
  assert.ok(places.includes(false), 'the arms first meet after the SWI, where the hook refuses');
  assert.ok(places.includes(true), 'the same states are offered again at the loop head');
});

test('joinModels hears whether both paths came back from the call they made, where the routine\'s paths meet again', () => {
  const places: boolean[] = [];
  // The routine forks a model change on one arm only: a hook that joins such states where the routine returns keeps one path a call.
  const hooks: Hooks<FakeState> = {
    onControl(ctx, control, after) {
      if (control.kind !== 'swi') return undefined;
      const calls = (ctx.models.get('calls') as number | undefined) ?? 0;
      return [
        { guard: eq(sym(`got${calls}`, 1), bv(1, 1)), state: after, control: { kind: 'next' }, models: new Map(ctx.models).set('calls', calls + 1).set(`got${calls}`, true) },
        { guard: eq(sym(`got${calls}`, 1), bv(0, 1)), state: after, control: { kind: 'next' }, models: new Map(ctx.models).set('calls', calls + 1) },
      ];
    },
    joinModels(a, b, _selector, _loopHead, returned) {
      places.push(returned);
      return returned ? new Map([...a, ...b]) : undefined;
    },
  };
  const r = run((b) => {
    for (let i = 0; i < 3; i++) b.instruction(I.call('routine'));
    b.instruction(I.ret());
    b.label('routine').instruction(I.swi(1));
    b.instruction(I.addi('ebx', 1));
    b.instruction(I.ret());
  }, { hooks });
  assert.deepEqual(r.incomplete, []);
  assert.equal(r.ends.length, 1, 'the arms of each call join where it returns: one path, not eight');
  assert.ok(places.includes(false), 'the arms first meet inside the routine, where the hook refuses');
  assert.ok(places.includes(true), 'the same states are offered again where the routine returned');
});

test('paths widened at one loop head in the same round get the same fresh values, and join without a choice between them', () => {
  const r = run((b) => {
    b.label('loop').instruction(I.addi('ecx', -1));
    b.instruction(I.beq('eax', 0, 'other'));
    b.instruction(I.addi('ebx', 1));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.instruction(I.jmp('out'));
    b.label('other').instruction(I.addi('ebx', 2));
    b.instruction(I.bne('ecx', 0, 'loop'));
    b.label('out').instruction(I.ret());
  }, { budget: { loopUnroll: 3 } });
  assert.deepEqual(r.incomplete, []);
  const [end, ...others] = r.ends.filter((e) => e.kind === 'return');
  assert.deepEqual(others, [], 'the exits join before the return');
  const ecx = end?.state.regs.get('ecx') ?? assert.fail('no return');
  const widened = [...symbolsOf(ecx).keys()].filter((name) => name.startsWith('loop.'));
  assert.deepEqual(widened, ['loop.ecx#0'], 'both arms came back with ECX changed, and got one unknown for it');
});

test('symbols a path makes are counted along it, through calls and returns, and paths that meet go on from the more of each count', () => {
  // `use r` makes one path symbol for EAX, EBX and ECX each time it runs, two for EDX.
  const made: string[] = [];
  const hooks: Hooks<FakeState> = {
    onInstruction(ctx) {
      if (ctx.item.instruction.mnemonic !== 'use') return undefined;
      const operand = ctx.item.instruction.operands[0];
      const reg = operand?.kind === 'reg' ? operand.reg : '';
      for (let i = reg === 'edx' ? 2 : 1; i > 0; i--) {
        const e = ctx.pathFresh('made', 32);
        if (e.kind === 'sym') made.push(`${reg} ${e.name}`);
      }
      return ctx.execute();
    },
  };
  const r = run((b) => {
    b.instruction(I.beq('eax', 0, 'other'));
    b.instruction(I.use('edx'));
    b.instruction(I.call('helper'));
    b.instruction(I.jmp('join'));
    b.label('other').instruction(I.use('ebx'));
    b.label('join').instruction(I.use('ecx'));
    b.instruction(I.ret());
    b.label('helper').instruction(I.use('eax'));
    b.instruction(I.ret());
  }, { hooks });
  assert.equal(r.ends.length, 1, 'the arms are joined before `use ecx`');
  assert.deepEqual(made, ['edx made#0', 'edx made#1', 'eax made#2', 'ebx made#0', 'ecx made#3']);
});
