import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, and, bv, concat, constValue, eq, extract, ite, mul, sym } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { evaluate } from '../src/values/evaluate.js';
import { exprEquals } from '../src/values/key.js';
import { ConcreteMemory } from '../src/values/concrete-memory.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';

const r1 = sym('r1');
const r12 = sym('r12');

test('stores and loads round-trip byte-precisely at concrete and base+offset addresses', () => {
  const m = new SymbolicMemory();
  m.store(bv(0x100), bv(0x11223344), 4);
  assert.equal(constValue(m.load(bv(0x101), 2)), 0x2233n);
  m.store(bv(0x102), bv(0xaa, 8), 1);
  assert.equal(constValue(m.load(bv(0x100), 4)), 0x11aa3344n);
  const v = sym('value');
  m.store(add(r1, bv(12)), v, 4);
  assert.ok(exprEquals(m.load(add(r1, bv(12)), 4), v), 'a stored symbol reads back as itself');
  assert.ok(exprEquals(m.load(add(add(r1, bv(4)), bv(8)), 4), v), 'offsets fold whichever way they were written');
});

test('never-written memory reads as a named input, the same on every read', () => {
  const m = new SymbolicMemory();
  const a = m.load(add(r12, bv(8)), 4);
  assert.equal(a.kind, 'sym');
  assert.ok(exprEquals(m.load(add(r12, bv(8)), 4), a));
  assert.deepEqual(m.inputs.map((i) => i.symbol), [a]);
  assert.match(a.kind === 'sym' ? a.name : '', /r12/);
});

test('clones are independent and cheap to compare', () => {
  const m = new SymbolicMemory();
  m.store(r1, bv(1), 4);
  const c = m.clone();
  assert.ok(c.sameAs(m));
  c.store(r1, bv(2), 4);
  assert.equal(constValue(m.load(r1, 4)), 1n);
  assert.equal(constValue(c.load(r1, 4)), 2n);
  assert.ok(!c.sameAs(m));
  assert.deepEqual(c.writesSince(1).map((w) => constValue(w.value)), [2n]);
});

test('program data is the initial contents of absolute memory, and a bounded index reads a table', () => {
  const table = new Map([[0x8000n, 0x10n], [0x8004n, 0x20n], [0x8008n, 0x30n]]);
  const m = new SymbolicMemory((a) => table.get(a) ?? (a >= 0x8000n && a < 0x800cn ? 0n : undefined));
  const r0 = sym('r0');
  m.useBounds((term) => (exprEquals(term, mul(r0, bv(4))) ? [0n, 8n] : undefined));
  const loaded = m.load(add(bv(0x8000), mul(r0, bv(4))), 4);
  assert.equal(loaded.kind, 'ite');
  m.useBounds(undefined);
  assert.equal(constValue(m.load(bv(0x8004), 4)), 0x20n);
});

test('a store at an index the path bounds to one value is a store there: no choice with the old bytes, no input read for them', () => {
  // A replayed witness pins the pointer an overlapping `rep movsd` copies through: each word it stored was a choice with the
  // word before, whose bytes were the last word's choice, one level deeper every iteration, till the run ran out of heap.
  const m = new SymbolicMemory();
  const p = sym('p'), v = sym('v');
  m.useBounds((term) => (term === p ? [0x10n, 0x10n] : undefined));
  m.store(add(bv(0x1000), p), v, 4);
  assert.equal(m.load(bv(0x1010), 4), v);
  assert.equal(m.load(add(bv(0x1000), p), 4), v);
  m.store(add(bv(0x1002), p), m.load(add(bv(0x1000), p), 4), 4);
  assert.equal(m.load(bv(0x1012), 2), extract(v, 0, 16), 'a copy over its own bytes keeps the bytes, not a choice');
  assert.deepEqual(m.inputs, []);
  // An index of two values is still a choice for each cell it may be.
  const q = and(p, bv(0x14)), w = sym('w');
  m.useBounds((term) => (term === q ? [0x10n, 0x14n] : undefined));
  m.store(add(bv(0x1000), q), w, 4);
  assert.equal(m.load(bv(0x1014), 4).kind, 'ite');
});

test('a word stored at an index the path bounds to a few values reads back at that index as the value stored, at another index as a choice', () => {
  // A handle kept in a table slot (`mov [esi+ebx], eax`, EBX <= 3) read back as a choice between it and the word
  // before named no handle: a second free of it, or a use after the first, went unseen.
  const m = new SymbolicMemory();
  const esi = sym('esi'), ebx = sym('ebx'), edi = sym('edi'), h = sym('h'), g = sym('g');
  const slot = mul(ebx, bv(4)), other = mul(edi, bv(4));
  m.useBounds((term) => (term === ebx ? [0n, 3n] : term === slot || term === other ? [0n, 12n] : undefined));
  m.store(add(esi, ebx), h, 4);
  assert.equal(m.load(add(esi, ebx), 4), h, 'byte steps: the words the index may reach overlap, and the one read is still the one stored');
  assert.equal(m.load(add(ebx, esi), 4), h, 'whichever way the address was added');
  const table = new SymbolicMemory();
  table.useBounds((term) => (term === slot || term === other ? [0n, 12n] : undefined));
  table.store(add(esi, slot), h, 4);
  table.store(add(add(esi, slot), bv(4)), g, 4);
  assert.equal(table.load(add(esi, slot), 4), h, 'the next slot\'s store is at another cell for every index');
  assert.equal(table.load(add(add(esi, slot), bv(4)), 4), g);
  // At an index of its own, the word is the stored one where the indexes meet, and an input of its own where they do not.
  const read = table.load(add(esi, other), 4);
  const value = (e: Expr, i: bigint, j: bigint): bigint | undefined =>
    evaluate(e, new Map([...table.inputs.map((input): [string, bigint] => [input.symbol.kind === 'sym' ? input.symbol.name : '', 5n]), ['esi', 0x1000n], ['ebx', i], ['edi', j], ['h', 7n], ['g', 9n]]));
  assert.deepEqual([value(read, 2n, 2n), value(read, 2n, 3n), value(read, 2n, 1n)], [7n, 9n, 5n]);
  table.store(add(esi, slot), g, 4);
  assert.equal(table.load(add(esi, slot), 4), g, 'a second store at the index is the word read back');
});

test('a slot reached through an index stepped before it was scaled is the slot at the unstepped index plus the step', () => {
  // `lea edi, [ebx+1]` then `mov [esi+edi*4], eax`: as an index of its own, a load at `[esi+ebx*4]` could not
  // decide its store, and the handle the first slot kept read back as a choice naming no block.
  const esi = sym('esi'), ebx = sym('ebx'), h = sym('h'), g = sym('g');
  const slot = mul(ebx, bv(4));
  const m = new SymbolicMemory();
  m.useBounds((term) => (term === slot ? [0n, 8n] : undefined));
  m.store(add(esi, slot), h, 4);
  m.store(add(esi, mul(add(ebx, bv(1)), bv(4))), g, 4);
  assert.equal(m.load(add(esi, slot), 4), h);
  assert.equal(m.load(add(add(esi, slot), bv(4)), 4), g);
  assert.equal(m.load(add(esi, mul(add(ebx, bv(1)), bv(4))), 4), g);
  m.store(add(esi, mul(add(ebx, bv(0xffffffffn)), bv(4))), g, 4);
  assert.equal(m.load(add(add(esi, slot), bv(0xfffffffcn)), 4), g, 'a step down is an offset below');
});

test('a slot reached through a sum of two indexes scaled (`(ebx+ecx)*4`) is the slot at each scaled apart', () => {
  // `add ebx, ecx` then `mov [esi+ebx*4], eax`, read back at `[edx+ebx*4]` with EDX = ESI+ECX*4: as a term of its
  // own, `(ebx+ecx)*4` was another index than `ebx*4+ecx*4`, and the load could not decide the store's choice.
  const esi = sym('esi'), ebx = sym('ebx'), ecx = sym('ecx'), h = sym('h'), g = sym('g');
  const apart = add(mul(ebx, bv(4)), mul(ecx, bv(4)));
  const m = new SymbolicMemory();
  m.useBounds((term) => (term === apart ? [0n, 8n] : undefined));
  m.store(add(esi, bv(4)), g, 4);
  m.store(add(esi, mul(add(ebx, ecx), bv(4))), h, 4);
  assert.equal(m.load(add(esi, apart), 4), h);
  assert.equal(m.load(add(esi, mul(add(ebx, ecx), bv(4))), 4), h);
  const slot1 = m.load(add(esi, bv(4)), 4);
  assert.notEqual(slot1, h, 'a fixed slot the index may or may not be is a choice');
  assert.equal(evaluate(slot1, new Map([['esi', 0n], ['ebx', 1n], ['ecx', 0n], ['h', 7n], ['g', 9n]])), 7n);
  assert.equal(evaluate(slot1, new Map([['esi', 0n], ['ebx', 1n], ['ecx', 1n], ['h', 7n], ['g', 9n]])), 9n);
});

test('a word stored at a bounded index below the offset (`[esi+ebx*4-4]`) reads back there', () => {
  // The store's cells were offsets past 2^32 where the load's wrapped, so the load read the word before the store.
  const esi = sym('esi'), ebx = sym('ebx'), h = sym('h');
  const slot = mul(ebx, bv(4)), below = add(add(esi, slot), bv(0xfffffffcn));
  const m = new SymbolicMemory();
  m.useBounds((term) => (term === slot ? [0n, 8n] : undefined));
  m.store(below, h, 4);
  assert.equal(m.load(below, 4), h);
});

test('a word two bounded indexes may have written reads back at the first as one of the two values stored, never the word before', () => {
  // Left in the second store's choice, the first's choice kept the word before as a value per slot, and a
  // handle read back was a choice of more values than a service runs once per.
  const esi = sym('esi'), ebx = sym('ebx'), edi = sym('edi'), h = sym('h'), g = sym('g');
  const first = mul(ebx, bv(4)), second = mul(edi, bv(4));
  const m = new SymbolicMemory();
  m.useBounds((term) => (term === first || term === second ? [0n, 8n] : undefined));
  m.store(add(esi, first), h, 4);
  m.store(add(esi, second), g, 4);
  const read = m.load(add(esi, first), 4);
  const values = new Set<Expr>();
  const walk = (e: Expr): void => { if (e.kind === 'ite') { walk(e.then); walk(e.else); } else values.add(e); };
  walk(read);
  assert.deepEqual(values, new Set([h, g]));
  const value = (i: bigint, j: bigint): bigint | undefined => evaluate(read, new Map([['esi', 0x1000n], ['ebx', i], ['edi', j], ['h', 7n], ['g', 9n]]));
  assert.deepEqual([value(1n, 1n), value(1n, 2n), value(2n, 0n), value(0n, 0n)], [9n, 7n, 7n, 9n]);
});

test('widening replaces what changed with fresh values and covers later iterations', () => {
  const before = new SymbolicMemory();
  before.store(r1, bv(0), 4);
  const after = before.clone();
  after.store(r1, bv(1), 4);
  let n = 0;
  const free = new Set<string>();
  const wide = after.widenAgainst(before, (hint) => { const name = `w${n++}${hint}`; free.add(name); return sym(name, 8); });
  const later = wide.clone();
  later.store(r1, bv(2), 4);
  const isFree = (e: Parameters<Parameters<SymbolicMemory['coveredBy']>[1]>[0]) => e.kind === 'sym' && free.has(e.name);
  assert.ok(later.coveredBy(wide, isFree));
  assert.ok(!before.coveredBy(after, isFree));
});

test('concrete memory for tests reads unwritten bytes as the fill value', () => {
  const m = new ConcreteMemory([[0x10n, 0xff]]);
  assert.equal(constValue(m.load(bv(0x10), 2)), 0xffn);
  m.store(bv(0x20), bv(0x12345678), 4);
  assert.equal(constValue(m.clone().load(bv(0x22), 2)), 0x1234n);
  assert.throws(() => m.load(sym('p'), 4));
});

test('a clone of a subclass of SymbolicMemory is of that subclass', () => {
  class Tagged extends SymbolicMemory { readonly tag = 'tagged'; }
  const m = new Tagged();
  m.store(bv(0x100), bv(7), 4);
  const c = m.clone();
  assert.ok(c instanceof Tagged);
  assert.equal(constValue(c.load(bv(0x100), 4)), 7n);
});

test('an input read through addresses made of earlier inputs keeps a short name, distinct from its neighbours', () => {
  const m = new SymbolicMemory();
  // A pointer chase: each address is built from the input read before it,
  // so a name that spelled out its address in full would nest every earlier name.
  let p: ReturnType<typeof m.load> = m.load(add(r12, bv(4)), 4);
  const names: string[] = [];
  for (let i = 0; i < 12; i++) {
    p = m.load(add(mul(p, bv(3)), add(p, bv(8))), 4);
    names.push(p.kind === 'sym' ? p.name : '');
  }
  assert.ok(names.every((n) => n.length < 120), `longest name: ${Math.max(...names.map((n) => n.length))} characters`);
  assert.equal(new Set(names).size, names.length, 'every input has a name of its own');
});

test('a join lists the inputs of both sides once each: those from before the split, then each side\'s own', () => {
  const m = new SymbolicMemory();
  const before = m.load(add(r12, bv(0)), 4);
  const left = m.clone(), right = m.clone();
  const mine = left.load(add(r12, bv(4)), 4);
  const theirs = right.load(add(r12, bv(8)), 4);
  const both = right.load(add(r12, bv(12)), 4);
  const joined = left.joinWith(right, sym('side', 1));
  assert.ok(joined);
  const names = joined.inputs.map((i) => i.symbol);
  // The left side reads [r12+8] and [r12+12] as inputs of its own when the join fills in what only the right has.
  assert.deepEqual(names.slice(0, 2), [before, mine]);
  assert.ok(names.includes(theirs) && names.includes(both));
  assert.equal(new Set(names).size, names.length, 'no input twice');
  const again = joined.clone().joinWith(joined.clone(), sym('other', 1));
  assert.deepEqual(again?.inputs.map((i) => i.symbol), names, 'joining two copies adds nothing');
});

test('a join makes no node for the bytes the two sides hold differently until one is read, and a word of them reads as the choice between the words', () => {
  const x = sym('x'), y = sym('y'), z = sym('z'), side = sym('side', 1), other = sym('other', 1);
  const start = new SymbolicMemory();
  const storing = (value: typeof x): SymbolicMemory => {
    const m = start.clone();
    m.store(r1, value, 4);
    return m;
  };
  const joined = (): SymbolicMemory => {
    const j = storing(x).joinWith(storing(y), side)?.joinWith(storing(z), other);
    assert.ok(j);
    return j;
  };
  // Every interned node takes the next id: a probe symbol's id counts the nodes made before it.
  let probes = 0;
  const nextId = (): number => { const p = sym(`probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
  const left = storing(x), right = storing(y);
  const before = nextId();
  const once = left.joinWith(right, side);
  assert.equal(nextId() - before - 1, 0, 'the join made no node');
  assert.ok(once);
  assert.ok(exprEquals(once.load(r1, 4), ite(side, x, y)), 'the choice between the words');
  assert.ok(exprEquals(once.load(add(r1, bv(1)), 1), ite(side, extract(x, 8, 8), extract(y, 8, 8))), 'a byte alone reads as its ite');
  const twice = joined(), read = joined();
  const value = read.clone().load(r1, 2);
  const low = (v: typeof x): ReturnType<typeof extract> => extract(v, 0, 16);
  assert.ok(exprEquals(value, ite(other, ite(side, low(x), low(y)), low(z))), 'a choice of choices');
  assert.ok(twice.sameAs(read) && read.sameAs(twice), 'bytes made and not made yet compare alike');
  const elsewhere = storing(x).joinWith(storing(y), other)?.joinWith(storing(z), other);
  assert.ok(elsewhere && !elsewhere.sameAs(read) && !read.sameAs(elsewhere), 'joined on another selector');
});

test('a word the sides of a join hold partly alike reads as the choice between their words; bytes two joins chose stay bytes', () => {
  const x = sym('x'), y = sym('y'), side = sym('side', 1), other = sym('other', 1);
  const start = new SymbolicMemory();
  start.store(r1, x, 4);
  const left = start.clone();
  left.store(r1, bv(7, 8), 1);
  const once = left.joinWith(start.clone(), side);
  assert.ok(once);
  const byte = (v: typeof x, i: number): ReturnType<typeof extract> => extract(v, 8 * i, 8);
  assert.ok(exprEquals(once.clone().load(r1, 4), ite(side, concat(byte(x, 3), concat(byte(x, 2), concat(byte(x, 1), bv(7, 8)))), x)), 'the word each side holds');
  const chosen = start.clone();
  chosen.store(r1, y, 4);
  const base = start.clone().joinWith(chosen, side);
  assert.ok(base);
  const changed = base.clone();
  changed.store(add(r1, bv(1)), bv(5, 8), 1);
  const twice = changed.joinWith(base.clone(), other);
  assert.ok(twice);
  const was = (i: number): ReturnType<typeof ite> => ite(side, byte(x, i), byte(y, i));
  assert.ok(exprEquals(twice.load(r1, 4), concat(was(3), concat(was(2), concat(ite(other, bv(5, 8), was(1)), was(0))))), 'byte by byte');
});

test('a join names the input it reads for the side that never touched a byte, and makes its symbol only when read', () => {
  const start = new SymbolicMemory(), side = sym('side', 1), at = add(sym('workspace'), bv(4));
  const left = start.clone();
  left.store(at, bv(7, 8), 1);
  let probes = 0;
  const nextId = (): number => { const p = sym(`input probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
  const before = nextId();
  const joined = left.clone().joinWith(start.clone(), side);
  assert.equal(nextId() - before - 1, 0, 'the join made no node');
  assert.ok(joined);
  const again = left.clone().joinWith(start.clone(), side);
  assert.ok(again && again.sameAs(joined), 'inputs not made yet compare by name');
  const input = sym('mem8[workspace + 4]', 8);
  assert.deepEqual(joined.inputs.map((i) => i.symbol), [input]);
  assert.ok(exprEquals(joined.clone().load(at, 1), ite(side, bv(7, 8), input)));
  assert.ok(joined.sameAs(again) && again.sameAs(joined), 'and alike once one is made');
});

test('a word only one side of a join read is that same input on the other side, which never read it: the join makes no choice for it', () => {
  const side = sym('side', 1), at = add(r12, bv(8));
  const m = new SymbolicMemory();
  const left = m.clone(), right = m.clone();
  const word = left.load(at, 4);
  for (const joined of [left.joinWith(right, side), right.joinWith(left, side)]) {
    assert.ok(joined);
    assert.ok(exprEquals(joined.clone().load(at, 4), word), 'the word read on one side');
    assert.deepEqual(joined.inputs.map((i) => i.symbol), [word], 'and no input made for the other');
  }
});

test('a side that may hold another value there keeps the choice: it read the word before it lost it, or the input lies elsewhere', () => {
  const side = sym('side', 1), sp = sym('sp'), at = add(r12, bv(8)), copy = add(r12, bv(16));
  const m = new SymbolicMemory();
  const word = m.load(at, 4);
  const left = m.clone(), right = m.clone();
  // The right side called code that may have changed the word: what it holds now is no longer the input both read.
  right.forgetAllBut(sp);
  const forgotten = left.joinWith(right, side);
  assert.ok(forgotten);
  const value = forgotten.clone().load(at, 4);
  assert.ok(!exprEquals(value, word));
  assert.equal(evaluate(value, new Map([['side', 1n], ['mem32[r12 + 8]', 5n]])), 5n, 'the word on the side that kept it');
  // An input stored at another place is a value there, not what the other side holds at it.
  const start = new SymbolicMemory();
  const storing = start.clone();
  const read = storing.load(at, 4);
  storing.store(copy, read, 4);
  const joined = storing.joinWith(start.clone(), side);
  assert.ok(joined);
  assert.ok(exprEquals(joined.clone().load(at, 4), read));
  assert.ok(!exprEquals(joined.clone().load(copy, 4), read), 'the copy is a choice between the stored word and an input');
});

test('memories given one naming of data addresses name the inputs their joins read alike, and ask for each name once', () => {
  const asked: bigint[] = [];
  const naming = (address: bigint): string | undefined => {
    asked.push(address);
    return address === 0x8000n ? 'hBuf' : undefined;
  };
  const joinedName = (): string[] => {
    // The left side never read hBuf, so the join reads it there as an input named by the naming.
    const m = new SymbolicMemory(() => undefined, 'mem', naming);
    const right = m.clone();
    right.store(bv(0x8000), bv(1, 8), 1);
    right.store(add(r12, bv(4)), bv(2, 8), 1);
    const joined = m.clone().joinWith(right, sym('side', 1));
    assert.ok(joined);
    return joined.inputs.map((i) => (i.symbol.kind === 'sym' ? i.symbol.name : ''));
  };
  const first = joinedName(), second = joinedName();
  assert.deepEqual(first, ['mem8[hBuf]', 'mem8[r12 + 4]']);
  assert.deepEqual(second, first, 'another entry point\'s memory names the same inputs alike');
  assert.deepEqual(asked, [0x8000n], 'and does not look the name up again');
});

test('a store at a base plus an unbounded term may have written any cell of that base\'s region, and no other region', () => {
  const m = new SymbolicMemory();
  const block = sym('block'), stride = sym('stride'), other = sym('other');
  m.store(add(block, bv(12)), bv(-1), 4);
  m.store(add(other, bv(12)), bv(-1), 4);
  const v = sym('value');
  m.store(add(block, stride), v, 4);
  const entry = m.load(add(block, bv(12)), 4);
  // Words starting inside the cell read the bytes after it, which no store gave: inputs.
  const inputs = m.inputs.map((i): [string, bigint] => [i.symbol.kind === 'sym' ? i.symbol.name : '', 0n]);
  const at = (s: bigint) => evaluate(entry, new Map([...inputs, ['block', 0x1000n], ['stride', s], ['value', 7n]]));
  assert.equal(at(12n), 7n, 'the store hit the cell when stride is 12');
  assert.equal(at(24n), 0xffffffffn, 'and left it when stride is not');
  assert.equal(constValue(m.load(add(other, bv(12)), 4)), 0xffffffffn, 'another base is another object');
  assert.ok(exprEquals(m.load(add(block, stride), 4), v), 'the stored value reads back at its own address');
});

test('a store at a base plus an index with too many values to split on keeps the region: each cell it may reach takes the value where the address is the cell\'s', () => {
  const m = new SymbolicMemory();
  const block = sym('block'), n = sym('n');
  m.useBounds((term) => (exprEquals(term, mul(bv(12), n)) ? [0n, 744n] : undefined));
  for (const at of [0, 12, 24]) m.store(add(block, bv(at)), bv(-1), 4);
  m.store(add(block, mul(bv(12), n)), bv(7), 4);
  const at = (cell: number, k: bigint) => evaluate(m.load(add(block, bv(cell)), 4), new Map([['block', 0x1001n], ['n', k]]));
  assert.deepEqual([at(0, 1n), at(12, 1n), at(24, 1n)], [0xffffffffn, 7n, 0xffffffffn], 'an unaligned base does not matter: the step from it is a multiple of 4');
  assert.deepEqual([at(0, 9n), at(12, 9n), at(24, 9n)], [0xffffffffn, 0xffffffffn, 0xffffffffn]);
  assert.equal(m.inputs.length, 0, 'the pre-set cells are kept, not forgotten');
});

test('a word store at an address masked to a word boundary reaches the word cells of the base only', () => {
  const m = new SymbolicMemory();
  const block = sym('block'), stride = sym('stride');
  m.store(add(block, bv(12)), bv(-1), 4);
  m.store(and(add(block, stride), bv(0xfffffffc)), bv(5), 4);
  const entry = m.load(add(block, bv(12)), 4);
  const at = (s: bigint) => evaluate(entry, new Map([['block', 0x1000n], ['stride', s]]));
  assert.equal(at(13n), 5n, 'the masked address lands on the cell');
  assert.equal(at(16n), 0xffffffffn);
  assert.equal(m.inputs.length, 0, 'no word starting inside the cell was read to merge into');
});

test('a store through a pointer joined from two offsets of one object writes the cell of each offset under its condition', () => {
  const m = new SymbolicMemory();
  const block = sym('block'), odd = sym('odd', 1);
  for (const at of [0, 12, 24]) m.store(add(block, bv(at)), bv(-1), 4);
  m.store(add(ite(eq(odd, bv(1, 1)), add(block, bv(12)), block), bv(12)), bv(7), 4);
  const at = (cell: number, c: bigint) => {
    const entry = m.load(add(block, bv(cell)), 4);
    // Words starting inside a cell read bytes no store gave: inputs.
    const inputs = m.inputs.map((i): [string, bigint] => [i.symbol.kind === 'sym' ? i.symbol.name : '', 0n]);
    return evaluate(entry, new Map([...inputs, ['block', 0x1000n], ['odd', c]]));
  };
  assert.deepEqual([at(12, 0n), at(24, 0n)], [7n, 0xffffffffn], 'from the block itself: its second entry');
  assert.deepEqual([at(12, 1n), at(24, 1n)], [0xffffffffn, 7n], 'from one entry on: its third');
  assert.equal(at(0, 1n), 0xffffffffn);
});

test('a word stored, or read where nothing was stored, is cut into bytes made only when one is read alone', () => {
  // Every interned node takes the next id: a probe symbol's id counts the nodes made before it.
  let probes = 0;
  const nextId = (): number => { const p = sym(`slice probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
  const frame = sym('frame'), word = sym('sliced word');
  const at = add(frame, bv(8)), unwritten = add(frame, bv(16)), second = add(frame, bv(9));
  const m = new SymbolicMemory();
  const before = nextId();
  m.store(at, word, 4);
  assert.ok(exprEquals(m.load(at, 4), word), 'the word reads back whole');
  const input = m.load(unwritten, 4);
  assert.ok(exprEquals(m.load(unwritten, 4), input), 'and so does the input read where nothing was stored');
  assert.equal(nextId() - before - 1, 1, 'the input is the only node made');
  assert.ok(exprEquals(m.load(second, 1), extract(word, 8, 8)), 'a byte read alone is its slice of the word');
  assert.ok(exprEquals(m.load(add(frame, bv(17)), 2), extract(input, 8, 16)));
  const same = new SymbolicMemory(), other = new SymbolicMemory();
  same.store(at, word, 4);
  other.store(at, sym('another word'), 4);
  const read = new SymbolicMemory();
  read.store(at, word, 4);
  read.clone().load(second, 1);
  assert.ok(same.sameAs(read) && read.sameAs(same), 'slices of one word at one place compare alike, read or not');
  assert.ok(!other.sameAs(same), 'slices of another word do not');
});

test('forgetAllBut keeps the region its address lies in; the rest reads as new inputs, read-only data as the image', () => {
  const sp = sym('sp');
  const m = new SymbolicMemory((address) => (address === 0x8000n ? 0x5an : undefined));
  m.store(add(sp, bv(4)), bv(0x1111), 4);
  m.store(add(r12, bv(8)), bv(0x2222), 4);
  m.store(bv(0x9000), bv(0x3333), 4);
  const before = m.load(add(r1, bv(0)), 4);
  const copy = m.clone();
  m.forgetAllBut(add(sp, bv(-12)));
  assert.equal(constValue(m.load(add(sp, bv(4)), 4)), 0x1111n, 'the stack frame stays');
  const workspace = m.load(add(r12, bv(8)), 4);
  assert.equal(workspace.kind, 'sym', 'a store through another base is forgotten');
  assert.equal(m.load(bv(0x9000), 4).kind, 'sym', 'so is a store to an absolute address');
  assert.equal(constValue(m.load(bv(0x8000), 1)), 0x5an, 'read-only data still reads from the image');
  const after = m.load(add(r1, bv(0)), 4);
  assert.ok(!exprEquals(after, before), 'an input read before is a new input after');
  assert.equal(constValue(copy.load(add(r12, bv(8)), 4)), 0x2222n, 'a clone taken before keeps what it knew');
});

test('a store through a pointer joined from two objects may have written either: each reads the value under its arm\'s condition', () => {
  // A PreGrow whose ways met after `MOVNE r11, sp` stored `STRNE r3, [r11]` at "SP if NE, else R11": the stacked R2 at SP
  // read back as the value from before the store, as if the choice were an object of its own.
  const m = new SymbolicMemory();
  const sp = sym('sp'), r11 = sym('r11'), ne = eq(sym('ne', 1), bv(1, 1));
  const slot = add(sp, bv(-8));
  m.store(slot, sym('r2'), 4);
  m.store(r11, bv(5), 4);
  m.store(ite(ne, slot, r11), sym('r3'), 4);
  const at = (address: Expr, taken: bigint) =>
    evaluate(m.load(address, 4), new Map([['sp', 0x1000n], ['r11', 0x2000n], ['ne', taken], ['r2', 2n], ['r3', 3n]]));
  assert.deepEqual([at(slot, 1n), at(r11, 1n)], [3n, 5n], 'taken: the store hit the stacked word');
  assert.deepEqual([at(slot, 0n), at(r11, 0n)], [2n, 3n], 'not taken: it hit the word at R11');
  assert.deepEqual([at(ite(ne, slot, r11), 1n), at(ite(ne, slot, r11), 0n)], [3n, 3n], 'and reads back through the same choice');
  assert.equal(m.inputs.length, 0, 'every word read was stored');
});

test('a load through a pointer joined from two objects reads each under its arm\'s condition, and a store at one arm shows through it', () => {
  const m = new SymbolicMemory();
  const sp = sym('sp'), r11 = sym('r11'), ne = eq(sym('ne', 1), bv(1, 1));
  m.store(sp, bv(1), 4);
  m.store(r11, bv(2), 4);
  const chosen = ite(ne, sp, r11);
  const before = m.load(chosen, 4);
  m.store(sp, bv(9), 4);
  const after = m.load(chosen, 4);
  const at = (e: Expr, taken: bigint) => evaluate(e, new Map([['sp', 0x1000n], ['r11', 0x2000n], ['ne', taken]]));
  assert.deepEqual([at(before, 1n), at(before, 0n)], [1n, 2n]);
  assert.deepEqual([at(after, 1n), at(after, 0n)], [9n, 2n], 'the later store at SP is what the choice reads where it is SP');
});

test('a store through a choice between more objects than it follows forgets each of them; a load there reads an input each time', () => {
  const m = new SymbolicMemory();
  const block = sym('block');
  // One place is a pointer plus a stride no bound limits, which may reach any cell of the pointer's region.
  const objects = [...Array.from({ length: 16 }, (_, i) => sym(`p${i}`)), add(block, sym('stride'))];
  for (const p of [...objects, block]) m.store(p, bv(1), 4);
  const chosen = objects.slice(1).reduce((acc, p, i) => ite(eq(sym(`c${i}`, 1), bv(1, 1)), p, acc), objects[0] as Expr);
  const first = m.load(chosen, 4);
  assert.ok(m.isInput(first) && !exprEquals(m.load(chosen, 4), first), 'no cell keeps what a load there read');
  m.store(chosen, bv(2), 4);
  assert.ok([...objects, block].every((p) => m.isInput(m.load(p, 4))), 'every object it may have written reads as unknown');
});

test('a cell addressed as p + q + 4 is the cell q + (p + 4): a sum names one address whatever order it was added in', () => {
  const m = new SymbolicMemory();
  const p = sym('block'), q = sym('offset');
  m.store(add(add(p, q), bv(4)), sym('handle'), 4);
  assert.equal(m.load(add(q, add(p, bv(4))), 4), sym('handle'));
  m.store(add(add(q, bv(4)), p), bv(0), 4);
  assert.equal(constValue(m.load(add(add(p, bv(4)), q), 4)), 0n);
});

test('a store at a data table plus an index no bound limits may have written any word of the image; memories on one image read its bytes once', () => {
  const table = new Map([[0x8000n, 0x10n], [0x8004n, 0x20n], [0x8008n, 0x30n]]);
  let reads = 0;
  const spans: readonly (readonly [bigint, bigint])[] = [[0x8000n, 0x800cn]];
  const image = Object.assign((a: bigint) => {
    reads++;
    return table.get(a) ?? (a >= 0x8000n && a < 0x800cn ? 0n : undefined);
  }, { spans: () => spans });
  const stored = (base: number) => {
    const m = new SymbolicMemory(image);
    m.store(add(bv(base), mul(sym('r0'), bv(4))), sym('value'), 4);
    return (at: number, r0: bigint) => evaluate(m.load(bv(at), 4), new Map([['r0', r0], ['value', 7n]]));
  };
  const word = stored(0x8000);
  assert.equal(word(0x8004, 1n), 7n, 'the store hit the table\'s word when the index was 1');
  assert.equal(word(0x8004, 2n), 0x20n, 'and left its initial value when not');
  assert.equal(word(0x8008, 2n), 7n);
  const once = reads;
  // Each entry of a program runs on a memory of its own, over the one image.
  for (let i = 0; i < 3; i++) assert.equal(stored(0x8000)(0x8004, 1n), 7n);
  assert.equal(reads, once, 'the image\'s bytes were read for the first memory only');
  assert.equal(stored(0x9000)(0x8004, 1n), 0x20n, 'a store at a constant outside the data leaves the table as it was');
});

/** Pointers to one object as code makes them: a plain symbol, and one loaded and aligned (`LDR r1, [r12, #8]` / `BIC r1, r1, #3`). */
const objectPointers = (): Expr[] => [sym('block'), and(sym('loaded'), bv(0xfffffffc))];
const pointerValues = new Map([['block', 0x1000n], ['loaded', 0x2002n]]);

test('a store at an index nothing bounds and one at a cell of the same object see each other, whatever the pointer: no word reads what the other store overwrote', () => {
  for (const base of objectPointers()) {
    const i = sym('i'), j = sym('j'), indexed = (k: Expr): Expr => add(base, mul(k, bv(4)));
    const earlier = new SymbolicMemory();
    earlier.store(add(base, bv(4)), bv(9), 4);
    earlier.store(indexed(i), bv(7), 4);
    const cell = earlier.load(add(base, bv(4)), 4);
    const read = (k: bigint) => evaluate(cell, new Map([...pointerValues, ['i', k]]));
    assert.deepEqual([read(1n), read(2n)], [7n, 9n], `${base.kind}: the indexed store overwrote the cell where i is 1`);
    // The word at an index lies where the index puts it: a later store into the object leaves it not known.
    const later = new SymbolicMemory();
    later.store(indexed(i), bv(7), 4);
    later.store(add(base, bv(4)), bv(9), 4);
    assert.ok(later.isInput(later.load(indexed(i), 4)), `${base.kind}: the cell's store may have overwritten the indexed word`);
    const two = new SymbolicMemory();
    two.store(indexed(i), bv(7), 4);
    two.store(indexed(j), bv(9), 4);
    assert.ok(two.isInput(two.load(indexed(i), 4)), `${base.kind}: a second index may meet the first`);
    assert.equal(constValue(two.load(indexed(j), 4)), 9n, `${base.kind}: the last store reads back at its own address`);
    const apart = new SymbolicMemory();
    apart.store(indexed(i), bv(7), 4);
    apart.store(add(sym('other'), bv(4)), bv(9), 4);
    assert.equal(constValue(apart.load(indexed(i), 4)), 7n, `${base.kind}: a store into another object leaves it`);
  }
  // One offset into two pointers (each VM's control block at the offset a VxD was given) is two objects.
  const m = new SymbolicMemory(), offset = sym('offset');
  m.store(add(sym('vm1'), offset), bv(7), 4);
  m.store(add(sym('vm2'), offset), bv(9), 4);
  assert.equal(constValue(m.load(add(sym('vm1'), offset), 4)), 7n);
});

test('a plain symbol a store adds to its base register (its index) is no pointer: two indexes into one table may meet, one offset into two pointers is two objects', () => {
  const p = sym('p'), i = sym('i'), j = sym('j'), offset = sym('offset');
  const m = new SymbolicMemory();
  m.store(add(p, i), bv(7, 8), 1, i);
  m.store(add(p, j), bv(9, 8), 1, j);
  assert.ok(m.isInput(m.load(add(p, i), 1)), 'j may be i');
  assert.equal(constValue(m.load(add(p, j), 1)), 9n, 'the last store reads back at its own address');
  // The first store's index need not be known: the second's pointer is among the terms they share.
  const first = new SymbolicMemory();
  first.store(add(p, i), bv(7, 8), 1);
  first.store(add(p, j), bv(9, 8), 1, j);
  assert.ok(first.isInput(first.load(add(p, i), 1)));
  // An index scaled is no pointer either, so the pointer of the other address is the one they share.
  const scaled = new SymbolicMemory();
  scaled.store(add(p, i), bv(7, 8), 1);
  scaled.store(add(p, mul(j, bv(4))), bv(9, 8), 1);
  assert.ok(scaled.isInput(scaled.load(add(p, i), 1)), 'p + j*4 may be p + i');
  // The offset an index, the two pointers it is added to stay two objects.
  const vms = new SymbolicMemory();
  vms.store(add(sym('vm1'), offset), bv(7), 4, offset);
  vms.store(add(sym('vm2'), offset), bv(9), 4, offset);
  assert.equal(constValue(vms.load(add(sym('vm1'), offset), 4)), 7n);
});

test('a block filled from a pointer no register table bounds (clobber) forgets the words of its object from the pointer up, and keeps those below it', () => {
  for (const base of objectPointers()) {
    const m = new SymbolicMemory();
    const i = sym('i');
    m.store(add(base, mul(i, bv(4))), bv(8), 4);
    m.store(base, bv(5), 4);
    m.store(add(base, bv(4)), bv(6), 4);
    m.store(add(base, bv(12)), bv(7), 4);
    m.clobber(add(base, bv(8)), mul(sym('entry'), bv(4)), sym('filled'));
    assert.deepEqual([m.load(base, 4), m.load(add(base, bv(4)), 4)].map(constValue), [5n, 6n], `${base.kind}: the words below the block`);
    assert.ok(m.isInput(m.load(add(base, bv(12)), 4)), `${base.kind}: a word of the block is not known`);
    assert.ok(m.isInput(m.load(add(base, mul(i, bv(4))), 4)), `${base.kind}: nor one at an index into the object`);
  }
  const m = new SymbolicMemory();
  const sp = sym('sp'), below = (n: number) => add(sp, bv(-n));
  m.store(below(4), bv(1), 4);
  m.store(below(60), bv(2), 4);
  m.clobber(below(52), bv(0), sym('filled'));
  assert.equal(constValue(m.load(below(60), 4)), 2n, 'a stack word below the block is kept');
  assert.ok(m.isInput(m.load(below(4), 4)), 'one above it may have been written: the block\'s size is not known');
});
