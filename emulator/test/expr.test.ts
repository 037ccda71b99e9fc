import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { add, and, and1, ashr, bv, concat, constValue, eq, exprEquals, extract, ite, mask, mul, ne, not, or, or1, rotl, rotr, sdiv, sext, signedValue, slt, srem, sub, sym, symbolBit, udiv, ule, ult, xor, zext } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { formatExpr, formatExprCut } from '../src/values/format.js';
import { symbolsOf } from '../src/values/key.js';

test('arithmetic folds modulo the width', () => {
  assert.equal(constValue(add(bv(0xffffffff), bv(1))), 0n);
  assert.equal(constValue(sub(bv(0), bv(1))), 0xffffffffn);
  assert.equal(constValue(mul(bv(0x10000), bv(0x10000))), 0n);
  assert.equal(constValue(udiv(bv(7), bv(2))), 3n);
});

test('signed division truncates toward zero', () => {
  assert.equal(signedValue(sdiv(bv(-7), bv(2))), -3n);
  assert.equal(signedValue(srem(bv(-7), bv(2))), -1n);
});

test('division by a constant zero stays symbolic for the CPU to decide', () => {
  assert.equal(udiv(bv(1), bv(0)).kind, 'binary');
});

test('shifts and rotates', () => {
  assert.equal(constValue(ashr(bv(0x80000000), bv(31))), 0xffffffffn);
  assert.equal(constValue(ashr(bv(0x80000000), bv(40))), 0xffffffffn);
  assert.equal(constValue(rotl(bv(0x80000001), bv(1))), 3n);
  assert.equal(constValue(rotr(bv(3), bv(1))), 0x80000001n);
});

test('concat puts the first operand in the high bits, whatever the widths', () => {
  assert.equal(constValue(concat(bv(1, 1), bv(0, 32))), 0x100000000n);
  assert.equal(concat(bv(1, 1), bv(0, 32)).width, 33);
  assert.equal(constValue(concat(bv(0xab, 8), bv(0xcd, 8))), 0xabcdn);
});

test('extension and extraction', () => {
  assert.equal(constValue(sext(bv(0x80, 8), 32)), 0xffffff80n);
  assert.equal(constValue(zext(bv(0x80, 8), 32)), 0x80n);
  assert.equal(constValue(extract(bv(0x12345678), 8, 8)), 0x56n);
});

test('bits taken from one part of a concat, or from an extraction, are taken from that part: a byte register written after a call', () => {
  const rest = extract(sym('ecx.before'), 8, 24), byte = sym('mode', 8);
  const ecx = concat(rest, byte);
  assert.equal(extract(ecx, 0, 8), byte);
  assert.equal(extract(ecx, 2, 4), extract(byte, 2, 4));
  assert.equal(extract(ecx, 8, 24), rest);
  assert.equal(extract(ecx, 16, 8), extract(sym('ecx.before'), 16, 8));
  assert.deepEqual([...symbolsOf(extract(ecx, 4, 8)).keys()], ['ecx.before', 'mode'], 'bits across the seam need both parts');
  assert.equal(extract(extract(sym('w'), 8, 16), 4, 8), extract(sym('w'), 12, 8));
});

test('a choice between two constants compared with a constant is the choice: V joined as 1 one way and 0 the other', () => {
  const c = eq(sym('flags', 8), bv(1, 8));
  assert.equal(eq(ite(c, bv(0, 1), bv(1, 1)), bv(1, 1)), not(c));
  assert.equal(eq(bv(1, 1), ite(c, bv(1, 1), bv(0, 1))), c, 'in either order');
  assert.equal(constValue(eq(ite(c, bv(2), bv(2)), bv(2))), 1n);
  assert.equal(constValue(eq(ite(c, bv(2), bv(3)), bv(4))), 0n);
  assert.equal(eq(ite(c, sym('x'), bv(3)), bv(3)).kind, 'binary', 'an arm that is not a constant is left to the solver');
});

test('a flag that is its own condition one way and the negation the other is 1: SETV\'s CMP and CMNVC joined', () => {
  const n = extract(sym('r0'), 31, 1);
  assert.equal(constValue(ite(n, n, not(n))), 1n);
  assert.equal(constValue(ite(not(n), not(n), n)), 1n, 'either way round');
  assert.equal(ite(n, n, sym('v', 1)).kind, 'ite', 'another value on the other way is a choice still');
  assert.equal(ite(n, not(n), n).kind, 'ite', 'the flag against itself is no constant 1');
});

test('an equality with a constant sees through a flag, a complement, an XOR with a constant and a widening; a carry out of x + k is a bound on x', () => {
  const x = sym('x'), b = eq(x, bv(5));
  assert.equal(eq(b, bv(1, 1)), b);
  assert.equal(eq(bv(0, 1), b), not(b));
  assert.equal(eq(not(x), bv(0)), eq(x, bv(0xffffffff)));
  assert.equal(eq(xor(x, bv(0xffffffff)), bv(0)), eq(x, bv(0xffffffff)));
  assert.equal(eq(bv(6), xor(bv(3), x)), eq(x, bv(5)));
  assert.equal(eq(zext(sym('c', 8), 32), bv(7)), eq(sym('c', 8), bv(7, 8)));
  assert.equal(constValue(eq(zext(sym('c', 8), 32), bv(0x100))), 0n);
  assert.equal(extract(add(zext(x, 33), bv(1, 33)), 32, 1), ule(bv(0xffffffff), x));
  assert.equal(extract(add(zext(x, 33), bv(0x10, 33)), 32, 1), ule(bv(0xfffffff0), x));
});

test('a mask with no bits above the low part of a concat keeps only the low part: mov cl, [x] / and ecx, 3', () => {
  const ecx = concat(extract(sym('ecx.before'), 8, 24), sym('mode', 8));
  assert.equal(and(ecx, bv(3)), zext(and(sym('mode', 8), bv(3, 8)), 32));
  assert.equal(and(bv(3), ecx), zext(and(sym('mode', 8), bv(3, 8)), 32), 'in either order');
  assert.equal(constValue(and(concat(sym('h', 24), bv(0xf6, 8)), bv(0x0f))), 6n);
  assert.deepEqual([...symbolsOf(and(ecx, bv(0x100))).keys()].sort(), ['ecx.before', 'mode'], 'a mask reaching the high part keeps it');
});

test('comparisons give 1-bit values; ite picks by a constant condition', () => {
  assert.equal(constValue(ult(bv(1), bv(0xffffffff))), 1n);
  assert.equal(constValue(slt(bv(1), bv(0xffffffff))), 0n);
  const x = sym('x');
  assert.equal(ite(ult(bv(1), bv(2)), x, bv(0)), x);
  assert.equal(not(not(x)), x);
  const y = add(sym('entry.r9'), bv(4));
  assert.equal(constValue(eq(y, add(sym('entry.r9'), bv(4)))), 1n, 'a value equals itself');
  assert.equal(constValue(ne(y, y)), 0n);
  assert.equal(constValue(eq(y, x)), undefined);
});

test('a sum of one term and constants is one node x + k: (x + 2) - x is 2, (x - 1) - 1 is x - 2, 4 + x is x + 4', () => {
  const x = sym('mem32[ws]');
  assert.equal(constValue(sub(add(x, bv(2)), x)), 2n, 'a counter loaded twice and subtracted');
  assert.equal(constValue(sub(x, add(x, bv(2)))), 0xfffffffen);
  assert.equal(constValue(sub(add(x, bv(3)), sub(x, bv(1)))), 4n);
  assert.equal(constValue(sub(x, x)), 0n);
  assert.equal(sub(sub(x, bv(1)), bv(1)), add(x, bv(-2)));
  assert.equal(formatExpr(sub(sub(x, bv(1)), bv(1))), 'mem32[ws] - 2');
  assert.equal(add(bv(4), x), add(x, bv(4)));
  assert.equal(add(add(x, bv(4)), bv(-4)), x);
  assert.equal(add(x, bv(0)), x);
  assert.equal(sub(x, bv(0)), x);
  const y = sym('y');
  assert.equal(sub(add(x, bv(2)), y).kind, 'binary', 'other terms stay');
  assert.equal(formatExpr(sub(bv(8), x)), '8 - mem32[ws]');
});

test('a sum is one node whatever order its terms come in: x + y is y + x, a constant goes last, x * 1 is x', () => {
  const x = sym('esi'), y = sym('ebx'), z = sym('edi'), loaded = zext(sym('mem8[p]', 8), 32);
  assert.equal(add(x, y), add(y, x));
  assert.equal(add(x, loaded), add(loaded, x));
  assert.equal(add(add(x, bv(4)), y), add(add(y, bv(4)), x));
  assert.equal(add(add(x, bv(4)), add(y, bv(8))), add(add(y, x), bv(12)));
  assert.equal(add(add(x, y), z), add(x, add(z, y)));
  assert.equal(constValue(sub(add(add(x, y), bv(8)), add(y, x))), 8n, 'one sum less the same terms in another order is the constant');
  assert.equal(mul(x, bv(1)), x);
  assert.equal(mul(bv(4), x), mul(x, bv(4)));
  assert.equal(add(x, mul(y, bv(1))), add(y, mul(x, bv(1))), '[esi+ebx*1] is [ebx+esi*1]');
  // Up to eight terms, every order of adding them gives the one node.
  const terms = [x, y, z, loaded, not(x), sym('ebp'), mul(y, bv(4)), sym('eax')];
  const forward = terms.reduce((acc, t) => add(acc, t));
  let seed = 7;
  for (let round = 0; round < 200; round++) {
    const shuffled = [...terms];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as Expr, shuffled[i] as Expr];
    }
    const [first, ...rest] = shuffled as [Expr, ...Expr[]];
    const nested = rest.length > 3 ? add(add(first, rest.slice(0, 3).reduce((acc, t) => add(acc, t))), rest.slice(3).reduce((acc, t) => add(acc, t))) : forward;
    assert.equal(shuffled.reduce((acc, t) => add(acc, t)), forward);
    assert.equal(nested, forward);
  }
});

test('the order of a sum\'s terms comes from their structure, not from which node was made first', () => {
  // Two fresh processes make the same terms in opposite orders, then the same sum: it must read alike, as a path note would.
  const sumText = (order: string): string => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
    import { add, sym, zext } from './emulator/src/values/expr.ts';
    import { formatExpr } from './emulator/src/values/format.ts';
    const make = { p: () => sym('p'), q: () => sym('q'), m: () => zext(sym('mem8[q]', 8), 32), n: () => zext(sym('mem8[p]', 8), 32) };
    for (const name of '${order}') make[name]();
    process.stdout.write(formatExpr(add(add(make.p(), make.m()), add(make.q(), make.n()))));
  `], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
  assert.equal(sumText('pqmn'), sumText('nmqp'));
});

test('bitwise identities fold: 1 & g, g | 0, g & 0, g | 1, g & ~g, g | ~g, (g & h) | ~g', () => {
  const g = ult(sym('eax'), bv(4)), h = ult(sym('ebx'), bv(9));
  assert.equal(and1(g), g);
  assert.equal(and(bv(1, 1), g), g);
  assert.equal(and(g, bv(1, 1)), g);
  assert.equal(or(g, bv(0, 1)), g);
  assert.equal(constValue(and(g, bv(0, 1))), 0n);
  assert.equal(constValue(or(bv(1, 1), g)), 1n);
  assert.equal(constValue(and(g, not(g))), 0n);
  assert.equal(constValue(or(not(g), g)), 1n);
  assert.equal(not(not(g)), g);
  assert.equal(formatExpr(or(and(g, h), not(g))), formatExpr(or(not(g), h)));
  assert.equal(and(sym('x'), bv(0xffffffff)).kind, 'sym');
  assert.equal(constValue(xor(sym('x'), sym('x'))), 0n);
  assert.equal(and1().kind, 'const');
  assert.equal(constValue(or1()), 0n);
});

test('the mask of a width has that many low bits set, asked first or again, in any order', () => {
  for (const width of [64, 1, 32, 200, 8, 16, 1, 33, 64]) {
    assert.equal(mask(width), (1n << BigInt(width)) - 1n, `width ${width}`);
    assert.equal(constValue(bv(-1, width)), (1n << BigInt(width)) - 1n, `width ${width}`);
  }
  assert.equal(mask(0), 0n);
});

test('a bitwise identity folds to a constant of its operands\' width, and one that holds for no identity builds a node', () => {
  const x = sym('wide'), h = extract(sym('wide'), 0, 16);
  const folds: [Expr, bigint, number][] = [
    [and(x, bv(0)), 0n, 32], [and(bv(0, 16), h), 0n, 16], [and(h, not(h)), 0n, 16],
    [or(x, bv(0xffffffff)), 0xffffffffn, 32], [or(bv(0xffff, 16), h), 0xffffn, 16], [or(not(x), x), 0xffffffffn, 32],
    [xor(h, h), 0n, 16],
  ];
  for (const [e, value, width] of folds) {
    assert.equal(e.kind, 'const', formatExpr(e));
    assert.equal(constValue(e), value, formatExpr(e));
    assert.equal(e.width, width, formatExpr(e));
  }
  for (const e of [and(x, bv(0xff)), or(h, bv(1, 16)), xor(x, bv(0xffffffff)), and(x, extract(concat(h, h), 0, 32))]) assert.equal(e.kind, 'binary', formatExpr(e));
});

test('expressions are interned: the same structure is the same node, constants compare by value', () => {
  const x = sym('x');
  assert.equal(add(x, bv(1)), add(sym('x'), bv(1)));
  assert.equal(ite(ult(x, bv(4)), x, bv(0)), ite(ult(sym('x'), bv(4)), sym('x'), bv(0)));
  assert.notEqual(sym('x', 32), sym('x', 16));
  assert.notEqual(add(x, bv(1)), add(x, bv(2)));
  assert.notEqual(extract(x, 0, 8), extract(x, 8, 8));
  assert.notEqual(sext(extract(x, 0, 8), 32), zext(extract(x, 0, 8), 32));
  assert.ok(exprEquals(bv(7), bv(7)));
  assert.ok(!exprEquals(bv(7, 32), bv(7, 16)));
  assert.ok(!exprEquals(x, bv(7)));
});

test('a node\'s symbol mask has the bit of every symbol it mentions, at any depth', () => {
  const x = sym('x'), y = sym('y', 8);
  const nodes = [x, not(x), add(x, bv(1)), ite(ult(sym('c'), bv(2)), bv(0), x), ite(ult(x, bv(2)), bv(0), sym('c')), extract(x, 8, 8), sext(extract(x, 0, 8), 32), concat(y, extract(x, 0, 8))];
  for (const e of nodes) assert.ok(e.kind !== 'const' && (e.symbols & symbolBit('x')) !== 0, formatExpr(e));
  const both = add(zext(y, 32), x);
  assert.ok(both.kind !== 'const' && both.symbols === (symbolBit('x') | symbolBit('y')));
});

test('nodes whose structures hash alike stay apart, and each is found again', () => {
  // Wide constants that one floating-point number stands for, and operators, widths and offsets side by side.
  const wide = sym('wide', 64);
  const a = add(wide, bv(2n ** 60n, 64)), b = add(wide, bv(2n ** 60n + 1n, 64));
  assert.notEqual(a, b);
  assert.equal(add(sym('wide', 64), bv(2n ** 60n + 1n, 64)), b);
  const x = sym('x');
  const make = (): Expr[] => [add(x, bv(1)), sub(x, bv(1)), xor(x, bv(1)), add(x, sym('y')), not(x), extract(x, 1, 8), extract(x, 8, 1), zext(extract(x, 0, 8), 16)];
  const made = make();
  assert.equal(new Set(made).size, made.length);
  make().forEach((again, i) => assert.equal(again, made[i]));
});

test('a node made again after many other nodes is still the one node of its structure', () => {
  const x = add(sym('held'), bv(7));
  const others: Expr[] = [];
  // More nodes than the table keeps at hand: the look-up of x's structure goes to the table itself.
  for (let i = 0; i < 300_000; i++) others.push(xor(sym('held'), bv(i)));
  assert.equal(add(sym('held'), bv(7)), x);
  assert.equal(xor(sym('held'), bv(123_456)), others[123_456]);
  assert.equal(new Set(others).size, others.length);
});

// Made in a child process, which can force collection (--expose-gc). A
// node a WeakRef reached lives at least until the job that reached it ends,
// hence a job per round, and a full collection after each.
const MANY_NODES = `
import { add, bv, sym } from ${JSON.stringify(new URL('../src/values/expr.ts', import.meta.url).href)};
const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
const job = () => new Promise((resolve) => setImmediate(resolve));
let settled = 0;
for (let round = 0; round < 40; round++) {
  const made = [];
  for (let i = 0; i < 50000; i++) made.push(add(sym('x'), bv(round * 50000 + i)));
  await job();
  const used = heap();
  if (round === 5) settled = used;
}
await job();
console.log(heap() - settled);
`;

test('the nodes nothing holds any more are collected, and the intern table forgets them', () => {
  // 1.7 million nodes made after the heap settled: held, or remembered in the table, they would take 50 MB and more.
  const growth = Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', MANY_NODES], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8',
  }));
  assert.ok(growth < 16e6, `the heap grew by ${growth} bytes`);
});

test('a joined value whose tree doubles per branch compares and formats without walking that tree', () => {
  // 200 joins: the tree has 2^200 leaves; only the DAG of 200 if-then-else nodes exists.
  const chain = (): Expr => {
    let v = sym('ebx');
    for (let i = 0; i < 200; i++) v = ite(ult(sym(`in${i}`), bv(1)), v, add(v, bv(i + 1)));
    return v;
  };
  const v = chain();
  assert.equal(v, chain());
  const text = formatExpr(v);
  assert.ok(text.length < 2000, `${text.length} characters`);
  assert.ok(text.includes('…'), 'the rest of the tree is elided');
  assert.equal(formatExpr(ite(ult(sym('a'), bv(1)), sym('b'), add(sym('b'), bv(2)))), '(a <u 1) ? b : (b + 2)');
});

test('a text cut to a length is the whole text cut there, and formatting stops past the length', () => {
  const cut = (text: string, chars: number): string => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);
  let joined = sym('ebx');
  for (let i = 0; i < 200; i++) joined = ite(ult(sym(`in${i}`), bv(1)), joined, add(joined, bv(i + 1)));
  const values = [
    joined, add(sym('esp'), bv(-8)), not(ult(sym('a'), sym('b'))), extract(sym('x'), 8, 8), extract(sym('x'), 3, 1),
    sdiv(sym('a'), sym('b')), zext(sym('b', 8), 32), add(sym('p'.repeat(90)), bv(4)),
  ];
  for (const e of values) {
    for (const chars of [1, 5, 10, 40, 80, 200, 5000]) assert.equal(formatExprCut(e, chars), cut(formatExpr(e), chars), `${formatExpr(e).slice(0, 40)} at ${chars}`);
  }
  const read: string[] = [];
  const watched = new Proxy(sym('rest'), { get: (target, key) => { read.push(String(key)); return Reflect.get(target, key); } });
  const long = add(sym('p'.repeat(90)), watched);
  read.length = 0;
  assert.equal(formatExprCut(long, 80), `${'p'.repeat(79)}…`);
  assert.equal(read.includes('name'), false, 'the rest is not spelled out');
});
