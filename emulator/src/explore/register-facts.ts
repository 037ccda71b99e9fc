import { findService } from '../catalogue/index.js';
import type { InstructionItem, SourceSpan } from '../ir/program.js';
import { bv, eq, not, type Expr } from '../values/expr.js';
import { formatExprCut, formatNumber, type NumberStyle } from '../values/format.js';
import type { AddressNames } from '../values/symbolic-memory.js';
import { inputNamer, inputWords } from './input-words.js';

// What the symbolic run knows about each register at each instruction,
// joined over every path, run and entry that reached it, for hover in the
// editor. Kept small on purpose: a few alternatives per register, a short
// text per alternative; whatever does not fit is left out, never guessed.

/**
 * Called by the explorer before each instruction with the path's registers
 * and flags, its condition, and whether the condition refutes a constraint
 * more: the exploration's solver answers, which keeps what it worked out
 * about the condition for its own questions.
 */
export type StepObserver = (item: InstructionItem, registers: ReadonlyMap<string, Expr>, condition: readonly Expr[], refutes: (extra: Expr) => boolean) => void;

/** One register's joined value at a line: `0FFFFFFFFh or _PageAllocate's result (EAX)`, `entry ESI`, `V = 0`. */
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
/** Characters of one value's text: the words path notes name inputs by run half as long again as the keys they replace. */
const MAX_TEXT = 72;
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
  /**
   * At most MAX_ALTERNATIVES of each, in the order they came: arrays are
   * smaller and quicker than sets here. Copied to add one (`plus`): most
   * registers of most lines take one value, and an empty array that grows
   * by `push` is three objects where one array of one is one.
   */
  constants: readonly bigint[];
  others: readonly string[];
  /** More constants than are worth listing: only `min` and `max` count. */
  ranged: boolean;
  min: bigint;
  max: bigint;
  tooMany: boolean;
  /**
   * The value last added, when what it stands for does not depend on the
   * path (no service result in it): adding it again changes nothing, and a
   * loop brings most registers back unchanged. Set from the start: a
   * property added later gives every Joined a second object to hold it.
   */
  last: Expr | undefined;
}

/** A VMM service result, whose alternatives depend on the path: its failure value, a success. */
interface ServiceResult {
  readonly result: Expr;
  readonly failure: bigint;
  readonly success: string;
}

/** A value's constants, descriptions and service results; undefined when it says nothing short. */
type Shape = (bigint | string | ServiceResult)[] | undefined;

const NONE: readonly never[] = [];

/**
 * `list` and `x`: `[...list, x]` leaves room for 16 more, so the first,
 * which most lists get and keep, is made as an array of one.
 */
function plus<T>(list: readonly T[], x: T): readonly T[] {
  return list.length === 0 ? [x] : [...list, x];
}

function include(joined: Joined, alternative: bigint | string): void {
  if (typeof alternative === 'string') {
    if (!joined.others.includes(alternative)) joined.others = plus(joined.others, alternative);
    return;
  }
  const first = !joined.ranged && joined.constants.length === 0;
  if (first || alternative < joined.min) joined.min = alternative;
  if (first || alternative > joined.max) joined.max = alternative;
  if (joined.ranged || joined.constants.includes(alternative)) return;
  if (joined.constants.length < MAX_ALTERNATIVES) joined.constants = plus(joined.constants, alternative);
  else {
    joined.ranged = true;
    joined.constants = NONE;
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

/**
 * The constants an if-then-else tree of constants may be, unfolded as
 * `shape` unfolds it (at most MAX_ITE_VISITS if-then-else nodes); undefined
 * for any other value.
 */
function constantLeaves(e: Expr): bigint[] | undefined {
  const leaves: bigint[] = [];
  let visits = 0;
  const stack = [e];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'const') leaves.push(node.value);
    else if (node.kind !== 'ite' || ++visits > MAX_ITE_VISITS) return undefined;
    else stack.push(node.else, node.then);
  }
  return leaves;
}

/** A VMM service result that carries the service's failure value: `_PageAllocate.eax#4` → 0. */
function failureOf(name: string): bigint | undefined {
  const match = /^([A-Za-z_]\w*)\.(e[a-d]x|e[sd]i|ebp)#\d+$/.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  const failure = findService(match[1])?.semantics?.failure;
  return failure?.registers.some((r) => r.toLowerCase() === match[2]) ? BigInt(failure.value) : undefined;
}

/** The registers joined before one instruction, the lowest of its line seen so far; by index in `SHOWN`. */
interface LineFacts {
  readonly address: bigint;
  readonly registers: (Joined | undefined)[];
}

/**
 * What values stand for and how they read, per number style and naming of
 * the program's data: neither the path nor the entry changes them, and the
 * entries of a file share most values (the entry registers, the results of
 * the same services).
 */
interface Readings {
  readonly shapes: WeakMap<Expr, Shape>;
  readonly descriptions: WeakMap<Expr, string[] | undefined>;
}

/** Readings by style, without data names and by the program's (one naming per program, `Program.dataNames`). */
const READINGS = new Map<NumberStyle, Readings>();
const NAMED_READINGS = new WeakMap<AddressNames, Map<NumberStyle, Readings>>();

function readingsIn(style: NumberStyle, dataNames: AddressNames | undefined): Readings {
  let byStyle = READINGS;
  if (dataNames) {
    byStyle = NAMED_READINGS.get(dataNames) ?? new Map();
    NAMED_READINGS.set(dataNames, byStyle);
  }
  let readings = byStyle.get(style);
  if (!readings) {
    readings = { shapes: new WeakMap(), descriptions: new WeakMap() };
    byStyle.set(style, readings);
  }
  return readings;
}

/**
 * Joins register values per instruction over an analysis's explorations
 * (pass `observe` to each) and summarises them per source line.
 */
export class RegisterFacts {
  /** Per file and line, the facts before the line's lowest instruction seen: the summary shows no other. */
  private readonly lines = new Map<string, Map<number, LineFacts>>();
  private readonly shown: readonly string[];
  private readonly shownUpper: readonly string[];
  private readonly descriptions: WeakMap<Expr, string[] | undefined>;
  /** What each value stands for, service results left open: no path condition changes it. */
  private readonly shapes: WeakMap<Expr, Shape>;
  /**
   * Service results under one path condition: every step of a path passes
   * the same conjuncts array until the path takes a branch, and mostly the
   * same results in its registers.
   */
  private readonly results = new WeakMap<readonly Expr[], Map<Expr, (bigint | string)[]>>();

  /** `dataNames` names the program's data, by which a value that points into a table names it, as path notes do. */
  constructor(arch: 'x86' | 'arm', private readonly style: NumberStyle, private readonly dataNames?: AddressNames) {
    this.shown = SHOWN[arch];
    this.shownUpper = this.shown.map((name) => name.toUpperCase());
    ({ shapes: this.shapes, descriptions: this.descriptions } = readingsIn(style, dataNames));
  }

  readonly observe: StepObserver = (item, registers, condition, refutes) => {
    const facts = item.source && this.lineFacts(item, item.source);
    if (!facts) return;
    const { shown } = this;
    for (let i = 0; i < shown.length; i++) {
      let joined = facts.registers[i];
      // Reading a flag works it out: a register the line will not show is not read again.
      if (joined?.tooMany) continue;
      const name = shown[i] as string;
      const value = registers.get(name);
      if (!value) continue;
      if (!joined) {
        joined = { constants: NONE, others: NONE, ranged: false, min: 0n, max: 0n, tooMany: false, last: undefined };
        facts.registers[i] = joined;
      }
      if (value === joined.last) continue;
      if (FLAGS.has(name)) this.addFlag(joined, value);
      else this.add(joined, value, condition, refutes);
    }
  };

  /**
   * The facts of the item's line, begun afresh when the item lies below the
   * instruction they were for; undefined when an instruction below it was
   * seen on the line, since the summary shows a line's lowest instruction
   * only and the rest (of a macro's expansion) need no facts.
   */
  private lineFacts(item: InstructionItem, source: SourceSpan): LineFacts | undefined {
    let lines = this.lines.get(source.file);
    if (!lines) {
      lines = new Map();
      this.lines.set(source.file, lines);
    }
    const line = source.range.start.line;
    let facts = lines.get(line);
    if (facts && facts.address < item.address) return undefined;
    if (!facts || item.address < facts.address) {
      facts = { address: item.address, registers: [] };
      lines.set(line, facts);
    }
    return facts;
  }

  /**
   * A flag is shown only while every value it had is one and the same
   * constant, so only constant leaves are read; anything else hides it for
   * good, without a description.
   */
  private addFlag(joined: Joined, value: Expr): void {
    // Most flags are a constant: included without the arrays of the walk.
    if (value.kind === 'const') include(joined, value.value);
    else {
      const leaves = constantLeaves(value);
      if (!leaves) {
        joined.tooMany = true;
        return;
      }
      for (const leaf of leaves) include(joined, leaf);
    }
    if (joined.ranged || joined.constants.length > 1) joined.tooMany = true;
    else joined.last = value;
  }

  private add(joined: Joined, value: Expr, condition: readonly Expr[], refutes: (extra: Expr) => boolean): void {
    let shape = this.shapes.get(value);
    if (shape === undefined && !this.shapes.has(value)) {
      shape = this.shape(value, { left: MAX_ITE_VISITS });
      this.shapes.set(value, shape);
    }
    if (!shape) joined.tooMany = true;
    else {
      let settled = true;
      for (const alternative of shape) {
        if (typeof alternative !== 'object') include(joined, alternative);
        else {
          settled = false;
          for (const known of this.serviceResult(alternative, condition, refutes, joined)) include(joined, known);
        }
      }
      joined.last = settled ? value : undefined;
    }
    // Past this the line cannot show the register whatever comes: alternatives are only ever added.
    if (joined.others.length > 0 && (joined.ranged || joined.constants.length + joined.others.length > MAX_ALTERNATIVES)) joined.tooMany = true;
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
    if (e.kind === 'sym') {
      const failure = failureOf(e.name);
      if (failure !== undefined) return [{ result: e, failure, success: inputWords(e.name, this.style, this.dataNames) }];
    }
    if (this.descriptions.has(e)) return this.descriptions.get(e);
    let described: string[] | undefined;
    // The inputs in the words path notes name them by: `entry R0 + 4`, `_PageAllocate's result (EAX)`.
    if (e.kind === 'sym') described = [inputWords(e.name, this.style, this.dataNames)];
    else if (nodeCount(e, MAX_NODES) <= MAX_NODES) {
      const text = this.written(e);
      described = text.length <= MAX_TEXT ? [text] : undefined;
    }
    this.descriptions.set(e, described);
    return described;
  }

  /**
   * A value's text, cut one character past the limit (a text cut short is as
   * long, and as much too long, as one that is not). A sum whose number is
   * an address of the program's data (`Slot_Map[ecx]`'s address, `ADR r1,
   * Table` plus an index) is that data's label plus the rest ("Slot_Map +
   * entry ECX"), as the path notes name a table: the number is the layout's,
   * which matches nothing in the reader's listing.
   */
  private written(e: Expr): string {
    const names = inputNamer([e], this.style, this.dataNames);
    const table = e.kind === 'binary' && e.op === 'add' && e.right.kind === 'const' ? this.dataNames?.(e.right.value) : undefined;
    if (table === undefined || e.kind !== 'binary') return formatExprCut(e, MAX_TEXT + 1, this.style, names);
    // The rest in brackets where it is an operation, as the sum's own text writes it ("Table + (entry R2 << 2)").
    const bracketed = e.left.kind === 'binary' || e.left.kind === 'ite';
    const head = `${table} + ${bracketed ? '(' : ''}`;
    const rest = formatExprCut(e.left, Math.max(1, MAX_TEXT + 1 - head.length - (bracketed ? 1 : 0)), this.style, names);
    return `${head}${rest}${bracketed ? ')' : ''}`;
  }

  /**
   * A service result is its failure value, a success, or either, as far as
   * the path's condition allows (`test eax, eax / jz` leaves one on each
   * side). The solver is asked only while the line has not shown both yet,
   * and once per path condition, and not at all on the side that tested
   * for the failure and found none; a result that cannot fail succeeds, so
   * it is not asked whether it can succeed.
   */
  private serviceResult(open: ServiceResult, condition: readonly Expr[], refutes: (extra: Expr) => boolean, joined: Joined): (bigint | string)[] {
    if (joined.constants.includes(open.failure) && joined.others.includes(open.success)) return [];
    let known = this.results.get(condition);
    if (!known) {
      known = new Map();
      this.results.set(condition, known);
    }
    let alternatives = known.get(open.result);
    if (!alternatives) {
      const isFailure = eq(open.result, bv(open.failure, open.result.width));
      // The fall-through of `test eax, eax / jz failed` holds the test's negation itself, which refutes the failure whatever else the condition holds.
      const canFail = !condition.includes(not(isFailure)) && !refutes(isFailure);
      alternatives = !canFail ? [open.success] : refutes(not(isFailure)) ? [open.failure] : [open.failure, open.success];
      known.set(open.result, alternatives);
    }
    return alternatives;
  }

  private text(register: string, joined: Joined): string | undefined {
    const { constants, others } = joined;
    if (joined.tooMany || (joined.ranged && others.length > 0) || constants.length + others.length > MAX_ALTERNATIVES) return undefined;
    // A flag is worth showing only when it is certain.
    if (FLAGS.has(register) && (joined.ranged || others.length > 0 || constants.length !== 1)) return undefined;
    if (joined.ranged) return `${formatNumber(joined.min, this.style)} to ${formatNumber(joined.max, this.style)}`;
    // The common cases, without the arrays the general one makes: a value per register and line adds up.
    if (others.length === 0 && constants.length === 1) return formatNumber(constants[0] as bigint, this.style);
    if (constants.length === 0 && others.length === 1) return others[0] || undefined;
    const listed = [...constants].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((c) => formatNumber(c, this.style));
    return [...listed, ...others].join(' or ') || undefined;
  }

  /** Per source line, the facts of its first instruction (the state before the line runs). */
  summary(): LineRegisterFacts[] {
    const out: LineRegisterFacts[] = [];
    for (const [file, lines] of this.lines) {
      for (const [line, facts] of lines) {
        const values: RegisterValue[] = [];
        facts.registers.forEach((joined, i) => {
          const value = joined && this.text(this.shown[i] as string, joined);
          if (value !== undefined) values.push({ register: this.shownUpper[i] as string, value });
        });
        out.push({ file, line, values });
      }
    }
    // Mostly one file: its name is not compared with itself.
    return out.sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line);
  }
}
