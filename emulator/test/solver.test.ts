import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, and, bit, bv, eq, extract, ite, mul, ne, not, or, rotr, shl, slt, sub, sym, symbolBit, uge, ugt, ule, ult, zext } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { evaluate, evaluator } from '../src/values/evaluate.js';
import { Solver } from '../src/values/solver.js';
import { knownBits } from '../src/values/known-bits.js';

const eax = sym('eax');
const ebx = sym('ebx');

// Every case also asks `refutes`, which must agree with `check` on "unsat" without a witness search.
function sat(constraints: Expr[]): Map<string, bigint> {
  assert.equal(new Solver().refutes(constraints), false, 'refutes nothing check finds a witness for');
  const r = new Solver().check(constraints);
  assert.equal(r.status, 'sat');
  if (r.status !== 'sat') throw new Error('unreachable');
  for (const c of constraints) assert.equal(evaluate(c, r.witness), 1n, 'witness satisfies every constraint');
  return new Map(r.witness);
}

function unsat(constraints: Expr[]): void {
  assert.equal(new Solver().check(constraints).status, 'unsat');
  assert.equal(new Solver().refutes(constraints), true, 'refutes what check refutes');
}

test('a test for zero does not exclude 0FFFFFFFFh: the witness picks the error value', () => {
  const w = sat([ne(eax, bv(0)), eq(eax, bv(0xffffffff))]);
  assert.equal(w.get('eax'), 0xffffffffn);
});

test('cmp eax,-1 / je fail excludes the error value on the fall-through path', () => {
  unsat([ne(eax, bv(-1)), eq(eax, bv(0xffffffff))]);
  unsat([not(eq(add(eax, bv(1)), bv(0))), eq(eax, bv(-1))]);
});

test('unsigned and signed bounds combine into intervals', () => {
  unsat([ult(eax, bv(7)), ugt(eax, bv(6))]);
  const w = sat([uge(eax, bv(3)), ult(eax, bv(7)), ne(eax, bv(3))]);
  const v = w.get('eax') ?? -1n;
  assert.ok(v >= 4n && v < 7n);
  unsat([slt(eax, bv(0)), ult(eax, bv(0x80000000))]);
  const n = sat([slt(eax, bv(-5))]);
  assert.ok((n.get('eax') ?? 0n) >= 0x80000000n);
});

test('bit tests become known bits, and known bits meet intervals', () => {
  const flags = sym('flags');
  unsat([eq(bit(flags, 8), bv(1, 1)), ult(flags, bv(0x100))]);
  const w = sat([bit(flags, 8), ult(flags, bv(0x200))]);
  assert.equal((w.get('flags') ?? 0n) & 0x100n, 0x100n);
  unsat([eq(and(eax, bv(0xfff)), bv(0)), ugt(eax, bv(0xfffff000))]);
});

test('relations between symbols propagate bounds', () => {
  unsat([ult(eax, ebx), ult(ebx, bv(1))]);
  const w = sat([ult(eax, ebx), eq(ebx, bv(5)), ugt(eax, bv(3))]);
  assert.equal(w.get('eax'), 4n);
  unsat([eq(eax, ebx), eq(eax, bv(1)), eq(ebx, bv(2))]);
});

test('disjunctions and opaque terms are searched, never wrongly refuted', () => {
  const w = sat([or(eq(eax, bv(10)), eq(eax, bv(20))), ne(eax, bv(10))]);
  assert.equal(w.get('eax'), 20n);
  const table = add(bv(0x8000), shl(eax, bv(2)));
  const r = sat([ult(eax, bv(7)), eq(table, bv(0x8008))]);
  assert.equal(r.get('eax'), 2n);
});

test('zero-extended bytes compare through the extension', () => {
  const b = sym('b', 8);
  unsat([eq(zext(b, 32), bv(0x100))]);
  assert.equal(sat([eq(zext(b, 32), bv(0x41))]).get('b'), 0x41n);
});

test('a symbol compared with itself plus offsets is decided by the offsets, whatever its value', () => {
  const sp = sym('sp');
  const popped = add(sub(sp, bv(8)), bv(8));
  unsat([eq(and(sp, bv(3)), bv(0)), ne(popped, sp)]);
  unsat([eq(sub(sp, bv(4)), sp)]);
  unsat([ult(add(sp, bv(4)), add(sp, bv(4)))]);
  sat([eq(popped, sp), ule(sub(sp, bv(4)), add(sp, bv(-4))), not(ult(sp, sp))]);
  // Offsets that differ leave an order to the value: sp + 4 < sp wraps only near the top.
  assert.ok((sat([ult(add(sp, bv(4)), sp)]).get('sp') ?? 0n) >= 0xfffffffcn);
});

test('a value masked is never above the value itself, whatever the mask', () => {
  const permit = and(eax, bv(0xfffff000));
  unsat([eq(and(eax, bv(0xfff)), bv(0)), ult(eax, permit)]);
  unsat([ult(eax, and(ebx, eax))]);
  unsat([not(ule(and(eax, ebx), eax))]);
  sat([ule(permit, eax), not(ult(eax, permit))]);
  // The other orders depend on the bits the mask clears.
  assert.ok(((sat([ult(permit, eax)]).get('eax') ?? 0n) & 0xfffn) !== 0n);
  assert.equal((sat([ule(eax, permit)]).get('eax') ?? 1n) & 0xfffn, 0n);
  // A mask of another value is no bound: ebx & 0xFFFFF000 may exceed eax.
  sat([ult(eax, and(ebx, bv(0xfffff000)))]);
});

test('unknown when nothing proves or finds an answer', () => {
  const x = mul(eax, eax);
  const r = new Solver({ searchNodes: 50 }).check([eq(x, bv(0x12345679)), eq(extract(eax, 0, 1), bv(0, 1))]);
  assert.notEqual(r.status, 'sat');
  assert.equal(new Solver({ searchNodes: 50 }).refutes([eq(x, bv(0x12345679)), eq(extract(eax, 0, 1), bv(0, 1))]), r.status === 'unsat');
});

test('refutes answers from what check has decided, and check from nothing refutes left behind', () => {
  const s = new Solver();
  const open = [ult(eax, bv(10)), ugt(ebx, bv(3))];
  assert.equal(s.refutes(open), false);
  assert.equal(s.check(open).status, 'sat', 'the skipped witness search runs when a witness is asked for');
  const closed = [ult(eax, bv(10)), ugt(eax, bv(12)), ugt(ebx, bv(3))];
  assert.equal(s.check(closed).status, 'unsat');
  assert.equal(s.refutes(closed), true);
});

test('range bounds a scaled index for jump tables', () => {
  const s = new Solver();
  assert.deepEqual(s.range(add(bv(0x1008), shl(eax, bv(2))), [ule(eax, bv(6))]), [0x1008n, 0x1020n]);
  assert.equal(s.range(eax, [ult(eax, bv(0)), eq(eax, bv(1))]), undefined);
});

test('a symbol no constraint mentions has every value, without the constraints analysed', () => {
  const s = new Solver();
  const onEax = [ule(eax, bv(6))];
  assert.deepEqual(s.range(ebx, onEax), [0n, 0xffffffffn]);
  assert.deepEqual(s.range(eax, onEax), [0n, 6n]);
  // The list's symbols are worked out again for another list.
  assert.deepEqual(s.range(ebx, [ule(ebx, bv(3))]), [0n, 3n]);
  assert.deepEqual(s.range(ebx, onEax), [0n, 0xffffffffn]);
  // A symbol whose mask bit a constraint's symbol shares is answered by the analysed facts: alike.
  const twin = Array.from({ length: 200 }, (_, i) => `t${i}`).find((name) => symbolBit(name) === symbolBit('eax'));
  assert.ok(twin !== undefined);
  assert.deepEqual(s.range(sym(twin), onEax), s.range(ebx, onEax));
  // Of a contradictory list, a restricted term has no bounds; any bounds of another are true.
  const contradictory = [ult(eax, bv(0)), eq(eax, bv(1))];
  assert.equal(s.range(eax, contradictory), undefined);
  assert.equal(s.range(add(eax, ebx), contradictory), undefined);
  assert.deepEqual(s.range(ebx, contradictory), [0n, 0xffffffffn]);
});

test('known bits of a term that shares no symbol with the constraints are its plain bits, facts or none', () => {
  const s = new Solver();
  const sp = sym('sp');
  const aligned = [eq(and(sp, bv(3)), bv(0)), ule(eax, bv(6))];
  // A term of the path's symbols takes their facts: the aligned stack pointer's offsets stay aligned.
  assert.equal(s.knownBits(add(sp, bv(8)), aligned).zeros & 3n, 3n);
  assert.equal(s.knownBits(add(ebx, bv(8)), [eq(and(ebx, bv(3)), bv(0))]).zeros & 3n, 3n);
  assert.equal(s.knownBits(add(eax, bv(8)), aligned).zeros & 0xfffffff0n, 0xfffffff0n);
  // One that shares none has the bits the facts would give it: its plain bits.
  const word = add(shl(ebx, bv(2)), bv(0x20));
  assert.deepEqual(s.knownBits(word, aligned), knownBits(word));
  assert.equal(s.knownBits(add(ebx, bv(8)), aligned).zeros & 3n, 0n);
  // A symbol whose mask bit a constraint's symbol shares is answered by the analysed facts: alike.
  const twin = Array.from({ length: 200 }, (_, i) => `t${i}`).find((name) => symbolBit(name) === symbolBit('sp'));
  assert.ok(twin !== undefined);
  const twinWord = add(shl(sym(twin), bv(2)), bv(0x20));
  assert.deepEqual(s.knownBits(twinWord, aligned), knownBits(twinWord));
  // Of a contradictory list any bits are true: a term of its symbols and one of none have their plain bits.
  const contradictory = [ult(sp, bv(0)), eq(eax, bv(1))];
  assert.deepEqual(s.knownBits(add(sp, bv(8)), contradictory), knownBits(add(sp, bv(8))));
  assert.deepEqual(s.knownBits(word, contradictory), knownBits(word));
});

test('bits and ranges of a term come from its symbols\' group, as the whole list\'s facts give them', () => {
  const ecx = sym('ecx');
  const fresh = (e: Expr, list: Expr[]) => ({ range: new Solver().range(e, list), bits: new Solver().knownBits(e, list) });
  const asked = (s: Solver, e: Expr, list: Expr[]) => ({ range: s.range(e, list), bits: s.knownBits(e, list) });
  const groups = [ule(eax, bv(6)), ult(ebx, bv(10)), eq(and(ecx, bv(3)), bv(0)), ule(ecx, bv(0x40))];
  const s = new Solver();
  // One group: its facts alone.
  assert.deepEqual(s.range(add(eax, bv(8)), groups), [8n, 14n]);
  assert.equal(s.knownBits(add(ecx, bv(8)), groups).zeros & 3n, 3n);
  // Two groups: both their facts.
  assert.deepEqual(s.range(add(eax, ebx), groups), [0n, 15n]);
  for (const e of [add(eax, bv(8)), add(ecx, bv(8)), add(eax, ebx), mul(ecx, bv(2)), ebx]) assert.deepEqual(asked(s, e, groups), fresh(e, groups));
  // Another group that contradicts itself: no bounds, and the plain bits.
  const contradictory = [ule(eax, bv(6)), ult(ecx, bv(8)), ugt(ecx, bv(9))];
  assert.equal(s.range(add(eax, bv(8)), contradictory), undefined);
  assert.deepEqual(s.knownBits(shl(eax, bv(2)), contradictory), { zeros: 3n, ones: 0n });
  // One that only a case split refutes passes the first round: the term's group answers, refuted or not.
  const splitOnly = [ule(eax, bv(6)), ult(ite(ult(ecx, bv(5)), bv(7), bv(8)), bv(7))];
  assert.equal(s.refutes(splitOnly), true);
  assert.deepEqual(s.range(add(eax, bv(8)), splitOnly), [8n, 14n]);
  assert.deepEqual(asked(s, add(eax, bv(8)), splitOnly), fresh(add(eax, bv(8)), splitOnly));
  assert.deepEqual(asked(s, add(eax, bv(8)), contradictory), fresh(add(eax, bv(8)), contradictory));
  // A term of symbols the list does not mention, though their mask bits meet its symbols': no facts, or no bounds.
  const twin = Array.from({ length: 200 }, (_, i) => `t${i}`).find((name) => symbolBit(name) === symbolBit('eax'));
  assert.ok(twin !== undefined);
  const scaled = mul(sym(twin), bv(4));
  assert.deepEqual(asked(s, scaled, groups), { range: [0n, 0xfffffffcn], bits: { zeros: 3n, ones: 0n } });
  assert.deepEqual(asked(s, scaled, groups), fresh(scaled, groups));
  assert.equal(s.range(scaled, contradictory), undefined);
  assert.deepEqual(asked(s, scaled, contradictory), fresh(scaled, contradictory));
});

test('a list the caller has values for is not checked for a contradiction before its bounds and bits are answered', () => {
  const ecx = sym('ecx');
  // The caller's word is taken: told of a list its groups contradict, the term's group answers.
  const contradictory = [ule(eax, bv(6)), ult(ecx, bv(8)), ugt(ecx, bv(9))];
  const told = new Solver();
  told.satisfied(contradictory);
  assert.deepEqual(told.range(add(eax, bv(8)), contradictory), [8n, 14n]);
  assert.deepEqual(told.knownBits(shl(eax, bv(2)), contradictory), new Solver().knownBits(shl(eax, bv(2)), [ule(eax, bv(6))]));
  // Another list, and that list again unless told anew, are checked.
  const other = [ule(eax, bv(6)), ult(ecx, bv(7)), ugt(ecx, bv(9))];
  assert.equal(told.range(add(eax, bv(8)), other), undefined);
  assert.equal(new Solver().range(add(eax, bv(8)), contradictory), undefined);
  // A list that values do satisfy: the same answers as found unaided.
  const satisfied = [ule(eax, bv(6)), ult(ecx, bv(8))];
  const s = new Solver();
  s.satisfied(satisfied);
  for (const e of [add(eax, bv(8)), mul(ecx, bv(4)), add(eax, ecx)]) {
    assert.deepEqual(s.range(e, satisfied), new Solver().range(e, satisfied));
    assert.deepEqual(s.knownBits(e, satisfied), new Solver().knownBits(e, satisfied));
  }
});

test('one evaluator answers several expressions under one assignment, and an ite folds only the arm it takes', () => {
  const shared = add(mul(eax, bv(4, 32)), ebx);
  const value = evaluator(new Map([['eax', 3n], ['ebx', 5n]]));
  assert.equal(value(shared), 17n);
  assert.equal(value(ult(shared, bv(20, 32))), 1n);
  assert.equal(value(ite(eq(eax, bv(3, 32)), shared, sym('unassigned'))), 17n);
  assert.throws(() => value(ite(eq(eax, bv(4, 32)), shared, sym('unassigned'))), /no value for unassigned/);
});

test('a path holding a condition and its negation is refuted by identity, however opaque the condition', () => {
  const word = sym('word');
  // An LDR of a word whose alignment is unknown: rotated by its own low bits, then its sign tested.
  const loaded = extract(add(rotr(word, shl(and(add(word, bv(0x1c)), bv(3)), bv(3))), bv(0xffffffff)), 31, 1);
  assert.equal(new Solver().check([ult(sym('count'), bv(9)), loaded, not(loaded)]).status, 'unsat');
  assert.equal(new Solver().check([ult(sym('count'), bv(9)), not(loaded), not(loaded)]).status === 'unsat', false, 'the same condition twice is no contradiction');
});

test('constraints that share no symbol are searched apart: no backtracking through the others', () => {
  // Symbols in the order b1, a1, a2, a3, b2: searched together, every b1 = 0 dead end would be
  // retried under each combination of the a's, far past the search budget.
  const [b1, b2] = [sym('b1'), sym('b2')];
  const constraints = [
    ult(b1, bv(100)),
    ...['a1', 'a2', 'a3'].map((a) => ule(sym(a), bv(50))),
    eq(mul(b1, b2), bv(6)),
  ];
  const witness = sat(constraints);
  assert.equal(((witness.get('b1') ?? 0n) * (witness.get('b2') ?? 0n)) & 0xffffffffn, 6n);
});

test('a batch size joined from two arms is split on its condition, and sums of the same terms cancel', () => {
  // R5 = min(16, R7 - R8) with R7 = R8 + R1: after R8 += R5, work is left only when R5 was 16.
  const [r1, r8] = [sym('r1'), sym('r8')];
  const r7 = add(r8, r1);
  const todo = sub(r7, r8);
  const r5 = ite(and(ule(bv(16), todo), ne(todo, bv(16))), bv(16), todo);
  unsat([ult(r8, r7), ule(r5, bv(1)), not(ule(r7, add(r8, r5)))]);
  const w = sat([ult(r8, r7), ugt(r5, bv(1)), not(ule(r7, add(r8, r5)))]);
  assert.ok((w.get('r1') ?? 0n) > 16n, 'work is left only after a full batch');
});

test('a value joined over loop exits: each case of the split makes its arm linear, and the witness is one no constant suggests', () => {
  const [count, base] = [sym('count'), sym('base')];
  // The exit after iteration k leaves base + 0x100 × k; the loop ran until k reached count.
  let joined: Expr = add(base, bv(0x100 * 12));
  for (let k = 11; k >= 1; k--) joined = ite(ule(count, bv(k)), add(base, bv(0x100 * k)), joined);
  const w = sat([eq(joined, bv(0)), ugt(count, bv(4))]);
  const k = (w.get('count') ?? 0n) > 12n ? 12n : w.get('count') ?? 0n;
  assert.equal(((w.get('base') ?? 1n) + 0x100n * k) & 0xffffffffn, 0n);
  unsat([eq(joined, bv(0)), eq(base, bv(0x8000))]);
});

test('a split never refutes what one of its cases allows', () => {
  const x = sym('x');
  const clamped = ite(ult(x, bv(10)), x, bv(10));
  assert.ok((sat([ult(clamped, bv(3))]).get('x') ?? 99n) < 3n);
  assert.equal(sat([eq(clamped, bv(10))]).get('x') !== undefined, true);
  unsat([ugt(clamped, bv(10))]);
});

test('case splits on a condition answer alike whichever solver split on it first', () => {
  // The rewriting of each case is kept per condition for every solver: what one solver's question rewrote must not change another's answers.
  const [r1, r8] = [sym('r1'), sym('r8')];
  const r7 = add(r8, r1);
  const todo = sub(r7, r8);
  const r5 = ite(and(ule(bv(16), todo), ne(todo, bv(16))), bv(16), todo);
  const refuted = [ult(r8, r7), ule(r5, bv(1)), not(ule(r7, add(r8, r5)))];
  const allowed = [ult(r8, r7), ugt(r5, bv(1)), not(ule(r7, add(r8, r5)))];
  const first = new Solver();
  assert.equal(first.refutes(refuted), true);
  assert.equal(first.refutes(allowed), false);
  const second = new Solver();
  assert.equal(second.refutes(allowed), false);
  assert.equal(second.refutes(refuted), true);
  assert.equal(second.check(refuted).status, 'unsat');
  const w = second.check(allowed);
  assert.equal(w.status, 'sat');
  if (w.status === 'sat') assert.ok(allowed.every((c) => evaluate(c, w.witness) === 1n));
  assert.equal(new Solver().refutes([ule(r5, bv(1)), ugt(r5, bv(1))]), true);
});

test('a constraint learnt for one list is learnt afresh in the next: nothing carries over but what it says', () => {
  const s = new Solver();
  const small = ult(eax, bv(5)), large = ugt(eax, bv(10)), either = or(eq(eax, bv(1)), eq(eax, bv(20)));
  assert.equal(s.check([small]).status, 'sat');
  assert.equal(s.check([small, large]).status, 'unsat');
  assert.equal(s.check([large, either]).status, 'sat');
  assert.equal(s.check([small, either, ne(eax, bv(1))]).status, 'unsat');
  assert.equal(s.check([large]).status, 'sat');
  assert.equal(s.check([eq(bv(1), bv(2)), large]).status, 'unsat', 'a constraint false on its own');
  assert.equal(s.check([large]).status, 'sat');
});

test('a list with one contradictory group is unsat, and a satisfiable one\'s witness covers every group in order', () => {
  const [a, b, c] = [sym('a'), sym('b'), sym('c')];
  const s = new Solver();
  assert.equal(s.refutes([ult(c, bv(3)), ugt(c, bv(5))]), true);
  assert.equal(s.check([ne(mul(a, a), bv(49)), ult(b, bv(4)), ult(c, bv(3)), ugt(c, bv(5))]).status, 'unsat');
  assert.equal(s.check([ne(mul(a, a), bv(49)), ult(b, bv(4)), ugt(c, bv(10)), ult(c, bv(8))]).status, 'unsat', 'refuted without an earlier answer');
  const r = s.check([ne(mul(a, a), bv(49)), ult(b, bv(4)), ult(c, bv(3))]);
  assert.equal(r.status, 'sat');
  if (r.status === 'sat') assert.deepEqual([...r.witness.keys()], ['a', 'b', 'c']);
});

test('a case split works out again what its case restricts: the case\'s facts refute where the whole group\'s do not', () => {
  const x = sym('x');
  // Before the split nothing bounds x, so 4x may exceed 100; in the case x < 10 the ite is x, which must be 5.
  const picked = eq(ite(ult(x, bv(10)), x, bv(7)), bv(5));
  const large = ult(bv(100), mul(x, bv(4)));
  unsat([picked, large]);
  const s = new Solver();
  assert.equal(s.refutes([picked]), false);
  assert.equal(s.refutes([picked, large]), true, 'refuted after a question about the group without the last constraint');
  assert.equal(sat([picked, ult(bv(10), mul(x, bv(4)))]).get('x'), 5n);
});

test('the second case of a split sees none of the first case\'s facts', () => {
  const x = sym('x');
  // In the case x < 10 the ite is x, which must be 20: refuted. In the other it is 20, and x is anything from 10 up.
  const picked = eq(ite(ult(x, bv(10)), x, bv(20)), bv(20));
  const small = ult(mul(x, bv(4)), bv(100));
  const w = sat([picked, small]);
  assert.ok((w.get('x') ?? 0n) >= 10n && (w.get('x') ?? 0n) < 25n);
  // Nested: the first case of the inner split (y < 3) bounds y, which the outer second case must not inherit.
  const y = sym('y');
  const inner = eq(ite(ult(y, bv(3)), y, bv(12)), x);
  const w2 = sat([picked, inner, ugt(mul(y, bv(2)), bv(12))]);
  assert.equal(w2.get('x'), 12n);
  assert.ok((w2.get('y') ?? 0n) >= 7n);
});

test('the rewriting of a settled condition keeps the condition, and no facts of the constraints it folds away', () => {
  const x = sym('x');
  // x < 10 settles the condition, and the constraint that said so folds to true in the rewriting: the
  // next round has the condition back as a constraint, and its answers are those of that list asked on its own.
  const bounded = ult(x, bv(10));
  const z = sym('z');
  const arm = eq(ite(bounded, mul(x, bv(4)), bv(1000)), z);
  const rewritten = [eq(mul(x, bv(4)), z), ult(bv(60), z)];
  assert.equal(new Solver().refutes(rewritten), false);
  assert.equal(new Solver().refutes([...rewritten, bounded]), true);
  assert.equal(new Solver().refutes([bounded, arm, ult(bv(60), z)]), true);
});

test('a witness of constraints whose settled condition the rewriting folds away still meets the condition', () => {
  // The refusal of a handler on a workspace word w: R2 = ite(w != 0, &80000000, r2) after MOVNE, Z from CMPNE r2, #1.
  const w = sym('w'), r2 = sym('r2');
  const refusing = ne(w, bv(0));
  const z = ite(refusing, eq(add(ite(refusing, bv(0x80000000), r2), bv(0xffffffff)), bv(0)), eq(w, bv(0)));
  // The guard (refusing & r2 != &80000000) folds to (r2 != &80000000) once the facts settle refusing.
  for (const extra of [and(refusing, ne(r2, bv(0x80000000))), refusing]) {
    const r = new Solver().check([not(z)], extra);
    assert.equal(r.status, 'sat');
    assert.ok(r.status === 'sat' && r.witness.get('w') !== 0n);
  }
});

test('a question starts from the facts of the group it extends by its last constraint, and of no other group', () => {
  const x = sym('x');
  const s = new Solver();
  assert.equal(s.refutes([ult(x, bv(10)), ugt(x, bv(5))]), false);
  // Its group without the last constraint, [x < 10], was never asked: the facts x > 5 must not carry over.
  assert.equal(s.refutes([ult(x, bv(10)), ult(x, bv(3))]), false);
  assert.equal(s.refutes([ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1))]), false);
  assert.equal(s.refutes([ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1)), ne(x, bv(2))]), true);
  assert.equal(s.refutes([ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1)), ne(x, bv(3))]), false);
});

test('a term\'s bounds from a group made from the group it extends are those of the group alone, and of no other group', () => {
  const x = sym('x');
  const s = new Solver();
  assert.deepEqual(s.range(add(x, bv(1)), [ult(x, bv(10)), ugt(x, bv(5))]), [7n, 10n]);
  // Made from the view of [x < 10], never asked about: the facts x > 5 must not carry over.
  assert.deepEqual(s.range(add(x, bv(1)), [ult(x, bv(10)), ult(x, bv(3))]), [1n, 3n]);
  assert.deepEqual(s.range(add(x, bv(1)), [ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1))]), [3n, 3n]);
  assert.equal(s.range(add(x, bv(1)), [ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1)), ne(x, bv(2))]), undefined, 'a contradiction is found as from scratch');
  assert.deepEqual(new Solver().range(add(x, bv(1)), [ult(x, bv(10)), ult(x, bv(3)), ugt(x, bv(1))]), [3n, 3n]);
});

test('a use check on a value joined over more loop exits than a split is tried on: its own conditions decide, and the answers stay', () => {
  // At exit i the loop leaves result i, when slot i was empty (or free): 30 exits, 30 conditions. The path
  // tested the joined value against the failure value; a use check asks whether result 20 may be it where
  // the joined value is result 20 (the exits before not taken, exit 20 taken).
  const exits = 30, k = 20;
  const results = Array.from({ length: exits }, (_, i) => sym(`result#${i}`));
  const taken = Array.from({ length: exits }, (_, i) => or(eq(sym(`slot#${i}`), bv(0)), eq(sym(`free#${i}`), bv(7))));
  let joined: Expr = results[exits - 1] as Expr;
  for (let i = exits - 2; i >= 0; i--) joined = ite(taken[i] as Expr, results[i] as Expr, joined);
  let via: Expr = taken[k] as Expr;
  for (let i = k - 1; i >= 0; i--) via = and(ite(taken[i] as Expr, bv(0, 1), bv(1, 1)), via);
  const path = [ne(add(joined, bv(1)), bv(0))];
  const failed = and(via, eq(results[k] as Expr, bv(0xffffffff)));
  // No values satisfy it, but no split proves so: "unknown", as `refutes` says ("unsat" only where it would).
  const s = new Solver();
  assert.equal(s.check(path, failed).status, 'unknown');
  assert.equal(s.refutes(path, failed), false);
  assert.equal(new Solver().refutes(path, failed), false);
  // A value the path allows is found as before.
  const w = sat([...path, and(via, eq(results[k] as Expr, bv(5)))]);
  assert.equal(w.get(`result#${k}`), 5n);
});

test('a bound on a register\'s low bits (`cmp al, 3` / `ja`) bounds them, zero-extended and scaled as a table\'s index; one value is all of them', () => {
  const al = extract(eax, 0, 8);
  const below = or(ult(al, bv(3, 8)), eq(sub(al, bv(3, 8)), bv(0, 8)));
  const s = new Solver();
  assert.deepEqual(s.range(al, [below]), [0n, 3n]);
  assert.deepEqual(s.range(mul(zext(al, 32), bv(4)), [below]), [0n, 12n]);
  assert.deepEqual(s.range(zext(al, 32), [not(ugt(zext(al, 32), bv(3)))]), [0n, 3n]);
  // A bound that is no power of two less one leaves the values up to one: the constraint is kept and refutes them.
  const upTo2 = ule(al, bv(2, 8));
  assert.deepEqual(s.range(al, [upTo2]), [0n, 3n]);
  assert.equal(s.refutes([upTo2, eq(al, bv(3, 8))]), true);
  assert.equal(s.refutes([upTo2, eq(al, bv(2, 8))]), false);
  assert.equal(evaluate(eax, sat([eq(sub(al, bv(3, 8)), bv(0, 8)), ugt(eax, bv(0x100))])) & 0xffn, 3n);
  // The low bits bound, the register itself may be anything above them; a value beyond the low bits' width is no value of theirs.
  assert.equal(s.refutes([below, eq(eax, bv(0xffffff02n))]), false);
  assert.equal(s.refutes([eq(zext(al, 32), bv(0x103))]), true);
});
