import { nodeKey } from './expr.js';
import type { Expr } from './expr.js';
import { symbolsOf } from './key.js';

// The solver decides constraints that share no symbol apart, each group
// cached by its key. A path asks about its condition with one more guard at
// every branch: the grouping of the condition is worked out once, and each
// question only merges its guard into it, so the groups the guard does not
// touch keep their lists and keys. Which group holds each symbol is kept so
// too: a path's condition may mention thousands of symbols, each guard adds
// a few, and a copy of the whole index per guard was most of a long path's
// CPU (07b, a ten-level helper chain: 3,000 symbols copied per guard).

/** Constraints connected by shared symbols, in the order of the list, with the key the solver caches them by. */
export interface Group {
  readonly constraints: readonly Expr[];
  readonly key: string;
  /** Each constraint's place in the whole list, so that merged groups keep the list's order. */
  readonly places: readonly number[];
  /** What `SymbolIds` names the group by: a guard that extends the group keeps it, one that merges groups keeps that of the group of the most symbols (`merge`). */
  readonly id: number;
}

/** A constraint list without its conjuncts that folded to 1, its key, and its groups in the order of their first constraints. */
export interface Grouping {
  readonly live: readonly Expr[];
  readonly key: string;
  readonly groups: readonly Group[];
}

/** A grouping that more constraints can be merged into. */
export interface KeptGrouping extends Grouping {
  /** The group whose constraints mention the symbol, if any does. */
  holding(name: string): Group | undefined;
  readonly ids: SymbolIds;
}

let lastId = 0;

/**
 * The id of the group that holds each symbol, extended a guard at a time:
 * the entries a guard changes (its new symbols, and those of the smaller
 * groups it merges) are kept beside the map of the rest, which the
 * groupings after it share, and copied into a new map only when they have
 * grown to a sixteenth of it.
 */
export class SymbolIds {
  private constructor(private readonly base: ReadonlyMap<string, number>, private readonly changes: ReadonlyMap<string, number>) {}

  static of(ids: ReadonlyMap<string, number>): SymbolIds {
    return new SymbolIds(ids, new Map());
  }

  get(name: string): number | undefined {
    return this.changes.get(name) ?? this.base.get(name);
  }

  with(changed: ReadonlyMap<string, number>): SymbolIds {
    if (changed.size === 0) return this;
    const changes = new Map(this.changes);
    for (const [name, id] of changed) changes.set(name, id);
    if (changes.size * 16 < this.base.size) return new SymbolIds(this.base, changes);
    const all = new Map(this.base);
    for (const [name, id] of changes) all.set(name, id);
    return SymbolIds.of(all);
  }
}

/** A kept grouping's groups by id, made when first asked for (`holding`). */
class GroupsById {
  private byId: Map<number, Group> | undefined;

  constructor(private readonly groups: readonly Group[], private readonly ids: SymbolIds) {}

  holding(name: string): Group | undefined {
    const id = this.ids.get(name);
    if (id === undefined) return undefined;
    this.byId ??= new Map(this.groups.map((g) => [g.id, g]));
    return this.byId.get(id);
  }
}

export function keyOf(live: readonly Expr[]): string {
  return live.map(nodeKey).join('&');
}

function isTrue(c: Expr): boolean {
  return c.kind === 'const' && c.value === 1n;
}

/** The grouping of a list: connected components of the constraints by shared symbols. */
export function groupingOf(constraints: readonly Expr[]): KeptGrouping {
  const live = constraints.filter((c) => !isTrue(c));
  const parent = new Map<string, string>();
  const find = (name: string): string => {
    let root = name;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(name, root);
    return root;
  };
  for (const c of live) {
    let first: string | undefined;
    for (const name of symbolsOf(c).keys()) {
      if (!parent.has(name)) parent.set(name, name);
      if (first === undefined) first = name;
      else parent.set(find(name), find(first));
    }
  }
  const byRoot = new Map<string, { constraints: Expr[]; places: number[] }>();
  const lists: { constraints: Expr[]; places: number[] }[] = [];
  live.forEach((c, place) => {
    const first = symbolsOf(c).keys().next();
    const root = first.done ? undefined : find(first.value);
    let list = root === undefined ? undefined : byRoot.get(root);
    if (!list) {
      list = { constraints: [], places: [] };
      lists.push(list);
      if (root !== undefined) byRoot.set(root, list);
    }
    list.constraints.push(c);
    list.places.push(place);
  });
  const groups = lists.map((l): Group => ({ constraints: l.constraints, places: l.places, key: keyOf(l.constraints), id: ++lastId }));
  const byName = new Map<string, number>();
  for (const group of groups) {
    for (const c of group.constraints) for (const name of symbolsOf(c).keys()) byName.set(name, group.id);
  }
  const ids = SymbolIds.of(byName);
  const byId = new GroupsById(groups, ids);
  return { live, key: keyOf(live), groups, ids, holding: (name) => byId.holding(name) };
}

/**
 * The grouping of the kept list with `extra` after it: the same as
 * `groupingOf([...kept.live, extra])`, made from the kept groups. The groups
 * `extra` shares symbols with become one, in the place of the first of them.
 */
export function withConstraint(kept: KeptGrouping, extra: Expr): Grouping {
  if (isTrue(extra)) return kept;
  const { groups } = added(kept, extra);
  return new Extended(kept, extra, groups);
}

/**
 * `withConstraint` kept in turn, with the group of each symbol: the same as
 * `groupingOf([...kept.live, extra])` (a path's condition one branch on).
 */
export function keptWithConstraint(kept: KeptGrouping, extra: Expr): KeptGrouping {
  if (isTrue(extra)) return kept;
  const { groups, group, moved } = added(kept, extra);
  const changed = new Map<string, number>();
  for (const name of symbolsOf(extra).keys()) if (kept.ids.get(name) !== group.id) changed.set(name, group.id);
  for (const from of moved) {
    for (const c of from.constraints) for (const name of symbolsOf(c).keys()) changed.set(name, group.id);
  }
  return new KeptExtended(kept, extra, groups, kept.ids.with(changed));
}

/**
 * A grouping with one constraint after another's. Its whole list and key
 * are made only when asked for: a refutation reads only the groups, so a
 * question no longer copies the path condition and extends its key.
 */
class Extended implements Grouping {
  private list: readonly Expr[] | undefined;
  private text: string | undefined;

  constructor(private before: Grouping | undefined, private readonly extra: Expr, readonly groups: readonly Group[]) {}

  get live(): readonly Expr[] {
    if (this.list === undefined) {
      const { made, extras } = this.unmade((g) => g.list !== undefined);
      this.list = [...made.live, ...extras];
      this.release();
    }
    return this.list;
  }

  get key(): string {
    if (this.text === undefined) {
      const { made, extras } = this.unmade((g) => g.text !== undefined);
      let key = made.key;
      for (const extra of extras) key = key === '' ? nodeKey(extra) : `${key}&${nodeKey(extra)}`;
      this.text = key;
      this.release();
    }
    return this.text;
  }

  /**
   * The nearest grouping below this one that has `made`, and the guards
   * added since, in order: looked for in a loop, since a path's conditions
   * may extend each other as deep as the path branches.
   */
  private unmade(made: (g: Extended) => boolean): { readonly made: Grouping; readonly extras: readonly Expr[] } {
    const extras: Expr[] = [this.extra];
    let from = this.before;
    // Only a grouping with both made lets go of the one below, and none of those is passed.
    while (from instanceof Extended && !made(from)) {
      extras.push(from.extra);
      from = from.before;
    }
    if (!from) throw new Error('a grouping let go of the one below before making its list and key');
    return { made: from, extras: extras.reverse() };
  }

  /** Once the list and key are made, the groupings below are not needed any more. */
  private release(): void {
    if (this.list !== undefined && this.text !== undefined) this.before = undefined;
  }
}

class KeptExtended extends Extended implements KeptGrouping {
  private readonly byId: GroupsById;

  constructor(before: Grouping, extra: Expr, groups: readonly Group[], readonly ids: SymbolIds) {
    super(before, extra, groups);
    this.byId = new GroupsById(groups, ids);
  }

  holding(name: string): Group | undefined {
    return this.byId.holding(name);
  }
}

/**
 * The groups with `extra` added after the kept list, the group that holds
 * it, and the groups merged into it that did not pass it their id.
 */
function added(kept: KeptGrouping, extra: Expr): { readonly groups: readonly Group[]; readonly group: Group; readonly moved: readonly Group[] } {
  const place = placesOf(kept);
  const touched = new Set<Group>();
  for (const name of symbolsOf(extra).keys()) {
    const group = kept.holding(name);
    if (group) touched.add(group);
  }
  if (touched.size === 0) {
    const alone: Group = { constraints: [extra], places: [place], key: nodeKey(extra), id: ++lastId };
    return { groups: [...kept.groups, alone], group: alone, moved: [] };
  }
  const merged = merge([...touched], extra, place);
  const groups: Group[] = [];
  let placed = false;
  for (const group of kept.groups) {
    if (!touched.has(group)) groups.push(group);
    else if (!placed) {
      groups.push(merged);
      placed = true;
    }
  }
  return { groups, group: merged, moved: [...touched].filter((g) => g.id !== merged.id) };
}

/** The length of a grouping's live list, from its groups: each live constraint is in one group. */
function placesOf(grouping: Grouping): number {
  let count = 0;
  for (const group of grouping.groups) count += group.constraints.length;
  return count;
}

/** The groups and `extra` as one group, with the id of the group of the most symbols: the fewest symbols change group. */
function merge(groups: readonly Group[], extra: Expr, place: number): Group {
  const [only] = groups;
  if (groups.length === 1 && only) {
    return { constraints: [...only.constraints, extra], places: [...only.places, place], key: `${only.key}&${nodeKey(extra)}`, id: only.id };
  }
  const entries = groups.flatMap((g) => g.constraints.map((c, i) => [g.places[i] as number, c] as const));
  entries.sort((a, b) => a[0] - b[0]);
  entries.push([place, extra]);
  const constraints = entries.map((e) => e[1]);
  const symbols = (g: Group): number => g.constraints.reduce((n, c) => n + symbolsOf(c).size, 0);
  const largest = groups.reduce((a, b) => (symbols(b) > symbols(a) ? b : a));
  return { constraints, places: entries.map((e) => e[0]), key: keyOf(constraints), id: largest.id };
}
