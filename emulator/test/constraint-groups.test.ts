import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, bv, eq, ite, not, sym, TRUE, ult } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { groupingOf, keptWithConstraint, withConstraint } from '../src/values/constraint-groups.js';
import type { Grouping, KeptGrouping } from '../src/values/constraint-groups.js';

const [a, b, c, d] = [sym('a'), sym('b'), sym('c'), sym('d')];

/** What the solver reads of a grouping: the live list, its key, and each group's constraints, key and places. */
function shape(g: Grouping): unknown {
  return { live: g.live, key: g.key, groups: g.groups.map((x) => ({ constraints: x.constraints, key: x.key, places: x.places })) };
}

/** A kept grouping as a later merge reads it: the shape, and the key of the group each of `names` is in. */
function keptShape(g: KeptGrouping, names: readonly string[] = NAMES): unknown {
  return { shape: shape(g), holding: names.map((name) => [name, g.holding(name)?.key]) };
}

/** A small deterministic generator, so a failure names a case that repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ['p', 'q', 'r', 's', 't', 'u', 'v', 'w'];

function constraint(next: () => number, names: readonly string[] = NAMES): Expr {
  const pick = (): Expr => sym(names[Math.floor(next() * names.length)] as string);
  const k = bv(Math.floor(next() * 8));
  switch (Math.floor(next() * 6)) {
    case 0: return ult(pick(), k);
    case 1: return eq(add(pick(), pick()), k);
    case 2: return not(eq(pick(), k));
    case 3: return ult(ite(ult(pick(), k), pick(), pick()), k);
    case 4: return next() < 0.5 ? TRUE : eq(bv(1), k);
    default: return eq(pick(), pick());
  }
}

test('a constraint merged into a kept grouping groups exactly as the whole list grouped afresh', () => {
  const next = random(7);
  for (let round = 0; round < 400; round++) {
    const list = Array.from({ length: Math.floor(next() * 9) }, () => constraint(next));
    const extra = constraint(next);
    assert.deepEqual(shape(withConstraint(groupingOf(list), extra)), shape(groupingOf([...list, extra])), `round ${round}`);
  }
});

test('a grouping kept one constraint on, again and again, is the grouping of the whole list made afresh', () => {
  const next = random(13);
  for (let round = 0; round < 60; round++) {
    let list: Expr[] = [];
    let kept = groupingOf(list);
    for (let step = 0; step < 10; step++) {
      const extra = constraint(next);
      list = [...list, extra];
      kept = keptWithConstraint(kept, extra);
      assert.deepEqual(keptShape(kept), keptShape(groupingOf(list)), `round ${round} step ${step}`);
    }
  }
});

test('a long path over many symbols, its guards joining groups of every size, is grouped as the whole list afresh at every guard', () => {
  // Forty names, each guard one to three of them: the groups grow and join in every order, past where the kept index shares its map.
  const names = Array.from({ length: 40 }, (_, i) => `n${i}`);
  const next = random(29);
  for (let round = 0; round < 4; round++) {
    let list: Expr[] = [];
    let kept = groupingOf(list);
    for (let step = 0; step < 120; step++) {
      const extra = constraint(next, names);
      list = [...list, extra];
      kept = keptWithConstraint(kept, extra);
      assert.deepEqual(keptShape(kept, names), keptShape(groupingOf(list), names), `round ${round} step ${step}`);
    }
  }
});

test('a guard that shares symbols with two groups joins them, in list order, where the first of them stood', () => {
  const list = [ult(a, bv(4)), ult(b, bv(9)), ult(c, bv(2)), eq(d, bv(1))];
  const joined = withConstraint(groupingOf(list), eq(a, c));
  assert.deepEqual(joined.groups.map((g) => g.constraints), [[list[0], list[2], eq(a, c)], [list[1]], [list[3]]]);
  assert.deepEqual(joined.groups[0]?.places, [0, 2, 4]);
});

test('a guard with no symbol in common starts a group of its own, and one that folded to 1 changes nothing', () => {
  const kept = groupingOf([ult(a, bv(4)), TRUE, ult(b, bv(9))]);
  assert.deepEqual(kept.live, [ult(a, bv(4)), ult(b, bv(9))]);
  const apart = withConstraint(kept, ult(c, bv(3)));
  assert.deepEqual(apart.groups.map((g) => g.constraints), [[ult(a, bv(4))], [ult(b, bv(9))], [ult(c, bv(3))]]);
  assert.equal(withConstraint(kept, TRUE), kept);
});

test('a guard is grouped without reading the whole list or its key, which are made when first asked for', () => {
  const kept = groupingOf([ult(a, bv(4)), ult(b, bv(9))]);
  const unread = (what: string) => () => { throw new Error(`${what} read`); };
  // The kept grouping as the solver holds it, but with its list and key unreadable.
  const opaque = Object.defineProperties({ groups: kept.groups, ids: kept.ids, holding: (name: string) => kept.holding(name) }, { live: { get: unread('live') }, key: { get: unread('key') } }) as unknown as KeptGrouping;
  const guarded = withConstraint(opaque, eq(a, c));
  assert.deepEqual(guarded.groups.map((g) => g.constraints), [[ult(a, bv(4)), eq(a, c)], [ult(b, bv(9))]]);
  assert.deepEqual(guarded.groups[0]?.places, [0, 2]);
  assert.throws(() => guarded.live, /live read/);
});

test('a path condition kept guard by guard makes its list and key when asked, at any depth and in any order', () => {
  const names = ['p', 'q', 'r'];
  const list: Expr[] = [];
  const kept: KeptGrouping[] = [groupingOf(list)];
  for (let i = 0; i < 300; i++) {
    const guard = not(eq(sym(names[i % 3] as string), bv(i)));
    list.push(guard);
    kept.push(keptWithConstraint(kept[kept.length - 1] as KeptGrouping, guard));
  }
  // The deepest first, then ones below it (whose lists were not made on the way), then one above a made one.
  for (const depth of [300, 150, 299, 151, 7, 300]) {
    const fresh = groupingOf(list.slice(0, depth));
    assert.deepEqual(kept[depth]?.live, fresh.live, `live at ${depth}`);
    assert.equal(kept[depth]?.key, fresh.key, `key at ${depth}`);
  }
});
