import { add, and, bv, not, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals, symbolsOf } from '../../values/key.js';
import type { StepContext } from '../../explore/hooks.js';

// Where a value came from, as far as the checks care: entry registers are
// inputs a witness may choose, but bytes the memory knew nothing about,
// values a loop widening made up, results of calls the engine skipped,
// results of SWIs the model does not know and values the source text names
// without giving them (a constant of a header that was not found) are
// *unknown* — a finding must not rest on them (spec checks.md: unknown values
// never produce errors).

const UNKNOWN_PREFIXES = ['mem', 'loop.', 'call.', 'swi.result'];

/** Symbol name prefix of the error pointer an X SWI returns: a valid error block by construction. */
export const SWI_ERROR = 'swi.error';

/**
 * The name of what a SWI returns in register `r` where its register table
 * (a certain one, not [UNVERIFIED]) has `r` among the outputs and not the
 * inputs: a value the kernel works out from its own state (an area's base,
 * its flags), not from what the caller held in `r`. Unknown as any SWI
 * result, but never the caller's value handed back: a handler that returns
 * it has not preserved `r`.
 */
export const swiOutputName = (swi: string, r: number): string => `swi.result.${swi}.out.r${r}`;

const SWI_OUTPUT = /^swi\.result\.\w+\.out\.r(\d+)#\d+$/;

/** Whether `e` is, itself, what a SWI returned as its own output (`swiOutputName`): in register `r`, or in any where none is given. */
export function isSwiOutput(e: Expr, r?: number): boolean {
  const out = e.kind === 'sym' ? SWI_OUTPUT.exec(e.name)?.[1] : undefined;
  return out !== undefined && (r === undefined || out === String(r));
}

/**
 * Whether `e` rests on an unknown value. One that only chooses between
 * paths joined on the way (`MOVNE r3, #0` after a test of a workspace word,
 * or a branch around a store) does not: a finding may assume the choice
 * either way, as it may on paths never joined, and its notes say which. The
 * if-then-else a load of an unknown address makes is no such choice.
 */
export function mentionsUnknown(e: Expr, ctx: Pick<StepContext<unknown>, 'program' | 'choices'>): boolean {
  const text = ctx.program.textSymbols;
  const unknown = (name: string): boolean => text.has(name) || UNKNOWN_PREFIXES.some((p) => name.startsWith(p));
  if (![...symbolsOf(e).keys()].some(unknown)) return false;
  const choices = ctx.choices();
  const seen = new Set<Expr>();
  const walk = (x: Expr): boolean => {
    if (seen.has(x)) return false;
    seen.add(x);
    // A choice may also stand alone: V joined as 1 on one way and 0 on the other is set exactly where the choice holds.
    if (choices.has(x) && !betsOnText(x, text)) return false;
    switch (x.kind) {
      case 'const': return false;
      case 'sym': return unknown(x.name);
      case 'unary': case 'extract': case 'extend': return walk(x.arg);
      case 'binary': return walk(x.left) || walk(x.right);
      case 'ite': return ((!choices.has(x.cond) || betsOnText(x.cond, text)) && walk(x.cond)) || walk(x.then) || walk(x.else);
    }
  };
  return walk(e);
}

/**
 * Whether a choice bets on values the source names without giving them: a
 * branch it joins tested only such values (`TEQ r0, #Reason` with the
 * header of Reason not found), which the explorer lets no finding rest on.
 */
function betsOnText(choice: Expr, text: ReadonlySet<string>): boolean {
  if (choice.kind === 'binary' && choice.op === 'and' && choice.width === 1) return betsOnText(choice.left, text) || betsOnText(choice.right, text);
  const names = [...symbolsOf(choice).keys()];
  return names.length > 0 && names.every((n) => text.has(n));
}

/**
 * The alternatives of `e` (as `alternatives` gives them) that rest on no
 * unknown value: a known value, reached through choices a finding may
 * assume either way (see `mentionsUnknown`). A register joined from a path
 * that set it from workspace and one that left the input in it is judged
 * on the second path by itself. `known` says which values a check may
 * judge (by default those resting on no unknown value).
 */
export function knownAlternatives(e: Expr, ctx: Pick<StepContext<unknown>, 'program' | 'choices'>, known = (x: Expr): boolean => !mentionsUnknown(x, ctx)): { readonly value: Expr; readonly condition: Expr }[] {
  const text = ctx.program.textSymbols;
  const choices = ctx.choices();
  const out: { value: Expr; condition: Expr }[] = [];
  const walk = (x: Expr, condition: Expr): void => {
    if (x.kind !== 'ite') {
      if (known(x)) out.push({ value: x, condition });
      return;
    }
    if ((!choices.has(x.cond) || betsOnText(x.cond, text)) && mentionsUnknown(x.cond, ctx)) return;
    walk(x.then, and(condition, x.cond));
    walk(x.else, and(condition, not(x.cond)));
  };
  walk(e, TRUE);
  return out;
}

export function mentionsSymbol(e: Expr, name: string): boolean {
  return symbolsOf(e).has(name);
}

/** The terms `address` adds up besides `base`, when `base` is one of them. */
function termsBesideBase(address: Expr, base: Expr): Expr[] | undefined {
  const others: Expr[] = [];
  let found = false;
  const walk = (e: Expr): void => {
    if (!found && exprEquals(e, base)) { found = true; return; }
    if (e.kind === 'binary' && e.op === 'add') { walk(e.left); walk(e.right); return; }
    others.push(e);
  };
  walk(address);
  return found ? others : undefined;
}

/**
 * `address - base` when the address is `base` plus constants; undefined when
 * other terms take part. A constant base (a concrete run) only claims
 * addresses within `reach` bytes above it, so stores elsewhere are not its.
 */
export function offsetFrom(address: Expr, base: Expr, reach: bigint): bigint | undefined {
  if (address.kind === 'const' && base.kind === 'const') {
    const d = address.value - base.value;
    return d >= 0n && d < reach ? d : undefined;
  }
  const others = termsBesideBase(address, base);
  if (!others) return undefined;
  let offset = 0n;
  for (const e of others) {
    if (e.kind !== 'const') return undefined;
    offset += e.value;
  }
  return BigInt.asIntN(32, offset);
}

/** `address - base` when `base` is one of the terms `address` adds up: the sum of the others. */
export function termsBeside(address: Expr, base: Expr): Expr | undefined {
  return termsBesideBase(address, base)?.reduce((sum, e) => add(sum, e), bv(0));
}

/** The alternatives of an if-then-else tree, each with the condition that selects it. */
export function alternatives(e: Expr, condition: Expr = TRUE): { readonly value: Expr; readonly condition: Expr }[] {
  if (e.kind !== 'ite') return [{ value: e, condition }];
  return [...alternatives(e.then, and(condition, e.cond)), ...alternatives(e.else, and(condition, not(e.cond)))];
}
