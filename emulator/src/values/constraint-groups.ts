import { nodeKey } from './expr.js';
import type { Expr } from './expr.js';
import { symbolsOf } from './key.js';

// The solver decides constraints that share no symbol apart, each group
// cached by its key. A path asks about its condition with one more guard at
// every branch: the grouping of the condition is worked out once, and each
// question only merges its guard into it, so the groups the guard does not
// touch keep their lists and keys.

/** Constraints connected by shared symbols, in the order of the list, with the key the solver caches them by. */
export interface Group {
  readonly constraints: readonly Expr[];
  readonly key: string;
  /** Each constraint's place in the whole list, so that merged groups keep the list's order. */
  readonly places: readonly number[];
}

/** A constraint list without its conjuncts that folded to 1, its key, and its groups in the order of their first constraints. */
export interface Grouping {
  readonly live: readonly Expr[];
  readonly key: string;
  readonly groups: readonly Group[];
}

/** A grouping that more constraints can be merged into. */
export interface KeptGrouping extends Grouping {
  /** The group that holds each symbol. */
  readonly bySymbol: ReadonlyMap<string, Group>;
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
  const groups = lists.map((l): Group => ({ constraints: l.constraints, places: l.places, key: keyOf(l.constraints) }));
  const bySymbol = new Map<string, Group>();
  for (const group of groups) {
    for (const c of group.constraints) for (const name of symbolsOf(c).keys()) bySymbol.set(name, group);
  }
  return { live, key: keyOf(live), groups, bySymbol };
}

/**
 * The grouping of the kept list with `extra` after it: the same as
 * `groupingOf([...kept.live, extra])`, made from the kept groups. The groups
 * `extra` shares symbols with become one, in the place of the first of them.
 */
export function withConstraint(kept: KeptGrouping, extra: Expr): Grouping {
  return isTrue(extra) ? kept : added(kept, extra).grouping;
}

/**
 * `withConstraint` kept in turn, with the group of each symbol: the same as
 * `groupingOf([...kept.live, extra])` (a path's condition one branch on).
 */
export function keptWithConstraint(kept: KeptGrouping, extra: Expr): KeptGrouping {
  if (isTrue(extra)) return kept;
  const { grouping, group } = added(kept, extra);
  const bySymbol = new Map(kept.bySymbol);
  for (const c of group.constraints) for (const name of symbolsOf(c).keys()) bySymbol.set(name, group);
  return { ...grouping, bySymbol };
}

/** The grouping with `extra` added, and the group that holds it. */
function added(kept: KeptGrouping, extra: Expr): { readonly grouping: Grouping; readonly group: Group } {
  const place = kept.live.length;
  const live = [...kept.live, extra];
  const key = kept.key === '' ? nodeKey(extra) : `${kept.key}&${nodeKey(extra)}`;
  const touched = new Set<Group>();
  for (const name of symbolsOf(extra).keys()) {
    const group = kept.bySymbol.get(name);
    if (group) touched.add(group);
  }
  if (touched.size === 0) {
    const alone: Group = { constraints: [extra], places: [place], key: nodeKey(extra) };
    return { grouping: { live, key, groups: [...kept.groups, alone] }, group: alone };
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
  return { grouping: { live, key, groups }, group: merged };
}

function merge(groups: readonly Group[], extra: Expr, place: number): Group {
  const [only] = groups;
  if (groups.length === 1 && only) {
    return { constraints: [...only.constraints, extra], places: [...only.places, place], key: `${only.key}&${nodeKey(extra)}` };
  }
  const entries = groups.flatMap((g) => g.constraints.map((c, i) => [g.places[i] as number, c] as const));
  entries.sort((a, b) => a[0] - b[0]);
  entries.push([place, extra]);
  const constraints = entries.map((e) => e[1]);
  return { constraints, places: entries.map((e) => e[0]), key: keyOf(constraints) };
}
