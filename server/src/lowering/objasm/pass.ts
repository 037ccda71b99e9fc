import { resolve } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import {
  expr, exprKey, findSwi, type ArmAddressMode, type ArmInstruction, type DataValue, type Expr, type SourceSpan, type StorageField,
} from '../../../../emulator/src/index.js';
import { lowerInstruction, lowerSwi, type ArmContext } from '../riscos/armInstruction.js';
import type { RoutineStart } from '../riscos/entryPoints.js';
import { ArmLayout, dataValue } from '../riscos/layout.js';
import { coprocessorRegisterOf, objAsmCoprocessorName, registerNumber } from '../riscos/registers.js';
import { argumentSlots, child, children, lowercase, namedChildren, operatorOf, rangeOf, span } from '../riscos/syntax.js';
import type { UndefinedName } from '../nameCheck.js';
import type { LoweringNote, UnmodelledItem } from '../riscos/types.js';
import { asNumber, constantOf, truthOf, type Value } from '../riscos/values.js';
import { evaluate, type ObjAsmScope } from './expressions.js';
import { lowerHdrMacro, NO_ENTRY_FRAME, type HdrMacroHost } from './hdrMacros.js';
import { cycleKey, cycleMessage, type IncludedFile, type ReadFile } from '../includeResolution.js';
import type { CopiesMade } from '../movedCopies.js';
import { findGet, missingGet } from './includes.js';
import {
  ChunkRecorder, replayable, sameIncludes, sameOutsideState, type ChunkEnd, type ChunkKey, type ChunkHost, type ChunkMemory, type ChunkRecording, type ChunkStart,
  type LabelChange, type LabelUse, type LocalLabelDef, type ScalarName, type Scalars, type Signal,
} from './chunks.js';
import { expandMacro, macroDefinition, type MacroDefinition } from './macros.js';
import { Part, StatePrint } from './statePrint.js';
import { symbolName, Symbols, type Field } from './symbols.js';
import { nameMoved, noteMoved, reportMoved } from '../movedRecords.js';
import { labelMoved, routineMoved } from './movedRecords.js';
import {
  countsAt, countsLess, marksMoved, matchNodes, movedItems, movedList, passPoint, positionsOf, sameIncluded, type GetRead, type NodeMatch, type PassCounts, type PassFields, type PassMark, type PassRecord,
} from './passRecord.js';
import { isSystemHeader, systemSymbol } from './systemHeaders.js';
import type { ObjAsmLoweringOptions } from './types.js';
import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { SyntaxTrees } from '../syntaxTrees.js';
import { byteString, stringText } from '../../source/decodeSource.js';
import { stopIfCancelled } from '../cancellation.js';

// One assembly pass over an ObjAsm tree: the statements in source order with
// conditionals, loops, macros and GETs followed as the assembler would.
// Forward references resolve through the previous pass's results, so the
// driver repeats passes until label addresses settle and keeps the last.
// The routines of the file are replayed from earlier passes where they
// would read the same (chunks.ts): known at once where the pass stands in a
// state (statePrint.ts) the routine was met in before.

export interface PassResult {
  readonly layout: ArmLayout;
  readonly equates: ReadonlyMap<string, Value>;
  readonly storage: ReadonlyMap<string, StorageField>;
  readonly localLabels: readonly LocalLabelDef[];
  readonly routines: readonly RoutineStart[];
  readonly headerAddress: bigint | undefined;
  readonly notes: readonly LoweringNote[];
  readonly unmodelled: readonly UnmodelledItem[];
  readonly undefinedNames: readonly UndefinedName[];
  /** Names defined by the file and its GETs (labels, equates, fields, macros, variables, RN names). */
  readonly definedNames: readonly string[];
  /** AREAs assembled: a file without one is a fragment another file GETs. */
  readonly areas: number;
  /** A RISC OS system header the lowering provides natively (and so only in part) was got. */
  readonly systemHeaders: boolean;
  /** The print of its state at its end (statePrint.ts): its tables, which the next pass reads ahead in. */
  readonly print: number;
  /** It read the address mode: a pass in the other mode may lower otherwise. */
  readonly readMode: boolean;
  /** What the next lowering's pass like it needs to resume it or take it over (passRecord.ts). */
  readonly record: PassRecord;
  /**
   * The lines of what it took over from a pass (or of the pass it resumed, if that one's were) lag behind the
   * text: its spans and labels' sources may not be read, only its addresses, tables and mode. (A first pass's
   * are never read: it gives the next its tables only, and takes over without moving lines.)
   */
  readonly linesStale: boolean;
}

/** Shared between passes: parsed GET files and macro expansions, reused rather than re-parsed, and where each GET found its file. */
export interface ParseCache {
  readonly parser: Parser;
  readonly syntax: SyntaxTrees;
  /** By the including file and the path written. */
  readonly gets: Map<string, IncludedFile | undefined>;
  /** Items and other things with a source moved down by passes taking another over, each copied once for all of them. */
  readonly moved: Map<object, object>;
  /** Of those, the items whose whole span moved, for the entry keys. */
  readonly movedItems: CopiesMade;
  /** Where the root's statements start (passRecord.ts). */
  readonly positions: Map<readonly Node[], readonly number[]>;
}

/** `text`'s lines, split on first use: most passes define no macro. */
export function linesOf(text: string): () => readonly string[] {
  let lines: readonly string[] | undefined;
  return () => (lines ??= text.split('\n'));
}

/** How a pass lowers: in one address mode, reading GET files through `readFile`. */
export type PassOptions = ObjAsmLoweringOptions & {
  readonly readFile: ReadFile;
  readonly mode: ArmAddressMode;
  /** A pass taking the last lowering's over moves the lines of what it takes down with the text; else its result's lines go stale (`linesStale`). */
  readonly movesLines: boolean;
};

interface Source {
  readonly file: string;
  /** The file was read as Latin-1: its strings are each character's code (`byteString`). */
  readonly latin1: boolean;
  /** Its text's lines, split when a macro definition first reads them. */
  readonly lines: () => readonly string[];
  /** Set inside a macro expansion: everything it produces points at the call. */
  readonly site?: SourceSpan;
  /** What made the text, where a macro's expansion did (not a file it GETs): a syntax error in it is reported at its site. */
  readonly madeBy?: string;
  /** The text is a line whose variables were substituted: it is not substituted again. */
  readonly substituted?: boolean;
  /** In a substituted line of the file itself (not of a macro's expansion), where a node stands in the line as written. */
  readonly written?: (node: Node) => SourceSpan;
}

/** A line with its variables substituted, and where a stretch of its columns was in the line as written. */
interface Substituted {
  readonly text: string;
  /** The written columns of the substituted ones from `start` up to `end`: a part of a value is its `$name`. */
  readonly written: (start: number, end: number) => { readonly start: number; readonly end: number };
}

/** A `$name` ObjAsm substitutes (a dot after the name ends it and goes), or `$$`, a dollar. */
const VARIABLE = /\$\$|\$([A-Za-z_][A-Za-z0-9_]*)\.?/g;

/**
 * The text ObjAsm puts in a line for a variable's value: a string itself (its bytes as the file's text, `latin1`
 * telling how the file was read), a number as eight hex digits, a logical T or F.
 */
function substitution(value: Value | undefined, latin1: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return stringText(value, latin1);
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  const known = constantOf(value);
  return known === undefined ? undefined : (known & 0xffffffffn).toString(16).toUpperCase().padStart(8, '0');
}

const MAX_MACRO_DEPTH = 32;
const MAX_EXPANSIONS = 20000;
const MAX_WHILE = 4096;
const MAX_INCLUDE_DEPTH = 16;
const MAX_SPACE_ITEMS = 0x10000;

function dataBytes(directive: string): 1 | 2 | 4 | 8 | undefined {
  if (directive === '=' || directive === 'dcb') return 1;
  if (directive === 'dcw' || directive === 'dcwu') return 2;
  if (directive === 'dcq') return 8;
  return ['&', 'dcd', 'dcdu', 'dci'].includes(directive) ? 4 : undefined;
}

/** The Hdr:Proc macros whose label opens a routine, as their `$label ROUT` does. */
const ENTRY_MACROS: ReadonlySet<string> = new Set(['entry', 'entrys']);

/**
 * A routine's statements before its first AREA and from there on. The last routine of a module runs on through the
 * next module's AREA to its header, whose words (`DCD Init - Module_Base`) need labels further down that only a second
 * pass has: as a chunk of their own (`ObjAsmPass.chunk`), the statements from the AREA on are all the second pass lowers
 * again, and the routine is replayed.
 */
function atArea(node: Node): readonly [readonly Node[], readonly Node[]] {
  const statements = namedChildren(node);
  const k = statements.findIndex((c) => c.type === 'area');
  return k < 0 ? [statements, []] : [statements.slice(0, k), statements.slice(k)];
}

/**
 * Statements the state print does not take by their nodes: those without
 * effect, routines, and conditionals and loops, whose outcome shows in the
 * statements they go on to.
 */
/** Statements that hold others: a syntax error inside one is the business of the statement it is in. */
const CONTAINERS = new Set(['conditional', 'elif_clause', 'else_clause', 'while_loop', 'macro_definition', 'routine', 'rout_statement']);

/** Statements not substituted as lines: a GET's path, whose `$` is no variable's, and labels, whose names are substituted alone (`labelName`). */
const UNSUBSTITUTED = new Set(['include', 'label', 'local_label', 'comment', 'ERROR']);

const UNPRINTED = new Set(['comment', 'ERROR', 'title', 'entry', 'assert', 'info', 'conditional', 'elif_clause', 'else_clause', 'while_loop', 'routine']);

/** A name between bars (`|lab$s|`), in which ObjAsm substitutes no variable. */
const barred = (name: Node): boolean => name.text.startsWith('|');

/** The stretches of `node`'s text, from its start, that are names between bars. */
function barredStretches(node: Node): { readonly from: number; readonly to: number }[] {
  const found: { from: number; to: number }[] = [];
  const visit = (n: Node): void => {
    if ((n.type === 'bar_symbol' || n.type === 'identifier') && barred(n)) found.push({ from: n.startIndex - node.startIndex, to: n.endIndex - node.startIndex });
    else for (const part of namedChildren(n)) visit(part);
  };
  visit(node);
  return found;
}

/** The symbol a statement's `name` field defines (a label, a routine, an equate), its bars taken off. */
function nameOf(node: Node): string | undefined {
  const name = child(node, 'name');
  return name && symbolName(name);
}

/** `nodes[k]` is a label and `nodes[k + 1]` the macro call on its line, which takes it. */
function labelsCall(nodes: readonly Node[], k: number): boolean {
  const node = nodes[k] as Node;
  const next = nodes[k + 1];
  return node.type === 'label' && next?.type === 'macro_call' && next.startPosition.row === node.startPosition.row;
}

/** How many of `marks` (in order) stand before the top-level statement `index`. */
function marksBefore(marks: readonly PassMark[], index: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as PassMark).index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sameSpan = (a: SourceSpan, b: SourceSpan): boolean => a === b || (a.file === b.file && a.range.start.line === b.range.start.line
  && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character);

/** The lines of files other than `file` that `items[from, to)` report on, as one string. */
function otherLines(items: readonly UnmodelledItem[], from: number, to: number, file: string): string {
  const lines: string[] = [];
  for (let k = from; k < to; k++) {
    const { source } = items[k] as UnmodelledItem;
    if (source.file !== file) lines.push(`${source.file}:${source.range.start.line}`);
  }
  return lines.sort().join('\n');
}

/** What a pass that resumed the last lowering's pass like it needs to take the rest of that pass over. */
interface TakeOver {
  readonly base: PassResult;
  readonly match: NodeMatch;
  /** The last top-level statement of the base pass under which a GET finds another file now. */
  readonly lastBad: number;
  /** Where the pass resumed the base pass (nowhere: its start). */
  readonly from: PassCounts;
}

const NO_MARK: PassCounts = { items: 0, labels: 0, changes: 0, routines: 0, localLabels: 0, notes: 0, unmodelled: 0, undefinedNames: 0, gets: 0, visits: 0 };

/** DCW and DCD align to their size; the U forms and bytes do not. */
function dataAlignment(node: Node): number {
  const directive = lowercase(child(node, 'directive')?.text ?? '');
  const bytes = dataBytes(directive) ?? 1;
  return directive.endsWith('u') ? 1 : Math.min(bytes, 4);
}

export class ObjAsmPass implements ObjAsmScope {
  private readonly layout = new ArmLayout();
  private readonly symbols = new Symbols();
  private readonly locals: Map<string, Value>[] = [];
  private routines: RoutineStart[] = [];
  private localLabels: LocalLabelDef[] = [];
  private notes: LoweringNote[] = [];
  private unmodelledItems: UnmodelledItem[] = [];
  /** The lines of each file with an unmodelled item, each with the index of its item in `unmodelledItems`. */
  private reportedLines = new Map<string, Map<number, number>>();
  /** The unmodelled items whose lines `reportedLines` holds: a pass that resumed another notes them at its first report. */
  private noted = 0;
  /**
   * The storage-map counter and base, the count of generated labels and the last Entry's frame: read through `scalar`,
   * so that a recording sees the reads.
   */
  private scalars: { -readonly [K in Exclude<ScalarName, 'mode'>]: Scalars[K] } = { mapCounter: expr.bv(0), mapBase: undefined, fresh: 0, frame: NO_ENTRY_FRAME };
  private routine = { id: 0, name: '' };
  private source: Source;
  private depth = 0;
  /** The files the GETs being read found, innermost last. */
  private readonly getting: string[] = [];
  private expansions = 0;
  private areas = 0;
  private headerAddress: bigint | undefined;
  private awaitingHeader = false;
  private undefinedNames: UndefinedName[] = [];
  /** Inside an IF/WHILE condition (names from the command line's -PD), or a branch taken for want of knowing the condition. */
  private uncertain = 0;
  /** System headers got (a count, so that a pass taking another over knows whether the rest of it got one). */
  private systemHeaderGets = 0;
  /** In an AREA with DATA and without READONLY: its data may be written at run time. */
  private writableArea = false;
  /** Evaluating the values of a data directive (`tookDifference`). */
  private inData = false;
  /** Set while a routine's lowering is recorded. */
  private recorder: ChunkRecorder | undefined;
  /** What the pass has done so far that a routine may read, outside the routines recorded. */
  private readonly print = new StatePrint();
  private modeReads = 0;
  /** The labels in the order defined, the GETs read, the routines met and the marks made, which the pass's record keeps. */
  private labelLog: LabelChange[] = [];
  private getLog: GetRead[] = [];
  private visits: ChunkKey[] = [];
  private marks: PassMark[] = [];
  /** The index of the top-level statement being lowered, among the root's named children. */
  private topIndex = 0;
  private linesStale = false;
  /** The state a recording's reads are checked against. */
  private readonly host: ChunkHost = {
    symbol: (kind, name) => this.symbols.current(kind, name),
    label: (name) => this.layout.labels.get(name),
    forwardLabel: (name) => this.previous?.layout.labels.get(name),
    forwardEquate: (name) => this.previous?.equates.get(name),
    forwardLocal: (routine, seq, number) => this.forwardLocalLabel(routine, seq, number),
    namesAhead: () => this.previous === undefined,
    include: (from, path) => this.findGet(from, path),
    scalar: (name) => this.scalarValue(name),
    pendingValues: () => this.layout.pendingLoads.map((load) => exprKey(load.literal.value)),
  };

  constructor(
    private readonly options: PassOptions,
    private readonly cache: ParseCache,
    private readonly previous: PassResult | undefined,
    /** The file's lines, which macro definitions read. */
    lines: () => readonly string[],
    /** Routines lowered before (in earlier passes, or before an edit), to replay where they read the same. */
    private readonly chunks: ChunkMemory,
    /** The last lowering's pass like this one, to resume and take over where it may. */
    private readonly base: PassResult | undefined,
  ) {
    this.source = { file: options.file, latin1: options.latin1 === true, lines };
    this.print.word(options.mode === '26' ? 26 : 32);
    this.print.word(previous ? 1 : 0);
  }

  /** The previous pass's print; 0 in a first pass. */
  private get ahead(): number {
    return this.previous?.print ?? 0;
  }

  /** Statements here are of the file itself and outside routines: the print takes them by their nodes. */
  private get printing(): boolean {
    return this.recorder === undefined && this.depth === 0 && this.getting.length === 0;
  }

  private get mode(): ArmAddressMode {
    return this.scalar('mode');
  }

  private scalarValue<K extends ScalarName>(name: K): Scalars[K] {
    return (name === 'mode' ? this.options.mode : this.scalars[name as Exclude<ScalarName, 'mode'>]) as Scalars[K];
  }

  private scalar<K extends ScalarName>(name: K): Scalars[K] {
    if (name === 'mode') this.modeReads++;
    const value = this.scalarValue(name);
    this.recorder?.readScalar([name, value] as Parameters<ChunkRecorder['readScalar']>[0]);
    return value;
  }

  private setScalar<K extends Exclude<ScalarName, 'mode'>>(name: K, value: Scalars[K]): void {
    this.scalars[name] = value;
    this.recorder?.wroteScalar(name);
  }

  run(root: Node): PassResult {
    const nodes = namedChildren(root);
    const base = this.base?.record.ahead === this.ahead && this.base.record.mode === this.options.mode ? this.base : undefined;
    const takeOver = base && this.resume(base, nodes);
    if (!this.top(nodes, takeOver)) this.placePool(this.spanOf(root));
    const { equates, fields, macros, aliases, globals, imports, storage } = this.symbols;
    const { labels } = this.layout;
    return {
      layout: this.layout, equates: equates.entries, storage: storage.entries, localLabels: this.localLabels,
      routines: this.routines, headerAddress: this.headerAddress, notes: this.notes, unmodelled: this.unmodelledItems,
      undefinedNames: this.undefinedNames, areas: this.areas, systemHeaders: this.systemHeaderGets > 0,
      print: this.print.key, readMode: this.modeReads > 0,
      // Only the last pass's are read. A label that keeps a `$name` is one no variable named, where ObjAsm stops: no name to suggest.
      get definedNames() {
        return [
          ...equates.entries.keys(), ...[...labels.keys()].filter((name) => ![...name.matchAll(VARIABLE)].some((found) => found[1] !== undefined)), ...fields.entries.keys(), ...macros.entries.keys(), ...aliases.entries.keys(),
          ...globals.entries.keys(), ...imports.entries.keys(),
        ];
      },
      record: {
        mode: this.options.mode, ahead: this.ahead, nodes, positions: this.positions(nodes), marks: this.marks, labelLog: this.labelLog, symbols: this.symbols, gets: this.getLog,
        visits: this.visits, end: this.fields(),
      },
      linesStale: this.linesStale,
    };
  }

  private undefinedName(node: Node, kind: UndefinedName['kind']): void {
    // Macro expansions and GET files are judged where they are written, not at each use; a name the parser found missing is a syntax error.
    const { site, written } = this.source;
    if ((site && !written) || this.source.file !== this.options.file || this.uncertain > 0 || node.text === '') return;
    // A name holding a `$name` no variable defines is reported at that `$name` (`undefinedInStatement`).
    if (this.missingVariables(node).length > 0) return;
    this.undefinedNames.push({ name: symbolName(node), kind, source: written?.(node) ?? this.spanOf(node) });
  }

  // ---- reporting ---------------------------------------------------------

  private spanOf(node: Node): SourceSpan {
    return this.source.site ?? span(this.source.file, rangeOf(node));
  }

  /** `codeDiffers`: the code assembled here is not what ObjAsm would assemble (`UnmodelledItem`). */
  unmodelled(message: string, node: Node, codeDiffers = false): void {
    this.report({ message, source: this.spanOf(node), codeDiffers });
  }

  /**
   * One item per source line: the first problem there explains the rest, unless a later one changes the code
   * assembled (an unknown name, then the IF that reads it picking a branch): that one takes its place, as it says more.
   */
  private report(item: UnmodelledItem): void {
    // A replayed routine's reports meet the lines reported before it in this pass, not in the one that recorded them.
    this.recorder?.reported(item);
    for (; this.noted < this.unmodelledItems.length; this.noted++) this.noteLine(this.noted);
    const at = this.linesOf(item.source.file).get(item.source.range.start.line);
    if (at === undefined) {
      this.unmodelledItems.push(item);
      this.noteLine(this.noted++);
    } else if (item.codeDiffers && !(this.unmodelledItems[at] as UnmodelledItem).codeDiffers) this.unmodelledItems[at] = item;
  }

  /** Notes the line of the `index`th item as reported, by it. */
  private noteLine(index: number): void {
    const { file, range } = (this.unmodelledItems[index] as UnmodelledItem).source;
    this.linesOf(file).set(range.start.line, index);
  }

  /** The lines of `file` with an unmodelled item, each with the index of its item. */
  private linesOf(file: string): Map<number, number> {
    let lines = this.reportedLines.get(file);
    if (!lines) {
      lines = new Map();
      this.reportedLines.set(file, lines);
    }
    return lines;
  }

  sourceString(text: string): string {
    return byteString(text, this.source.latin1);
  }

  unknown(message: string, node: Node, name: string): Value {
    this.unmodelled(message, node);
    return expr.sym(name);
  }

  // ---- scope (expressions) -----------------------------------------------

  /** The innermost macro expansion's LCLx variables that hold `name`. */
  private localSlot(name: string): Map<string, Value> | undefined {
    for (let k = this.locals.length - 1; k >= 0; k--) if (this.locals[k]?.has(name)) return this.locals[k];
    return undefined;
  }

  private variableValue(name: string): Value | undefined {
    const local = this.localSlot(name);
    return local ? local.get(name) : this.symbols.globals.get(name);
  }

  private hasVariable(name: string): boolean {
    return this.variableValue(name) !== undefined;
  }

  /** A label's address in this pass, else in the previous one; `use`: how the routine being recorded uses it. */
  private labelAddress(name: string, use: LabelUse): bigint | undefined {
    const address = this.layout.labels.get(name);
    this.recorder?.readLabel(name, address, use);
    if (address !== undefined) return address;
    // The first pass reads no previous pass, and its recordings must not be replayed where there is one.
    const forward = this.previous?.layout.labels.get(name);
    if (this.recorder) this.recorder.readForwardLabel(name, forward, use);
    else {
      this.print.word(Part.ForwardLabel);
      this.print.string(name);
      if (forward === undefined) this.print.word(Part.Undefined);
      else this.print.bigint(forward);
    }
    return forward;
  }

  private forwardEquate(name: string): Value | undefined {
    const found = this.previous?.equates.get(name);
    if (this.recorder) this.recorder.readForwardEquate(name, found);
    else {
      this.print.word(Part.ForwardEquate);
      this.print.string(name);
      this.print.value(found);
    }
    return found;
  }

  defined(name: string): boolean {
    const { equates, fields, aliases, macros, imports } = this.symbols;
    return this.hasVariable(name) || equates.has(name) || this.labelAddress(name, 'name') !== undefined || fields.has(name)
      || aliases.has(name) || macros.has(name) || imports.has(name) || systemSymbol(name) !== undefined;
  }

  lookup(name: string, node: Node): Value {
    const variable = this.variableValue(name);
    if (variable !== undefined) return variable;
    const field = this.symbols.fields.get(name);
    if (field) return expr.bv(field.offset);
    const equate = this.symbols.equates.get(name);
    if (equate !== undefined) return equate;
    const label = this.labelAddress(name, 'value');
    if (label !== undefined) return expr.bv(label);
    const forward = this.forwardEquate(name);
    if (forward !== undefined) return forward;
    const alias = this.symbols.aliases.get(name);
    if (alias !== undefined) return expr.bv(alias);
    const system = systemSymbol(name);
    if (system !== undefined) return expr.bv(system);
    if (this.symbols.imports.has(name)) return expr.sym(name);
    const register = registerNumber(name) ?? objAsmCoprocessorName(name);
    if (register !== undefined) return expr.bv(register);
    if (node.type === 'identifier') this.undefinedName(node, 'symbol');
    return this.unknown(`undefined symbol ${name}`, node, name);
  }

  labelDifference(left: Node, right: Node): Expr | undefined {
    if (!this.inData) {
      this.tookDifference(left);
      this.tookDifference(right);
    }
    // Outside a recorded routine nothing is replayed elsewhere, and the print takes the addresses read.
    if (!this.recorder) return undefined;
    const a = this.labelOffset(left);
    if (a === undefined) return undefined;
    const b = this.labelOffset(right);
    return b === undefined ? undefined : expr.sub(expr.bv(a), expr.bv(b));
  }

  /**
   * A name a difference outside data words takes: a routine it names further on follows on (`slot`). That difference is
   * a number the code works with, such as the bound of a table that ends at the routine, `(TableEnd - Table) :SHR: 2`;
   * one in data is an offset from a base, such as a module header's `DCD Init - Module_Base`, which finds its label
   * in a slot of its own too.
   */
  private tookDifference(node: Node): void {
    if (node.type !== 'identifier' && node.type !== 'bar_symbol') return;
    const { differences } = this.symbols;
    const name = symbolName(node);
    if (!differences.has(name)) differences.set(name, true);
  }

  /** The address `lookup` would give a name that names a label (not a variable, field or equate, which come first), as one side of a difference. */
  private labelOffset(node: Node): bigint | undefined {
    if (node.type !== 'identifier' && node.type !== 'bar_symbol') return undefined;
    const name = symbolName(node);
    if (this.hasVariable(name) || this.symbols.fields.get(name) || this.symbols.equates.get(name) !== undefined) return undefined;
    return this.labelAddress(name, 'offset');
  }

  variable(name: string, node: Node): Value {
    const v = this.variableValue(name);
    if (v !== undefined) return v;
    this.undefinedVariable(name, node);
    return this.unknown(`undefined variable $${name}`, node, `$${name}`);
  }

  /**
   * A `$name` no variable defines where it is substituted: ObjAsm stops there. In a macro's body that is at each
   * call, as the macro is expanded (the variables are the caller's then), so it is reported at the call.
   */
  private undefinedVariable(name: string, node: Node, at?: SourceSpan): void {
    const { site, written } = this.source;
    if (this.source.file !== this.options.file || this.uncertain > 0) return;
    this.undefinedNames.push({ name, kind: 'symbol', source: written?.(node) ?? site ?? at ?? this.spanOf(node) });
  }

  /** The variables of the `$name`s in the name `name` that none defines here: ObjAsm stops at each. None between bars. */
  private missingVariables(name: Node): RegExpExecArray[] {
    if (barred(name)) return [];
    return [...name.text.matchAll(VARIABLE)].filter((found) => found[1] !== undefined && !this.hasVariable(found[1]));
  }

  /** Each `$name` in the name `name` that no variable defines, at its columns, as an undefined name. */
  private undefinedInName(name: Node): void {
    const { row, column } = name.startPosition;
    for (const found of this.missingVariables(name)) {
      const variable = found[1] ?? '';
      const start = column + found.index;
      this.undefinedVariable(variable, name, span(this.source.file, { start: { line: row, character: start }, end: { line: row, character: start + 1 + variable.length } }));
    }
  }

  /**
   * Each `$name` in the name of the label or routine `node` that no variable defines: ObjAsm stops there as in any
   * line, where `labelName` keeps it as written. Called once where the label is lowered (`labelName` is asked again
   * by the routine's slot).
   */
  private undefinedInLabel(node: Node): void {
    const name = child(node, 'name');
    if (name && !this.source.substituted && name.text.includes('$')) this.undefinedInName(name);
  }

  /**
   * Each `$name` no variable defines in a name the statement `node` uses (`B lab$t`), before its line is substituted:
   * ObjAsm stops there, whether or not a label is written so (one whose name keeps the `$t` is itself a PW102).
   */
  private undefinedInStatement(node: Node): void {
    if (this.source.substituted || !node.text.includes('$')) return;
    if (node.type === 'identifier') this.undefinedInName(node);
    else for (const part of namedChildren(node)) this.undefinedInStatement(part);
  }

  location(): Expr {
    this.recorder?.sawLocation();
    return expr.bv(this.layout.address);
  }

  mapCounter(): Expr {
    return this.scalar('mapCounter');
  }

  fieldBase(name: string): number | undefined {
    return this.symbols.fields.get(name)?.base;
  }

  builtin(name: string, node: Node): Value {
    switch (name) {
      case 'TRUE': return true;
      case 'FALSE': return false;
      case 'PC': case 'VAR': return this.location();
      case 'CONFIG': return expr.bv(this.mode === '26' ? 26 : 32);
      case 'OPT': return expr.bv(0);
      case 'ENDIAN': return 'little';
      case 'CODESIZE': return expr.bv(32);
    }
    return this.unknown(`built-in {${name}} is not modelled`, node, `{${name}}`);
  }

  localLabel(node: Node): Value {
    const name = this.localLabelName(node);
    if (name === undefined) return this.unknown(`local label ${node.text} not found`, node, node.text);
    const address = this.labelAddress(name, 'value');
    return address === undefined ? expr.sym(name) : expr.bv(address);
  }

  /**
   * `%FT10` / `%BT10` / `%10`: the nearest local label 10 in that direction within the routine. `target`: it is only
   * named (a branch's target), not read as a value.
   */
  private localLabelName(node: Node, target = false): string | undefined {
    const number = Number(child(node, 'number')?.text ?? NaN);
    const direction = child(node, 'direction')?.text.toUpperCase();
    const backward = (): string | undefined => this.ownLocalLabels(number).at(-1)?.name;
    const forward = (): string | undefined => {
      const { id } = this.routine;
      const seq = this.localLabels.length;
      let found = this.forwardLocalLabel(id, seq, number);
      // A first pass gives the next pass its tables only, and a target, named or not, makes an instruction of the same
      // size: named as the next pass will find it (when the routine defines it), its recording is the next pass's too.
      const named = found === undefined && target && this.recorder !== undefined && this.previous === undefined;
      if (named) found = this.localLabelNamed(number, this.ownLocalLabels(number).length);
      if (this.recorder) this.recorder.readForwardLocal(id, seq, number, found, named);
      else {
        this.print.word(Part.ForwardLocal);
        this.print.value(found);
      }
      return found;
    };
    if (direction === 'B') return backward();
    if (direction === 'F') return forward();
    return backward() ?? forward();
  }

  /** The current routine's local labels numbered `number`: the last ones defined, since routines are numbered in order. */
  private ownLocalLabels(number: number): LocalLabelDef[] {
    const found: LocalLabelDef[] = [];
    for (let k = this.localLabels.length - 1; k >= 0; k--) {
      const d = this.localLabels[k] as LocalLabelDef;
      if (d.routine !== this.routine.id) break;
      if (d.number === number) found.unshift(d);
    }
    return found;
  }

  /** The previous pass's first local label `number` of routine `routine` from its `seq`th local label on. */
  private forwardLocalLabel(routine: number, seq: number, number: number): string | undefined {
    const labels = this.previous?.localLabels ?? [];
    for (let k = seq; k < labels.length; k++) {
      const d = labels[k] as LocalLabelDef;
      if (d.routine > routine) break;
      if (d.routine === routine && d.number === number) return d.name;
    }
    return undefined;
  }

  // ---- the ARM context ---------------------------------------------------

  /** One for the pass: every instruction is lowered through it, and it reads the pass only when called. */
  private readonly armContext: ArmContext = {
    value: (n) => evaluate(n, this),
    register: (n) => this.registerOf(n),
    bareOperand: (n) => ({ kind: 'imm', value: asNumber(evaluate(n, this)) }),
    label: (n) => this.labelOf(n),
    field: (n) => this.fieldAddress(n),
    swiNumber: (n) => this.swiNumber(n),
    unmodelled: (m, n, d) => this.unmodelled(m, n, d),
    unresolvedTarget: (n) => {
      if (n.type === 'local_label_ref') this.undefinedName(n, 'local-label');
      else if (!this.defined(symbolName(n)) && registerNumber(n.text) === undefined && objAsmCoprocessorName(n.text) === undefined) this.undefinedName(n, 'symbol');
    },
    importedRoutine: (n) => ((n.type === 'identifier' || n.type === 'bar_symbol') && this.symbols.imports.has(symbolName(n)) ? symbolName(n) : undefined),
    // p15, c7 and f0 are names like any other (the program's own symbol of that name first; `lookup` knows the predeclared ones).
    coprocessorRegister: (n, kind) => coprocessorRegisterOf(constantOf(evaluate(n, this)), kind),
  };

  /**
   * A register-relative expression: a storage-map field, with a constant added or taken away (`ws_errbuf + 4`),
   * which ObjAsm assembles as an address from the field's base register (R12 + 12), not as the number 12. Two
   * fields of one map taken from each other are a plain number.
   */
  private fieldAddress(node: Node): Field | undefined {
    switch (node.type) {
      case 'identifier': case 'bar_symbol': return this.symbols.fields.get(symbolName(node));
      case 'parenthesized_expression': {
        const inner = namedChildren(node).find((c) => c.type !== 'comment');
        return inner && this.fieldAddress(inner);
      }
      case 'binary_expression': {
        const op = operatorOf(node);
        const left = child(node, 'left');
        const right = child(node, 'right');
        if ((op !== '+' && op !== '-') || !left || !right) return undefined;
        const moved = (field: Field | undefined, by: Node, sign: bigint): Field | undefined => {
          if (!field || this.fieldAddress(by)) return undefined;
          const c = constantOf(evaluate(by, this));
          return c === undefined ? undefined : { base: field.base, offset: BigInt.asIntN(32, field.offset + sign * c) };
        };
        return moved(this.fieldAddress(left), right, op === '+' ? 1n : -1n) ?? (op === '+' ? moved(this.fieldAddress(right), left, 1n) : undefined);
      }
    }
    return undefined;
  }

  private registerOf(node: Node): number | undefined {
    if (node.type === 'register') return registerNumber(node.text);
    if (node.type === 'bar_symbol') return this.symbols.aliases.get(symbolName(node));
    if (node.type === 'identifier' || node.type === 'macro_variable') return this.symbols.aliases.get(symbolName(node)) ?? (this.hasVariable(node.text) ? undefined : registerNumber(node.text));
    return undefined;
  }

  private labelOf(node: Node): string | undefined {
    if (node.type === 'local_label_ref') return this.localLabelName(node, true);
    if (node.type !== 'identifier' && node.type !== 'bar_symbol') return undefined;
    const name = symbolName(node);
    if (this.hasVariable(name) || this.symbols.equates.has(name) || this.symbols.fields.has(name)) return undefined;
    // As a `%F` target (`localLabelName`): a first pass gives the next pass its tables only, and a target, named or
    // not, makes an instruction of the same size, so one found nowhere yet is named as a label further down, which
    // makes the recording the next pass's too where the first pass defined it (two fifths of a large file's routines).
    const { recorder } = this;
    if (recorder && this.previous === undefined && !this.layout.labels.has(name)) {
      recorder.readLabel(name, undefined, 'name');
      recorder.readForwardTarget(name);
      return name;
    }
    return this.labelAddress(name, 'name') !== undefined ? name : undefined;
  }

  private swiNumber(node: Node): Expr {
    if (node.type === 'string') {
      const name = node.text.slice(1, -1);
      const swi = findSwi(name);
      return swi ? expr.bv(swi.number) : asNumber(this.unknown(`unknown SWI ${name}`, node, name));
    }
    if (node.type === 'identifier' && !this.defined(node.text)) return asNumber(this.unknown(`unknown SWI ${node.text}`, node, node.text));
    return asNumber(evaluate(node, this));
  }

  // ---- walking -----------------------------------------------------------

  private walk(nodes: readonly Node[]): Signal {
    for (let k = 0; k < nodes.length; k++) {
      const signal = this.step(nodes, k);
      if (labelsCall(nodes, k)) k++;
      if (signal !== 'next') return signal;
    }
    return 'next';
  }

  /** Lowers `nodes[k]`, and the macro call after it when it is the label of the call's line. */
  private step(nodes: readonly Node[], k: number): Signal {
    const node = nodes[k] as Node;
    const next = nodes[k + 1];
    if (next && labelsCall(nodes, k)) {
      if (this.printing) {
        this.print.word(Part.Paired);
        this.print.node(node);
        this.print.node(next);
      }
      this.undefinedInLabel(node);
      this.undefinedInStatement(next);
      // Named before the line is substituted: a name inside the substituted line is taken as it stands.
      const label = this.labelName(node);
      const text = this.substitutedText(next);
      if (text !== undefined) return this.substitutedLine(text, next, (statements) => this.labelledLine(label ?? '', statements, node));
      return this.macroCall(next, label);
    }
    // DCD and DCW align first, and a label on their line names the aligned address.
    if (node.type === 'label' && next?.type === 'data' && next.startPosition.row === node.startPosition.row) {
      // The nodes alone would not say that the label and the data share a line.
      if (this.printing) this.print.word(Part.Paired);
      this.alignTo(dataAlignment(next), this.spanOf(next));
    }
    return this.statement(node);
  }

  /** A label's macro call once substituted: the call it still is takes the label, else the label is defined before the line. */
  private labelledLine(label: string, statements: readonly Node[], labelNode: Node): Signal {
    const [call] = statements;
    if (statements.length === 1 && call?.type === 'macro_call') return this.macroCall(call, label);
    this.defineLabel(label, labelNode);
    return this.walk(statements);
  }

  // ---- the passes of the last lowering resumed and taken over (passRecord.ts)

  /** The root's statements from where the pass stands; true when it took the rest of the last lowering's pass over, its end included. */
  private top(nodes: readonly Node[], takeOver: TakeOver | undefined): boolean {
    for (let k = this.topIndex; k < nodes.length; k++) {
      // Between top-level statements (a routine is one): a superseded job stops here (cancellation.ts).
      stopIfCancelled(this.options.cancelled);
      const node = nodes[k] as Node;
      this.topIndex = k;
      if (node.type === 'routine') {
        if (takeOver && this.tookOver(takeOver, nodes, k)) return true;
        const at = passPoint(this.fields(), this.counts(), this.print.key, this.layout.pendingLoads.slice());
        this.marks.push({ index: k, row: node.startPosition.row, at });
      }
      const signal = this.step(nodes, k);
      if (labelsCall(nodes, k)) k++;
      if (signal !== 'next') return false;
    }
    return false;
  }

  /** Where the root's statements start, worked out once per lowering. */
  private positions(nodes: readonly Node[]): readonly number[] {
    let positions = this.cache.positions.get(nodes);
    if (!positions) {
      positions = positionsOf(nodes);
      this.cache.positions.set(nodes, positions);
    }
    return positions;
  }

  private fields(): PassFields {
    const { mapCounter, mapBase, fresh, frame } = this.scalars;
    return {
      address: this.layout.address, mapCounter, mapBase, fresh, frame, routine: { ...this.routine }, expansions: this.expansions, areas: this.areas,
      headerAddress: this.headerAddress, awaitingHeader: this.awaitingHeader, systemHeaderGets: this.systemHeaderGets, writableArea: this.writableArea,
      modeReads: this.modeReads, lanes: this.print.lanes,
    };
  }

  private counts(): PassCounts {
    return {
      items: this.layout.items.length, labels: this.labelLog.length, changes: this.symbols.changes.length, routines: this.routines.length,
      localLabels: this.localLabels.length, notes: this.notes.length, unmodelled: this.unmodelledItems.length, undefinedNames: this.undefinedNames.length,
      gets: this.getLog.length, visits: this.visits.length,
    };
  }

  private setFields(fields: PassFields): void {
    this.reportedLines = new Map();
    this.noted = 0;
    this.layout.address = fields.address;
    this.scalars = { mapCounter: fields.mapCounter, mapBase: fields.mapBase, fresh: fields.fresh, frame: fields.frame };
    this.routine = { ...fields.routine };
    this.expansions = fields.expansions;
    this.areas = fields.areas;
    this.headerAddress = fields.headerAddress;
    this.awaitingHeader = fields.awaitingHeader;
    this.systemHeaderGets = fields.systemHeaderGets;
    this.writableArea = fields.writableArea;
    this.modeReads = fields.modeReads;
    this.print.lanes = fields.lanes;
  }

  /**
   * Stands where `base` stood before its last top-level routine that comes
   * before the first statement that changed and before any GET that finds
   * another file now; what a take-over of its rest must know.
   */
  private resume(base: PassResult, nodes: readonly Node[]): TakeOver {
    const { record } = base;
    const match = matchNodes(nodes, record.nodes, this.previous && { now: this.positions(nodes), then: record.positions });
    let firstBad = Infinity;
    let lastBad = -1;
    for (const [index, from, path, found] of record.gets) {
      if (sameIncluded(this.findGet(from, path), found)) continue;
      firstBad = Math.min(firstBad, index);
      lastBad = Math.max(lastBad, index);
    }
    const ordinal = marksBefore(record.marks, Math.min(match.prefix, firstBad) + 1) - 1;
    const mark = record.marks[ordinal];
    if (mark) this.restore(base, mark, ordinal);
    return { base, match, lastBad, from: mark ? countsAt(mark) : NO_MARK };
  }

  private restore(base: PassResult, mark: PassMark, ordinal: number): void {
    const { record } = base;
    const at = countsAt(mark);
    const { labelLog } = record;
    if (base.linesStale) this.linesStale = true;
    let labels: Map<string, bigint>;
    let labelSources: Map<string, SourceSpan>;
    // The labels defined before the mark: those after it taken out of the base's, or those before it put in.
    if (at.labels * 2 > labelLog.length) {
      labels = new Map(base.layout.labels);
      labelSources = new Map(base.layout.labelSources);
      for (let n = at.labels; n < labelLog.length; n++) {
        const { name } = labelLog[n] as LabelChange;
        labels.delete(name);
        labelSources.delete(name);
      }
    } else {
      labels = new Map();
      labelSources = new Map();
      for (let n = 0; n < at.labels; n++) {
        const label = labelLog[n] as LabelChange;
        labels.set(label.name, label.address);
        labelSources.set(label.name, label.source);
      }
    }
    this.layout.resume({
      address: mark.at.address, items: base.layout.items.slice(0, at.items), labels, labelSources, pending: mark.at.pending.slice(), slots: new Map(base.layout.slots),
    });
    this.labelLog = labelLog.slice(0, at.labels);
    this.symbols.restore(record.symbols.changes, at.changes);
    this.routines = base.routines.slice(0, at.routines);
    this.localLabels = base.localLabels.slice(0, at.localLabels);
    this.notes = base.notes.slice(0, at.notes);
    this.unmodelledItems = base.unmodelled.slice(0, at.unmodelled);
    this.undefinedNames = base.undefinedNames.slice(0, at.undefinedNames);
    this.getLog = record.gets.slice(0, at.gets);
    this.marks = record.marks.slice(0, ordinal);
    this.visits = record.visits.slice(0, at.visits);
    this.chunks.takenOver(this.visits);
    this.setFields(mark.at);
    this.topIndex = mark.index;
  }

  /**
   * Takes the rest of the last lowering's pass over before the top-level
   * routine `nodes[k]` when the pass stands where that one stood there, and
   * the statements from there on are the ones it went through.
   */
  private tookOver(takeOver: TakeOver, nodes: readonly Node[], k: number): boolean {
    const { base, match, lastBad, from } = takeOver;
    const { record } = base;
    if (k < match.suffix || k - match.shift <= lastBad) return false;
    const ordinal = marksBefore(record.marks, k - match.shift + 1) - 1;
    const mark = record.marks[ordinal];
    if (mark?.index !== k - match.shift) return false;
    const at = countsAt(mark);
    const here = this.counts();
    if (mark.at.key !== this.print.key || at.items !== here.items || at.labels !== here.labels) return false;
    if (this.layout.pendingLoads.some((load) => !base.layout.slots.has(load.index))) return false;
    // Reports on lines of other files (GETs) are made once per line: the lines reported since the pass resumed must be the ones it reported.
    if (otherLines(this.unmodelledItems, from.unmodelled, this.unmodelledItems.length, this.options.file)
      !== otherLines(base.unmodelled, from.unmodelled, at.unmodelled, this.options.file)) return false;
    // A first pass gives the next its tables only, which hold no lines; a pass whose result only tells the mode leaves them too.
    const { rows } = match;
    const move = { file: this.options.file, row: mark.row, rows: this.options.movesLines ? rows : 0 };
    if (base.linesStale || move.rows !== rows) this.linesStale = true;
    const { moved } = this.cache;
    const { slots } = this.layout;
    for (const load of this.layout.pendingLoads) this.layout.fixLoad(load, base.layout.slots.get(load.index) as bigint);
    for (const [index, slot] of base.layout.slots) if (!slots.has(index)) slots.set(index, slot);
    const rest = movedList(record.labelLog, at.labels, move, moved, (label, source) => labelMoved(label, label.address, source));
    // Nothing writes a pass's tables once it has ended: the base's serve as they are where they hold what this pass's would.
    let labelSources = base.layout.labelSources;
    const ownSources = this.labelLog.slice(from.labels);
    if (move.rows !== 0 || ownSources.some((label, n) => !sameSpan(label.source, (record.labelLog[from.labels + n] as LabelChange).source))) {
      labelSources = new Map(labelSources);
      for (const label of ownSources) labelSources.set(label.name, label.source);
      if (move.rows !== 0) for (const label of rest) labelSources.set(label.name, label.source);
    }
    this.layout.resume({
      address: record.end.address, items: this.layout.items.concat(movedItems(base.layout.items, at.items, move, moved, this.cache.movedItems)), labels: base.layout.labels,
      labelSources, pending: [], slots,
    });
    this.labelLog = this.labelLog.concat(rest);
    this.symbols.takeOver(record.symbols, at.changes);
    this.routines = this.routines.concat(movedList(base.routines, at.routines, move, moved, (routine, source) => routineMoved(routine, routine.address, source)));
    this.localLabels = this.localLabels.concat(base.localLabels.slice(at.localLabels));
    this.notes = this.notes.concat(movedList(base.notes, at.notes, move, moved, noteMoved));
    this.unmodelledItems = this.unmodelledItems.concat(movedList(base.unmodelled, at.unmodelled, move, moved, reportMoved));
    this.undefinedNames = this.undefinedNames.concat(movedList(base.undefinedNames, at.undefinedNames, move, moved, nameMoved));
    const { shift } = match;
    const gets = record.gets.slice(at.gets);
    this.getLog = this.getLog.concat(shift === 0 ? gets : gets.map(([index, ...read]) => [index + shift, ...read] as GetRead));
    const marks = record.marks.slice(ordinal);
    this.marks = this.marks.concat(marksMoved(marks, shift, rows, countsLess(here, at)));
    const taken = record.visits.slice(at.visits);
    this.visits = this.visits.concat(taken);
    this.chunks.takenOver(taken);
    const { end } = record;
    this.setFields({
      ...end, modeReads: this.modeReads + end.modeReads - mark.at.modeReads,
      systemHeaderGets: this.systemHeaderGets + end.systemHeaderGets - mark.at.systemHeaderGets,
    });
    return true;
  }

  private statement(node: Node): Signal {
    if (this.printing && !UNPRINTED.has(node.type)) this.print.node(node);
    const { madeBy } = this.source;
    if (madeBy !== undefined && node.hasError && !CONTAINERS.has(node.type)) {
      this.madeError(madeBy, this.textOf(node), node);
      return 'next';
    }
    if (!CONTAINERS.has(node.type) && !UNSUBSTITUTED.has(node.type)) {
      this.undefinedInStatement(node);
      const text = this.substitutedText(node);
      if (text !== undefined) return this.substitutedLine(text, node, (statements) => this.walk(statements));
    }
    switch (node.type) {
      case 'comment': case 'ERROR': case 'title': case 'entry': case 'assert': case 'info': return 'next';
      case 'end': return 'end';
      case 'mexit': return 'mexit';
      case 'label':
        this.undefinedInLabel(node);
        this.defineLabel(this.labelName(node) ?? '', node);
        return 'next';
      case 'local_label': this.defineLocalLabel(node); return 'next';
      case 'instruction': this.emitLowered(lowerInstruction(node, this.armContext), node); return 'next';
      case 'swi': this.emitLowered(lowerSwi(node, this.armContext), node); return 'next';
      case 'area': this.area(node); return 'next';
      case 'include': this.include(node); return 'next';
      case 'storage_map': this.storageMap(node); return 'next';
      case 'storage_field': this.storageField(node); return 'next';
      case 'equate': this.equate(node); return 'next';
      case 'register_alias': this.registerAlias(node); return 'next';
      case 'variable_declaration': this.declare(node); return 'next';
      case 'variable_set': this.setVariable(node); return 'next';
      case 'data': this.data(node); return 'next';
      case 'space': this.space(node); return 'next';
      case 'align': this.align(node); return 'next';
      case 'directive': this.directive(node); return 'next';
      case 'macro_definition': this.defineMacro(node); return 'next';
      case 'macro_call': return this.macroCall(node, undefined);
      case 'conditional': case 'elif_clause': return this.conditional(node);
      case 'else_clause': return this.walk(children(node, 'body'));
      case 'while_loop': return this.whileLoop(node);
      case 'routine': return this.chunk(node);
      case 'rout_statement': return this.routineNode(node);
    }
    this.unmodelled(`${node.type} is not modelled`, node, true);
    return 'next';
  }

  /**
   * A statement of a macro's expansion that does not parse (`MOV r3, #` from `MOV r3, #$b` with `$b` empty), or a
   * line once its string variables are substituted: ObjAsm stops there with an error at the call or line, a PW100.
   * In its place goes an instruction the CPU cannot run, so that the analysis of code that reaches it stops there
   * with a PW900 rather than run on with a guess.
   */
  private madeError(madeBy: string, text: string, node: Node): void {
    const line = text.replace(/\s+/g, ' ');
    const source = this.spanOf(node);
    const message = `Syntax error in ${madeBy}: cannot make sense of "${line}"`;
    const start = source.range.start.line;
    if (!this.notes.some((n) => n.source.file === source.file && n.source.range.start.line === start && n.message === message)) {
      this.notes.push({ code: 'PW100', message, source });
    }
    this.emit([{ arch: 'arm', mnemonic: 'undefined', condition: 'al', setFlags: false, operands: [], unassembled: `${madeBy} has a syntax error: ${line}` }], node);
  }

  /**
   * The statement with `$name` of each variable replaced by its value, as ObjAsm reads a line (`LDR $Tmp, ws_first`
   * with `Tmp SETS "r10"`), placed at the statement's column; undefined when it names none. An arithmetic variable
   * gives its value as eight hexadecimal digits (`Lab$Count` with `Count SETA 16` is `Lab00000010`), a logical one
   * T or F, as ObjAsm substitutes them; an arithmetic variable whose value is not known is left to the expressions,
   * which read it as its value. `$$` is a dollar, and a dot after the name ends it and goes.
   */
  private substitutedText(node: Node): Substituted | undefined {
    if (this.source.substituted || !node.text.includes('$')) return undefined;
    const indent = node.startPosition.column;
    // Each replacement's start in the new text and in the written one, and its lengths there.
    const moves: { readonly at: number; readonly from: number; readonly length: number; readonly written: number }[] = [];
    let grown = 0;
    const bars = barredStretches(node);
    const text = node.text.replace(VARIABLE, (whole: string, name: string | undefined, offset: number) => {
      const value = name === undefined || bars.some((b) => offset >= b.from && offset < b.to) ? undefined : substitution(this.variableValue(name), this.source.latin1);
      if (value === undefined) return whole;
      moves.push({ at: indent + offset + grown, from: indent + offset, length: value.length, written: whole.length });
      grown += value.length - whole.length;
      return value;
    });
    if (moves.length === 0) return undefined;
    // Where column `c` was written; a column inside a value is its `$name`, from its start (`to` false) or to its end.
    const place = (c: number, to: boolean): number => {
      let shift = 0;
      for (const m of moves) {
        if (c < m.at) break;
        if (c < m.at + m.length) return to ? m.from + m.written : m.from;
        shift += m.length - m.written;
      }
      return c - shift + (to ? 1 : 0);
    };
    return { text: `${' '.repeat(indent)}${text}`, written: (start, end) => ({ start: place(start, false), end: place(Math.max(start, end - 1), true) }) };
  }

  /**
   * The label or routine name `node` defines as ObjAsm reads it: `$name` of each variable replaced by its value, as in
   * a line (`lab$s ROUT` with `s SETS "One"` is the routine labOne, named so by every message about it); one in a
   * line substituted already as it is, and `$$` and a `$name` no variable defines as written, as a line keeps them.
   */
  private labelName(node: Node): string | undefined {
    const name = nameOf(node);
    const written = child(node, 'name');
    if (name === undefined || this.source.substituted || !name.includes('$') || (written && barred(written))) return name;
    return name.replace(VARIABLE, (whole: string, variable: string | undefined) =>
      (variable === undefined ? undefined : substitution(this.variableValue(variable), this.source.latin1)) ?? whole);
  }

  /** Lowers `line`, the line of `node` with its variables substituted, through `lower`: what it makes points at the line. */
  private substitutedLine(line: Substituted, node: Node, lower: (statements: readonly Node[]) => Signal): Signal {
    const root = this.parse(line.text);
    if (root.hasError) {
      this.madeError('the line with its variables substituted', line.text.trim(), node);
      return 'next';
    }
    const saved = this.source;
    const row = node.startPosition.row;
    // A name's place in the line as written, where it was written on one row: the substituted line is that row alone.
    const written = saved.site || node.endPosition.row !== row ? undefined : (n: Node): SourceSpan => {
      const at = line.written(n.startPosition.column, n.endPosition.column);
      return span(saved.file, { start: { line: row, character: at.start }, end: { line: row, character: at.end } });
    };
    this.source = { ...saved, site: saved.site ?? this.spanOf(node), substituted: true, ...(written ? { written } : {}) };
    try {
      return lower(namedChildren(root));
    } finally {
      this.source = saved;
    }
  }

  private emitLowered(lowered: ReturnType<typeof lowerInstruction>, node: Node): void {
    this.beforeItem();
    if (typeof lowered.instruction === 'function') this.recorder?.placedInstruction(this.layout.items.length, lowered.instruction);
    this.layout.instruction(lowered, this.spanOf(node), this.textOf(node));
  }

  private emit(instructions: readonly ArmInstruction[], node: Node): void {
    for (const instruction of instructions) this.emitLowered({ instruction, size: 4 }, node);
  }

  /** The node's first line: a slice, not a split, which made an array of every line of the node for each item. */
  private textOf(node: Node): string {
    const { text } = node;
    const end = text.indexOf('\n');
    return (end < 0 ? text : text.slice(0, end)).trim();
  }

  /** The module header is the first thing assembled in the first area. */
  private beforeItem(): void {
    if (this.awaitingHeader) {
      this.headerAddress = this.layout.address;
      this.awaitingHeader = false;
    }
  }

  private defineLabel(name: string, node: Node): void {
    if (!name) return;
    if (!this.placeLabel(name, this.spanOf(node))) this.unmodelled(`label ${name} is defined twice; the first definition is used`, node);
  }

  /** Defines a label here; false when the name is taken (the first definition stays). */
  private placeLabel(name: string, source: SourceSpan): boolean {
    const taken = this.layout.labels.get(name);
    this.recorder?.readLabel(name, taken, 'name');
    if (taken !== undefined) return false;
    this.layout.label(name, source);
    const change: LabelChange = { kind: 'label', name, address: this.layout.address, source };
    this.labelLog.push(change);
    this.recorder?.definedLabel(change);
    return true;
  }

  /** The name of the current routine's local label `number` defined after `count` others of that number. */
  private localLabelNamed(number: number, count: number): string {
    return `${this.routine.name}%${number}${count > 0 ? `#${count + 1}` : ''}`;
  }

  private defineLocalLabel(node: Node): void {
    // `10Copy` names its routine only for ObjAsm's own check: the number is the label.
    const number = Number(/^\d+/.exec(node.text.trim())?.[0] ?? NaN);
    const name = this.localLabelNamed(number, this.ownLocalLabels(number).length);
    this.localLabels.push({ routine: this.routine.id, number, name });
    this.placeLabel(name, this.spanOf(node));
  }

  private startRoutine(node: Node, named?: string): void {
    const name = named ?? this.labelName(node) ?? '';
    this.routine = { id: this.routine.id + 1, name };
    if (name) {
      this.defineLabel(name, node);
      this.routines.push({ name, address: this.layout.address, source: this.spanOf(node) });
    }
  }

  private routineNode(node: Node): Signal {
    return this.routineHead(node, namedChildren(node));
  }

  /** The routine of `node`, of its statements only `statements` (all, or those before its AREA: `atArea`). */
  private routineHead(node: Node, statements: readonly Node[]): Signal {
    this.slot(node);
    this.undefinedInLabel(node);
    const nameNode = child(node, 'name');
    const items = statements.filter((c) => c.startIndex !== nameNode?.startIndex || c.type !== nameNode.type);
    const call = items[0]?.type === 'macro_call' ? items[0] : undefined;
    const macro = call && this.symbols.macros.get(child(call, 'name')?.text ?? '');
    // A user macro that takes the label defines it itself (`$label ROUT` in its body).
    if (!macro?.label) this.startRoutine(node);
    else this.routine = { id: this.routine.id + 1, name: this.labelName(node) ?? '' };
    const rest = items.filter((c) => c.type !== 'rout');
    if (call) {
      const signal = this.macroCall(call, macro?.label ? this.labelName(node) : undefined);
      if (signal !== 'next') return signal;
      return this.walk(rest.slice(1));
    }
    return this.walk(rest);
  }

  // ---- chunks: routines replayed from earlier passes (chunks.ts) -----------

  /**
   * Starts the routine of `node` here in a slot of its own where nothing can
   * run into it (riscos/layout.ts) and no difference taken before it names
   * it (`tookDifference`: the code before it measures up to it, as a table
   * that ends at the routine's label is measured), by one rule wherever it
   * is lowered: chunked, inside another's recording, a macro or a GET. What
   * the rule reads, the last item laid out, the address and the names
   * differences took, is part of the print (a recording's print has its
   * last item and its changes), so a pass replays and takes over only where
   * the rule decides as it did.
   */
  private slot(node: Node): void {
    const { recorder } = this;
    const at = this.layout.address;
    const name = this.labelName(node);
    const mayMove = this.layout.slot(() => name !== undefined && this.symbols.differences.has(name));
    if (!recorder) return;
    // Its own last item decides, and where it stands how far it moves: its recording replays at this address only.
    if (this.layout.items.length > recorder.firstItem) {
      if (mayMove) recorder.sawLocation();
    } else if (at !== recorder.start.address) recorder.refuse('a routine that decides its slot by an item before its recording');
    // A routine that starts where one that followed on did and moves, its name not taken: the same.
    else if (this.layout.address !== at) recorder.sawLocation();
    // Else it stands where its recording starts, as `chunk` decided just before by the same rule.
  }

  private chunkStart(): ChunkStart {
    return {
      address: this.layout.address, routine: this.routine.id, localLabels: this.localLabels.length, areas: this.areas,
      awaitingHeader: this.awaitingHeader, headerAddress: this.headerAddress, writableArea: this.writableArea,
    };
  }

  /**
   * A routine of the file, lowered or replayed; one in a macro expansion or a GET file reads state (locals, a call
   * site) no recording keeps. Its statements from an AREA on are a chunk of their own (`atArea`).
   */
  private chunk(node: Node): Signal {
    if (this.recorder || this.depth > 0 || this.getting.length > 0) return this.routineNode(node);
    const [head, tail] = atArea(node);
    // Its recording starts where it stands.
    this.slot(node);
    const signal = this.recorded(node, node, () => this.routineHead(node, head));
    const area = tail[0];
    return signal === 'next' && area ? this.recorded(this.chunks.fromAreaOf(node), area, () => this.walk(tail)) : signal;
  }

  /** The chunk kept by `key`, whose first statement is `at`, replayed, or lowered by `lower` and recorded. */
  private recorded(key: ChunkKey, at: Node, lower: () => Signal): Signal {
    this.visits.push(key);
    const start = this.chunkStart();
    const state = this.print.key;
    const fits = (r: ChunkRecording): boolean => this.expansions + r.end.expansions < MAX_EXPANSIONS;
    const known = this.chunks.known(key, state);
    // The previous pass's print covers its tables: when it is the one the routine was met after, its reads ahead read the same.
    if (known && fits(known.recording)
      && (known.ahead === this.ahead ? sameIncludes(known.recording, this.host) : sameOutsideState(known.recording, start, this.host))) {
      this.chunks.statistics.replayed++;
      this.chunks.statistics.known++;
      return this.replay(key, at, known.recording, start, state);
    }
    const found = this.chunks.find(key, this.previous === undefined, (r) => fits(r) && replayable(r, start, this.host));
    if (found) {
      this.chunks.statistics.replayed++;
      return this.replay(key, at, found, start, state);
    }
    this.chunks.statistics.lowered++;
    const recorder = new ChunkRecorder(start, this.layout.items.length);
    const before = { routines: this.routines.length, notes: this.notes.length, undefinedNames: this.undefinedNames.length, expansions: this.expansions };
    this.recorder = recorder;
    this.symbols.observer = recorder;
    let signal: Signal;
    try {
      signal = lower();
    } finally {
      this.recorder = undefined;
      this.symbols.observer = undefined;
    }
    // A routine that met the expansion limit might not meet it in another pass.
    if (recorder.refused || this.expansions >= MAX_EXPANSIONS) {
      this.print.nonce();
      return signal;
    }
    const end: ChunkEnd = {
      address: this.layout.address, routine: { offset: this.routine.id - start.routine, name: this.routine.name },
      areas: this.areas - start.areas, awaitingHeader: this.awaitingHeader, writableArea: this.writableArea,
      headerAddress: start.headerAddress === undefined ? this.headerAddress : undefined,
      scalars: [...recorder.writtenScalars].map((name) => [name, this.scalarValue(name)] as ChunkEnd['scalars'][number]),
      systemHeaders: recorder.systemHeaders, signal, expansions: this.expansions - before.expansions,
    };
    const { firstItem } = recorder;
    const recording = recorder.recording(at, this.previous === undefined, end, {
      items: this.layout.items.slice(firstItem),
      pending: this.layout.pendingLoads.filter((load) => load.index >= firstItem).map((load) => ({ index: load.index - firstItem, literal: load.literal })),
      routines: this.routines.slice(before.routines),
      localLabels: this.localLabels.slice(start.localLabels).map((d) => ({ ...d, routine: d.routine - start.routine })),
      notes: this.notes.slice(before.notes), undefinedNames: this.undefinedNames.slice(before.undefinedNames),
    });
    this.chunks.keep(key, recording, state, this.ahead);
    this.print.routine(recording.print);
    return signal;
  }

  private restoreScalar(scalar: ChunkEnd['scalars'][number]): void {
    switch (scalar[0]) {
      case 'mapCounter': this.scalars.mapCounter = scalar[1]; break;
      case 'mapBase': this.scalars.mapBase = scalar[1]; break;
      case 'fresh': this.scalars.fresh = scalar[1]; break;
      case 'frame': this.scalars.frame = scalar[1]; break;
      case 'mode': break;
    }
  }

  /** Adds what `recording` added, the pass standing at `start`, in the state printed `state`. */
  private replay(key: ChunkKey, at: Node, found: ChunkRecording, start: ChunkStart, state: number): Signal {
    // A first pass gives the next its tables only, which hold no lines: a routine that only moved down is replayed as it was recorded.
    const recording = this.previous === undefined && found.start.address === start.address
      ? found : this.chunks.placed(found, this.options.file, at.startPosition.row, start.address);
    const { effects } = recording;
    if (recording !== found) this.movedDown(found, recording);
    if (recording.scalarReads.some(([name]) => name === 'mode')) this.modeReads++;
    for (const [from, path, found] of recording.includeReads) this.getLog.push([this.topIndex, from, path, found]);
    for (const change of effects.changes) {
      if (change.kind !== 'label') this.symbols.apply(change);
      else {
        this.layout.labels.set(change.name, change.address);
        this.layout.labelSources.set(change.name, change.source);
        this.labelLog.push(change);
      }
    }
    const { end } = recording;
    this.layout.replay(effects.items, end.address, effects.pending, effects.placed);
    // Loops, not spreads: most of these are empty or short, where a spread's call costs the most.
    for (const r of effects.routines) this.routines.push(r);
    for (const d of effects.localLabels) this.localLabels.push({ routine: start.routine + d.routine, number: d.number, name: d.name });
    for (const n of effects.notes) this.notes.push(n);
    for (const u of effects.undefinedNames) this.undefinedNames.push(u);
    for (const item of effects.reports) this.report(item);
    this.routine = { id: start.routine + end.routine.offset, name: end.routine.name };
    this.areas += end.areas;
    this.awaitingHeader = end.awaitingHeader;
    if (end.headerAddress !== undefined) this.headerAddress = end.headerAddress;
    this.writableArea = end.writableArea;
    for (const scalar of end.scalars) this.restoreScalar(scalar);
    if (end.systemHeaders) this.systemHeaderGets++;
    this.expansions += end.expansions;
    this.chunks.keep(key, recording, state, this.ahead);
    this.print.routine(recording.print);
    return end.signal;
  }

  /**
   * Tells the entry keys which items of `recording` are those of `found` (the
   * recording the last lowering replayed) only moved down, their instructions
   * and values the very objects: those of a routine that stands, as `found`
   * did, where the recording both were moved from was made (elsewhere their
   * instructions are made again for the address), in this file (a GET
   * file's lines stay where they are).
   */
  private movedDown(found: ChunkRecording, recording: ChunkRecording): void {
    const at = (found.origin ?? found).start.address;
    if (recording.start.address !== at || found.start.address !== at) return;
    const rows = recording.row - found.row;
    const { file } = this.options;
    const copies = recording.effects.items;
    found.effects.items.forEach((item, i) => {
      const copy = copies[i];
      if (copy && item.source.file === file) this.cache.movedItems.add(item, copy, rows);
    });
  }

  // ---- directives --------------------------------------------------------

  private area(node: Node): void {
    this.placePool(this.spanOf(node));
    this.alignTo(4, this.spanOf(node));
    this.areas++;
    const attributes = children(node, 'attribute').map((a) => (child(a, 'name')?.text ?? '').toLowerCase());
    const code = attributes.includes('code');
    this.writableArea = attributes.includes('data') && !attributes.includes('readonly');
    if (this.areas === 1 || (code && this.headerAddress === undefined)) this.awaitingHeader = code;
  }

  private include(node: Node): void {
    const path = child(node, 'path')?.text ?? '';
    if (isSystemHeader(path)) {
      this.systemHeaderGets++;
      this.recorder?.gotSystemHeader();
      return;
    }
    const found = this.findGet(this.source.file, path);
    this.getLog.push([this.topIndex, this.source.file, path, found]);
    if (this.recorder) this.recorder.readInclude(this.source.file, path, found);
    else {
      this.print.word(Part.Get);
      this.print.string(found?.file ?? '');
      this.print.string(found?.text ?? '');
    }
    // Its lines would be moved with the routine's when only lines above the routine moved.
    if (found?.file === this.options.file) this.recorder?.refuse('a GET of the file itself');
    if (!found || found.notSource !== undefined) {
      this.notes.push(missingGet(path, this.spanOf(node), found?.notSource));
      return;
    }
    const root = this.parse(found.text);
    const reading = [this.options.file, ...this.getting].map((f) => resolve(f));
    if (reading.includes(resolve(found.file))) {
      if (!this.assemblesNothing(root)) {
        const file = resolve(found.file);
        this.notes.push({ code: 'PW103', message: cycleMessage(`GET ${path}`, reading, file), source: this.spanOf(node), cycle: cycleKey(reading, file) });
      }
      return;
    }
    if (this.getting.length >= MAX_INCLUDE_DEPTH) {
      this.unmodelled(`GET ${path}: includes nested too deeply`, node);
      return;
    }
    const saved = this.source;
    this.source = { file: found.file, latin1: found.latin1 === true, lines: linesOf(found.text), ...(saved.site ? { site: saved.site } : {}) };
    this.getting.push(found.file);
    try {
      this.walk(namedChildren(root));
    } finally {
      this.getting.pop();
      this.source = saved;
    }
  }

  /**
   * Whether a GET file's statements (`root`) assemble nothing here: a guarded
   * header (`[ :LNOT: :DEF: X` / `GBLL X` / ... / `]`) read again through a
   * cycle, which ObjAsm reads without end only when unguarded.
   */
  private assemblesNothing(root: Node): boolean {
    return namedChildren(root).every((n) => {
      if (n.type === 'comment' || n.type === 'end') return true;
      const cond = n.type === 'conditional' && !child(n, 'alternative') ? child(n, 'condition') : undefined;
      return cond !== undefined && this.condition(cond) !== true;
    });
  }

  /** The file `GET path` in `from` reads; looked for once per lowering. */
  private findGet(from: string, path: string): IncludedFile | undefined {
    return findGet(this.cache.gets, this.options, from, path);
  }

  private parse(text: string): Node {
    return this.cache.syntax.parsed(this.cache.parser, text);
  }

  private storageMap(node: Node): void {
    const offset = child(node, 'offset');
    this.setScalar('mapCounter', offset ? asNumber(evaluate(offset, this)) : expr.bv(0));
    const baseNode = child(node, 'base');
    const base = baseNode ? this.registerOf(baseNode) : undefined;
    this.setScalar('mapBase', base);
    if (baseNode && base === undefined) this.unmodelled(`storage map base ${baseNode.text} is not a register`, baseNode);
  }

  private storageField(node: Node): void {
    const name = nameOf(node);
    const sizeNode = child(node, 'size');
    const size = sizeNode ? asNumber(evaluate(sizeNode, this)) : expr.bv(0);
    const counter = this.scalar('mapCounter');
    const offset = expr.constValue(counter);
    if (name) {
      const base = this.scalar('mapBase');
      if (base !== undefined && offset !== undefined) {
        const signed = BigInt.asIntN(32, offset);
        this.symbols.fields.set(name, { base, offset: signed });
        const bytes = expr.constValue(size);
        this.symbols.storage.set(name, { name, base: `r${base}`, offset: signed, ...(bytes === undefined ? {} : { size: Number(bytes) }) });
      } else this.symbols.equates.set(name, counter);
    }
    this.setScalar('mapCounter', expr.add(counter, size));
  }

  private equate(node: Node): void {
    const name = nameOf(node);
    const value = child(node, 'value');
    if (!name || !value) return;
    // `ws_size * :INDEX: @` and friends: a register-based field keeps its base.
    const register = value.type === 'register' ? registerNumber(value.text) : undefined;
    if (register !== undefined) this.symbols.aliases.set(name, register);
    else this.symbols.equates.set(name, evaluate(value, this));
  }

  private registerAlias(node: Node): void {
    const name = nameOf(node);
    const reg = child(node, 'register');
    if (!name || !reg) return;
    const r = reg.type === 'register' ? registerNumber(reg.text) : constantOf(evaluate(reg, this));
    if (r === undefined || Number(r) > 15) this.unmodelled(`RN ${reg.text} is not a register`, node);
    else this.symbols.aliases.set(name, Number(r));
  }

  private declare(node: Node): void {
    const directive = lowercase(child(node, 'directive')?.text ?? '');
    const name = (child(node, 'name')?.text ?? '').replace(/^\$/, '');
    const initial: Value = directive.endsWith('a') ? expr.bv(0) : directive.endsWith('l') ? false : '';
    if (directive.startsWith('l') && this.locals.length > 0) this.locals[this.locals.length - 1]?.set(name, initial);
    else if (!this.symbols.globals.has(name)) this.symbols.globals.set(name, initial);
  }

  private setVariable(node: Node): void {
    const name = child(node, 'name')?.text ?? '';
    const value = child(node, 'value');
    if (!value) return;
    const v = evaluate(value, this);
    const local = this.localSlot(name);
    if (local) local.set(name, v);
    else this.symbols.globals.set(name, v);
  }

  private data(node: Node): void {
    const directive = lowercase(child(node, 'directive')?.text ?? '');
    const bytes = dataBytes(directive);
    const sp = this.spanOf(node);
    if (bytes === undefined) {
      this.unmodelled(`${directive.toUpperCase()} (floating point) is not modelled`, node);
      return;
    }
    this.alignTo(dataAlignment(node), sp);
    this.beforeItem();
    const values: DataValue[] = [];
    for (const v of children(node, 'value')) {
      this.inData = true;
      let value: Value;
      try {
        value = evaluate(v, this);
      } finally {
        this.inData = false;
      }
      if (typeof value === 'string' && (bytes === 1 || value.length !== 1)) {
        if (bytes !== 1) this.unmodelled(`a string in ${directive.toUpperCase()}`, v);
        for (const b of Buffer.from(value, 'latin1')) values.push(dataValue(1, expr.bv(b, 8)));
      } else if (bytes === 8) {
        const n = asNumber(value);
        values.push(dataValue(4, n), dataValue(4, expr.ashr(n, expr.bv(31))));
      } else values.push(dataValue(bytes, asNumber(value)));
    }
    this.layout.data(values, sp, this.textOf(node), this.writableArea);
  }

  private space(node: Node): void {
    const sizeNode = child(node, 'size');
    const size = sizeNode ? constantOf(evaluate(sizeNode, this)) : undefined;
    if (size === undefined) {
      this.unmodelled(`space of unknown size ${sizeNode?.text ?? ''}`, node);
      return;
    }
    this.beforeItem();
    const fillNode = child(node, 'value');
    const fill = fillNode ? asNumber(evaluate(fillNode, this)) : expr.bv(0);
    // Large buffers are laid out without items: their bytes read as unknown, which is what they are.
    if (size > BigInt(MAX_SPACE_ITEMS)) this.layout.address += size;
    else this.layout.data(Array.from({ length: Number(size) }, () => dataValue(1, fill)), this.spanOf(node), this.textOf(node), this.writableArea);
  }

  private align(node: Node): void {
    const a = child(node, 'alignment');
    const o = child(node, 'offset');
    const to = a ? Number(constantOf(evaluate(a, this)) ?? 4n) : 4;
    const offset = o ? Number(constantOf(evaluate(o, this)) ?? 0n) : 0;
    this.alignTo(to, this.spanOf(node), offset);
  }

  /** Pads to a multiple of `to`: a recorded routine moves only by multiples of its alignments. */
  private alignTo(to: number, source: SourceSpan, offset = 0): void {
    this.recorder?.aligned(to);
    this.layout.align(to, source, offset);
  }

  private placePool(source: SourceSpan): void {
    const { recorder } = this;
    if (!recorder) {
      this.layout.placePool(source);
      return;
    }
    recorder.aligned(4);
    // The loads waiting from before the routine come first; the pool it places depends on their values, and they take its slots.
    const waiting = this.layout.pendingLoads.filter((load) => load.index < recorder.firstItem).map((load) => exprKey(load.literal.value));
    const slots = this.layout.placePool(source);
    recorder.placedPool(waiting, slots.slice(0, waiting.length));
  }

  private directive(node: Node): void {
    const name = (child(node, 'name')?.text ?? '').toLowerCase();
    if (name === 'ltorg') this.placePool(this.spanOf(node));
    else if (name === 'import' || name === 'extern') for (const a of children(node, 'argument')) this.symbols.imports.set(symbolName(a), true);
  }

  // ---- conditionals and loops --------------------------------------------

  private conditional(node: Node): Signal {
    const cond = child(node, 'condition');
    const truth = cond ? this.condition(cond) : undefined;
    if (truth === undefined) this.unmodelled(`condition ${cond?.text ?? ''} is not known: assembling the false branch`, cond ?? node, true);
    if (truth) return this.walk(children(node, 'consequence'));
    const alternative = child(node, 'alternative');
    if (!alternative) return 'next';
    if (truth !== undefined) return this.statement(alternative);
    this.uncertain++;
    try {
      return this.statement(alternative);
    } finally {
      this.uncertain--;
    }
  }

  private condition(cond: Node): boolean | undefined {
    this.uncertain++;
    try {
      return truthOf(evaluate(cond, this));
    } finally {
      this.uncertain--;
    }
  }

  private whileLoop(node: Node): Signal {
    const cond = child(node, 'condition');
    for (let n = 0; n < MAX_WHILE; n++) {
      const truth = cond ? this.condition(cond) : undefined;
      if (truth === undefined) {
        this.unmodelled(`WHILE condition ${cond?.text ?? ''} is not known: loop skipped`, cond ?? node, true);
        return 'next';
      }
      if (!truth) return 'next';
      const signal = this.walk(children(node, 'body'));
      if (signal !== 'next') return signal;
    }
    this.unmodelled(`WHILE loop stopped after ${MAX_WHILE} iterations`, node, true);
    return 'next';
  }

  // ---- macros --------------------------------------------------------------

  private defineMacro(node: Node): void {
    const def = macroDefinition(node, this.source.lines());
    if (def) this.symbols.macros.set(def.name, def);
    else this.unmodelled('MACRO without a prototype', node);
  }

  private macroCall(node: Node, label: string | undefined): Signal {
    const name = child(node, 'name')?.text ?? '';
    const args = argumentSlots(node);
    const def = this.symbols.macros.get(name);
    if (def) return this.expand(def, node, args, label);
    // Entry and EntryS open a routine (Hdr:Proc's contain ROUT; ALTENTRY's label is a label of the routine it is in).
    if (label && ENTRY_MACROS.has(name.toLowerCase())) this.startRoutine(node, label);
    else if (label) this.defineLabel(label, node);
    // The header macros PageWarden lowers give their parameters no default but the empty one.
    const given = args.map((a) => (a?.type === 'default_argument' ? undefined : a));
    if (lowerHdrMacro(name, given, node, this.hdrHost(node))) return 'next';
    if (name.toLowerCase() === 'addr') {
      this.addr(node, given);
      return 'next';
    }
    const nameNode = child(node, 'name');
    if (nameNode) this.undefinedName(nameNode, 'macro');
    this.unknownMacro(name, node);
    return 'next';
  }

  /**
   * A macro defined nowhere the lowering can see (nor one of the header macros it knows): what it assembles to is not
   * known, so in its place goes an instruction the CPU cannot run, and the analysis of the code that reaches it stops
   * there with a PW900, rather than run on as if it did nothing.
   */
  private unknownMacro(name: string, node: Node): void {
    const message = `unknown macro ${name}`;
    this.unmodelled(message, node);
    this.emit([{ arch: 'arm', mnemonic: lowercase(name), condition: 'al', setFlags: false, operands: [], unassembled: message }], node);
  }

  /** `addr reg, label`: ADR, as Hdr:Macros defines it. */
  private addr(node: Node, args: readonly (Node | undefined)[]): void {
    const [regNode, where] = args;
    const reg = regNode && this.registerOf(regNode);
    const label = where && this.labelOf(where);
    if (reg === undefined || !where) {
      this.unmodelled(`addr ${node.text}: needs a register and an address`, node);
      return;
    }
    const operand = label !== undefined ? { kind: 'target' as const, label } : { kind: 'imm' as const, value: asNumber(evaluate(where, this)) };
    this.emit([{ arch: 'arm', mnemonic: label !== undefined ? 'adr' : 'mov', condition: 'al', setFlags: false, operands: [{ kind: 'reg', reg }, operand] }], node);
  }

  private hdrHost(node: Node): HdrMacroHost {
    return {
      mode: () => this.mode,
      emit: (is) => this.emit(is, node),
      data: (values) => {
        this.beforeItem();
        this.layout.data(values, this.spanOf(node), this.textOf(node));
      },
      align: () => this.alignTo(4, this.spanOf(node)),
      defineLabel: (name) => this.defineLabel(name, node),
      freshLabel: () => {
        const fresh = this.scalar('fresh') + 1;
        this.setScalar('fresh', fresh);
        return `${this.routine.name}$macro${fresh}`;
      },
      value: (n) => evaluate(n, this),
      lookup: (name, n) => this.lookup(name, n),
      registers: (text, n) => this.registerList(text, n),
      entryFrame: () => this.scalar('frame'),
      setEntryFrame: (frame) => this.setScalar('frame', frame),
      unmodelled: (m, n) => this.unmodelled(m, n),
    };
  }

  /** `"r0-r3, lr"` as Push/Pull/Entry write it (RN names allowed). */
  private registerList(text: string, node: Node): number[] | undefined {
    const regs: number[] = [];
    for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const [lo, hi] = part.split('-').map((p) => p.trim());
      const a = lo === undefined ? undefined : (this.symbols.aliases.get(lo) ?? registerNumber(lo));
      const b = hi === undefined ? a : (this.symbols.aliases.get(hi) ?? registerNumber(hi));
      if (a === undefined || b === undefined) {
        this.unmodelled(`register list "${text}" names something that is not a register`, node);
        return undefined;
      }
      for (let r = Math.min(a, b); r <= Math.max(a, b); r++) regs.push(r);
    }
    return regs;
  }

  private expand(def: MacroDefinition, node: Node, args: readonly (Node | undefined)[], label: string | undefined): Signal {
    if (this.depth >= MAX_MACRO_DEPTH || this.expansions >= MAX_EXPANSIONS) {
      this.unmodelled(`macro ${def.name}: expansion limit reached`, node, true);
      return 'next';
    }
    if (label && !def.label) this.defineLabel(label, node);
    const text = expandMacro(def, args.map((a) => a?.text), label);
    const root = this.parse(text);
    const saved = this.source;
    this.source = { file: saved.file, latin1: saved.latin1, lines: linesOf(text), site: saved.site ?? this.spanOf(node), madeBy: `the expansion of macro ${def.name}` };
    this.locals.push(new Map());
    this.depth++;
    this.expansions++;
    try {
      const signal = this.walk(namedChildren(root));
      return signal === 'end' ? 'end' : 'next';
    } finally {
      this.depth--;
      this.locals.pop();
      this.source = saved;
    }
  }
}
