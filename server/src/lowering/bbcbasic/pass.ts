import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, findSwi, substitute, symbolsOf, type DataValue, type Expr, type Range, type SourceSpan } from '../../../../emulator/src/index.js';
import { areaFlagBits, areaMaxSize } from '../riscos/areaFlags.js';
import { lowerInstruction, lowerSwi, type ArmContext } from '../riscos/armInstruction.js';
import { ArmLayout, dataValue } from '../riscos/layout.js';
import { coprocessorRegisterNumber, coprocessorRegisterOf, registerNumber } from '../riscos/registers.js';
import { child, children, fieldSlots, namedChildren, rangeOf, span } from '../riscos/syntax.js';
import type { UndefinedName } from '../nameCheck.js';
import { memoryCall, OS_MEMORY } from '../riscos/pageReservations.js';
import type { AreaCreation, LoweringNote, PageReservation, SysMemoryCall, UnmodelledItem } from '../riscos/types.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';
import { elementName, evaluateBasic, evaluateInteger, isIntegerVariable, variableName, type BasicScope } from './expressions.js';
import { caseArms, caseSelector, literalValue } from './caseArms.js';
import type { Choices } from './builds.js';
import { assemblesCode, ownVariables, type PlacedRoutine } from './placedRoutines.js';
import type { Assigned } from './routines.js';
import { runRoutine } from './valueRoutines.js';
import { loopTops, MAX_COUNTED, type LoopEnd, type LoopTops } from './loopHeads.js';
import { CurrentValues } from './currentValues.js';
import { isZero } from './singleValued.js';
import { runsOn } from './straightRuns.js';
import { keywordOf, variablesSetBy } from './textStatements.js';
import { stopIfCancelled, type Cancelled } from '../cancellation.js';
import type { ProgramFacts } from './programFacts.js';

// One pass over a BBC BASIC program: the BASIC statements before each
// assembler block are run as far as constants go (`flags% = 1 << 8`,
// `DIM code% 256`, `P% = code%`), then the block is assembled at P%.
// Labels are BASIC variables; a block may use a label of a later line, so
// the driver repeats passes until addresses settle. A PROC that assembles
// where P% stands is read at its calls (see `placedRoutines.ts`). An IF or
// CASE whose arms assemble code, where the pass cannot tell which arm runs,
// is a choice: the pass takes the arm its build names (see `builds.ts`).

/**
 * Iterations of a FOR loop around assembler made one by one; a longer loop
 * is assembled once with its variable unknown. A table of a byte per value
 * (`FOR i% = 0 TO 255` / `EQUB`) is the longest such loop programs commonly
 * write. Measured: 256 unrolled stores cost `check` no time that shows, 256
 * areas a SYS in the loop creates about a second more than 64.
 */
const MAX_UNROLLED = 256;

/** SWIs that may grow an area: OS_ChangeDynamicArea, and OS_CallASWI and OS_CallASWIR12, which call any SWI. */
const GROWING_SWIS: ReadonlySet<bigint | 'other'> = new Set([0x2an, 0x6fn, 0x71n]);

/** Where DIMmed blocks go: arbitrary, far apart, so blocks never overlap. */
const DIM_BASE = 0x10000n;
const DIM_SPACING = 0x10000n;

export interface BasicPassResult {
  readonly layout: ArmLayout;
  /** Per block, the names its labels got in the Program (a name used by two blocks is made unique). */
  readonly blockLabels: readonly ReadonlyMap<string, string>[];
  readonly blockStarts: readonly bigint[];
  readonly creations: readonly AreaCreation[];
  /** The `SYS "OS_Memory"` calls that may reserve or release pages, with the removals of the straight runs that hold them. */
  readonly reservations: readonly SysMemoryCall[];
  /** A `SYS` whose SWI, or whose OS_DynamicArea reason, is not known: it may create an area. */
  readonly unknownAreaCall: boolean;
  readonly unmodelled: readonly UnmodelledItem[];
  /** PW900 notes at the loops of more runs than the pass follows (see `manyRuns`), one a loop. */
  readonly notes: readonly LoweringNote[];
  /** Addresses BASIC stores to with `!`, `?`, `$` or `|`, where they are known. */
  readonly basicStores: readonly bigint[];
  /** Names an assembler operand uses that had no value there (labels of later blocks and BASIC variables set later included). */
  readonly unresolved: readonly UndefinedName[];
  /** Where the code a value lies in, for a value of a block assembled at a P% not known (`inPlacedBlock`): R6 of the ARM code's creations. */
  readonly placeHandler: (value: Expr) => bigint | undefined;
}

/**
 * A block assembled while O% was set: with offset assembly (OPT 4–7) its
 * bytes go to O% while its labels count from P%, so the code runs at
 * `physical` and a handler address is written `code% + label`.
 */
interface OffsetBlock {
  readonly logical: bigint;
  readonly physical: bigint;
  readonly size: bigint;
}

/**
 * A block assembled where P% was not a number the pass knows (`P% = code%`,
 * code% claimed from the RMA): laid out at `start`, it runs at `origin`.
 */
interface PlacedBlock {
  readonly origin: Expr;
  readonly start: bigint;
  readonly size: bigint;
}

/** An area creation of a `SYS`, with the argument that gives its handler by value, placed once every block is (`BasicPass.placed`). */
interface SysCreation {
  readonly creation: AreaCreation;
  readonly handler?: { readonly value: Expr; readonly node: Node };
}

export class BasicPass implements BasicScope {
  private readonly layout = new ArmLayout(DIM_BASE);
  private readonly env = new Map<string, Value>();
  private readonly blockLabels: Map<string, string>[] = [];
  private readonly blockStarts: bigint[] = [];
  private readonly creations: SysCreation[] = [];
  /** The OS_Memory calls, each with its straight run of statements (see `straightRuns.ts`) where it stands in one. */
  private readonly memoryCalls: { readonly call: PageReservation; readonly run: number | undefined }[] = [];
  /** The straight runs of the unconditional `SYS "OS_DynamicArea", 1` calls, one entry a call. */
  private readonly removalRuns: number[] = [];
  private unknownAreaCall = false;
  /** The straight run of statements the pass is in: a new number wherever a statement may end one. */
  private straightRun = 0;
  /** Whether the program has reached a loop it never leaves (`neverEnds`): no statement after it runs. */
  private halted = false;
  private readonly unmodelledItems = new Map<string, UnmodelledItem>();
  private readonly notes = new Map<string, LoweringNote>();
  private readonly basicStores: bigint[] = [];
  private readonly unresolvedNames: UndefinedName[] = [];
  private readonly offsetBlocks: OffsetBlock[] = [];
  private readonly placedBlocks: PlacedBlock[] = [];
  private nextDim = DIM_BASE;
  /** Depth of code that runs on some runs of the program only (see `assign`). */
  private conditional = 0;
  /** Depth of IF, CASE and WHILE arms of unknown course (see `inArms`). */
  private armsEntered = 0;
  private reporting = false;
  private block: Map<string, string> = new Map();
  /** The functions `OPT FN` is expanding now: one that calls itself is expanded once. */
  private readonly expanding = new Set<string>();
  /** The FNs whose value is being worked out now: one that calls itself has none. */
  private readonly evaluating = new Set<string>();
  /** The placed PROCs being read at a call now: one that calls itself is read once. */
  private readonly placing = new Set<string>();
  /** The variables assembler labels set: a call does not move them. */
  private readonly labelNames = new Set<string>();
  /** The variables set at two places or more whose value here is every run's (see `currentValues.ts`). */
  private readonly current = new CurrentValues();
  /** The variables of the FOR loops being run value by value: exact in their bodies. */
  private readonly unrolling = new Set<string>();
  /** The parameters of the routine whose body the pass is in that hold its call's arguments. */
  private boundParameters: string[] = [];
  /** The value each single-valued variable got at its one place, as the pass met it; 'varying' when it met it twice with two (a loop run value by value). */
  private readonly setTo = new Map<string, Value | 'varying'>();

  constructor(
    private readonly file: string, private readonly facts: ProgramFacts, private readonly previous: BasicPassResult | undefined,
    private readonly choices: Choices, readonly latin1: boolean, private readonly cancelled: Cancelled | undefined,
  ) {}

  run(): BasicPassResult {
    this.sequence(this.facts.statements);
    return {
      layout: this.layout, blockLabels: this.blockLabels, blockStarts: this.blockStarts,
      // Placed once every block is: the DEF PROC that assembles a handler often comes after the SYS that names it.
      creations: this.creations.map((c) => this.placed(c)),
      reservations: this.memoryCalls.map(({ call, run }) => (run === undefined ? call : { ...call, removals: this.removalRuns.filter((r) => r === run).length })),
      unknownAreaCall: this.unknownAreaCall, unmodelled: [...this.unmodelledItems.values()], notes: [...this.notes.values()], basicStores: this.basicStores, unresolved: this.unresolvedNames,
      placeHandler: (value) => this.inPlacedBlock(value),
    };
  }

  // ---- scope ---------------------------------------------------------------

  private spanOf(node: Node): SourceSpan {
    return span(this.file, rangeOf(node));
  }

  /**
   * Reported from assembler blocks (and SYS creations); BASIC code may compute what it likes. `codeDiffers`: the code
   * assembled here is not what BASIC's assembler would assemble (`UnmodelledItem`).
   */
  private unmodelled(message: string, node: Node, { always = false, codeDiffers = false } = {}): void {
    if (!this.reporting && !always) return;
    const source = this.spanOf(node);
    // One item per line: the first problem there explains the rest, unless a later one changes the code assembled.
    const key = `${source.range.start.line}`;
    const first = this.unmodelledItems.get(key);
    if (!first || (codeDiffers && !first.codeDiffers)) this.unmodelledItems.set(key, { message, source, codeDiffers });
  }

  unresolved(node: Node): void {
    if (this.reporting) this.unresolvedNames.push({ name: variableName(node), kind: 'symbol', source: this.spanOf(node) });
  }

  unknown(message: string, node: Node, name: string): Value {
    this.unmodelled(message, node);
    return expr.sym(name);
  }

  variable(name: string): Value | undefined {
    const known = this.env.get(name);
    if (known !== undefined) return known;
    // A label further down this block: its address from the previous pass.
    const index = this.blockLabels.length;
    const unique = this.previous?.blockLabels[index]?.get(name);
    const address = unique === undefined ? undefined : this.previous?.layout.labels.get(unique);
    return address === undefined ? undefined : expr.bv(address);
  }

  /**
   * A call of an FN that only works out a value: that value where the call
   * is, worked out quietly (a value it cannot name is a symbol), the
   * caller's variables, its arguments' included, read through `variable`
   * (an IF's condition reads the settled ones only).
   */
  functionValue(call: Node, variable = (n: string): Value | undefined => this.variable(n)): Value | undefined {
    const name = child(call, 'name')?.text;
    const routine = name === undefined ? undefined : this.facts.valueFunctions.get(name);
    if (name === undefined || !routine || this.evaluating.has(name)) return undefined;
    const scope: BasicScope = {
      latin1: this.latin1,
      variable,
      unknown: (_message, _node, n) => expr.sym(n),
      unresolved: () => undefined,
      functionValue: (c) => this.functionValue(c, variable),
    };
    const list = child(call, 'arguments');
    const args = (list ? children(list, 'argument') : []).map((arg) => evaluateBasic(arg, scope));
    this.evaluating.add(name);
    const value = runRoutine(routine, args, scope)?.value;
    this.evaluating.delete(name);
    return value;
  }

  private value(node: Node): Value {
    return evaluateBasic(node, this);
  }

  private nameOf(node: Node): string {
    return elementName(node, this);
  }

  private assign(name: string, value: Value): void {
    // Inside IF/ELSE a value holds on one path only.
    this.env.set(name, this.conditional > 0 ? expr.sym(name) : value);
  }

  // ---- BASIC statements ----------------------------------------------------

  /** The statements of a line's field (an IF's arm, an ON ERROR's handler): the `:` tokens between them end no straight run. */
  private statements(nodes: readonly Node[]): void {
    for (const node of nodes) if (node.isNamed) this.inRun(node, () => this.statement(node));
  }

  /** Walks `node` with `walk`, in the straight run of statements before it when it may stand in one, else apart from what comes before and after. */
  private inRun(node: Node, walk: () => void): void {
    const through = runsOn(node);
    if (!through) this.straightRun++;
    walk();
    if (!through) this.straightRun++;
  }

  /**
   * The program's statements in order, a constant FOR loop around assembler
   * run once per value of its variable, a multi-line IF to its ENDIF, a
   * WHILE to its ENDWHILE and a CASE to its ENDCASE; the lines of a PROC
   * read where it is called are passed over at its DEF.
   */
  private sequence(nodes: readonly Node[]): void {
    for (let i = 0; i < nodes.length && !this.halted; i++) {
      // Before each statement, at every depth: one statement may be a loop run 256 times or a PROC read at its calls, and
      // a superseded job stops here (cancellation.ts) at the cost of a read of shared memory.
      stopIfCancelled(this.cancelled);
      const node = nodes[i] as Node;
      const end = node.type === 'for_statement' ? loopEnd(nodes, i) : undefined;
      const until = node.type === 'repeat_statement' ? closingIndex(nodes, i, REPEAT) : undefined;
      const block = isBlockIf(node) ? blockIfEnd(nodes, i) : undefined;
      const closer = CLOSERS.find((c) => c.opens(node));
      const closed = closer && closingIndex(nodes, i, closer);
      const placed = node.type === 'procedure_definition' ? this.facts.atCalls.get(child(node, 'name')?.text ?? '') : undefined;
      this.inRun(node, () => {
        if (placed?.definition === node) i += placed.body.length;
        else if (end && this.neverEnds(node, end.body)) this.endlessRun(node, end.body);
        else if (end && this.unroll(node, end.body)) i = end.next;
        else if (end && this.runsChosen(node, end.body, [])) i = end.next;
        else if (until !== undefined && this.runsChosen(node, nodes.slice(i, until), nodes.slice(i + 1, until + 1), nodes[until])) i = until;
        else if (block) {
          this.blockIf(node, nodes.slice(i + 1, block.otherwise ?? block.end), block.otherwise === undefined ? [] : nodes.slice(block.otherwise, block.end));
          i = block.end;
        } else if (closed !== undefined && node.type === 'while_statement' && this.runsChosen(node, nodes.slice(i + 1, closed), [])) i = closed;
        else if (closed !== undefined) {
          this.maybeRun(node, nodes.slice(i + 1, closed));
          i = closed;
        } else {
          const repeated = end?.body ?? (until === undefined ? undefined : nodes.slice(i, until));
          if (repeated) this.loopStart(repeated, node, until === undefined ? undefined : nodes[until]);
          this.statement(node);
        }
      });
    }
  }

  /**
   * A WHILE body, which runs no times when its condition is known false,
   * or the arms of a CASE, of which one runs when the selector and the
   * values before it are known, else the one the build takes if they
   * assemble code: what they assign holds on some runs only.
   */
  private maybeRun(node: Node, body: readonly Node[]): void {
    this.forgetCallsIn(node);
    if (node.type === 'while_statement' && this.condition(node) === false) return;
    if (node.type === 'while_statement') this.loopStart(body, node);
    const arm = node.type === 'basic_statement' ? this.caseArm(node, body) : undefined;
    if (arm) return this.sequence(arm);
    const arms = node.type === 'basic_statement' ? caseArms(body) : undefined;
    // No OTHERWISE: a selector no WHEN matches runs none.
    const choice = arms && [...arms.map((a) => a.body), ...(arms.some((a) => a.values === 'otherwise') ? [] : [[]])];
    this.inArms(() => this.sequence(choice ? this.chosen(node, choice) ?? body : body));
  }

  /**
   * A multi-line IF: the branch BASIC runs when the condition is known;
   * else the branch the build takes if either assembles code, else both,
   * where a value assigned holds on one path only, as in a one-line IF.
   */
  private blockIf(node: Node, then: readonly Node[], otherwise: readonly Node[]): void {
    this.forgetCallsIn(node);
    const taken = this.condition(node);
    if (taken !== undefined) return this.sequence(taken ? then : otherwise);
    this.inArms(() => this.sequence(this.chosen(node, [then, otherwise]) ?? [...then, ...otherwise]));
  }

  /**
   * Walks the arms of an IF, CASE or WHILE whose course is not known: a
   * value assigned there holds on some runs only, and their statements,
   * walked one arm after the other, stand in no straight run.
   */
  private inArms(walk: () => void): void {
    this.conditional++;
    this.armsEntered++;
    walk();
    this.armsEntered--;
    this.conditional--;
  }

  /** The arm the build takes at `node`, an IF or CASE not known to run one, when an arm assembles code; else undefined, as every arm's assembler runs in the one build. */
  private chosen(node: Node, arms: readonly (readonly Node[])[]): readonly Node[] | undefined {
    if (!arms.some((arm) => arm.some((n) => assemblesCode(n, this.facts.atCalls)))) return undefined;
    return this.choices.choose(arms, { arms: arms.map(linesOf), source: this.spanOf(node), kind: node.type === 'if_statement' ? 'IF' : 'CASE' });
  }

  /** The statements of the arm a CASE runs (none when no arm matches), where that is known. */
  private caseArm(node: Node, body: readonly Node[]): readonly Node[] | undefined {
    const selector = this.knownText(caseSelector(node));
    const arms = selector === undefined ? undefined : caseArms(body);
    for (const arm of arms ?? []) {
      if (arm.values === 'otherwise') return arm.body;
      const values = arm.values.map((v) => this.knownText(v));
      if (values.includes(selector)) return arm.body;
      // An arm before the one that matches may match too: BASIC takes the first.
      if (values.includes(undefined)) return undefined;
    }
    return arms && [];
  }

  /** The value of a CASE's selector or a WHEN's value: a literal, or a variable whose value every run sees (as an IF's condition reads it). */
  private knownText(text: string | undefined): bigint | undefined {
    if (text === undefined) return undefined;
    const literal = literalValue(text);
    if (literal !== undefined) return literal;
    const value = this.settledValue(text.trim());
    return value === undefined ? undefined : constantOf(value);
  }

  /**
   * A variable's value where every run of the statement reading it sees
   * that one (see `settled.ts`; a bound parameter set nowhere else, in its
   * routine's body; one the last `=` before set, see `currentValues.ts`),
   * else undefined.
   */
  private settledValue(name: string): Value | undefined {
    const bound = this.facts.parametersOnly.has(name) && this.boundParameters.includes(name);
    const value = this.env.get(name);
    return this.facts.settled.has(name) || this.unrolling.has(name) || bound || this.current.holds(name, value) ? value : undefined;
  }

  /**
   * An IF's condition where it is known: true or false as BASIC takes it
   * (any value but 0 is TRUE). Only variables whose value here is the one
   * every run of the IF sees count, so a branch is never left out that
   * some run of the program takes.
   */
  private condition(node: Node): boolean | undefined {
    const condition = child(node, 'condition');
    if (!condition) return undefined;
    const value = constantOf(evaluateBasic(condition, this.settledScope()));
    return value === undefined ? undefined : value !== 0n;
  }

  /**
   * `FOR i% = 0 TO 3 … [OPT pass% … STR r4, [r1, #i%*12] … ] … NEXT`: the
   * assembler in the body is assembled once per value, as BASIC does, and
   * a `SYS` that reads the variable (`handler%(a%)`, `flags%(a%)`) is made
   * once per value. Not the pass loop (its variable is the OPT, or the
   * body sets P% back), whose passes the driver makes, nor a loop whose
   * bounds are not known.
   */
  private unroll(loop: Node, body: readonly Node[]): boolean {
    const variable = child(loop, 'variable');
    const values = variable && this.loopValues(loop);
    if (!variable || !values) return false;
    const name = variableName(variable);
    if (!body.some((n) => assemblesCode(n, this.facts.atCalls) || sysReads(n, name)) || this.passLoop(body, name)) return false;
    this.unrolling.add(name);
    for (const value of values.taken) {
      this.env.set(name, expr.bv(value));
      this.straightRun++;
      this.sequence(body);
    }
    this.unrolling.delete(name);
    this.env.set(name, expr.bv(values.after));
    return true;
  }

  /**
   * A FOR loop whose values are not known, a REPEAT or a WHILE loop, around
   * assembler that is not the pass loop: each run assembles its code again
   * where P% stands after the last. Where the loop's dry runs count its
   * runs (see `loopHeads.ts`: `I% += 1` … `UNTIL I% = 3`), the pass makes
   * them one after the other, as BASIC does. Else the build decides how
   * many runs it makes, one or two (`Choice` of kind LOOP), and the
   * analysis reports what both find (see `everyBuild.ts`): an address or a
   * label that differs between them is not known; each run starts from the
   * values the loop's tops have (see `loopStart`). A WHILE may run no
   * times, but that is no build: its labels would never be set, and BASIC
   * stops at the first use of one; as in an IF's arm, what its lines
   * assign is not known after it. Each run reads the loop's own statement
   * (the FOR, the WHILE, or the REPEAT and what follows it on its line),
   * then `rest` (a REPEAT's lines after it, its UNTIL included); `lines`
   * are the loop's lines, as `loopStart` reads them. An IF or CASE in the
   * loop is a choice in each run, where the build makes such loops choices
   * (see `Choices`; else one run, its arms the build's). False for another
   * loop, which the pass reads once.
   */
  private runsChosen(loop: Node, lines: readonly Node[], rest: readonly Node[], until?: Node): boolean {
    const variable = loop.type === 'for_statement' ? child(loop, 'variable') : undefined;
    const name = variable ? variableName(variable) : '';
    if (!lines.some((n) => assemblesCode(n, this.facts.atCalls)) || this.passLoop(lines, name)) return false;
    // A WHILE known not to run: no lines (see `maybeRun`).
    if (loop.type === 'while_statement' && this.condition(loop) === false) return false;
    const own = loop.type === 'repeat_statement' ? rest : lines;
    const heads = this.loopHeads(lines, loop, until);
    const counted = heads.tops?.runs ?? 0;
    for (let run = 0; run < counted; run++) {
      this.straightRun++;
      this.statement(loop);
      this.sequence(own);
    }
    if (counted > 0) return true;
    // A FOR of known bounds not run value by value has more values than `MAX_UNROLLED`.
    const limit = heads.tops?.many ? MAX_COUNTED : loop.type === 'for_statement' && this.loopBounds(loop) ? MAX_UNROLLED : undefined;
    if (limit !== undefined) {
      this.manyRuns(loop, lines, own, limit, until);
      return true;
    }
    // An IF or CASE in the loop may be a choice itself (`IF i% = 2 THEN` around assembler), in each run.
    const armed = this.anyRun(lines, (node) => anyIn(node, (n) => n.type === 'if_statement' || keywordOf(n) === 'CASE'));
    const runs = this.choices.runs({ source: this.spanOf(loop), kind: 'LOOP', arms: [undefined, undefined] }, armed);
    const made = (): void => {
      for (let run = 0; run < runs; run++) {
        this.loopStart(lines, loop, until);
        this.straightRun++;
        this.statement(loop);
        this.sequence(own);
      }
    };
    if (loop.type === 'while_statement') this.inArms(made);
    else made();
    return true;
  }

  /**
   * A loop known to run more than `limit` times, the most the pass follows
   * one by one: neither one run nor two is a run of the program, and what
   * both find may be found by none (an address `code% + 16` past the loop
   * in the code after it in both). Its lines are read as one run, the
   * first, where BASIC assembles it, from a top where what they assign is
   * not known (see `loopStart`), so what they leave holds after any run;
   * where P% and O% stand after it is not known, so the code after it lies
   * where no address worked out from before the loop reaches (its labels
   * still do), and a PW900 note at the loop says so.
   */
  private manyRuns(loop: Node, lines: readonly Node[], own: readonly Node[], limit: number, until?: Node): void {
    this.loopStart(lines, loop, until);
    this.straightRun++;
    this.statement(loop);
    this.sequence(own);
    this.env.set('P%', expr.sym('P%'));
    if (this.known('O%') !== undefined) this.env.set('O%', expr.sym('O%'));
    const source = this.spanOf(loop);
    this.notes.set(`${source.range.start.line}:${source.range.start.character}`, {
      code: 'PW900', source,
      message: `this loop runs more than ${limit} times around assembler, more runs than are followed one by one: its lines are analysed as its first run, `
        + 'and where the code after it lies is not known, so an address worked out from before the loop that points past its first run is not analysed',
    });
  }

  /**
   * Whether a FOR around assembler is one BASIC never leaves: its STEP is 0, so its variable never passes its end, and
   * nothing in its lines leaves it (an END, a GOTO, an ERROR, a RETURN). Only where every run reaches it: in an arm of
   * an IF not known, the runs that take the other arm go on after it.
   */
  private neverEnds(loop: Node, lines: readonly Node[]): boolean {
    const step = child(loop, 'step');
    if (!step || this.conditional > 0 || constantOf(this.value(step)) !== 0n || !this.anyRun(lines, (n) => assemblesCode(n, this.facts.atCalls))) return false;
    return !this.anyRun(lines, (node) => anyIn(node, (n) => n.type === 'end_statement' || n.type === 'on_statement' || LEAVING.has(keywordOf(n) ?? '')));
  }

  /**
   * A loop BASIC runs without end (`neverEnds`): its lines are read as its first run, which assembles what every later
   * run assembles again where P% is set back (the pass loop) or goes on after it; no line after the loop runs, so the
   * pass stops there, and a PW900 note at the loop says so.
   */
  private endlessRun(loop: Node, lines: readonly Node[]): void {
    this.straightRun++;
    this.statement(loop);
    this.sequence(lines);
    this.halted = true;
    const source = this.spanOf(loop);
    this.notes.set(`${source.range.start.line}:${source.range.start.character}`, {
      code: 'PW900', source,
      message: 'this loop has a STEP of 0 and never ends, so no line after it runs: its lines are analysed as their first run, and nothing after it is analysed',
    });
  }

  /**
   * Whether `nodes`, or the lines of the PROCs read where they are called
   * that they call, make the FOR loop of `name` the pass loop (see
   * `passLoopBody`): `PROCassemble(code%)` there, whose block says `OPT
   * pass%`, assembles one place once per assembler pass.
   */
  private passLoop(nodes: readonly Node[], name: string): boolean {
    return this.anyRun(nodes, (node) => passLoopBody(node, name));
  }

  /** Whether a statement of `nodes`, or of the PROCs read where they are called that they call, passes `test`. */
  private anyRun(nodes: readonly Node[], test: (node: Node) => boolean, seen = new Set<string>()): boolean {
    return nodes.some((node) => test(node) || anyIn(node, (n) => {
      const called = n.type === 'proc_call' ? child(n, 'name')?.text : undefined;
      const routine = called === undefined || seen.has(called) ? undefined : this.facts.atCalls.get(called);
      if (!routine || called === undefined) return false;
      seen.add(called);
      return this.anyRun(routine.body, test, seen);
    }));
  }

  /** A FOR loop's start, end and step, where they are known (and the step is not 0). */
  private loopBounds(loop: Node): { readonly start: bigint; readonly end: bigint; readonly step: bigint } | undefined {
    const bound = (field: string): bigint | undefined => {
      const n = child(loop, field);
      const c = n === undefined ? undefined : constantOf(this.value(n));
      return c === undefined ? undefined : expr.toSigned(c, 32);
    };
    const start = bound('start'), end = bound('end'), step = child(loop, 'step') ? bound('step') : 1n;
    return start === undefined || end === undefined || step === undefined || step === 0n ? undefined : { start, end, step };
  }

  /** The values a FOR loop's variable takes, and the one it has after the loop; undefined when unknown or too many. */
  private loopValues(loop: Node): { readonly taken: readonly bigint[]; readonly after: bigint } | undefined {
    const bounds = this.loopBounds(loop);
    if (!bounds) return undefined;
    const { start, end, step } = bounds;
    const taken: bigint[] = [];
    // BASIC runs the body once even when the start is already past the end.
    let v = start;
    do {
      if (taken.length === MAX_UNROLLED) return undefined;
      taken.push(v & 0xffffffffn);
      v += step;
    } while (step > 0n ? v <= end : v >= end);
    return { taken, after: v & 0xffffffffn };
  }

  private statement(node: Node): void {
    if (node.type === 'proc_call' && (this.placeCall(node) || this.setterCall(node))) return;
    if (node.type !== 'assembler_block') this.forgetCallsIn(node);
    switch (node.type) {
      case 'assignment': this.assignment(node); return;
      case 'dim_statement': for (const item of namedChildren(node)) this.dim(item); return;
      case 'for_statement': {
        const v = child(node, 'variable');
        if (v) this.env.set(variableName(v), expr.sym(variableName(v)));
        this.current.forget();
        return;
      }
      case 'while_statement': this.current.forget(); return;
      case 'sys_call':
        this.sys(node);
        this.forget([...children(node, 'output'), ...children(node, 'flags')]);
        return;
      case 'procedure_definition': case 'function_definition': this.routineStart(node); return;
      case 'local_statement': this.forget(children(node, 'variable')); return;
      case 'basic_statement': for (const name of variablesSetBy(node)) this.forgetName(name); return;
      case 'assembler_block': this.assemble(node); return;
      case 'if_statement': {
        const taken = this.condition(node);
        if (taken !== undefined) {
          this.statements(children(node, taken ? 'consequence' : 'alternative'));
          return;
        }
        const arms = [children(node, 'consequence'), children(node, 'alternative')];
        this.inArms(() => this.statements(this.chosen(node, arms) ?? arms.flat()));
        return;
      }
      case 'on_error_statement':
        // The handler runs after an error, with the values the program has then; its statements run one after the other, a straight run of their own.
        this.conditional++;
        this.current.apart(() => this.statements(children(node, 'handler')));
        this.conditional--;
        return;
      case 'else_statement': case 'repeat_statement': {
        if (node.type === 'repeat_statement') this.current.forget();
        const body = child(node, 'body');
        if (body) this.statement(body);
      }
    }
  }

  /**
   * A call of a PROC that only sets variables, in BASIC's order: the calls
   * in its arguments, then its lines, on the caller's values, then what it
   * sets of the caller's, set here, once what it may set is forgotten; a
   * value every run gives (run again on what an IF reads) is noted as the
   * last `=` (see `currentValues.ts`). False for another call.
   */
  private setterCall(call: Node): boolean {
    const name = child(call, 'name')?.text;
    const routine = name === undefined ? undefined : this.facts.setterProcedures.get(name);
    if (!routine) return false;
    const list = child(call, 'arguments');
    if (list) this.forgetCalls(list);
    const args = list ? children(list, 'argument') : [];
    const settled = this.settledScope();
    const run = runRoutine(routine, args.map((arg) => this.value(arg)), this);
    const every = runRoutine(routine, args.map((arg) => evaluateBasic(arg, settled)), settled);
    const assigned = this.facts.routines.assignedBy(call);
    if (assigned) this.forgetAssigned(assigned);
    for (const [variable, { value, right }] of run?.set ?? []) {
      // Set by an arm of an IF not known, the variable has no value the call sets at one place.
      if (right && !isZero(right)) this.setOnce(variable, value);
      this.assign(variable, value);
      const held = this.env.get(variable);
      const everyRun = every?.set.get(variable)?.value;
      if (this.conditional === 0 && !this.facts.linesEntered && held && everyRun !== undefined && constantOf(everyRun) !== undefined) this.current.note(variable, held);
    }
    return true;
  }

  /**
   * BASIC runs the calls of a statement (PROC, FN, GOSUB) before the rest
   * of it: what they may assign is no longer known. The statements of an
   * IF, ELSE, REPEAT or ON ERROR are walked on their own.
   */
  private forgetCallsIn(statement: Node): void {
    switch (statement.type) {
      case 'if_statement': for (const c of children(statement, 'condition')) this.forgetCalls(c); return;
      case 'else_statement': case 'repeat_statement': case 'on_error_statement': return;
    }
    this.forgetCalls(statement);
  }

  /** Forgets what the calls in `node`, and in its arguments, may assign. */
  private forgetCalls(node: Node): void {
    const assigned = this.facts.routines.assignedBy(node);
    if (assigned) this.forgetAssigned(assigned);
    for (const c of namedChildren(node)) this.forgetCalls(c);
  }

  /** Forgets the variables and arrays `assigned` names (every one but the labels for 'any'). */
  private forgetAssigned(assigned: Assigned): void {
    if (assigned === 'any') {
      for (const name of this.env.keys()) if (!this.labelNames.has(name)) this.env.set(name, expr.sym(name));
      return;
    }
    for (const name of assigned.names) if (this.env.has(name)) this.env.set(name, expr.sym(name));
    // An element is known by its index (`table%(3)`).
    for (const name of this.env.keys()) if (name.includes('(') && assigned.arrays.has(name.slice(0, name.indexOf('(')))) this.env.set(name, expr.sym(name));
  }

  /**
   * The start of a loop whose lines the pass reads once (a FOR not run
   * value by value, REPEAT to its `until`, WHILE): its next run sees what
   * its lines set after themselves, so a variable they may change, read
   * there before they set it (`P% = at%`, a FOR's bound, an operand),
   * holds a value the first run's only, unless the runs of the lines from
   * one top to the next give it one at every top (see `loopHeads.ts`); in
   * the pass loop, whose last run assembles the code that stays, the last
   * run's, where that run is known and no SYS in the loop makes each run
   * count. As the order BASIC runs them breaks, no value is every run's
   * as an IF reads it (see `currentValues.ts`).
   */
  private loopStart(lines: readonly Node[], loop: Node, until?: Node): void {
    const { assigned, names, tops, counter } = this.loopHeads(lines, loop, until);
    this.current.forget();
    this.forgetAssigned(assigned);
    const passLoop = this.anyRun(lines, (node) => passLoopBody(node, counter ?? '')) && !this.anyRun(lines, (node) => anyIn(node, (n) => n.type === 'sys_call'));
    const last = passLoop ? tops?.last : undefined;
    for (const name of names) {
      const value = [last?.get(name), tops?.every.get(name)].find((v) => v !== undefined && constantOf(v) !== undefined);
      if (value !== undefined) this.env.set(name, value);
    }
  }

  /**
   * What the lines of a loop read once may assign, the variables of those
   * its dry runs follow (not P%, O% and the labels the layout places), and
   * the tops of its runs from the values here (see `loopHeads.ts`): none
   * where its runs cannot be followed. `counter` is a FOR's variable.
   */
  private loopHeads(lines: readonly Node[], loop: Node, until?: Node): { readonly assigned: Assigned; readonly names: readonly string[]; readonly tops?: LoopTops | undefined; readonly counter?: string } {
    const assigned = this.facts.routines.assignedIn(lines);
    const names = assigned === 'any' ? [] : [...assigned.names].filter((n) => n !== 'P%' && n !== 'O%' && !this.labelNames.has(n));
    const first = new Map(names.map((n) => [n, this.env.get(n) ?? expr.sym(n)]));
    const variable = child(loop, 'variable');
    const counter = loop.type === 'for_statement' && variable ? variableName(variable) : undefined;
    const values = counter === undefined ? undefined : this.loopValues(loop);
    const end: LoopEnd = values ? { runs: values.taken.length } : until ? { until } : loop.type === 'while_statement' ? { while: loop } : undefined;
    // A program that may jump to a line runs the loop's lines in no order the text shows.
    if (names.length === 0 || (counter !== undefined && !values) || this.facts.linesEntered) return { assigned, names, ...(counter === undefined ? {} : { counter }) };
    // A REPEAT's lines start with the REPEAT itself, which opens no block in them: each run starts at the statement
    // that follows it on its line (`REPEAT A% += 1`), if any, as it would on the next.
    const own = loop.type === 'repeat_statement' && lines[0] === loop;
    const body = own ? child(loop, 'body') : undefined;
    // An element of an array the lines assign (`table%(3)`) is not known at a top either.
    const element = (n: string): boolean => assigned !== 'any' && n.includes('(') && assigned.arrays.has(n.slice(0, n.indexOf('(')));
    const tops = loopTops(own ? [...(body ? [body] : []), ...lines.slice(1)] : lines, first, end, {
      // The loop's lines assemble: where P% and O% stand, and the labels, change.
      variable: (n) => (n === 'P%' || n === 'O%' || this.labelNames.has(n) || element(n) ? undefined : this.env.get(n)),
      assignedIn: (nodes) => this.facts.routines.assignedIn(nodes),
      setter: (n) => this.facts.setterProcedures.get(n),
      latin1: this.latin1,
    }, counter === undefined || !values ? undefined : { name: counter, values: values.taken });
    return { assigned, names, tops, ...(counter === undefined ? {} : { counter }) };
  }

  /**
   * A DEF, where a routine's body starts: the single-valued variables the
   * text before it leaves at 0 are no longer known, nor are the parameters
   * of the routine before it, which held its call's arguments; and
   * this one's hold its call's where it is called from one place with a
   * value the pass can name there (see `boundParameters.ts`), else nothing
   * known.
   */
  private routineStart(node: Node): void {
    this.current.forget();
    // A routine runs when it is called, before the main program has reached its end (a `code% = 0` after the SYS that
    // frees the code): a variable set to one value wherever it is not 0 may hold that value there, unless it is 0.
    for (const name of this.facts.singleValued) if (this.known(name) === 0n && !this.setToZero(name)) this.env.set(name, expr.sym(name));
    for (const name of this.boundParameters) this.env.set(name, expr.sym(name));
    this.boundParameters = [];
    const params = child(node, 'parameters');
    const name = child(node, 'name')?.text;
    const args = name === undefined ? undefined : this.facts.callArguments.get(name);
    (params ? children(params, 'parameter') : []).forEach((param, k) => {
      const names = children(param, 'name');
      const arg = args?.[k];
      const value = arg && names.length === 1 && names[0]?.type === 'identifier' ? this.argumentValue(arg) : undefined;
      if (value === undefined) return this.forget(names);
      const bound = variableName(names[0] as Node);
      this.env.set(bound, value);
      this.boundParameters.push(bound);
    });
  }

  /**
   * A call of a PROC read where it is called (see `placedRoutines.ts`): its
   * lines, with its parameters holding the arguments' values here (each
   * one an IF may be decided on where it reads only what an IF may), and
   * the caller's values of its parameters and LOCALs back after them (a
   * RETURN parameter's argument not known). False for another call.
   */
  private placeCall(call: Node): boolean {
    const name = child(call, 'name')?.text ?? '';
    const routine = this.facts.atCalls.get(name);
    if (!routine || this.placing.has(name)) return false;
    const list = child(call, 'arguments');
    const args = list ? children(list, 'argument') : [];
    for (const arg of args) this.forgetCalls(arg);
    const params = child(routine.definition, 'parameters');
    const values = (params ? children(params, 'parameter') : []).map((param, k) => {
      const names = children(param, 'name');
      const arg = args[k];
      const only = names.length === 1 && names[0]?.type === 'identifier' ? variableName(names[0]) : undefined;
      return { names, only, value: arg && this.value(arg), settled: arg && this.settledExpression(arg) };
    });
    const saved = ownVariables(routine).map((n) => [n, this.env.get(n)] as const);
    const outer = this.boundParameters;
    this.boundParameters = [];
    for (const { names, only, value, settled } of values) {
      if (only === undefined || value === undefined) this.forget(names);
      else {
        this.env.set(only, settled ?? value);
        if (settled !== undefined) this.boundParameters.push(only);
      }
    }
    this.placing.add(name);
    this.sequence(routine.body);
    this.placing.delete(name);
    // The lines after an ENDPROC inside it run on some calls only.
    if (leavesEarly(routine)) this.current.forget();
    this.boundParameters = outer;
    for (const [n, value] of saved) {
      if (value === undefined) this.env.delete(n);
      else this.env.set(n, value);
    }
    for (const n of this.facts.routines.returnArguments(call)) this.forgetName(n);
    return true;
  }

  /** A call's argument or an assignment's value as an IF reads it (constants, variables `settledValue` gives): its value where that is a number, else undefined. */
  private settledExpression(arg: Node): Value | undefined {
    const value = evaluateBasic(arg, this.settledScope());
    return constantOf(value) === undefined ? undefined : value;
  }

  /**
   * Expressions as an IF reads them: the variables `settledValue` gives,
   * and FNs that only return a value worked out from those (`IF FNdebug`,
   * `DEF FNdebug = FALSE`); anything else is a symbol.
   */
  private settledScope(): BasicScope {
    const variable = (name: string): Value | undefined => this.settledValue(name);
    return {
      latin1: this.latin1,
      variable,
      unknown: (_message, _node, name) => expr.sym(name),
      unresolved: () => undefined,
      functionValue: (call) => this.functionValue(call, variable),
    };
  }

  /**
   * The value of a call's argument wherever the routine's body is read: a
   * number, or worked out from variables set at one place (a settled one's
   * value, a single-valued one's symbol, the one value it holds wherever
   * it is not 0); undefined when it reads anything else.
   */
  private argumentValue(arg: Node): Value | undefined {
    let named = true;
    const value = evaluateBasic(arg, {
      latin1: this.latin1,
      variable: (name) => this.settledValue(name) ?? (this.facts.singleValued.has(name) ? expr.sym(name) : undefined),
      unknown: (_message, _node, name) => {
        named = false;
        return expr.sym(name);
      },
      unresolved: () => undefined,
    });
    return named ? value : undefined;
  }

  /** Variables set by the running program (SYS outputs, parameters, LOCALs): no longer known. */
  private forget(nodes: readonly Node[]): void {
    for (const n of nodes) this.env.set(this.nameOf(n), expr.sym(this.nameOf(n)));
  }

  /** Forgets a variable named in a statement kept as text, and the elements of an array of that name. */
  private forgetName(name: string): void {
    if (this.env.has(name)) this.env.set(name, expr.sym(name));
    for (const key of this.env.keys()) if (key.startsWith(`${name}(`)) this.env.set(key, expr.sym(key));
  }

  private assignment(node: Node): void {
    const left = child(node, 'left');
    const right = child(node, 'right');
    if (left?.type === 'indirection') return this.indirectStore(left);
    if (!left || !right || (left.type !== 'identifier' && left.type !== 'array_element' && left.type !== 'builtin_variable')) return;
    const name = this.nameOf(left);
    const op = child(node, 'operator')?.text ?? '=';
    const v = op === '=' && isIntegerVariable(name) ? evaluateInteger(right, this) : this.value(right);
    if (op === '=') {
      if (!isZero(right)) this.setOnce(name, v);
      this.assign(name, v);
      const value = this.env.get(name);
      if (this.conditional === 0 && !this.facts.linesEntered && value && this.settledExpression(right) !== undefined) this.current.note(name, value);
      return;
    }
    const old = this.env.get(name);
    if (old === undefined) {
      this.assign(name, expr.sym(name));
      return;
    }
    const x = asNumber(old), y = asNumber(v);
    this.assign(name, op === '+=' ? expr.add(x, y) : op === '-=' ? expr.sub(x, y) : expr.sym(name));
  }

  /** Whether the pass met the one place other than 0 that sets the single-valued variable `name`, setting it to 0 (`debug% = FALSE`). */
  private setToZero(name: string): boolean {
    const set = this.setTo.get(name);
    return set !== undefined && set !== 'varying' && typeof set !== 'string' && constantOf(set) === 0n;
  }

  /** Notes the value a single-valued variable gets at its one place other than 0. */
  private setOnce(name: string, value: Value): void {
    if (!this.facts.singleValued.has(name)) return;
    const was = this.setTo.get(name);
    this.setTo.set(name, was === undefined || was === value ? value : 'varying');
  }

  /** `!buffer% = x`, `table%?4 = x`: the program writes into memory, perhaps into assembled data. */
  private indirectStore(left: Node): void {
    const address = child(left, 'address');
    const base = child(left, 'base');
    const offset = child(left, 'offset');
    const at = address ? this.value(address) : base && offset ? expr.add(asNumber(this.value(base)), asNumber(this.value(offset))) : undefined;
    const known = at === undefined ? undefined : constantOf(at);
    if (known !== undefined) this.basicStores.push(known);
  }

  /** `DIM code% 256`: a block of bytes at an address of our choosing. */
  private dim(item: Node): void {
    const name = child(item, 'name');
    const size = child(item, 'size');
    if (!name || !size) return;
    const bytes = constantOf(this.value(size)) ?? 0n;
    this.setOnce(variableName(name), expr.bv(this.nextDim));
    this.assign(variableName(name), expr.bv(this.nextDim));
    const spacing = ((bytes + DIM_SPACING) / DIM_SPACING) * DIM_SPACING;
    this.nextDim += spacing;
  }

  /**
   * `SYS "OS_DynamicArea", 0, …, flags%, max%, handler%, …`: an area creation, whose handler is an entry point;
   * `SYS "OS_DynamicArea", 1, area%`: an area removed; `SYS "OS_Memory", 23, first%, count%`: pages reserved (or
   * released). A SYS that may create or grow an area ends the straight run of statements it stands in.
   */
  private sys(node: Node): void {
    const nameNode = child(node, 'name');
    const name = nameNode && this.value(nameNode);
    const number = typeof name === 'string' ? findSwi(name)?.number : name ? constantOf(name) : undefined;
    // A name the catalogue does not hold is none of the SWIs that make, grow or remove areas, which it does.
    const swi = number === undefined ? (typeof name === 'string' ? 'other' : undefined) : BigInt(number) & ~0x20000n;
    const slots = fieldSlots(node, 'argument', 'TO');
    const arg = (k: number): Value | undefined => {
      const n = slots[k];
      return n ? this.value(n) : undefined;
    };
    const known = (k: number): bigint | undefined => {
      const v = arg(k);
      return v === undefined ? undefined : constantOf(v);
    };
    const run = this.armsEntered === 0 && !this.facts.linesEntered ? this.straightRun : undefined;
    const reason = swi === 0x66n ? known(0) : undefined;
    if (swi === undefined || (swi === 0x66n && reason === undefined)) this.unknownAreaCall = true;
    if (swi === 0x66n) {
      if (reason === 0n) this.areaCreation(node, slots, arg);
      else if (reason === 1n && run !== undefined) this.removalRuns.push(run);
    } else if (swi === OS_MEMORY) {
      const reservation = memoryCall(known(0), known(1), known(2));
      if (reservation) this.memoryCalls.push({ call: { ...reservation, source: this.spanOf(node) }, run });
    }
    if (swi === undefined || (swi === 0x66n && (reason === undefined || reason === 0n)) || GROWING_SWIS.has(swi)) this.straightRun++;
  }

  private areaCreation(node: Node, slots: readonly (Node | undefined)[], arg: (k: number) => Value | undefined): void {
    const handlerNode = slots[6];
    const handler = arg(6);
    const given = handler === undefined ? undefined : constantOf(handler);
    const flags = arg(4);
    const maxSize = arg(5);
    const handlerName = handlerNode && (handlerNode.type === 'identifier' || handlerNode.type === 'array_element') ? this.nameOf(handlerNode) : undefined;
    const here = handlerName === undefined ? undefined : this.copyAt(handlerName, given) ?? this.labelName(handlerName);
    const later = here === undefined && handlerName !== undefined ? this.laterLabel(handlerName) : undefined;
    const label = here ?? later;
    const flagsWord = flags === undefined ? 0n : constantOf(flags);
    const creation: AreaCreation = {
      ...(label ? { handler: label } : {}),
      ...areaFlagBits(flags === undefined ? expr.bv(0) : asNumber(flags)),
      ...areaMaxSize(maxSize === undefined ? undefined : asNumber(maxSize)),
      // A handler found only by `placed` may be a variable that is 0 here: not known to be given.
      ...(flagsWord === undefined ? {} : { sys: { flags: flagsWord, handler: label !== undefined || (given !== undefined && given !== 0n) ? 'given' : given === 0n || !handlerNode ? 'none' : undefined } }),
      source: this.spanOf(node),
    };
    // 0 is no handler (a label at 0, offset-assembled code's first, is found by its name). A later label's value here
    // is the previous pass's label of the next block of that name, not the copy `laterLabel` picks: the label gives the address.
    this.creations.push(!handlerNode || handler === undefined || given === 0n || later !== undefined ? { creation } : { creation, handler: { value: asNumber(handler), node: handlerNode } });
  }

  /**
   * A creation with the address its handler has in the program's layout:
   * a label's, else the code a number names (a DIMmed block's,
   * offset-assembled code's), else what `inPlacedBlock` finds.
   */
  private placed({ creation, handler }: SysCreation): AreaCreation {
    if (!handler) return creation;
    const given = constantOf(handler.value);
    const logical = given === undefined ? undefined : this.logicalAddress(given);
    if (creation.handler !== undefined) return logical === undefined ? creation : { ...creation, handlerAddress: logical };
    const address = logical !== undefined && this.codeAt(logical) ? logical : this.inPlacedBlock(handler.value) ?? logical;
    if (address === undefined) {
      this.unmodelled(`the handler ${handler.node.text} has no known address`, handler.node, { always: true });
      return creation;
    }
    return { ...creation, handlerAddress: address, handlerArgument: variableName(handler.node) };
  }

  /** Whether an instruction of the program lies at `address`. */
  private codeAt(address: bigint): boolean {
    return this.layout.items.some((item) => item.address === address && item.kind === 'instruction');
  }

  /**
   * Where the code `value` names lies, with its single-valued variables
   * replaced by what they were set to (the same value wherever they are
   * not 0): at the number it then is, where code lies there, or in a block
   * assembled where P% was not known whose origin it differs from by a
   * number inside the block, where what the two share is single-valued
   * variables (`code%` or `code% + 16` for `P% = code%`, `start%` for
   * `start% = P%` there); undefined when no place is, or two are.
   */
  private inPlacedBlock(value: Expr): bigint | undefined {
    const handler = this.resolved(value);
    if (handler === undefined) return undefined;
    const found = new Set<bigint>();
    const number = constantOf(handler);
    const at = number === undefined ? undefined : this.logicalAddress(number);
    if (at !== undefined && this.codeAt(at)) found.add(at);
    for (const block of this.placedBlocks) {
      const origin = this.resolved(block.origin);
      if (origin === undefined || ![...symbolsOf(origin).keys()].every((name) => this.facts.singleValued.has(name))) continue;
      const offset = constantOf(expr.sub(handler, origin));
      if (offset !== undefined && offset < block.size) found.add(block.start + offset);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * `value` with each single-valued variable replaced by the value the pass
   * met it set to, which it holds wherever it is not 0; undefined when the
   * replacing does not end (values that name one another).
   */
  private resolved(value: Expr): Expr | undefined {
    const to = (symbol: Expr & { kind: 'sym' }): Expr | undefined => {
      const set = this.setTo.get(symbol.name);
      return set === undefined || set === 'varying' || typeof set !== 'object' || symbolsOf(set).has(symbol.name) ? undefined : set;
    };
    let v = value;
    for (let k = 0; k <= this.setTo.size; k++) {
      const next = substitute(v, to);
      if (next === v) return v;
      v = next;
    }
    return undefined;
  }

  /** Where the program's layout has the code an address runs: a block's own, or the labels' of offset-assembled code it lies in. */
  private logicalAddress(address: bigint): bigint {
    if ([...this.layout.labels.values()].includes(address)) return address;
    const block = this.offsetBlocks.find((b) => address >= b.physical && address < b.physical + b.size);
    return block ? address - block.physical + block.logical : address;
  }

  /**
   * A BASIC name as the Program knows the label, when it is one: of the
   * blocks so far, the last to assemble it, as a label is a variable its
   * line sets each time it is assembled (a PROC read at two calls).
   */
  private labelName(name: string): string | undefined {
    return this.blockLabels.findLast((labels) => labels.has(name))?.get(name);
  }

  /** The label `name` of the blocks so far that lies at `address`: of a PROC read at two calls, the copy the variable holds. */
  private copyAt(name: string, address: bigint | undefined): string | undefined {
    return this.blockLabels.map((labels) => labels.get(name)).find((unique) => unique !== undefined && this.layout.labels.get(unique) === address);
  }

  /**
   * A label of a block further down the text, as the previous pass named it:
   * `SYS "OS_DynamicArea", …, handler` before the `DEF PROC` that assembles
   * the handler, which the program calls first. Where the label is one line
   * assembled at each call of a PROC read where it is called, the variable
   * holds the last copy once the calls are made.
   */
  private laterLabel(name: string): string | undefined {
    const copies = (this.previous?.blockLabels.slice(this.blockLabels.length) ?? []).flatMap((labels) => labels.get(name) ?? []);
    const lines = new Set(copies.map((unique) => {
      const start = this.previous?.layout.labelSources.get(unique)?.range.start;
      return start && `${start.line}:${start.character}`;
    }));
    return lines.size === 1 ? copies[copies.length - 1] : copies[0];
  }

  // ---- assembler -----------------------------------------------------------

  private assemble(node: Node): void {
    if (this.expanding.size > 0) return this.expandedBlock(node);
    const origin = this.env.get('P%');
    const at = origin === undefined ? undefined : constantOf(origin);
    if (at === undefined) {
      // P% is unknown (a parameter, a value read at run time): any base will do.
      this.layout.address = this.nextDim;
      this.nextDim += DIM_SPACING;
    } else this.layout.address = at;
    this.block = new Map();
    this.blockStarts.push(this.layout.address);
    this.reporting = true;
    for (const item of namedChildren(node)) this.asmStatement(item);
    this.reporting = false;
    this.blockLabels.push(this.block);
    const start = this.blockStarts[this.blockStarts.length - 1] as bigint;
    const size = this.layout.address - start;
    if (origin !== undefined && at === undefined) this.placedBlocks.push({ origin: asNumber(origin), start, size });
    this.env.set('P%', expr.bv(this.layout.address));
    // O% moves on with the bytes whether or not OPT asked for offset assembly: pass% is seldom known.
    const physical = this.known('O%');
    if (physical !== undefined) {
      this.offsetBlocks.push({ logical: start, physical, size });
      this.env.set('O%', expr.bv(physical + size));
    }
  }

  private known(name: string): bigint | undefined {
    const v = this.env.get(name);
    return v === undefined ? undefined : constantOf(v);
  }

  private asmStatement(node: Node): void {
    // `OPT FNmacro`, `EQUD FNvalue`: BASIC calls them as it assembles.
    this.forgetCalls(node);
    switch (node.type) {
      case 'asm_label': this.asmLabel(node); return;
      case 'instruction': this.layout.instruction(lowerInstruction(node, this.armContext()), this.spanOf(node), node.text.trim()); return;
      case 'swi': this.layout.instruction(lowerSwi(node, this.armContext()), this.spanOf(node), node.text.trim()); return;
      case 'data': this.data(node); return;
      case 'align': this.layout.align(4, this.spanOf(node)); return;
      case 'opt_directive': this.optFunction(node); return;
      case 'comment': case 'line_number': case 'ERROR': return;
    }
    this.unmodelled(`${node.type} in an assembler block is not modelled`, node, { codeDiffers: true });
  }

  /**
   * `OPT FNsetv`: BASIC calls the function while assembling, and runs its
   * body as it runs any lines (a FOR loop there value by value); the
   * assembler blocks in it assemble at P% there, so their statements are
   * this block's, at this point (`expandedBlock`).
   */
  private optFunction(node: Node): void {
    const call = child(node, 'value');
    const name = call?.type === 'fn_call' && !child(call, 'arguments') ? child(call, 'name')?.text : undefined;
    const body = name === undefined || this.expanding.has(name) ? undefined : this.facts.assemblerFunctions.get(name);
    if (!name || !body) return;
    this.expanding.add(name);
    this.reporting = false;
    this.sequence(body);
    this.reporting = true;
    this.expanding.delete(name);
  }

  /** An assembler block in the body of a function `OPT FN` is expanding: its statements, but for its OPT, go on the block being assembled. */
  private expandedBlock(node: Node): void {
    this.reporting = true;
    for (const item of namedChildren(node)) if (item.type !== 'opt_directive') this.asmStatement(item);
    this.reporting = false;
  }

  private asmLabel(node: Node): void {
    const nameNode = child(node, 'name');
    if (!nameNode) return;
    const name = this.nameOf(nameNode);
    let unique = name;
    for (let k = 2; this.layout.labels.has(unique); k++) unique = `${name}#${k}`;
    this.layout.label(unique, this.spanOf(node));
    this.block.set(name, unique);
    this.labelNames.add(name);
    this.env.set(name, expr.bv(this.layout.address));
  }

  private data(node: Node): void {
    const directive = (child(node, 'directive')?.text ?? '').toLowerCase();
    const bytes: 1 | 2 | 4 | 8 = ['equb', 'dcb', '='].includes(directive) ? 1 : ['equw', 'dcw'].includes(directive) ? 2 : directive === 'equq' ? 8 : 4;
    const values: DataValue[] = [];
    for (const v of children(node, 'value')) {
      const value = this.value(v);
      if (typeof value === 'string' || directive === 'equs' || directive === 'dcs') {
        const text = typeof value === 'string' ? value : '';
        if (typeof value !== 'string') this.unmodelled(`EQUS of ${v.text}: the string is not known`, v);
        for (const b of Buffer.from(text, 'latin1')) values.push(dataValue(1, expr.bv(b, 8)));
      } else if (bytes === 8) {
        values.push(dataValue(4, asNumber(value)), dataValue(4, expr.ashr(asNumber(value), expr.bv(31))));
      } else values.push(dataValue(bytes, asNumber(value)));
    }
    this.layout.data(values, this.spanOf(node), node.text.trim());
  }

  private armContext(): ArmContext {
    return {
      value: (n) => this.value(n),
      register: (n) => this.registerOf(n),
      // As in `[r2, reg%]`: a number not known, or past R15, names no register, and it is no immediate either.
      bareOperand: (n) => {
        const r = constantOf(this.value(n));
        if (r !== undefined && r <= 15n) return { kind: 'reg', reg: Number(r) };
        this.unmodelled(`${n.text} is not a register`, n);
        return undefined;
      },
      label: (n) => this.labelOf(n),
      field: () => undefined,
      swiNumber: (n) => this.swiNumber(n),
      unmodelled: (m, n, d) => this.unmodelled(m, n, { codeDiffers: d === true }),
      unresolvedTarget: (n) => {
        if (this.variable(variableName(n)) === undefined) this.unresolved(n);
      },
      // A variable that is no label here (`BL helper%`, a block DIMmed for other code) holds a routine outside this assembly.
      importedRoutine: (n) => (n.type === 'identifier' && this.variable(variableName(n)) !== undefined ? variableName(n) : undefined),
      // The assembler reads its own names there (CP15, C7, F0, in any case) before any variable, as it reads R0.
      coprocessorRegister: (n, kind) => (n.type === 'identifier' ? coprocessorRegisterNumber(n.text, kind, 'bbcbasic') : undefined)
        ?? coprocessorRegisterOf(constantOf(this.value(n)), kind),
    };
  }

  /** BASIC takes any expression as a register number (`MOV ptr%, #0` with `ptr% = 5`). */
  private registerOf(node: Node): number | undefined {
    if (node.type === 'register') return registerNumber(node.text);
    if (node.type !== 'identifier' && node.type !== 'parenthesized_expression' && node.type !== 'number') return undefined;
    const v = node.type === 'identifier' ? this.variable(variableName(node)) : this.value(node);
    const r = v === undefined ? undefined : constantOf(v);
    return r !== undefined && r <= 15n && !this.isLabel(node) ? Number(r) : undefined;
  }

  private isLabel(node: Node): boolean {
    const name = this.nameOf(node);
    return this.block.has(name) || this.labelName(name) !== undefined;
  }

  private labelOf(node: Node): string | undefined {
    if (node.type !== 'identifier' && node.type !== 'array_element') return undefined;
    const name = this.nameOf(node);
    const here = this.block.get(name) ?? this.previous?.blockLabels[this.blockLabels.length]?.get(name) ?? this.labelName(name) ?? this.laterLabel(name);
    if (here !== undefined) return here;
    const v = this.env.get(name);
    const address = v === undefined ? undefined : constantOf(v);
    // A variable holding an address that is a label's (`handler% = P%` before `.entry`).
    return address === undefined ? undefined : [...this.layout.labels].find(([, a]) => a === address)?.[0];
  }

  private swiNumber(node: Node): Expr {
    const v = this.value(node);
    if (typeof v === 'string') {
      const swi = findSwi(v);
      return swi ? expr.bv(swi.number) : asNumber(this.unknown(`unknown SWI ${v}`, node, v));
    }
    return asNumber(v);
  }
}

/**
 * Where the FOR at `nodes[at]` ends: its body, and the index of its NEXT.
 * `NEXT j%, i%` closes loops of the body too, so it is their NEXT in the body.
 */
function loopEnd(nodes: readonly Node[], at: number): { readonly body: readonly Node[]; readonly next: number } | undefined {
  let open = 1;
  for (let i = at + 1; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.type === 'for_statement') open++;
    else if (node.type === 'next_statement') {
      const closes = Math.max(1, children(node, 'variable').length);
      if (closes >= open) return { body: nodes.slice(at + 1, open > 1 ? i + 1 : i), next: i };
      open -= closes;
    }
  }
  return undefined;
}

/** `IF condition THEN` ending its line: a multi-line IF, whose lines run to its ENDIF. */
function isBlockIf(node: Node): boolean {
  return node.type === 'if_statement' && !child(node, 'consequence') && !child(node, 'alternative') && node.children.some((c) => c.type === 'THEN');
}

/**
 * Where the multi-line IF at `nodes[at]` ends: the index of its ENDIF, and
 * of its ELSE if it has one; undefined when no ENDIF closes it before the
 * next DEF.
 */
function blockIfEnd(nodes: readonly Node[], at: number): { readonly otherwise?: number; readonly end: number } | undefined {
  let open = 0;
  let otherwise: number | undefined;
  for (let i = at + 1; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (isBlockIf(node)) open++;
    else if (node.type === 'procedure_definition' || node.type === 'function_definition') return undefined;
    else if (node.type === 'else_statement') {
      if (open === 0) otherwise ??= i;
      // `ELSE IF more% THEN` opens an IF of its own, with its own ENDIF.
      const body = child(node, 'body');
      if (body && isBlockIf(body)) open++;
    } else if (node.type === 'endif_statement') {
      if (open === 0) return { ...(otherwise === undefined ? {} : { otherwise }), end: i };
      open--;
    }
  }
  return undefined;
}

/** A block of lines BASIC may run none, one or several of: how its first statement and its last look. */
interface Closer {
  readonly opens: (node: Node) => boolean;
  readonly closes: (node: Node) => boolean;
}

/** Statements that leave a loop for another line, or stop the program. */
const LEAVING = new Set(['GOTO', 'GOSUB', 'STOP', 'QUIT', 'ERROR', 'RETURN', 'ENDPROC', 'CHAIN', 'RUN']);

const keywordIs = (word: string) => (node: Node): boolean => keywordOf(node) === word;

const CLOSERS: readonly Closer[] = [
  { opens: (node) => node.type === 'while_statement', closes: (node) => node.type === 'endwhile_statement' },
  { opens: keywordIs('CASE'), closes: keywordIs('ENDCASE') },
];

/** REPEAT's lines, to their UNTIL. */
const REPEAT: Closer = { opens: (node) => node.type === 'repeat_statement', closes: (node) => node.type === 'until_statement' };

/** The index of the statement that closes the block `nodes[at]` opens, blocks of its kind nesting; undefined when none does before the next DEF. */
function closingIndex(nodes: readonly Node[], at: number, closer: Closer): number | undefined {
  let open = 0;
  for (let i = at + 1; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.type === 'procedure_definition' || node.type === 'function_definition') return undefined;
    if (closer.opens(node)) open++;
    else if (closer.closes(node)) {
      if (open === 0) return i;
      open--;
    }
  }
  return undefined;
}

/** Where the statements of an arm are, from the first's start to the last's end; undefined for none. */
function linesOf(arm: readonly Node[]): Range | undefined {
  const [first] = arm;
  const last = arm[arm.length - 1];
  return first && last ? { start: rangeOf(first).start, end: rangeOf(last).end } : undefined;
}

/** Whether a PROC may return before its last statement: an ENDPROC stands elsewhere. */
function leavesEarly(routine: PlacedRoutine): boolean {
  const statements = routine.body.filter((n) => n.type !== 'comment' && n.type !== 'line_number');
  const last = statements[statements.length - 1];
  return statements.some((n) => (n !== last || n.type !== 'endproc_statement') && anyIn(n, (c) => c.type === 'endproc_statement'));
}

/** Whether `node` or a node inside it passes `test`. */
function anyIn(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || namedChildren(node).some((c) => anyIn(c, test));
}

const names = (name: string) => (n: Node): boolean => n.type === 'identifier' && variableName(n) === name;

/** Whether `node` is or holds a `SYS` whose arguments read the variable `name`: what it passes differs from one pass of a loop to the next. */
function sysReads(node: Node, name: string): boolean {
  return anyIn(node, (n) => n.type === 'sys_call' && anyIn(n, names(name)));
}

/**
 * The statement sets P% or O% to where it was before the loop (a value not
 * worked out from the variable, nor from where P% or O% stands), or an OPT
 * names the variable: the loop assembles the same place again, once per
 * assembler pass.
 */
function passLoopBody(node: Node, name: string): boolean {
  return anyIn(node, (n) => {
    if (n.type === 'opt_directive') return anyIn(n, names(name));
    if (n.type !== 'assignment') return false;
    const left = child(n, 'left'), right = child(n, 'right');
    const target = left ? variableName(left) : '';
    if (!/^[PO]%$/.test(target)) return false;
    // `P% = code% + i% * 64` places each pass of the loop somewhere else, `P% += 16` or `P% = P% + 16` after the last: that loop is run.
    const reads = (r: Node): boolean => names(name)(r) || names(target)(r);
    return (child(n, 'operator')?.text ?? '=') === '=' && !(right && anyIn(right, reads));
  });
}
