import type { SourceSpan } from '../../ir/program.js';
import { and, bv, eq, ne, sym } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { substitute } from '../../values/evaluate.js';
import type { MemoryWrite } from '../../values/symbolic-memory.js';
import { holds, mentions } from './expr-facts.js';
import type { UntestedStore, VmmModelState } from './state.js';
import type { SymbolTable } from './symbols.js';

// Results that may be 0FFFFFFFFh, stored to memory and not tested since.
// A store alone puts nothing to work: storing the result and then testing
// it, often through the variable, is common DDK style. What PW210 needs is
// a path that leaves the procedure with the value still in memory and
// nothing on the way that told failure from success.

const SENTINEL = bv(0xffffffffn, 32);

/**
 * The model after a step's stores: each that may put 0FFFFFFFFh in the
 * caller's memory is remembered. The procedure's frame (`inFrame`) goes
 * with the return; what is read back from it is checked where it is used.
 * `infeasible` answers for a condition on this path.
 */
export function withStoredResults(
  model: VmmModelState, writes: readonly MemoryWrite[], symbols: SymbolTable, source: SourceSpan,
  inFrame: (address: Expr) => boolean, infeasible: (condition: Expr) => boolean,
): VmmModelState {
  const added: UntestedStore[] = [];
  for (const w of writes) {
    if (w.bytes !== 4 || inFrame(w.address)) continue;
    for (const { name, symbol, info } of symbols.in(w.value)) {
      if (info.kind !== 'result' || info.sentinel !== 0xffffffffn || !holds(w.value, symbol)) continue;
      if (model.untested.some((u) => u.name === name && u.address === w.address && u.source === source)) continue;
      if (infeasible(eq(symbol, SENTINEL))) continue;
      added.push({ address: w.address, name, symbol, info, source });
    }
  }
  return added.length === 0 ? model : { ...model, untested: [...model.untested, ...added] };
}

/**
 * The model once the code branched on `guard`: a stored result is tested
 * when the branch it took is open to 0FFFFFFFFh alone or closed to it.
 * The path condition cannot tell this by itself, because the call's own
 * outcome already fixed the result as failed or not; so the result is
 * asked about under a new name that only the guard constrains.
 * `infeasible` answers for a condition on this path.
 */
export function testedBy(model: VmmModelState, guard: Expr, infeasible: (condition: Expr) => boolean): VmmModelState {
  if (model.untested.length === 0) return model;
  const untested = model.untested.filter((u) => {
    if (!mentions(guard, u.name)) return true;
    const result = sym(`pw.tested.${u.name}`, 32);
    const asked = substitute(guard, (s) => (s.name === u.name ? result : undefined));
    return !infeasible(and(asked, eq(result, SENTINEL))) && !infeasible(and(asked, ne(result, SENTINEL)));
  });
  return untested.length === model.untested.length ? model : { ...model, untested };
}
