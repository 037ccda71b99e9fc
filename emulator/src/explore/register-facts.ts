import { findService } from '../catalogue/index.js';
import type { InstructionItem } from '../ir/program.js';
import { bv, eq, not, type Expr } from '../values/expr.js';
import { formatExpr, formatNumber, type NumberStyle } from '../values/format.js';
import { Solver } from '../values/solver.js';

// What the symbolic run knows about each register at each instruction,
// joined over every path, run and entry that reached it, for hover in the
// editor. Kept small on purpose: a few alternatives per register, a short
// text per alternative; whatever does not fit is left out, never guessed.

/** Called by the explorer before each instruction with the path's registers and flags and its condition. */
export type StepObserver = (item: InstructionItem, registers: ReadonlyMap<string, Expr>, condition: readonly Expr[]) => void;

/** One register's joined value at a line: `0FFFFFFFFh or result of _PageAllocate`, `entry ESI`, `V = 0`. */
export interface RegisterValue {
  readonly register: string;
  readonly value: string;
}

/** The registers known before the first instruction of one source line. */
export interface LineRegisterFacts {
  readonly file: string;
  /** 0-based. */
  readonly line: number;
  readonly values: readonly RegisterValue[];
}

const MAX_ALTERNATIVES = 4;
const MAX_TEXT = 48;
const MAX_NODES = 12;
/** If-then-else nodes one value may be unfolded through: joined values are DAGs, and unfolding one as a tree can take 2^joins steps. */
const MAX_ITE_VISITS = 64;

/** Registers worth showing, in display order: the general registers, then the flags code tests. */
const SHOWN: Readonly<Record<'x86' | 'arm', readonly string[]>> = {
  x86: ['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'cf', 'zf', 'sf', 'of'],
  arm: ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'n', 'z', 'c', 'v'],
};
const FLAGS = new Set(['cf', 'zf', 'sf', 'of', 'n', 'z', 'c', 'v']);

/**
 * A joined register: its constants (past a few, only their range) and its
 * other values by description, until it takes too many to say.
 */
interface Joined {
  readonly constants: Set<bigint>;
  readonly others: Set<string>;
  /** More constants than are worth listing: only `min` and `max` count. */
  ranged: boolean;
  min: bigint;
  max: bigint;
  tooMany: boolean;
}

/** A VMM service result, whose alternatives depend on the path: its failure value, a success. */
interface ServiceResult {
  readonly result: Expr;
  readonly failure: bigint;
  readonly success: string;
}

/** A value's constants, descriptions and service results; undefined when it says nothing short. */
type Shape = (bigint | string | ServiceResult)[] | undefined;

function include(joined: Joined, alternative: bigint | string): void {
  if (typeof alternative === 'string') {
    joined.others.add(alternative);
    return;
  }
  const first = !joined.ranged && joined.constants.size === 0;
  if (first || alternative < joined.min) joined.min = alternative;
  if (first || alternative > joined.max) joined.max = alternative;
  if (!joined.ranged) joined.constants.add(alternative);
  if (joined.constants.size > MAX_ALTERNATIVES) {
    joined.ranged = true;
    joined.constants.clear();
  }
}

function nodeCount(e: Expr, limit: number): number {
  let count = 0;
  const visit = (x: Expr): void => {
    if (++count > limit) return;
    switch (x.kind) {
      case 'unary': case 'extract': case 'extend': visit(x.arg); break;
      case 'binary': visit(x.left); visit(x.right); break;
      case 'ite': visit(x.cond); visit(x.then); visit(x.else); break;
      default: break;
    }
  };
  visit(e);
  return count;
}

/** A VMM service result that carries the service's failure value: `_PageAllocate.eax#4` → 0. */
function failureOf(name: string): { readonly service: string; readonly value: number } | undefined {
  const match = /^([A-Za-z_]\w*)\.(e[a-d]x|e[sd]i|ebp)#\d+$/.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  const failure = findService(match[1])?.semantics?.failure;
  return failure?.registers.some((r) => r.toLowerCase() === match[2]) ? { service: match[1], value: failure.value } : undefined;
}

/**
 * Where a symbolic value came from, from the names the analyses give their
 * inputs: `esi` and `entry.r3` are entry values, `_PageAllocate.eax#4` a
 * service result, `X.clobbered.ecx#2` what a call destroyed.
 */
function describeSymbol(name: string): string {
  const base = name.replace(/#\d+$/, '');
  const entry = /^entry\.(r\d+)$/.exec(base)?.[1] ?? (/^(e[a-d]x|e[sd]i|e[bs]p|sp)$/.test(base) ? base : undefined);
  if (entry) return `entry ${entry.toUpperCase()}`;
  const clobbered = /^(.+)\.clobbered\.\w+$/.exec(base)?.[1];
  if (clobbered) return `destroyed by ${clobbered}`;
  const result = /^([A-Za-z_]\w*)\.(e[a-d]x|e[sd]i|ebp|r\d+)$/.exec(base);
  if (result) return `result of ${result[1]}`;
  const flag = /^([A-Za-z_]\w*)\.(cf|zf|sf|of|pf|af|df)$/.exec(base);
  if (flag) return `flag from ${flag[1]}`;
  return base;
}

/**
 * Joins register values per instruction over an analysis's explorations
 * (pass `observe` to each) and summarises them per source line.
 */
export class RegisterFacts {
  private readonly perInstruction = new Map<bigint, { readonly item: InstructionItem; readonly registers: Map<string, Joined> }>();
  private readonly descriptions = new WeakMap<Expr, string[] | undefined>();
  /** What each value stands for, service results left open: no path condition changes it. */
  private readonly shapes = new WeakMap<Expr, Shape>();
  /**
   * Service results under one path condition: every step of a path passes
   * the same conjuncts array until the path takes a branch, and mostly the
   * same results in its registers.
   */
  private readonly results = new WeakMap<readonly Expr[], Map<Expr, (bigint | string)[]>>();
  private readonly solver = new Solver();

  constructor(private readonly arch: 'x86' | 'arm', private readonly style: NumberStyle) {}

  readonly observe: StepObserver = (item, registers, condition) => {
    if (!item.source) return;
    let facts = this.perInstruction.get(item.address);
    if (!facts) {
      facts = { item, registers: new Map() };
      this.perInstruction.set(item.address, facts);
    }
    for (const name of SHOWN[this.arch]) {
      const value = registers.get(name);
      if (!value) continue;
      let joined = facts.registers.get(name);
      if (!joined) {
        joined = { constants: new Set(), others: new Set(), ranged: false, min: 0n, max: 0n, tooMany: false };
        facts.registers.set(name, joined);
      }
      if (!joined.tooMany) this.add(joined, value, condition);
    }
  };

  private add(joined: Joined, value: Expr, condition: readonly Expr[]): void {
    let shape = this.shapes.get(value);
    if (shape === undefined && !this.shapes.has(value)) {
      shape = this.shape(value, { left: MAX_ITE_VISITS });
      this.shapes.set(value, shape);
    }
    if (!shape) joined.tooMany = true;
    else {
      for (const alternative of shape) {
        if (typeof alternative !== 'object') include(joined, alternative);
        else for (const known of this.serviceResult(alternative, condition, joined)) include(joined, known);
      }
    }
    if (joined.others.size > MAX_ALTERNATIVES) joined.tooMany = true;
  }

  /** The values an Expr stands for: its constant, or a description per arm of its if-then-elses; undefined when it says nothing short. */
  private shape(e: Expr, budget: { left: number }): Shape {
    if (e.kind === 'const') return [e.value];
    if (e.kind === 'ite') {
      if (--budget.left < 0) return undefined;
      const a = this.shape(e.then, budget);
      const b = a && this.shape(e.else, budget);
      return b && a ? [...a, ...b] : undefined;
    }
    const failure = e.kind === 'sym' ? failureOf(e.name) : undefined;
    if (failure) return [{ result: e, failure: BigInt(failure.value), success: `result of ${failure.service}` }];
    if (this.descriptions.has(e)) return this.descriptions.get(e);
    let described: string[] | undefined;
    if (e.kind === 'sym') described = [describeSymbol(e.name)];
    else if (nodeCount(e, MAX_NODES) <= MAX_NODES) {
      // Entry values read as in a symbol's own description: `entry R0 + 4`.
      const text = formatExpr(e, this.style).replace(/\b(?:entry\.(r\d+)|(e[a-d]x|e[sd]i|e[bs]p))\b/g, (_m, arm?: string, x86?: string) => `entry ${(arm ?? x86 ?? '').toUpperCase()}`);
      described = text.length <= MAX_TEXT ? [text] : undefined;
    }
    this.descriptions.set(e, described);
    return described;
  }

  /**
   * A service result is its failure value, a success, or either, as far as
   * the path's condition allows (`test eax, eax / jz` leaves one on each
   * side). The solver is asked only while the line has not shown both yet,
   * and once per path condition.
   */
  private serviceResult(open: ServiceResult, condition: readonly Expr[], joined: Joined): (bigint | string)[] {
    if (joined.constants.has(open.failure) && joined.others.has(open.success)) return [];
    let known = this.results.get(condition);
    if (!known) {
      known = new Map();
      this.results.set(condition, known);
    }
    let alternatives = known.get(open.result);
    if (!alternatives) {
      const isFailure = eq(open.result, bv(open.failure, open.result.width));
      const canFail = !this.solver.refutes([...condition, isFailure]);
      const canSucceed = !this.solver.refutes([...condition, not(isFailure)]);
      alternatives = [...(canFail ? [open.failure] : []), ...(canSucceed || !canFail ? [open.success] : [])];
      known.set(open.result, alternatives);
    }
    return alternatives;
  }

  private text(register: string, joined: Joined): string | undefined {
    const { constants, others } = joined;
    if (joined.tooMany || (joined.ranged && others.size > 0) || constants.size + others.size > MAX_ALTERNATIVES) return undefined;
    // A flag is worth showing only when it is certain.
    if (FLAGS.has(register) && (joined.ranged || others.size > 0 || constants.size !== 1)) return undefined;
    if (joined.ranged) return `${formatNumber(joined.min, this.style)} to ${formatNumber(joined.max, this.style)}`;
    const listed = [...constants].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((c) => formatNumber(c, this.style));
    return [...listed, ...others].join(' or ') || undefined;
  }

  /** Per source line, the facts of its first instruction (the state before the line runs). */
  summary(): LineRegisterFacts[] {
    const first = new Map<string, { readonly address: bigint; readonly values: RegisterValue[] }>();
    for (const [address, facts] of this.perInstruction) {
      const source = facts.item.source;
      if (!source) continue;
      const key = `${source.file}\n${source.range.start.line}`;
      const seen = first.get(key);
      if (seen && seen.address < address) continue;
      const values: RegisterValue[] = [];
      for (const name of SHOWN[this.arch]) {
        const joined = facts.registers.get(name);
        const value = joined && this.text(name, joined);
        if (value !== undefined) values.push({ register: name.toUpperCase(), value });
      }
      first.set(key, { address, values });
    }
    return [...first].map(([key, { values }]) => {
      const [file = '', line = '0'] = key.split('\n');
      return { file, line: Number(line), values };
    }).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }
}
