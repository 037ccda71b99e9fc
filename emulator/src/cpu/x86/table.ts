import { TRUE, and, bv, constValue, eq, not, sext, type Expr } from '../../values/expr.js';
import type { X86Instruction } from '../../ir/x86.js';
import type { Control, ControlTarget, Successor } from '../control.js';
import { effectiveAddress, read } from './operands.js';
import type { X86Env, X86State } from './state.js';

// A jump or call through a table of code addresses whose index nothing
// bounds (`jmp [Table+eax*4]`, `call [Table+eax*4]`): the memory reads no
// entry in particular, so the branch forks per entry instead.

/** How many entries of a table an index nothing bounds is taken to each (the rest are one path left unexplored). */
const MAX_TABLE_ENTRIES = 64;

/** Where one way through the table goes: the code address an entry holds, or for the other indexes the word they read. */
interface TableWay {
  readonly guard: Expr;
  readonly target: Expr;
  /** Whether the guard picked one entry (`Control`'s `tableEntry`). */
  readonly entry: boolean;
}

/**
 * The ways through a table the branch's one memory operand indexes, where
 * nothing bounds the index: each word from the table's start that holds an
 * instruction's address, as it is on the path, is a target of its own under
 * the index that picks it, and the other indexes are one way to the word
 * they read (which the engine cannot follow). A word that holds no code
 * address ends the table, and so does a word a label names (another table
 * laid out after this one, whose handlers this index cannot reach on any
 * path the code means). Undefined for any other operand.
 */
function tableWays(state: X86State, insn: X86Instruction, env: X86Env): TableWay[] | undefined {
  const op = insn.operands[0];
  if (!env.isCode || insn.operands.length !== 1 || op?.kind !== 'mem' || op.base || !op.index || (op.size ?? 4) !== 4) return undefined;
  const table = constValue(op.disp.width === 32 ? op.disp : sext(op.disp, 32));
  if (table === undefined) return undefined;
  const word = state.memory.peek(effectiveAddress(state, op), 4);
  if (word.kind !== 'sym') return undefined;
  const ways: TableWay[] = [];
  let others: Expr = TRUE;
  for (let k = 0n; k < BigInt(MAX_TABLE_ENTRIES); k++) {
    const at = bv(table + 4n * k, 32);
    const target = constValue(state.memory.peek(at, 4));
    if (target === undefined || !env.isCode(target) || (k > 0n && env.isLabelled?.(table + 4n * k))) break;
    // The index's own value, which a witness finds where `address == at` (a product) it may not; another that wraps to the entry is among the rest.
    if ((4n * k) % BigInt(op.scale) !== 0n) continue;
    const picks = eq(state.regs[op.index], bv((4n * k) / BigInt(op.scale), 32));
    ways.push({ guard: picks, target: bv(target, 32), entry: true });
    others = and(others, not(picks));
  }
  if (ways.length === 0) return undefined;
  ways.push({ guard: others, target: read(state, insn, op, 32, env), entry: false });
  return ways;
}

/**
 * `jmp` or `call` through a table nothing bounds the index of (see
 * `tableWays`), each way a successor with `control` made for its target;
 * `before` runs first on the state all of them start from (a call's push of
 * its return address, after the table was read). Undefined for any other
 * operand, which the caller branches through as it is.
 */
export function tableBranch(
  state: X86State, insn: X86Instruction, env: X86Env,
  control: (target: ControlTarget, entry: boolean) => Control, before?: (state: X86State) => void,
): Successor<X86State>[] | undefined {
  const ways = tableWays(state, insn, env);
  if (ways === undefined) return undefined;
  before?.(state);
  return ways.map((way, i) => ({ guard: way.guard, state: i === ways.length - 1 ? state : state.clone(), control: control({ address: way.target }, way.entry) }));
}
