import { resolve } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import {
  expr, itemHolding, regWidth, type DataValue, type EntryPoint, type Expr, type ProgramItem, type Range, type SourceSpan, type X86Instruction, type X86Operand,
} from '../../../../emulator/src/index.js';
import {
  ChunkRecorder, chunkState, moveEffects, movedRecording, replayable, samePlacement, sameSymbol, withTargetsFound, type ChunkHost, type ChunkMemory, type ChunkRecording, type ChunkState, type Dispatch, type SymbolRead,
} from './chunks.js';
import { FirstPassLost, firstPassReads, readAlike, type FirstPass, type FirstPassStep } from './firstPass.js';
import { chosenClause, testCondition } from './conditions.js';
import { Evaluator, namedType, type NamedType, type Scope } from './expressions.js';
import { dataValue, Layout } from './layout.js';
import { entryPoint } from '../irObjects.js';
import { expandLine, isBuiltinFunction, type LineExpansion, type Substitution } from './lineExpansion.js';
import { splitTopLevel, stripBrackets, substitute, type Expansion } from './macroText.js';
import { stringChars, stringValue } from './numbers.js';
import { stringBytes } from '../../source/decodeSource.js';
import { lowerBranchTarget, lowerOperand } from './operands.js';
import { macroCallDoes, SymbolTable, type Journal, type MacroDefinition, type MacroSource, type MasmSymbol, type StrucField, type SymbolSource } from './symbols.js';
import { argumentSlots, brokenStatements, child, children, rangeOf, rawText, statementsOf, statementsWithErrors, unbracketed, unbracketedRange } from './syntax.js';
import type { UndefinedName } from '../nameCheck.js';
import type { DefinitionText, LoweringNote, MasmLoweringOptions, UnmodelledItem, VmmCallSite } from './types.js';
import { carried, definitionSpan, definitionStretch, stretchAt, writtenPart, type Written, type WrittenText } from './writtenText.js';
import { cycleKey, cycleMessage, findIncludedFile, notSourceMessage } from '../includeResolution.js';
import { includeTarget } from './includes.js';
import { builtinConstant, isKnownInclude, NATIVE_STRUCS } from './vmmDefinitions.js';
import {
  decoratedPops, epilogue, interfaceNumber, languageNamed, languageNumbered, localOffset, parameterOffsets, parseProcDeclaration, prologue, returnBytes, typeSize,
  prototypePops, type GeneratedFrame, type Language, type ProcDeclaration, type Prototype,
} from './procDeclaration.js';
import { HighLevelBlocks } from './highLevel.js';
import { invoke, type InvokeHost } from './invoke.js';
import { CONTROL_PROCEDURE, controlDispatch, isVmmMacro, messageName, vmmCallStatement, vmmMacro, type ProcFrame, type VmmHost } from './vmmLayer.js';
import { handWrittenDispatches } from './handWrittenDispatch.js';
import { freePhysCallbacks } from './freePhysCallbacks.js';
import { isVtoolsdMacro, vtoolsdExpansion } from './vtoolsdLayer.js';
import { sizedStack } from './sizedStack.js';
import { isBranch, isLocalBranch, isX86Mnemonic, sizedStackBytes } from './x86Mnemonics.js';
import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { SyntaxTrees } from '../syntaxTrees.js';
import { stopIfCancelled } from '../cancellation.js';

// One assembly pass over a vxd-masm tree. MASM needs two passes for
// forward references (`jmp Later`, `EQU` of a later label); the second pass
// reads the first pass's symbols for names not defined yet, and only the
// last pass reports.

/** Where the statements being walked come from. */
interface WalkContext {
  readonly file: string;
  /** The text the nodes index into (a file, or a macro expansion). */
  readonly text: string;
  /** A macro call site: everything its expansion emits points there. */
  readonly site: SourceSpan | undefined;
  /** In an expansion, where its text was written, as far as that is known (offsets into `text`). */
  readonly written: readonly WrittenText[] | undefined;
  readonly depth: number;
  readonly includes: readonly string[];
}

/**
 * Every context in one shape: literals and spreads with and without `site`
 * made several, and an edit's pass that met one more deoptimised the walk
 * ("wrong map").
 */
function walkContext(
  file: string, text: string, site: SourceSpan | undefined, written: readonly WrittenText[] | undefined, depth: number, includes: readonly string[],
): WalkContext {
  return { file, text, site, written, depth, includes };
}

/** The stretches of an expansion that its parameters put there, with where the text each stands for was written. */
function passedTexts(expansion: Expansion, written: ReadonlyMap<string, Written>): WrittenText[] {
  return expansion.substituted.flatMap((s) => {
    const source = written.get(s.name);
    return source && s.end > s.start ? [{ start: s.start, end: s.end, written: source, passed: true }] : [];
  });
}

/**
 * The stretches of a body's expansion that the body's text `copied` as it
 * stands, in the definition `node` of `file`, whose text each line of the
 * body starts at the offset `lines` gives.
 */
function definitionCopies(copied: Expansion['copied'], file: string, node: Node, lines: readonly number[]): WrittenText[] {
  return copied.map((c) => {
    const start = (lines[c.line] ?? 0) + c.column;
    return { start: c.start, end: c.end, written: { file, node, start, end: start + c.end - c.start }, passed: false };
  });
}

/** A conditional a macro expansion opened: whether its current clause assembles, and whether one of its clauses did. */
interface OpenConditional {
  assembling: boolean;
  decided: boolean;
}

/** What the segment being assembled says about its code and data. */
interface SegmentState {
  readonly realMode: boolean;
  readonly data: boolean;
  /** Where the segment starts (its offset 0, for ORG); undefined outside a SEGMENT or a VxD segment macro. */
  readonly base: bigint | undefined;
}

interface StrucBuilder {
  readonly name: string;
  readonly union: boolean;
  offset: number;
  size: number;
  readonly fields: StrucField[];
}

const MAX_DEPTH = 32;
/** An expansion's BeginProc line with its name left empty and options after it (`BeginProc , PUBLIC`), which does not parse. */
const NAMELESS_BEGIN_PROC = /^BeginProc[ \t]*(?:,|\r?\n|$)/i;

/**
 * Statements that are chunks of their own or may hold some, and includes,
 * which no chunk records: a run of other statements ends at each.
 */
const RUN_BREAKERS: ReadonlySet<string> = new Set(['procedure', 'control_dispatch_table', 'segment', 'conditional', 'include_directive']);
/** Opens the macro body an expansion is parsed as. */
const EXPANSION_HEADER = '_pw_expansion MACRO';
const MAX_EXPANSIONS = 20000;
/** The GOTOs one expansion of a body follows: one that jumps back without end is stopped there, not the file's expansions. */
const MAX_GOTOS = 1024;
const MAX_DUP_BYTES = 1 << 16;
/** The statements whose identifiers a text equate stands in for. */
const SUBSTITUTED = new Set(['instruction', 'macro_call', 'vmm_call', 'data_definition', 'control_dispatch']);

/**
 * Text put in place of a statement's text from `start` to `end`; `written`,
 * where a text macro's text was written; `unknown`, the call of a macro
 * function that returned no text PageWarden works out, and why.
 */
interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly written?: Written;
  readonly unknown?: { readonly call: Node; readonly why: string };
}

/** What a call of a macro function stands for: the text it returns, or why PageWarden has none. */
type FunctionResult = { readonly text: string } | { readonly unexpanded: string };

/**
 * The fields where a macro function's call stands for text alone, never a
 * value: after an item (`mov eax, 1 Nothing()`, `<eax Nothing(), 0>`, a
 * word list's `<USES esi Nothing()>`), for the mnemonic (`Op() eax, 1`) or
 * for a macro's name (`Svc() _PageFree, <eax, 0>`). The statement's own
 * fields are the only `name` met here: a call's name is an identifier.
 */
const TEXT_CALLS: ReadonlySet<string> = new Set(['call', 'mnemonic', 'name']);

/**
 * Why a call that stands for text alone (TEXT_CALLS) leaves the line
 * unknown when its text is not known: the text may be any part of the
 * line, not a value.
 */
function textCallUnknown(call: Node): FunctionResult {
  const name = child(call, 'name')?.text ?? '';
  return { unexpanded: isBuiltinFunction(name) ? `the text ${name} returns is not known` : `${name} is no macro function of the program` };
}

export interface PassResult {
  readonly layout: Layout;
  readonly symbols: SymbolTable;
  readonly entries: readonly EntryPoint[];
  readonly vmmCalls: readonly VmmCallSite[];
  readonly notes: readonly LoweringNote[];
  readonly unmodelled: readonly UnmodelledItem[];
  readonly undefinedNames: readonly UndefinedName[];
  /** The file ends with END: a whole module, not a fragment another file includes. */
  readonly ended: boolean;
  /** A DDK include the lowering provides natively (and so only in part) was included. */
  readonly ddkIncludes: boolean;
}

export class LoweringPass implements Scope, VmmHost {
  readonly evaluator: Evaluator = new Evaluator(this);
  private readonly symbols = new SymbolTable();
  private readonly layout = new Layout();
  private readonly entries: EntryPoint[] = [];
  private readonly dispatches: Dispatch[] = [];
  private readonly calls: VmmCallSite[] = [];
  private readonly notes: LoweringNote[] = [];
  private readonly unmodelledItems: UnmodelledItem[] = [];
  private readonly reported = new Set<string>();
  /** The files read as Latin-1, whose strings are each character's code (`stringBytes`). */
  private readonly latin1Files = new Set<string>();
  private readonly undefinedNames: UndefinedName[] = [];
  /** Inside an IF/IFDEF condition: its names may come from the build's /D options. */
  private conditionDepth = 0;
  private ddkIncludes = false;
  private ctx: WalkContext;
  private anonymousCount = 0;
  private localCount = 0;
  private readonly invokeHost: InvokeHost = {
    prototype: (name) => {
      const s = this.symbolNamed(name, true);
      return s?.kind === 'label' || s?.kind === 'extern' ? s.prototype : undefined;
    },
    isFrameName: (name) => {
      const s = this.lookup(name);
      return s?.kind === 'text' && /\[ebp[+-]/i.test(s.text);
    },
    operandKind: (operand, node) => {
      const parsed = this.parseText(operand);
      const op = parsed && this.within(this.siteContext(node), () => lowerOperand(parsed, this));
      if (op?.kind === 'imm') return { kind: 'constant' };
      if (op?.kind === 'reg') return { kind: 'register', size: regWidth(op.reg) / 8 };
      if (op?.kind === 'mem') return { kind: 'memory', ...(op.size ? { size: op.size } : {}) };
      return undefined;
    },
    assemble: (lines, node) => this.assembleAt(lines, node),
    stop: (message, node) => this.stopAt('invoke', message, node),
  };

  private readonly highLevel = new HighLevelBlocks({
    localName: () => this.localName(),
    assemble: (lines, node) => this.assembleAt(lines, node),
    constant: (operand, node) => this.conditionConstant(operand, node),
    isSigned: (operand) => this.isSignedOperand(operand),
    stop: (directive, message, node) => this.stopAt(directive, message, node),
  });
  private expansions = 0;
  /** How many expansions were refused as too deep or too many, and which limit refused the last. */
  private refusedExpansions = 0;
  /** How many macro expansions, of functions or not, the statement being walked lies in. */
  private macroNesting = 0;
  private refusedBy = '';
  private radixValue = 10;
  private frameState: ProcFrame | undefined;
  private struc: StrucBuilder | undefined;
  private realModeSegment = false;
  /** In a data segment: other code (another entry point, the VMM) may have changed its data since it was assembled. */
  private dataSegment = false;
  /** Where the segment being assembled starts (`SegmentState`'s `base`). */
  private segmentBase: bigint | undefined;
  private exitMacro = false;
  /** The `:name` line a GOTO goes to, while the walk unwinds to the expansion whose body holds it. */
  private gotoLabel: string | undefined;
  /** The macro and repeat bodies being expanded: where a GOTO may go. */
  private gotoScopes = 0;
  /** The file's (and its includes') instructions and macro calls on a line with a syntax error, each with the line. */
  private brokenLines = new Map<Node, string>();
  /** A wrapper macro's call on such a line is being expanded: its PW100 is already reported. */
  private expandingBrokenLine = false;
  /** The text of the EXITM that ended the innermost macro expansion, if one with a text did: what a macro function returns. */
  private exitText: string | undefined;
  private ended = false;
  private serviceTable: { device: string; next: number } | undefined;
  private readonly ownServices = new Map<string, number>();
  /** The frames around procedures a macro expansion opened, innermost last, for the expansion that closes them. */
  private readonly openedProcedures: (ProcFrame | undefined)[] = [];
  /** The segment states around segments a macro expansion opened, innermost last. */
  private readonly openedSegments: SegmentState[] = [];
  /** Set while a chunk's lowering is recorded. */
  private recorder: ChunkRecorder | undefined;
  /** The conditionals macro expansions opened, innermost last: the lines after one are assembled or skipped by it. */
  private readonly openedConditionals: OpenConditional[] = [];
  /** How many of them are in a clause that does not assemble. */
  private skippingConditionals = 0;
  /** While the first pass is followed: what own services held before the chunk being followed changed them. */
  private serviceJournal: Map<string, number | undefined> | undefined;
  /**
   * The pass's state as a chunk's recording reads it: one for every chunk
   * the pass meets. Its own tables by key, as recorded: no chunk is being
   * recorded while one is checked, so no read is observed.
   */
  private readonly host: ChunkHost = {
    symbol: (key) => this.symbols.peek(key),
    field: (key) => this.symbols.peekField(key),
    forwardSymbol: (key) => this.forward?.get(key),
    forwardField: (key) => this.forward?.field(key),
    service: (key) => this.ownServices.get(key),
  };

  constructor(
    private readonly options: MasmLoweringOptions,
    private readonly parser: Parser,
    private readonly syntax: SyntaxTrees,
    private readonly defines: ReadonlyMap<string, Expr>,
    /** The previous pass's symbols, for forward references; undefined in the first pass (and while a chunk is lowered as it). */
    private forward: SymbolSource | undefined,
    /** Only the last pass reports notes. */
    private final: boolean,
    /** Procedures lowered before (in earlier passes, or before an edit), to replay where they read the same. */
    private readonly chunks?: ChunkMemory,
    /** The first pass from scratch, followed beside this pass (firstPass.ts). */
    private readonly firstPass?: FirstPass,
  ) {
    this.ctx = walkContext(options.file, '', undefined, undefined, 0, [options.file]);
    if (options.latin1) this.latin1Files.add(options.file);
    for (const [name, value] of defines) this.symbols.set({ kind: 'equate', name, value });
    for (const s of NATIVE_STRUCS) {
      const fields = new Map<string, StrucField>();
      let offset = 0;
      const order: StrucField[] = [];
      for (const [name, size, at] of s.fields) {
        const field: StrucField = { name, offset: at ?? offset, size, length: size, initial: [] };
        if (at === undefined) offset += size;
        fields.set(name.toLowerCase(), field);
        order.push(field);
      }
      // Native structures stand behind the program's own: a file may define its own Pushad_Struc.
      const native: MasmSymbol = { kind: 'struc', name: s.name, size: s.size, fields, order };
      const later = this.forward?.get(s.name);
      const own = later && !sameSymbol(later, native) ? later : undefined;
      if (this.forward) this.firstPass?.native(native, own);
      if (!own) this.symbols.set(native);
      order.forEach((f) => this.symbols.addField(f));
    }
  }

  run(root: Node, text: string): PassResult {
    this.ctx = walkContext(this.ctx.file, text, this.ctx.site, this.ctx.written, this.ctx.depth, this.ctx.includes);
    this.brokenLines = brokenStatements(root);
    this.walk(statementsOf(root));
    this.finishEntries();
    this.firstPass?.requireSameState();
    return {
      layout: this.layout, symbols: this.symbols, entries: this.entries, vmmCalls: this.calls,
      notes: this.notes, unmodelled: this.unmodelledItems, undefinedNames: this.undefinedNames, ended: this.ended, ddkIncludes: this.ddkIncludes,
    };
  }

  // ---------------------------------------------------------------------
  // Scope (expression evaluation)

  lookup(name: string): MasmSymbol | undefined {
    return this.symbolNamed(name, false);
  }

  target(node: Node, local: boolean): MasmSymbol | undefined {
    const found = this.symbolNamed(node.text, true);
    if (found) return found;
    const { recorder } = this;
    const reports = recorder?.reports.length ?? 0;
    const names = recorder?.undefinedNames.length ?? 0;
    this.undefinedName(node, local ? 'label' : 'symbol');
    this.unknown(node.text, node);
    recorder?.missedTarget(node.text.toLowerCase(), node.text, reports, names);
    return undefined;
  }

  /** `name` in this pass's symbols, else ahead; `target`: read as a branch target. */
  private symbolNamed(name: string, target: boolean): MasmSymbol | undefined {
    const own = this.symbols.get(name);
    if (own) return own;
    const later = this.forward?.get(name);
    // The first pass records that it read nothing ahead: a later pass finding nothing there too may replay it.
    if (this.recorder) this.recorder.readForward(name.toLowerCase(), later, target);
    else if (this.forward) this.firstPass?.outside(name.toLowerCase(), later);
    return later && later.kind !== 'text' && later.kind !== 'macro' ? later : undefined;
  }

  field(name: string, struc?: string): StrucField | undefined {
    const s = struc === undefined ? undefined : this.lookup(struc);
    const own = s?.kind === 'struc' ? s.fields.get(name.toLowerCase()) : undefined;
    return own ?? this.symbols.field(name) ?? this.forwardField(name);
  }

  private forwardField(name: string): StrucField | undefined {
    const found = this.forward?.field(name);
    if (this.recorder) this.recorder.readForwardField(name.toLowerCase(), found);
    else if (this.forward) this.firstPass?.outsideField(name.toLowerCase(), found);
    return found;
  }

  builtin(name: string): Expr | undefined {
    const v = builtinConstant(name);
    return v === undefined ? undefined : expr.bv(v);
  }

  parseText(text: string): Node | undefined {
    const root = this.parse(`_pw_ ${text}`);
    const insn = root.namedChildren.find((n) => n?.type === 'instruction');
    return (insn && !root.hasError && child(insn, 'operand')) || undefined;
  }

  here(): bigint {
    if (this.struc) return BigInt(this.struc.offset);
    this.recorder?.sawLocation();
    return this.layout.address;
  }

  address(label: Extract<MasmSymbol, { kind: 'label' }>): bigint {
    this.recorder?.sawAddress(label.name.toLowerCase());
    return label.address;
  }

  anonymous(forward: boolean): string {
    return `@@${forward ? this.anonymousCount + 1 : this.anonymousCount}`;
  }

  unknown(what: string, node: Node): void {
    this.unmodelled(`unknown symbol ${what}`, node);
  }

  radix(): number {
    return this.radixValue;
  }

  literalBytes(literal: string): Uint8Array {
    return stringBytes(stringChars(literal), this.latin1Files.has(this.ctx.file));
  }

  undefinedName(node: Node, kind: UndefinedName['kind']): void {
    // Macro expansions and includes are judged where they are written, not at each use.
    if ((!this.final && !this.recorder) || this.ctx.site || this.ctx.file !== this.options.file || this.conditionDepth > 0) return;
    const name: UndefinedName = { name: node.text, kind, source: this.span(node) };
    // A recording holds what a reporting pass adds, whichever pass made it: a later pass may replay it.
    this.recorder?.undefinedNames.push(name);
    if (this.final) this.undefinedNames.push(name);
  }

  // ---------------------------------------------------------------------
  // VmmHost

  span(node: Node): SourceSpan {
    return this.ctx.site ?? { file: this.ctx.file, range: rangeOf(node) };
  }

  /** `codeDiffers`: the code assembled here is not what MASM would assemble (`UnmodelledItem`). */
  unmodelled(message: string, node: Node, codeDiffers = false): void {
    if (this.final) this.report({ message, source: this.span(node), codeDiffers });
    else this.recorder?.reports.push({ message, source: this.span(node), codeDiffers });
  }

  private report(item: UnmodelledItem): void {
    // A replayed chunk's reports meet the repeats of this pass, not of the pass that recorded them.
    this.recorder?.reports.push(item);
    const key = `${item.message}@${item.source.file}:${item.source.range.start.line}:${item.source.range.start.character}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.unmodelledItems.push(item);
  }

  emit(mnemonic: string, operands: readonly X86Operand[], node: Node, prefix?: X86Instruction['prefix']): bigint {
    this.writePrologue();
    // Not spread: the spread of an empty object went through V8's generic copy, for every instruction of every pass.
    const instruction: X86Instruction = prefix ? { arch: 'x86', mnemonic, operands, prefix } : { arch: 'x86', mnemonic, operands };
    return this.layout.instruction(instruction, this.span(node), firstLine(node.text), this.writtenInDefinition(node));
  }

  /**
   * Where the statement `node` of a macro's expansion was written in the
   * body of a definition of the program's own, as far as the body's own
   * text goes: a finding at the call also points there. Placed when asked
   * (writtenText.ts). Not where the text is the file's own at the call (a
   * line read with a macro function's text in place, a line of a repeat
   * block's body): the finding points there already.
   */
  private writtenInDefinition(node: Node): (() => SourceSpan) | undefined {
    const site = this.ctx.site;
    if (site === undefined) return undefined;
    const start = node.startIndex;
    const written = definitionStretch(this.ctx.written, start, start + firstLine(node.text).length);
    if (!written || (written.file === site.file && written.node.startPosition.row <= site.range.start.line && site.range.start.line <= written.node.endPosition.row)) return undefined;
    return () => definitionSpan(written);
  }

  emitOfArgument(mnemonic: string, operands: readonly X86Operand[], argument: Node): bigint {
    this.writePrologue();
    // A macro takes one level of angle brackets off an argument (<OFFSET32 Buf>) before it writes the instruction.
    const written = firstLine(argument.text).replace(/^<(.*)>$/, '$1');
    return this.layout.instruction({ arch: 'x86', mnemonic, operands }, this.span(argument), `${mnemonic} ${written}`);
  }

  emitCall(target: X86Operand, calleePops: number, node: Node): bigint {
    this.writePrologue();
    const instruction: X86Instruction = { arch: 'x86', mnemonic: 'call', operands: [target], calleePops };
    return this.layout.instruction(instruction, this.span(node), firstLine(node.text));
  }

  emitLinkCode(value: Expr, node: Node): void {
    this.layout.data([{ bytes: 4, value }], 4, this.span(node));
  }

  operand(node: Node): X86Operand | undefined {
    return lowerOperand(node, this);
  }

  branchTarget(node: Node): X86Operand | undefined {
    return lowerBranchTarget(node, this);
  }

  isDefined(name: string): boolean {
    return this.symbols.get(name) !== undefined || this.symbols.field(name) !== undefined;
  }

  frame(): ProcFrame | undefined {
    return this.frameState;
  }

  defineText(name: string, text: string): void {
    this.symbols.set({ kind: 'text', name, text });
  }

  localName(): string {
    return `??${(this.localCount++).toString(16).toUpperCase().padStart(4, '0')}`;
  }

  defineCodeLabel(name: string): void {
    this.defineLabel(name, { code: true }, undefined);
  }

  dispatchTarget(procedure: string, message: string, node: Node): void {
    this.dispatches.push({ procedure, message, source: this.span(node) });
  }

  recordCall(site: VmmCallSite): void {
    this.calls.push(site);
  }

  ownService(name: string): number | undefined {
    const key = name.toLowerCase();
    const found = this.ownServices.get(key);
    this.recorder?.readService(key, found);
    return found;
  }

  // ---------------------------------------------------------------------
  // Walking

  /**
   * Walks statements, recording (or replaying) each run of statements
   * between the procedures and the containers that may hold them as a chunk
   * where procedures are chunks.
   */
  private walk(statements: readonly Node[]): void {
    for (let i = 0; i < statements.length; i++) {
      if (this.exitMacro || this.ended || this.gotoLabel !== undefined) return;
      // Between statements (a chunk, a procedure, is one step): a superseded job stops here (cancellation.ts).
      stopIfCancelled(this.options.cancelled);
      const s = statements[i] as Node;
      if (this.skippingConditionals > 0) this.skippedStatement(s);
      // A broken line's stop reads the ERROR after it, which is no statement of the run: it is lowered on its own.
      else if (RUN_BREAKERS.has(s.type) || this.brokenLines.has(s) || !this.recordable()) this.statementOrStop(s);
      else {
        let end = i + 1;
        while (end < statements.length && !RUN_BREAKERS.has((statements[end] as Node).type) && !this.brokenLines.has(statements[end] as Node)) end++;
        const run = statements.slice(i, end);
        this.chunk(run, true, () => this.plainWalk(run));
        i = end - 1;
      }
    }
  }

  /** Walks statements one by one, as a chunk's lowering does. */
  private plainWalk(statements: readonly Node[]): void {
    for (const s of statements) {
      if (this.exitMacro || this.ended || this.gotoLabel !== undefined) return;
      if (this.skippingConditionals > 0) this.skippedStatement(s);
      else this.statement(s);
    }
  }

  /**
   * Lowers `s`. An instruction or macro call on a line the parser could not
   * read (`mov eax, [H+` reads as a call of a macro `mov`, then an ERROR)
   * stops exploration there, saying so: running what could be read would be
   * a guess, as an entry with a syntax error is not analysed.
   */
  private statementOrStop(s: Node): void {
    const line = this.brokenLines.get(s);
    const name = line === undefined ? undefined : child(s, s.type === 'instruction' ? 'mnemonic' : 'name');
    // A wrapper's call still opens its procedure, as a broken BeginProc line does: the procedure is then an entry the error keeps from analysis, with its note, and its name is defined.
    if (!name) return this.statement(s);
    if (this.opensProcedure(name.text)) {
      this.expandingBrokenLine = true;
      try {
        return this.statement(s);
      } finally {
        this.expandingBrokenLine = false;
      }
    }
    this.outsideChunks();
    this.stopAt(name.text.toLowerCase(), `"${line}" has a syntax error and is not analysed`, s, false);
  }

  /** Whether `name` is a macro of the program's own whose call opens a procedure, itself or through a macro it calls. */
  private opensProcedure(name: string): boolean {
    return macroCallDoes(name.toLowerCase(), (key) => {
      const symbol = this.symbols.get(key);
      return symbol?.kind === 'macro' ? symbol.definition : undefined;
    }, 'opensProcedure');
  }

  /**
   * A line in a clause an opened conditional does not assemble: only
   * conditional lines count there, and the calls of macros that may hold
   * the ENDIF or ELSE (EndDebug closing what BeginDebug opened).
   */
  private skippedStatement(node: Node): void {
    this.outsideChunks();
    if (node.type === 'conditional_head' || node.type === 'conditional_branch' || node.type === 'conditional_tail') {
      this.conditionalLine(node);
      return;
    }
    const directive = node.type === 'expansion_line' ? expansionConditional(node) : undefined;
    if (directive) return this.expansionConditionalLine(node, directive);
    if (isUnpairedConditional(node)) return this.unpairedConditionalLine(node);
    const call = macroCallParts(node);
    const s = call && this.symbols.get(call.name);
    if (!call || s?.kind !== 'macro' || !s.definition.unbalancedConditional) return;
    this.expandMacro(s.definition, call.args, node);
  }

  /** An IF, ELSEIF, ELSE or ENDIF line of a macro expansion, which may leave its conditional open for the lines after the call. */
  private conditionalLine(node: Node): void {
    if (node.type === 'conditional_head') this.openConditional(() => this.conditionHolds(node));
    else if (node.type === 'conditional_tail') this.closeConditional();
    else this.branchConditional(child(node, 'directive') ? () => this.conditionHolds(node) : () => true);
  }

  /** Opens a conditional whose first clause assembles if `holds`, which is read only where the lines around it assemble. */
  private openConditional(holds: () => boolean): void {
    const assembling = this.skippingConditionals === 0 && holds();
    this.openedConditionals.push({ assembling, decided: assembling || this.skippingConditionals > 0 });
    if (!assembling) this.skippingConditionals++;
  }

  /** An ELSEIF (`holds`, read only when no clause before it assembled) or ELSE of the innermost open conditional. */
  private branchConditional(holds: () => boolean): void {
    const top = this.openedConditionals.at(-1);
    // An ELSE or ENDIF with no IF open is MASM's error; there is nothing to choose.
    if (!top) return;
    // The condition is read outside the clause before it, as the IF's was: a macro function it calls runs its body.
    if (!top.assembling) this.skippingConditionals--;
    const assembling = !top.decided && holds();
    if (assembling) top.decided = true;
    else this.skippingConditionals++;
    top.assembling = assembling;
  }

  private closeConditional(): void {
    const top = this.openedConditionals.pop();
    if (top && !top.assembling) this.skippingConditionals--;
  }

  /**
   * A `%` line that is a conditional's IF, ELSEIF, ELSE or ENDIF (`directive`,
   * lower case): MASM expands its text macros and macro functions before it
   * reads the condition, and the lines up to the next such line of the
   * conditional are assembled or skipped as an IF block's, wherever they are.
   */
  private expansionConditionalLine(node: Node, directive: string): void {
    if (directive === 'endif') return this.closeConditional();
    if (directive === 'else') return this.branchConditional(() => true);
    const holds = (): boolean => this.expandedConditionHolds(expansionText(node), node);
    if (directive.startsWith('elseif')) this.branchConditional(holds);
    else this.openConditional(holds);
  }

  /**
   * An ELSE, ELSEIF or ENDIF with no IF before it in the syntax tree, which
   * reads it as a statement of its own: it continues or closes the
   * conditional a `%` line or a macro's expansion opened, as in MASM.
   */
  private unpairedConditionalLine(node: Node): void {
    const { text, statements } = this.expansionStatements(node.text);
    const line = statements[0];
    if (statements.length !== 1 || (line?.type !== 'conditional_branch' && line?.type !== 'conditional_tail')) return;
    this.within(walkContext(this.ctx.file, text, this.span(node), undefined, this.ctx.depth + 1, this.ctx.includes), () => this.conditionalLine(line));
  }

  /**
   * Whether the condition of the `%` conditional line `node`, `written`
   * after its `%`, holds as the line expands; one that does not expand counts as
   * false, as an IF that cannot be evaluated does.
   */
  private expandedConditionHolds(written: string, node: Node): boolean {
    const expansion = this.lineExpansion(written, node);
    if (!('text' in expansion)) {
      this.unmodelled(`"${firstLine(node.text)}" is not expanded, as ${expansion.unexpanded}; assembled as false`, node, true);
      return false;
    }
    const { text, statements } = this.expansionStatements(expansion.text);
    const line = statements[0];
    if (statements.length !== 1 || (line?.type !== 'conditional_head' && line?.type !== 'conditional_branch')) {
      this.unmodelled(`"${firstLine(node.text)}" does not expand to a condition; assembled as false`, node, true);
      return false;
    }
    return this.within(walkContext(this.ctx.file, text, this.span(node), undefined, this.ctx.depth + 1, this.ctx.includes), () => this.conditionHolds(line));
  }

  private conditionHolds(node: Node): boolean {
    this.conditionDepth++;
    try {
      return testCondition(node, this);
    } finally {
      this.conditionDepth--;
    }
  }

  private within<T>(ctx: WalkContext, body: () => T): T {
    const outer = this.ctx;
    this.ctx = ctx;
    try {
      return body();
    } finally {
      this.ctx = outer;
    }
  }

  /**
   * Where the text at `node` was written: in a file, the node itself; in an
   * expansion, the argument of the outermost call or the definition that
   * holds it, or else that call.
   */
  private writtenAt(node: Node): Written {
    return this.textOrigin(node)?.written ?? this.span(node);
  }

  textOrigin(node: Node): { readonly written: Written; readonly passed: boolean } | undefined {
    return this.originOf(node.startIndex, node.endIndex);
  }

  /** Where the text being walked from `start` to `end` was written, where an expansion knows it. */
  private originOf(start: number, end: number): { readonly written: Written; readonly passed: boolean } | undefined {
    const stretch = stretchAt(this.ctx.written, start, end);
    return stretch && { written: writtenPart(stretch, start, end), passed: stretch.passed };
  }

  /** Where a macro call's argument was written: where its text in the brackets was, for text a definition holds. */
  private argumentWritten(arg: Node): Written {
    const { start, end } = unbracketedRange(arg);
    return this.originOf(start, end)?.written ?? this.span(arg);
  }

  /**
   * Where the text being walked from `from` to `to`, inside the statement
   * `node`, was written, as stretches of a text it now starts at `at` in: in
   * a source file, that text of the statement; in an expansion, where the
   * expansion's text was written.
   */
  private copiedWritten(node: Node, from: number, to: number, at: number): WrittenText[] {
    if (this.ctx.site !== undefined) return carried(this.ctx.written, from, to, at);
    return from < to ? [{ start: at, end: at + to - from, written: this.definitionText(node, from, to), passed: false }] : [];
  }

  /** The stretches of a repeat block's expansion that its body's text `copied` as it stands (`lines`: where each line of the body starts in the text being walked). */
  private blockWritten(copied: Expansion['copied'], lines: readonly number[], node: Node): WrittenText[] {
    return copied.flatMap((c) => {
      const from = (lines[c.line] ?? 0) + c.column;
      return this.copiedWritten(node, from, from + c.end - c.start, c.start);
    });
  }

  /** The text from `start` to `end` of the source file being walked, in the definition `node`. */
  private definitionText(node: Node, start: number, end: number): DefinitionText {
    return { file: this.ctx.file, node, start: start - node.startIndex, end: end - node.startIndex };
  }

  /** Assembles the code MASM writes for a statement (a `.IF`, an INVOKE) as an expansion at it. */
  private assembleAt(lines: readonly string[], node: Node): void {
    this.walkExpansion(lines.join('\n'), node, firstLine(node.text));
  }

  /**
   * A statement MASM would not assemble, or one the IR cannot express: noted, and an instruction in its place where
   * exploration stops, saying why. What is analysed there is not what would be assembled, so the note changes the code
   * (`codeDiffers`), and a procedure holding it gets a PW900 even where no run reaches it; but for a line with a syntax
   * error, whose PW100 tells it wherever it is.
   */
  private stopAt(mnemonic: string, message: string, node: Node, codeDiffers = true): void {
    this.unmodelled(message, node, codeDiffers);
    this.inCode(node, () => {
      this.writePrologue();
      this.layout.instruction({ arch: 'x86', mnemonic, operands: [], unassembled: message }, this.span(node), firstLine(node.text));
    });
  }

  /** Reads a statement's text as its expansion at `node` will: whatever it reports points at `node`. */
  private siteContext(node: Node): WalkContext {
    return walkContext(this.ctx.file, this.ctx.text, this.span(node), undefined, this.ctx.depth, this.ctx.includes);
  }

  /** A .IF-style condition's operand as a constant (not a variable, which it reads), read as its expansion at `directive` will read it. */
  private conditionConstant(operand: string, directive: Node): bigint | undefined {
    const parsed = this.parseText(operand);
    const value = parsed && this.within(this.siteContext(directive), () => this.evaluator.value(parsed));
    return value && !value.memory && !value.label && value.expr.kind === 'const' ? value.expr.value : undefined;
  }

  /** Whether a condition's operand is of a signed type: a cast to one, or a variable or field declared so. */
  private isSignedOperand(operand: string): boolean {
    if (/\bs(?:byte|word|dword)\b/i.test(operand)) return true;
    return [...operand.matchAll(/[A-Za-z_@$?][\w@$?]*/g)].some(([name]) => {
      const s = this.lookup(name);
      return ((s?.kind === 'label' || s?.kind === 'type') && s.signed === true) || this.field(name)?.signed === true;
    });
  }

  private parse(text: string): Node {
    return this.syntax.parsed(this.parser, text);
  }

  /**
   * Assembles text made by expansion, everything pointing at `node` (the call
   * site), or at `lineSites[i]` for what line i of `text` assembles where
   * that is given; `written` says where `text` was written.
   */
  private walkExpansion(text: string, node: Node, what: string, written?: readonly WrittenText[], lineSites?: readonly (SourceSpan | undefined)[]): void {
    if (this.ctx.depth >= MAX_DEPTH || this.expansions >= MAX_EXPANSIONS) {
      this.refusedExpansions++;
      this.refusedBy = this.ctx.depth >= MAX_DEPTH ? `${MAX_DEPTH} expansions one inside another` : `${MAX_EXPANSIONS} expansions in a file`;
      this.unmodelled(`${what}: expansion too deep or too large; the rest is not assembled`, node, true);
      return;
    }
    this.expansions++;
    const { text: wrapped, statements, parsed } = this.expansionStatements(text);
    // Silent: what does parse is walked, and an argument left empty (`IFNB <>`) makes such lines where MASM reads them well.
    if (!parsed) this.unmodelled(`${what}: the expansion does not parse`, node);
    const shift = EXPANSION_HEADER.length + 1;
    const moved = written?.map((w) => ({ start: w.start + shift, end: w.end + shift, written: w.written, passed: w.passed }));
    const site = this.span(node);
    const within = (statements: readonly Node[], at: SourceSpan): void =>
      this.within(walkContext(this.ctx.file, wrapped, at, moved, this.ctx.depth + 1, this.ctx.includes), () => this.walk(statements));
    const opened = this.openedConditionals.length;
    let from = 0;
    for (let gotos = 0; ; gotos++) {
      const rest = statements.slice(from);
      if (!lineSites) within(rest, site);
      else for (const s of rest) within([s], lineSites[s.startPosition.row - 1] ?? site);
      const to = this.gotoTarget(statements);
      // A label this text does not hold is the body's around it (a GOTO on a line the expansion operator opened).
      if (to === undefined) return;
      this.gotoLabel = undefined;
      // The GOTO leaves the conditionals it was in, as MASM's does.
      this.closeConditionals(opened);
      if (gotos === MAX_GOTOS) return this.unmodelled(`${what}: ${MAX_GOTOS} GOTOs in one expansion, which may jump back without end; the rest is not assembled`, node, true);
      from = to;
    }
  }

  /** Where in `statements` the walk goes on after the `:name` line a pending GOTO names; undefined when none is pending or they hold no such line. */
  private gotoTarget(statements: readonly Node[]): number | undefined {
    const label = this.gotoLabel;
    if (label === undefined) return undefined;
    const at = statements.findIndex((s) => s.type === 'macro_label' && child(s, 'name')?.text.toLowerCase() === label);
    return at < 0 ? undefined : at + 1;
  }

  /** Ends a GOTO whose `:name` line the body just expanded did not hold, noting it. */
  private unresolvedGoto(what: string, node: Node): void {
    if (this.gotoLabel === undefined) return;
    this.unmodelled(`${what}: GOTO ${this.gotoLabel} names no :${this.gotoLabel} line of its body; the rest is not assembled`, node, true);
    this.gotoLabel = undefined;
  }

  /**
   * `text` parsed as a macro body, where a procedure's or segment's opening
   * and closing lines are statements of their own (an expansion may open
   * one that a later expansion closes, around the lines between the calls):
   * its statements, the text they index into, and whether it parsed.
   */
  private expansionStatements(text: string): { readonly text: string; readonly statements: readonly Node[]; readonly parsed: boolean } {
    const wrapped = `${EXPANSION_HEADER}\n${text}\nENDM\n`;
    const root = this.parse(wrapped);
    const body = root.namedChildren.find((n) => n.type === 'macro_definition');
    const parsed = !root.hasError && body !== undefined;
    // The only unparsed lines walked, in their place among the rest, so that they are MASM's error only where they assemble.
    const statements = parsed || !body ? statementsOf(body ?? root) : statementsWithErrors(body, (error) => NAMELESS_BEGIN_PROC.test(error.text));
    return { text: wrapped, statements, parsed };
  }

  /** Where each of `rows` of a block's body is written: the span of what that line holds, comments left out. */
  private bodyLineSites(block: Node, rows: readonly number[]): (SourceSpan | undefined)[] {
    const ranges = new Map<number, Range>();
    const visit = (node: Node): void => {
      for (const c of node.namedChildren) {
        if (c.type === 'comment') continue;
        if (c.startPosition.row !== c.endPosition.row) visit(c);
        else {
          const range = rangeOf(c);
          const known = ranges.get(range.start.line);
          ranges.set(range.start.line, known ? { start: known.start, end: range.end } : range);
        }
      }
    };
    visit(block);
    return rows.map((row) => {
      const range = ranges.get(row);
      return range && { file: this.ctx.file, range };
    });
  }

  private statement(node: Node): void {
    if (node.type !== 'procedure' && node.type !== 'control_dispatch_table' && node.type !== 'segment') this.outsideChunks();
    if (isUnpairedConditional(node)) return this.unpairedConditionalLine(node);
    if (this.substituteTextEquates(node)) return;
    switch (node.type) {
      case 'label': return this.label(node);
      case 'instruction': return this.instruction(node);
      case 'macro_call': return this.macroCall(node);
      case 'vmm_call': return this.inCode(node, () => vmmCallStatement(node, this));
      case 'control_dispatch': return this.inCode(node, () => controlDispatch(node, this));
      case 'control_dispatch_table': this.slot(); return this.chunk([node], false, () => this.controlTable(node));
      case 'service_table': return this.serviceTableStatement(node);
      case 'service_declaration': return this.serviceDeclaration(node);
      case 'procedure':
        // Slotted before the chunk starts, so that its recording starts where the slot does: the BeginProc line finds itself there.
        if (!child(node, 'header')) this.slot();
        return this.chunk([node], false, () => this.procedure(node));
      case 'conditional_head': case 'conditional_branch': case 'conditional_tail': return this.conditionalLine(node);
      case 'procedure_head': return this.openProcedureLine(node);
      case 'procedure_tail': return this.closeProcedureLine();
      case 'ERROR':
        if (NAMELESS_BEGIN_PROC.test(node.text)) this.namelessHead(node);
        return;
      case 'segment': return this.segment(node);
      case 'segment_head': return this.openSegmentLine(node);
      case 'segment_tail': return this.closeSegmentLine();
      case 'struc_definition': return this.strucDefinition(node);
      case 'macro_definition': return this.macroDefinition(node);
      case 'repeat_block': return this.repeatBlock(node);
      case 'conditional': {
        const clause = this.assembledClause(node);
        if (clause) this.walk(statementsOf(clause));
        return;
      }
      case 'equate': return this.equate(node);
      case 'definition_directive': return this.definitionDirective(node);
      case 'data_definition': return this.dataDefinition(node);
      case 'label_directive': return this.labelDirective(node);
      case 'include_directive': return this.include(node);
      case 'extern_directive': return this.extern(node);
      case 'local_directive': return this.localDirective(node);
      case 'processor_directive': {
        const name = (child(node, 'name')?.text ?? '').toLowerCase();
        if (HighLevelBlocks.has(name)) {
          this.inCode(node, () => this.highLevel.directive(name, rawText(node, 'arguments'), node));
        } else if (SIMPLIFIED_SEGMENTS.has(name)) {
          this.dataSegment = SIMPLIFIED_SEGMENTS.get(name) === true;
        } else if (name === '.model') {
          const language = languageNamed(splitTopLevel(rawText(node, 'arguments'))[1] ?? '');
          if (language) this.symbols.set({ kind: 'equate', name: INTERFACE, value: expr.bv(interfaceNumber(language)) });
        } else if (name === '.radix') {
          this.radixValue = Number(child(node, 'arguments')?.text.trim() ?? 10) || 10;
        }
        return;
      }
      case 'end_directive':
        this.ended = this.ctx.depth === 0 && this.ctx.includes.length === 1;
        return;
      case 'directive': return this.directive(node);
      case 'expansion_line': return this.expansionLine(node);
      case 'macro_label':
        // Only a GOTO of the body it stands in reaches it: elsewhere it is misplaced, as such a GOTO is.
        if (this.gotoScopes === 0) this.unmodelled(`:${child(node, 'name')?.text ?? ''} outside a macro or repeat block`, node);
        return;
      default:
        // public, listing and assertion directives and ERROR nodes (PW100) emit nothing.
        return;
    }
  }

  /** A line the expansion operator opens, assembled as MASM expands it. */
  private expansionLine(node: Node): void {
    const directive = expansionConditional(node);
    if (directive) return this.expansionConditionalLine(node, directive);
    const field = child(node, 'text');
    const expanded = this.expandedText(expansionText(node), node);
    if (!expanded) return;
    const written = field && this.expandedWritten(expanded.substituted, field, node);
    this.walkExpansion(expanded.text, node, `expansion of "${firstLine(node.text)}"`, written);
  }

  /**
   * Where the expansion of the text `field` of the expansion line `node` was
   * written, `substituted` as `expandLine` says. Every name in it is passed
   * text, as the grammar keeps the line as text, where the name check reads
   * none: what a text macro stood for is at the macro's value (where a
   * source file wrote it), the rest where the line has what it stands for.
   */
  private expandedWritten(substituted: readonly Substitution[], field: Node, node: Node): WrittenText[] {
    const written: WrittenText[] = [];
    let at = 0;
    let read = field.startIndex;
    for (const s of substituted) {
      const from = field.startIndex + s.from;
      const to = field.startIndex + s.to;
      written.push(...this.copiedWritten(node, read, from, at));
      const symbol = s.macro === undefined ? undefined : this.symbols.get(s.macro);
      const value = symbol?.kind === 'text' ? symbol.written : undefined;
      const where = value ?? (this.ctx.site === undefined ? this.definitionText(node, from, to) : this.originOf(from, to)?.written);
      if (where && s.start < s.end) written.push({ start: s.start, end: s.end, written: where, passed: true });
      at = s.end;
      read = to;
    }
    written.push(...this.copiedWritten(node, read, field.endIndex, at));
    return written.map((w) => ({ ...w, passed: true }));
  }

  /**
   * `text` on the line `node` as the expansion operator expands it;
   * undefined when it calls what the lowering cannot expand, and the line
   * is then an instruction where exploration stops, as MASM's expansion
   * might have been any code.
   */
  private expandedText(text: string, node: Node): { readonly text: string; readonly substituted: readonly Substitution[] } | undefined {
    const expansion = this.lineExpansion(text, node);
    if ('text' in expansion) return expansion;
    this.stopAt('%', `"${firstLine(node.text)}" is not expanded, as ${expansion.unexpanded}`, node);
    return undefined;
  }

  /** `text` on the line `node` as the expansion operator expands it, or why it cannot be. */
  private lineExpansion(text: string, node: Node): LineExpansion {
    return expandLine(text, {
      textMacro: (name) => {
        const s = this.symbols.get(name);
        return s?.kind === 'text' ? s.text : undefined;
      },
      isMacro: (name) => this.symbols.get(name)?.kind === 'macro',
      callMacro: (name, args) => {
        const s = this.symbols.get(name);
        return s?.kind === 'macro' ? this.functionResult(s.definition, () => this.runMacro(s.definition, args, () => undefined, node)) : { unexpanded: `${name} is no macro` };
      },
      constant: (expression) => {
        const parsed = this.parseText(expression);
        return parsed && this.within(this.siteContext(node), () => this.evaluator.constant(parsed));
      },
      radix: () => this.radixValue,
    });
  }

  /**
   * MASM replaces text equates (ArgVar names, `X EQU <[ebp+8]>`) and the
   * calls of macro functions before it reads a line: when a statement names
   * one, its substituted text is assembled instead. A name standing for a
   * stack slot may be written in brackets (`mov edi, [pThunk]`,
   * `[pInfo+4]`), which MASM reads as the slot itself: there the slot's
   * address goes inside the brackets, its size before them.
   */
  private substituteTextEquates(node: Node): boolean {
    if (!SUBSTITUTED.has(node.type)) return false;
    // Only its identifiers are looked up, as a chunk records every name it reads and is lowered again when one
    // reads otherwise: a mnemonic, register or number's letters would be reads no lowering depends on.
    let replacements: Replacement[] | undefined;
    for (let i = 0; i < node.childCount; i++) {
      const c = node.child(i);
      const field = node.fieldNameForChild(i);
      if (c && !(node.type === 'data_definition' && field === 'name')) replacements = this.textEquatesIn(c, field, undefined, replacements);
    }
    if (!replacements) return false;
    const unknown = replacements.find((r) => r.unknown)?.unknown;
    if (unknown) {
      // Any code could stand where MASM would have put a text.
      this.stopAt((child(unknown.call, 'name')?.text ?? '').toLowerCase(), `"${firstLine(unknown.call.text)}" is not expanded, as ${unknown.why}`, node);
      return true;
    }
    // A size put before brackets goes before the name at their start.
    replacements.sort((a, b) => a.start - b.start || a.end - b.end);
    const mnemonic = node.type === 'instruction' ? child(node, 'mnemonic')?.text ?? '' : '';
    // A macro takes an empty argument; an instruction, which MASM would read with an operand missing, is said to, not read as what the text left (a macro `mov`).
    const emptied = isX86Mnemonic(mnemonic) && this.symbols.get(mnemonic)?.kind !== 'macro' ? emptiedOperand(node, replacements, this.ctx.text) : undefined;
    if (emptied) {
      this.stopAt(mnemonic.toLowerCase(), `operand ${emptied.index} of "${firstLine(node.text)}" is empty: "${emptied.operand.text}" expands to no text`, node);
      return true;
    }
    let text = '';
    let at = node.startIndex;
    const written: WrittenText[] = [];
    for (const r of replacements) {
      written.push(...this.copiedWritten(node, at, r.start, text.length));
      text += this.ctx.text.slice(at, r.start);
      // What a text macro stands for is no name of the syntax tree: a service it names is judged as the expansion's.
      if (r.written && r.text !== '') written.push({ start: text.length, end: text.length + r.text.length, written: r.written, passed: true });
      text += r.text;
      at = r.end;
    }
    written.push(...this.copiedWritten(node, at, node.endIndex, text.length));
    text += this.ctx.text.slice(at, node.endIndex);
    // A line the replacements break (`mov ecx, Broken()` with `EXITM <[eax>`) is MASM's error there: what the syntax tree guessed is not run.
    if (!node.hasError && !this.expansionStatements(text).parsed) {
      this.stopAt(mnemonic.toLowerCase(), `"${firstLine(node.text)}" reads "${firstLine(text)}" once expanded, which has a syntax error`, node);
      return true;
    }
    this.walkExpansion(text, node, `text equate in "${firstLine(node.text)}"`, written);
    return true;
  }

  /**
   * The replacements of the text equates `n` names, added to `replacements`
   * (made at the first: a statement rarely names one, and this runs for
   * every statement of every pass).
   */
  private textEquatesIn(n: Node, field: string | null, memory: Node | undefined, replacements: Replacement[] | undefined): Replacement[] | undefined {
    // A member's name is not a text equate's (`[esi].Count`), but a macro function's call there returns the name.
    if (n.type === 'string' || (field === 'member' && n.type !== 'macro_function_call')) return replacements;
    const called = n.type === 'macro_function_call' ? this.macroFunctionText(n) ?? this.builtinFunctionText(n) ?? (TEXT_CALLS.has(field ?? '') ? textCallUnknown(n) : undefined) : undefined;
    if (called) {
      const out = replacements ?? [];
      out.push({ start: n.startIndex, end: n.endIndex, text: 'text' in called ? called.text : '', written: this.writtenAt(n), ...('text' in called ? {} : { unknown: { call: n, why: called.unexpanded } }) });
      return out;
    }
    if (n.type === 'identifier') {
      const s = this.symbols.get(n.text);
      if (s?.kind !== 'text') return replacements;
      const out = replacements ?? [];
      const slot = memory && STACK_SLOT.exec(s.text);
      if (!memory || !slot) {
        out.push({ start: n.startIndex, end: n.endIndex, text: s.text, written: s.written ?? this.writtenAt(n) });
        return out;
      }
      out.push({ start: n.startIndex, end: n.endIndex, text: slot[2] ?? '' });
      // The size goes once before the brackets, however many slots they name.
      if (slot[1] && !child(memory, 'size') && !out.some((r) => r.start === memory.startIndex && r.end === memory.startIndex)) {
        out.push({ start: memory.startIndex, end: memory.startIndex, text: slot[1] });
      }
      return out;
    }
    let out = replacements;
    const inside = n.type === 'memory_operand' ? n : memory;
    for (let i = 0; i < n.childCount; i++) {
      const c = n.child(i);
      if (c) out = this.textEquatesIn(c, n.fieldNameForChild(i), inside, out);
    }
    return out;
  }

  // ---------------------------------------------------------------------
  // Labels and symbols

  private defineLabel(
    name: string, kind: { code: boolean; size?: number; length?: number; struc?: string; signed?: true; prototype?: Prototype }, node: Node | undefined,
  ): void {
    if (this.struc) return;
    const existing = this.symbols.get(name);
    if (existing?.kind === 'label' && node) {
      this.unmodelled(`label ${name} is defined twice; the first definition is used`, node);
      return;
    }
    this.symbols.set({ kind: 'label', name, address: this.layout.address, ...kind });
  }

  private label(node: Node): void {
    const name = child(node, 'name')?.text;
    if (!name) return;
    if (name === '@@') {
      this.anonymousCount++;
      this.defineLabel(`@@${this.anonymousCount}`, { code: true }, node);
    } else {
      this.defineLabel(name, { code: true }, node);
    }
  }

  private labelDirective(node: Node): void {
    const name = child(node, 'name')?.text;
    const type = child(node, 'type')?.text ?? '';
    if (!name) return;
    const named = namedType(type, (n) => this.lookup(n));
    if (this.struc) {
      this.addField({ name, offset: this.struc.offset, size: named?.size ?? 0, length: 0, initial: [] });
      return;
    }
    if (named) this.defineLabel(name, { code: false, size: named.size, ...(named.struc ? { struc: named.struc } : {}), ...(named.signed ? { signed: true } : {}) }, node);
    else this.defineLabel(name, { code: true }, node);
  }

  private equate(node: Node): void {
    const name = child(node, 'name')?.text;
    const op = (node.children.find((c, i) => c !== null && node.fieldNameForChild(i) === 'operator')?.text ?? '').toLowerCase();
    const values = argumentSlots(node, 'value');
    if (!name) return;
    if (op === 'textequ' || op === 'catstr') {
      return this.textMacro(name, values.map((v) => (v ? this.textOf(v) : '')).join(''), node, values);
    }
    const value = values[0];
    if (!value) return this.symbols.set({ kind: 'text', name, text: '' });
    if (value.type === 'angle_text' || value.type === 'angle_list') return this.textMacro(name, unbracketed(value), node, [value]);
    if (op === 'equ' && (value.type === 'register' || value.type === 'memory_operand' || this.isAlias(value))) {
      return this.symbols.set({ kind: 'text', name, text: value.text });
    }
    const v = this.evaluator.value(value);
    if (op === 'equ' && v.memory) return this.symbols.set({ kind: 'text', name, text: value.text });
    this.symbols.set({ kind: 'equate', name, value: v.expr });
  }

  /** Defines the text macro `name` as `text`, which the line `node` wrote in `values`: where, when the line is a source file's. */
  private textMacro(name: string, text: string, node: Node, values: readonly (Node | undefined)[]): void {
    const first = values[0];
    const last = values[values.length - 1];
    if (this.ctx.site !== undefined || !first || !last) return this.symbols.set({ kind: 'text', name, text });
    const { start, end } = first === last ? unbracketedRange(first) : { start: first.startIndex, end: last.endIndex };
    this.symbols.set({ kind: 'text', name, text, written: this.definitionText(node, start, end) });
  }

  /**
   * GROUP, RECORD, TYPEDEF, PROTO and the text functions define a name the
   * lowering does not model beyond what follows: a PROTO names code
   * elsewhere, a TYPEDEF of a data type is that type, the others give a
   * value it cannot know.
   */
  private definitionDirective(node: Node): void {
    const name = child(node, 'name')?.text;
    if (!name) return;
    const directive = (child(node, 'directive')?.text ?? '').toLowerCase();
    if (directive === 'proto') {
      const prototype = this.prototypeOf(parseProcDeclaration(rawText(node, 'arguments')));
      const pops = prototypePops(prototype) ?? decoratedPops(name);
      return this.symbols.set({ kind: 'extern', name, code: true, prototype, ...(pops ? { pops } : {}) });
    }
    const type = directive === 'typedef' ? this.typedef(rawText(node, 'arguments')) : undefined;
    if (type) return this.symbols.set({ kind: 'type', name, ...type });
    this.unmodelled(`${directive.toUpperCase()} ${name}`, node);
    this.symbols.set({ kind: 'equate', name, value: expr.sym(name) });
  }

  /** `X EQU Label` makes X another name for the label, memory type and all. */
  private isAlias(value: Node): boolean {
    if (value.type !== 'identifier') return false;
    const s = this.lookup(value.text);
    return s !== undefined && s.kind !== 'equate';
  }

  /** A macro-style argument's text: `<...>` stripped, `%expr` replaced by its value, `@CatStr(...)` joined, a macro function's call by what it returns. */
  private textOf(node: Node): string {
    if (node.type === 'macro_function_call' && child(node, 'name')?.text.toLowerCase() === '@catstr') {
      return argumentSlots(node, 'argument').map((a) => (a ? this.textOf(a) : '')).join('');
    }
    const called = node.type === 'macro_function_call' ? this.macroFunctionText(node) : undefined;
    if (called && 'text' in called) return called.text;
    if (node.type === 'unary_expression' && child(node, 'operator')?.text === '%') {
      const value = this.evaluator.constant(node);
      if (value !== undefined) return BigInt.asIntN(32, value).toString();
    }
    return unbracketed(node);
  }

  private extern(node: Node): void {
    for (const sym of children(node, 'symbol')) {
      const name = child(sym, 'name')?.text;
      const type = child(sym, 'type')?.text ?? 'near';
      if (!name || this.symbols.get(name)) continue;
      const size = namedType(type, (n) => this.lookup(n))?.size;
      const pops = size === undefined ? decoratedPops(name) : undefined;
      this.symbols.set({ kind: 'extern', name, code: size === undefined, ...(size ? { size } : {}), ...(pops ? { pops } : {}) });
    }
  }

  // ---------------------------------------------------------------------
  // Instructions and macro calls

  private inCode(node: Node, body: () => void): void {
    if (!this.outOfCode(node)) body();
  }

  /** Whether `node` stands where no code may (reported so): an instruction, the commonest statement, asks without a closure. */
  private outOfCode(node: Node): boolean {
    if (!this.struc) return false;
    this.unmodelled('code inside a structure definition', node);
    return true;
  }

  private instruction(node: Node): void {
    const mnemonicNode = child(node, 'mnemonic');
    if (!mnemonicNode) return;
    const name = mnemonicNode.text;
    const operandNodes = children(node, 'operand');
    const mnemonic = name.toLowerCase();
    const x86 = isX86Mnemonic(mnemonic);
    // No vmm.inc or VtoolsD macro takes an instruction's name (the program's own may), so most statements skip those checks.
    if (x86 ? this.expandOwnMacro(name, operandNodes, node) : this.expandIfMacro(name, mnemonicNode, operandNodes, node)) return;
    if (!x86) {
      // `name PROC NEAR` with the name left empty reads as an instruction PROC.
      if (mnemonic === 'proc') this.namelessHead(node);
      return this.unknownMacro(mnemonicNode, node);
    }
    if (this.outOfCode(node)) return;
    const prefixText = child(node, 'prefix')?.text.toLowerCase();
    const prefix = prefixText === 'repz' ? 'repe' : prefixText === 'repnz' ? 'repne' : prefixText;
    const branch = isBranch(mnemonic);
    const operands: X86Operand[] = [];
    for (const n of operandNodes) {
      const operand = branch ? lowerBranchTarget(n, this, isLocalBranch(mnemonic)) : lowerOperand(n, this);
      if (operand) operands.push(operand);
    }
    // Run without the operand, it would read or write somewhere else: a run reaching it stops there instead.
    if (operands.length !== operandNodes.length) return this.stopAt(mnemonic, `operands of ${firstLine(node.text)} the IR cannot express`, node);
    const stackBytes = sizedStackBytes(mnemonic);
    if (stackBytes) return this.sizedStackInstruction(mnemonic, stackBytes, operands, node);
    const frame = this.frameState?.generated;
    if (frame && RETURNS.has(mnemonic)) {
      this.writePrologue();
      const count = expr.sym(`${this.frameState?.name ?? ''} parameter bytes`);
      return this.writeFrameCode(epilogue(frame, mnemonic, operands, count), this.span(node), node.text);
    }
    if (mnemonic === 'jmp' && this.chainsOn(operands[0])) {
      // The previous handler runs on the hook's stack and returns to the hook's caller: a call of code the program does not hold, then a return.
      this.emit('call', operands, node);
      this.emit('ret', [], node);
      return;
    }
    // Read as the branch target was: a code label further down leaves the procedure free to be replayed.
    const callee = (mnemonic === 'call' || mnemonic === 'jmp') && operands[0]?.kind === 'target' ? this.symbolNamed(operands[0].label, true) : undefined;
    if (mnemonic === 'jmp' && callee?.kind === 'extern' && callee.code) {
      // A tail jump: the procedure outside runs on this stack and returns to this one's caller, taking its arguments with it.
      this.emit('call', operands, node);
      this.emit('ret', callee.pops ? [{ kind: 'imm', value: expr.bv(callee.pops) }] : [], node);
      return;
    }
    if (mnemonic === 'call' && callee?.kind === 'extern' && callee.pops) {
      this.emitCall(operands[0] as X86Operand, callee.pops, node);
      return;
    }
    this.emit(mnemonic, operands, node, prefix as X86Instruction['prefix']);
  }

  /** PUSHD, PUSHW, POPD or POPW as the instructions it stands for; one MASM would refuse stops the analysis there, saying why. */
  private sizedStackInstruction(mnemonic: string, bytes: 2 | 4, operands: readonly X86Operand[], node: Node): void {
    const [operand] = operands;
    const steps = operands.length === 1 && operand ? sizedStack(mnemonic, bytes, operand) : `${mnemonic.toUpperCase()} takes one operand`;
    if (typeof steps === 'string') return this.stopAt(mnemonic, `${firstLine(node.text)}: ${steps}`, node);
    for (const step of steps) this.emit(step.mnemonic, step.operands, node);
  }

  /** Whether a jump through `target` goes to the previous handler a Hook_Proc keeps (`jmp [Prev]`). */
  private chainsOn(target: X86Operand | undefined): boolean {
    const previous = this.frameState?.previous;
    const slot = previous === undefined ? undefined : this.symbols.get(previous);
    return slot?.kind === 'label' && target?.kind === 'mem' && !target.base && !target.index
      && target.disp.kind === 'const' && target.disp.value === this.address(slot);
  }

  private macroCall(node: Node): void {
    const nameNode = child(node, 'name');
    if (!nameNode) return;
    const args = argumentSlots(node, 'argument');
    if (this.expandIfMacro(nameNode.text, nameNode, args, node)) return;
    // `hMem HANDLE NULL`: a type's instance whose value is a name reads as a call with the words `HANDLE NULL`.
    const [words, ...more] = args;
    const [typeNode, ...values] = words?.type === 'word_list' && more.length === 0 ? children(words, 'word') : [];
    if (typeNode && values.length > 0 && this.lookup(typeNode.text)?.kind === 'type') return this.data(nameNode.text, typeNode, values, node);
    this.unknownMacro(nameNode, node);
  }

  /** An unknown macro: an instruction the CPU cannot run, so exploration stops there. */
  private unknownMacro(nameNode: Node, node: Node): void {
    const name = nameNode.text;
    this.undefinedName(nameNode, 'macro');
    this.stopAt(name.toLowerCase(), `unknown macro ${name}`, node);
  }

  /** Expands the program's own macro `name`, if it defines one. */
  private expandOwnMacro(name: string, args: readonly (Node | undefined)[], node: Node): boolean {
    const s = this.symbols.get(name);
    if (s?.kind !== 'macro') return false;
    this.expandCall(s.definition, args, node);
    return true;
  }

  /**
   * Expands the statement `node` that calls the macro `def`. One that runs
   * past a limit of PageWarden's (a macro that calls itself without end)
   * leaves code out, so the analysis stops at the call outside every macro,
   * saying which limit, as it does at a macro function's.
   */
  private expandCall(def: MacroDefinition, args: readonly (Node | undefined)[], node: Node): void {
    const refused = this.refusedExpansions;
    this.expandMacro(def, args, node);
    if (this.refusedExpansions === refused || this.macroNesting > 0) return;
    this.stopAt(def.name.toLowerCase(), `"${firstLine(node.text)}" is not expanded, as expanding the macro ${def.name} runs past PageWarden's limit of ${this.refusedBy}`, node);
  }

  private expandIfMacro(name: string, nameNode: Node, args: readonly (Node | undefined)[], node: Node): boolean {
    if (this.expandOwnMacro(name, args, node)) return true;
    if (isVmmMacro(name)) {
      this.inCode(node, () => vmmMacro(name, nameNode, args, node, this));
      return true;
    }
    return this.vtoolsdCall(name, args, node);
  }

  /** A VtoolsD procedure macro the program does not define itself (its header missing): its expansion as VtoolsD writes it. */
  private vtoolsdCall(name: string, args: readonly (Node | undefined)[], node: Node): boolean {
    const text = isVtoolsdMacro(name) ? vtoolsdExpansion(name, args.map((a) => (a ? this.textOf(a) : ''))) : undefined;
    if (text === undefined) return false;
    this.walkExpansion(text, node, `${name} (VtoolsD)`);
    return true;
  }

  // ---------------------------------------------------------------------
  // Macros and repeat blocks

  /** Rows `from` up to `to` of the text being walked, with where each starts, read from `node`'s start on (not the whole text, in each pass). */
  private rows(node: Node, from: number, to: number): { text: string; start: number }[] {
    const { text } = this.ctx;
    let row = node.startPosition.row;
    let at = node.startIndex;
    for (; row < from; row++) {
      const end = text.indexOf('\n', at);
      if (end < 0) return [];
      at = end + 1;
    }
    const rows: { text: string; start: number }[] = [];
    for (; row < to; row++) {
      const end = text.indexOf('\n', at);
      rows.push({ text: text.slice(at, end < 0 ? text.length : end), start: at });
      if (end < 0) break;
      at = end + 1;
    }
    return rows;
  }

  /**
   * The body text of a MACRO/IRP/REPT block: the lines between its header
   * and ENDM, less LOCAL lines; `lines`, where each starts in the text being
   * walked, and `rows`, its row there.
   */
  private bodyText(node: Node, headerEndRow: number): { body: string; locals: string[]; lines: number[]; rows: number[] } {
    const endRow = node.lastChild?.startPosition.row ?? node.endPosition.row;
    const locals: string[] = [];
    const skip = new Set<number>();
    for (const s of statementsOf(node)) {
      if (s.type !== 'local_directive') continue;
      for (const v of children(s, 'variable')) {
        const n = child(v, 'name');
        if (n) locals.push(n.text);
      }
      for (let r = s.startPosition.row; r <= s.endPosition.row; r++) skip.add(r);
    }
    const rows = this.rows(node, headerEndRow + 1, endRow).map((r, i) => ({ ...r, row: headerEndRow + 1 + i })).filter((r) => !skip.has(r.row));
    return { body: rows.map((r) => r.text).join('\n'), locals, lines: rows.map((r) => r.start), rows: rows.map((r) => r.row) };
  }

  private macroDefinition(node: Node): void {
    const name = child(node, 'name')?.text;
    if (!name) return;
    const params = children(node, 'parameter');
    const headerEnd = Math.max(node.startPosition.row, ...params.map((p) => p.endPosition.row));
    const { body, locals, lines } = this.bodyText(node, headerEnd);
    const parameters = params.map((p) => {
      const qualifier = child(p, 'qualifier')?.text.toLowerCase();
      const def = child(p, 'default');
      return {
        name: child(p, 'name')?.text ?? '', required: qualifier === 'req', rest: qualifier === 'vararg',
        ...(def ? { defaultText: unbracketed(def) } : {}),
      };
    });
    const source = this.ctx.site === undefined ? this.macroSource(node, params, lines) : undefined;
    const statements = statementsOf(node);
    const definition: MacroDefinition = {
      name, parameters, body, locals, unbalancedConditional: unbalancedConditional(node),
      closesProcedure: statements.some((line) => line.type === 'procedure_tail'), opensProcedure: statements.some((line) => line.type === 'procedure_head'),
      calls: [...new Set(statements.flatMap((line) => macroCallParts(line)?.name.toLowerCase() ?? []))],
      ...(source ? { source } : {}),
    };
    this.symbols.set({ kind: 'macro', definition });
  }

  /** Where the definition `node` a source file holds wrote its body (`lines`: where each line starts) and its parameters' defaults. */
  private macroSource(node: Node, params: readonly Node[], lines: readonly number[]): MacroSource {
    const defaults = params.map((p) => {
      const def = child(p, 'default');
      if (!def) return undefined;
      const { start, end } = unbracketedRange(def);
      return this.definitionText(node, start, end);
    });
    return { file: this.ctx.file, node, lines: lines.map((l) => l - node.startIndex), defaults };
  }

  /** Expands the macro `def` at `node` with the arguments `argNodes`; for a macro function, the text its EXITM returns. */
  private expandMacro(def: MacroDefinition, argNodes: readonly (Node | undefined)[], node: Node): string | undefined {
    const args = argNodes.map((a) => (a ? this.textOf(a) : ''));
    return this.runMacro(def, args, (i) => {
      const arg = argNodes[i];
      return arg && this.argumentWritten(arg);
    }, node);
  }

  /**
   * Expands the macro `def` at `node` with the arguments `args`
   * (`argWritten`: where the i-th was written, where that is known): the
   * text of the EXITM that ended it, undefined when none with a text did
   * (what a macro function returns).
   */
  private runMacro(def: MacroDefinition, args: readonly string[], argWritten: (i: number) => Written | undefined, node: Node): string | undefined {
    const bindings = new Map<string, string>();
    const written = new Map<string, Written>();
    def.parameters.forEach((p, i) => {
      const value = p.rest ? args.slice(i).join(', ') : args[i] ?? '';
      const name = p.name.toLowerCase();
      bindings.set(name, value === '' ? p.defaultText ?? '' : value);
      // The arguments a VARARG parameter joins were written nowhere one argument is; a default, in the definition.
      written.set(name, (value !== '' && !p.rest && argWritten(i)) || (value === '' && def.source?.defaults[i]) || this.span(node));
      if (p.required && value === '') this.unmodelled(`macro ${def.name}: required argument ${p.name} is missing`, node);
    });
    for (const l of def.locals) bindings.set(l.toLowerCase(), this.localName());
    const outerExit = this.exitMacro;
    const outerText = this.exitText;
    this.exitText = undefined;
    const opened = this.openedConditionals.length;
    const expansion = substitute(def.body, bindings);
    const { source } = def;
    const copied = source ? definitionCopies(expansion.copied, source.file, source.node, source.lines) : [];
    this.macroNesting++;
    this.gotoScopes++;
    try {
      this.walkExpansion(expansion.text, node, `macro ${def.name}`, [...passedTexts(expansion, written), ...copied]);
    } finally {
      this.macroNesting--;
      this.gotoScopes--;
    }
    this.unresolvedGoto(`macro ${def.name}`, node);
    if (this.exitMacro) this.closeConditionals(opened);
    this.exitMacro = outerExit;
    const value = this.exitText;
    this.exitText = outerText;
    return value;
  }

  /**
   * What the call `node` (`name(args)`) of a macro function of the
   * program's own returns, its body expanded there (any code it assembles
   * goes before the line that calls it, as in MASM); undefined when `node`
   * calls no macro of the program's.
   */
  private macroFunctionText(node: Node): FunctionResult | undefined {
    const name = child(node, 'name')?.text;
    const s = name === undefined ? undefined : this.symbols.get(name);
    if (s?.kind !== 'macro') return undefined;
    return this.functionResult(s.definition, () => this.expandMacro(s.definition, argumentSlots(node, 'argument'), node));
  }

  /**
   * What the macro function `def` returns, `run` expanding its body: the
   * text of the EXITM that ended it, unless none with a text did, or an
   * expansion in it was refused (a limit ran out, and what it returned
   * may be a text that was to be expanded further).
   */
  private functionResult(def: MacroDefinition, run: () => string | undefined): FunctionResult {
    const refused = this.refusedExpansions;
    const text = run();
    if (this.refusedExpansions > refused) return { unexpanded: `expanding the macro function ${def.name} runs past PageWarden's limit of ${this.refusedBy}` };
    return text === undefined ? { unexpanded: `the macro function ${def.name} returns no text PageWarden works out` } : { text };
  }

  /**
   * The text the call `node` of a built-in macro function (`@CatStr(<_Page>,
   * <Free>)`) returns; undefined for any other call, or one whose text is not
   * known (an argument that must be a constant and is not), which keeps an
   * unknown value.
   */
  private builtinFunctionText(node: Node): FunctionResult | undefined {
    if (!isBuiltinFunction(child(node, 'name')?.text ?? '')) return undefined;
    const expansion = this.lineExpansion(node.text, node);
    return 'text' in expansion ? { text: expansion.text } : undefined;
  }

  macroFunction(node: Node): { readonly value: Node | undefined } | undefined {
    const called = this.macroFunctionText(node);
    return called && { value: 'text' in called ? this.parseText(called.text) : undefined };
  }

  /** EXITM ends the expansion with the conditionals it opened: their ENDIF lines are never read. */
  private closeConditionals(depth: number): void {
    while (this.openedConditionals.length > depth) {
      if (!this.openedConditionals.pop()?.assembling) this.skippingConditionals--;
    }
  }

  private repeatBlock(node: Node): void {
    const kind = (child(node, 'kind')?.text ?? '').toLowerCase();
    const args = argumentSlots(node, 'argument');
    const headerEnd = Math.max(node.startPosition.row, ...args.map((a) => a?.endPosition.row ?? 0));
    const { body, locals, lines, rows } = this.bodyText(node, headerEnd);
    const what = `${kind.toUpperCase()} block`;
    // A block written in the file has its body's lines there: what each line assembles points at that line, not at the
    // whole block (in an expansion, the lines are the expansion's, and everything points at its call).
    const lineSites = this.ctx.site === undefined ? this.bodyLineSites(node, rows) : undefined;
    const once = (bindings: Map<string, string>, written: Map<string, Written> = new Map()): void => {
      // Each repetition names its LOCAL labels anew, as each call of a macro does.
      for (const l of locals) bindings.set(l.toLowerCase(), this.localName());
      const outerExit = this.exitMacro;
      // An EXITM there ends the repetitions, not the macro around them, and returns nothing.
      const outerText = this.exitText;
      const opened = this.openedConditionals.length;
      const expansion = substitute(body, bindings);
      this.gotoScopes++;
      try {
        this.walkExpansion(expansion.text, node, what, [...passedTexts(expansion, written), ...this.blockWritten(expansion.copied, lines, node)], lineSites);
      } finally {
        this.gotoScopes--;
      }
      this.unresolvedGoto(what, node);
      const stop = this.exitMacro;
      if (stop) this.closeConditionals(opened);
      this.exitMacro = outerExit;
      this.exitText = outerText;
      if (stop) throw new StopRepeat();
    };
    try {
      if (kind === 'irp' || kind === 'for' || kind === 'irpc' || kind === 'forc') {
        const param = (args[0]?.text.split(':')[0] ?? '').toLowerCase();
        const listNode = args[1];
        const listText = listNode ? this.repeatList(listNode, node) : '';
        if (listText === undefined) return;
        const list = kind === 'irp' || kind === 'for' ? splitTopLevel(listText).map(stripBrackets) : [...listText];
        // An IRP item is written where the list's item of the same place is, when the grammar splits the list alike.
        const items = listNode?.type === 'angle_list' && (kind === 'irp' || kind === 'for') ? argumentSlots(listNode, 'item') : [];
        const itemAt = (i: number): Written => {
          const item = items.length === list.length ? items[i] : undefined;
          return item ? this.argumentWritten(item) : listNode ? this.writtenAt(listNode) : this.span(node);
        };
        list.forEach((item, i) => once(new Map([[param, item]]), new Map([[param, itemAt(i)]])));
      } else if (kind === 'rept' || kind === 'repeat') {
        const count = args[0] ? this.evaluator.constant(args[0]) : undefined;
        if (count === undefined) return this.unmodelled(`${what}: the count cannot be evaluated`, node, true);
        for (let i = 0n; i < count && this.expansions < MAX_EXPANSIONS; i++) once(new Map());
      } else if (kind === 'while') {
        for (let i = 0; i < MAX_EXPANSIONS; i++) {
          const cond = args[0] ? this.evaluator.constant(args[0]) : undefined;
          if (cond === undefined) return this.unmodelled(`${what}: the condition cannot be evaluated`, node, true);
          if (cond === 0n) return;
          once(new Map());
        }
      }
    } catch (e) {
      if (!(e instanceof StopRepeat)) throw e;
    }
  }

  /** A repeat block's list without its brackets; after the expansion operator (`% FORC c, <TextMacro>`), as that expands it. */
  private repeatList(listNode: Node, block: Node): string | undefined {
    if (!child(block, 'expansion')) return unbracketed(listNode);
    const expanded = this.expandedText(listNode.text, block);
    return expanded && stripBrackets(expanded.text).trim();
  }

  private directive(node: Node): void {
    const name = (child(node, 'name')?.text ?? '').toLowerCase();
    const args = argumentSlots(node, 'argument');
    switch (name) {
      case 'exitm':
        if (!this.ctx.site) return;
        // Read before the expansion ends: a macro function the text calls runs its own body.
        this.exitText = args.length === 1 && args[0] ? this.textOf(args[0]) : undefined;
        this.exitMacro = true;
        return;
      case 'goto': {
        const label = args[0]?.text.toLowerCase();
        if (this.gotoScopes === 0 || !label) return this.unmodelled('GOTO outside a macro or repeat block', node);
        this.gotoLabel = label;
        return;
      }
      case 'purge':
        for (const a of args) if (a) this.symbols.delete(a.text);
        return;
      case 'radix':
        this.radixValue = Number(args[0] ? this.evaluator.constant(args[0]) ?? 10n : 10n);
        return;
      case 'align': case 'even': {
        // Code falls through alignment padding, so no item is made for it.
        const to = name === 'even' ? 2n : (args[0] ? this.evaluator.constant(args[0]) : 4n) ?? 4n;
        if (this.struc || to <= 0n) return;
        this.recorder?.sawLocation();
        const rest = this.layout.address % to;
        if (rest !== 0n) this.layout.skip(Number(to - rest));
        return;
      }
      case 'option': return this.option(node);
      case 'org': return this.org(args[0], node);
      case 'invoke': {
        const [target, ...rest] = args.map((a) => a?.text ?? '');
        return this.inCode(node, () => invoke(target ?? '', rest, node, this.invokeHost));
      }
      case 'assume': return;
      default:
        this.unmodelled(`directive ${name.toUpperCase()} is not modelled`, node, true);
    }
  }

  /**
   * ORG moves the location counter, so the data after it (and `$`) lies
   * where MASM puts it: to the offset a plain number gives from the start of
   * the segment, or to the address an expression of `$` or a label gives.
   * Moving back would lay items over ones already placed, and the layout
   * holds one item at an address (code before it also takes its synthetic
   * 16 bytes an instruction, so an offset it has passed may be real): that
   * is noted, the counter left where it is.
   */
  private org(arg: Node | undefined, node: Node): void {
    if (this.struc || !arg) return this.unmodelled('directive ORG', node);
    // Where the counter goes depends on the segment's start, which is not among the reads a chunk records.
    this.recorder?.refuse('an ORG');
    const value = this.evaluator.constant(arg);
    const base = this.relocatable(arg) ? 0n : this.segmentBase;
    if (value === undefined || base === undefined) return this.unmodelled(`ORG ${arg.text}: ${value === undefined ? 'the value is not known' : 'not in a segment'}; the location counter stays where it is`, node, true);
    const to = base + value;
    if (to >= 1n << 32n) return this.unmodelled(`ORG ${arg.text}: moves the location counter out of the 32-bit address space; it stays where it is`, node, true);
    if (to < this.layout.address) return this.unmodelled(`ORG ${arg.text}: moves the location counter back over what is already placed; it stays where it is`, node, true);
    this.layout.skip(Number(to - this.layout.address));
  }

  /** Whether `node` names `$` or a label: an address in the layout, not an offset from the segment's start. */
  private relocatable(node: Node): boolean {
    if (node.type === 'location_counter') return true;
    if (node.type === 'identifier' && this.lookup(node.text)?.kind === 'label') return true;
    return node.namedChildren.some((c) => this.relocatable(c));
  }

  /** OPTION LANGUAGE, PROLOGUE and EPILOGUE decide the frame code of later PROC lines; the other options change nothing modelled. */
  private option(node: Node): void {
    const text = this.ctx.text.slice(node.startIndex, node.endIndex).replace(/^\s*option\s+/i, '');
    for (const item of splitTopLevel(text)) {
      const [key = '', value = ''] = item.split(':').map((part) => part.trim());
      const lower = key.toLowerCase();
      const language = lower === 'language' ? languageNamed(value) : undefined;
      if (language) this.symbols.set({ kind: 'equate', name: INTERFACE, value: expr.bv(interfaceNumber(language)) });
      if (lower === 'prologue') this.symbols.set({ kind: 'text', name: PROLOGUE_OPTION, text: value });
      if (lower === 'epilogue') this.symbols.set({ kind: 'text', name: EPILOGUE_OPTION, text: value });
    }
  }

  // ---------------------------------------------------------------------
  // Chunks: procedures replayed from earlier passes (chunks.ts)

  private chunkState(): ChunkState {
    return {
      address: this.layout.address, radix: this.radixValue, dataSegment: this.dataSegment, realModeSegment: this.realModeSegment,
      anonymousCount: this.anonymousCount, localCount: this.localCount, ended: this.ended,
    };
  }

  /**
   * Whether a chunk lowered here may be recorded: it is of the file itself,
   * outside expansions, includes and every construct whose state it could
   * change, and no other chunk is being recorded.
   */
  private recordable(): boolean {
    const { ctx } = this;
    return this.chunks !== undefined && !this.recorder && ctx.depth === 0 && !ctx.site && ctx.includes.length === 1 && !this.struc && !this.frameState
      && !this.serviceTable && this.openedProcedures.length === 0 && this.openedSegments.length === 0 && this.openedConditionals.length === 0
      && this.highLevel.idle;
  }

  /**
   * A procedure or control dispatch table, or a `run` of other statements,
   * lowered by `lower` or replayed; one where no chunk may be recorded is
   * lowered as is.
   */
  private chunk(nodes: readonly Node[], run: boolean, lower: () => void): void {
    const memory = this.chunks;
    const first = nodes[0];
    if (!memory || !first || !this.recordable()) {
      this.outsideChunks();
      lower();
      return;
    }
    const counts = run ? memory.runs : memory.statistics;
    const start = this.chunkState();
    const { host } = this;
    const print = this.symbols.print.key;
    const fits = (r: ChunkRecording): boolean => samePlacement(r, nodes) && this.expansions + r.expansions < MAX_EXPANSIONS;
    // A recording of either kind of pass: each holds what a reporting pass adds, and its reads ahead (none, in the first pass).
    // One replayed or made where the table printed as it does now first, whose reads of the table need no check.
    const printed = memory.find(first, (r) => r.print === print && fits(r) && replayable(r, start, host, true))?.recording;
    if (printed) memory.printed++;
    const found = printed ?? memory.find(first, (r) => fits(r) && replayable(r, start, host))?.recording
      ?? (this.forward && this.recordingWithTargetsFound(first, fits, start, host));
    const { firstPass } = this;
    if (found) {
      counts.replayed++;
      if (!firstPass) return this.replay(first, found, memory);
      firstPass.readAhead(found.forwardReads, found.forwardFieldReads);
      // In the first pass's state, with nothing found ahead (or nothing that matters), the first pass does the same.
      const alike = memory.firstPassReads(found);
      if (firstPass.inStep() && (!found.readsAhead || (alike && readAlike(alike, host)))) return this.replay(first, found, memory);
      // Where no first-pass recording answers (one the last lowering did not use is forgotten), the chunk is lowered as
      // the first pass, as where this pass lowers it too, rather than the pass given up for the passes from scratch.
      const step = this.firstPassRecording(nodes, memory, start) ?? this.loweredAsFirstPass(firstPass, nodes, start, lower, memory, counts);
      const reads = firstPass.inStep() && step.bytes === 0n ? firstPassReads(step.recording, found) : undefined;
      if (reads) {
        memory.keepFirstPassReads(found, reads);
        return this.replay(first, found, memory);
      }
      return this.followed(firstPass, step, () => this.replay(first, found, memory));
    }
    if (!firstPass) return void this.record(nodes, start, lower, memory, counts);
    const step = this.firstPassRecording(nodes, memory, start) ?? this.loweredAsFirstPass(firstPass, nodes, start, lower, memory, counts);
    const inStep = firstPass.inStep();
    let recording: ChunkRecording | undefined;
    this.followed(firstPass, step, () => {
      recording = this.record(nodes, start, lower, memory, counts);
    });
    const reads = inStep && recording && step.bytes === 0n ? firstPassReads(step.recording, recording) : undefined;
    if (recording && reads) memory.keepFirstPassReads(recording, reads);
  }

  /** A recording of the chunk that reads alike in `host` but for branch targets it found nowhere and this pass finds ahead, made as this pass would. */
  private recordingWithTargetsFound(node: Node, fits: (r: ChunkRecording) => boolean, start: ChunkState, host: ChunkHost): ChunkRecording | undefined {
    let made: ChunkRecording | undefined;
    this.chunks?.find(node, (r) => fits(r) && (made = withTargetsFound(r, start, host)) !== undefined);
    return made;
  }

  /** Lowers a chunk, recording it for later passes; the recording kept. */
  private record(nodes: readonly Node[], start: ChunkState, lower: () => void, memory: ChunkMemory, counts: { lowered: number }): ChunkRecording | undefined {
    counts.lowered++;
    const recorder = new ChunkRecorder();
    const before = this.lengths();
    const print = this.symbols.print.key;
    this.recorder = recorder;
    this.symbols.observer = recorder;
    try {
      lower();
    } finally {
      this.recorder = undefined;
      this.symbols.observer = undefined;
    }
    this.symbols.print.chunk(recorder.changes);
    // A chunk that met the expansion limit might not meet it in another pass;
    // one that leaves a procedure, segment, conditional or .IF block open (a wrapper macro) hands state on to the lines after it.
    if (recorder.refused || this.expansions >= MAX_EXPANSIONS || this.leavesOpen()) {
      this.firstPass?.readAhead([...recorder.forwardReads].map(([key, found]): SymbolRead => [key, found, true]), [...recorder.forwardFieldReads]);
      return undefined;
    }
    const recording = this.recordingOf(recorder, nodes, start, before);
    this.firstPass?.readAhead(recording.forwardReads, recording.forwardFieldReads);
    memory.keep(nodes[0] as Node, this.final, recording);
    recording.print = print;
    return recording;
  }

  /** How long the pass's result lists are, and how many expansions it made. */
  private lengths(): { readonly [K in 'items' | 'entries' | 'dispatches' | 'calls' | 'notes' | 'undefinedNames' | 'expansions']: number } {
    return {
      items: this.layout.items.length, entries: this.entries.length, dispatches: this.dispatches.length, calls: this.calls.length,
      notes: this.notes.length, undefinedNames: this.undefinedNames.length, expansions: this.expansions,
    };
  }

  private recordingOf(recorder: ChunkRecorder, nodes: readonly Node[], start: ChunkState, before: ReturnType<LoweringPass['lengths']>): ChunkRecording {
    return recorder.recording(nodes, start, this.chunkState(), this.expansions - before.expansions, {
      items: this.layout.items.slice(before.items), entries: this.entries.slice(before.entries), dispatches: this.dispatches.slice(before.dispatches),
      calls: this.calls.slice(before.calls), notes: this.notes.slice(before.notes),
    });
  }

  private leavesOpen(): boolean {
    return this.frameState !== undefined || this.openedProcedures.length > 0 || this.openedSegments.length > 0 || this.openedConditionals.length > 0
      || !this.highLevel.idle;
  }

  /** Code outside chunks runs alike in the first pass only from the same state. */
  private outsideChunks(): void {
    if (!this.recorder) this.firstPass?.requireStep();
  }

  /** What the first pass does with the chunk of `nodes`, by a recording that reads in its state what it read. */
  private firstPassRecording(nodes: readonly Node[], memory: ChunkMemory, start: ChunkState): FirstPassStep | undefined {
    const { firstPass } = this;
    const first = nodes[0];
    if (!firstPass || !first) return undefined;
    const { scalar, expansions } = firstPass.start(start, this.expansions);
    const host = firstPass.host(this.symbols, this.ownServices);
    const kept = memory.find(first, (r) => samePlacement(r, nodes) && expansions + r.expansions < MAX_EXPANSIONS && replayable(r, scalar, host));
    if (!kept) return undefined;
    // Kept for the next lowering's first pass, as the first pass from scratch would keep it.
    memory.keep(first, kept.final, kept.recording);
    return { recording: kept.recording, bytes: scalar.address - kept.recording.start.address, startExpansions: expansions };
  }

  /**
   * What the first pass does with a chunk no recording answers for: the
   * chunk lowered as the first pass lowers it (reading nothing ahead,
   * reporting nothing), in the first pass's state, then undone.
   */
  private loweredAsFirstPass(firstPass: FirstPass, nodes: readonly Node[], start: ChunkState, lower: () => void, memory: ChunkMemory, counts: { lowered: number }): FirstPassStep {
    counts.lowered++;
    const before = this.lengths();
    const exitMacro = this.exitMacro;
    const journal: Journal = { symbols: new Map(), fields: new Map() };
    const services = new Map<string, number | undefined>();
    const recorder = new ChunkRecorder();
    const { forward, final } = this;
    this.symbols.journal = journal;
    this.serviceJournal = services;
    const differences = firstPass.differences();
    this.symbols.impose(differences.symbols, differences.fields);
    for (const [key, link] of differences.services) this.setService(key, link);
    const { scalar, expansions: firstExpansions } = firstPass.start(start, this.expansions);
    this.setChunkState(scalar);
    this.expansions = firstExpansions;
    this.forward = undefined;
    this.final = false;
    this.recorder = recorder;
    this.symbols.observer = recorder;
    try {
      lower();
    } finally {
      this.forward = forward;
      this.final = final;
      this.recorder = undefined;
      this.symbols.observer = undefined;
      this.symbols.journal = undefined;
      this.serviceJournal = undefined;
    }
    if (this.leavesOpen()) throw new FirstPassLost();
    const recording = this.recordingOf(recorder, nodes, scalar, { ...before, expansions: firstExpansions });
    if (!recorder.refused && this.expansions < MAX_EXPANSIONS) memory.keep(nodes[0] as Node, false, recording);
    this.symbols.restore(journal);
    for (const [key, link] of services) this.setService(key, link);
    this.layout.items.length = before.items;
    this.entries.length = before.entries;
    this.dispatches.length = before.dispatches;
    this.calls.length = before.calls;
    this.notes.length = before.notes;
    this.undefinedNames.length = before.undefinedNames;
    this.setChunkState(start);
    this.expansions = before.expansions;
    this.exitMacro = exitMacro;
    return { recording, bytes: 0n, startExpansions: firstExpansions };
  }

  /** Runs `execute` (this pass's lowering or replay of a chunk) and follows the first pass through `step` beside it. */
  private followed(firstPass: FirstPass, step: FirstPassStep, execute: () => void): void {
    const journal: Journal = { symbols: new Map(), fields: new Map() };
    const services = new Map<string, number | undefined>();
    this.symbols.journal = journal;
    this.serviceJournal = services;
    try {
      execute();
    } finally {
      this.symbols.journal = undefined;
      this.serviceJournal = undefined;
    }
    if (this.leavesOpen()) throw new FirstPassLost();
    firstPass.follow(step, this.symbols, journal, this.ownServices, services, this.chunkState(), this.expansions);
  }

  /** Gives a service of the file's own table its link code (undefined: none), journalled while the first pass is followed. */
  private setService(key: string, link: number | undefined): void {
    if (this.serviceJournal && !this.serviceJournal.has(key)) this.serviceJournal.set(key, this.ownServices.get(key));
    if (link === undefined) this.ownServices.delete(key);
    else this.ownServices.set(key, link);
  }

  private setChunkState(state: ChunkState): void {
    this.layout.address = state.address;
    this.radixValue = state.radix;
    this.dataSegment = state.dataSegment;
    this.realModeSegment = state.realModeSegment;
    this.anonymousCount = state.anonymousCount;
    this.localCount = state.localCount;
    this.ended = state.ended;
  }

  private replay(node: Node, recording: ChunkRecording, memory: ChunkMemory): void {
    const rows = node.startPosition.row - recording.row;
    const bytes = this.layout.address - recording.start.address;
    const same = rows === 0 && bytes === 0n;
    const effects = same ? recording.effects : moveEffects(recording.effects, this.options.file, rows, bytes);
    if (!same && bytes === 0n) recording.effects.items.forEach((item, i) => memory.copies.add(item, effects.items[i] as ProgramItem<X86Instruction>, rows));
    const print = this.symbols.print.key;
    this.symbols.replay(effects.changes);
    this.layout.items.push(...effects.items);
    this.entries.push(...effects.entries);
    this.dispatches.push(...effects.dispatches);
    this.calls.push(...effects.calls);
    this.notes.push(...effects.notes);
    // What only a reporting pass adds: the first pass may replay a later pass's recording.
    if (this.final) {
      this.undefinedNames.push(...effects.undefinedNames);
      for (const item of effects.reports) this.report(item);
    }
    for (const [key, link] of effects.services) this.setService(key, link);
    this.setChunkState(chunkState(recording.end, bytes));
    this.expansions += recording.expansions;
    const kept = same ? recording : movedRecording(recording, node.startPosition.row, bytes, effects);
    const reads = memory.firstPassReads(recording);
    if (!same && reads) memory.keepFirstPassReads(kept, reads);
    memory.keep(node, this.final, kept);
    kept.print = print;
  }

  // ---------------------------------------------------------------------
  // Containers

  private assembledClause(conditional: Node): Node | undefined {
    this.conditionDepth++;
    try {
      return chosenClause(conditional, (clause) => (child(clause, 'expansion') ? this.expandedConditionHolds(clauseLineText(clause), clause) : testCondition(clause, this)));
    } finally {
      this.conditionDepth--;
    }
  }

  private procedure(node: Node): void {
    const { head, prologue } = this.chosenHead(node);
    if (!head) {
      // No clause assembles a BeginProc line: the shared body is plain code.
      this.walk(statementsOf(node));
      this.walk(this.chosenEpilogue(node));
      return;
    }
    const outer = this.frameState;
    if (!this.openProcedure(head)) return;
    this.walk([...prologue, ...statementsOf(node)]);
    this.highLevel.close();
    this.walk(this.chosenEpilogue(node));
    this.leaveFrame(outer);
  }

  /** Defines the procedure a BeginProc or PROC line names, as an entry point, and makes it the current frame. */
  private openProcedure(head: Node): boolean {
    const nameNode = child(head, 'name');
    // A wrapper's call with no name (`MyBegin`, or `MyBegin )` being typed) expands to a BeginProc line whose name is missing: no procedure opens, as none does for such a line written out.
    if (!nameNode?.text) {
      this.namelessHead(head);
      return false;
    }
    const name = nameNode.text;
    const options = head.firstChild?.type === 'beginproc'
      ? argumentSlots(head, 'option').map((o) => o?.text ?? '')
      : rawText(head, 'options').split(/[\s,]+/);
    const lower = options.map((o) => o.toLowerCase());
    this.slot();
    const hook = lower.indexOf('hook_proc');
    const previous = hook >= 0 ? options[hook + 1] : undefined;
    if (previous) {
      // Hook_Proc keeps the previous hook's address in a dword before the procedure, which the hook's installer stores.
      this.defineLabel(previous, { code: false, size: 4 }, head);
      this.layout.data([{ bytes: 4, value: expr.bv(0) }], 4, this.span(nameNode), undefined, true);
    }
    const declaration = head.firstChild?.type === 'beginproc' ? undefined : parseProcDeclaration(rawText(head, 'options'));
    const prototype = declaration && this.prototypeOf(declaration);
    this.defineLabel(name, { code: true, ...(prototype ? { prototype } : {}) }, nameNode);
    // Real-mode initialisation code runs under DOS before the VMM exists.
    if (!this.realModeSegment && !this.struc) {
      this.entries.push(entryPoint(name, this.layout.address, { kind: 'procedure' }, this.span(nameNode)));
    }
    const generated = declaration && prototype && this.generatedFrame(declaration, prototype, head);
    this.frameState = {
      name, calleePops: lower.includes('scall') || lower.includes('pcall'), argBytes: 0, localBytes: 0, start: this.layout.address, ...(generated ? { generated } : {}),
      ...(previous ? { previous } : {}),
    };
    return true;
  }

  /** The language a PROC or PROTO line names, or the `.MODEL` line's. */
  private languageOf(declaration: ProcDeclaration): Language | undefined {
    const defaultLanguage = this.symbols.get(INTERFACE);
    return declaration.language
      ?? (defaultLanguage?.kind === 'equate' && defaultLanguage.value.kind === 'const' ? languageNumbered(Number(defaultLanguage.value.value)) : undefined);
  }

  private prototypeOf(declaration: ProcDeclaration): Prototype {
    const sizes = declaration.parameters.map((p) => typeSize(p.type, (n) => this.typeSize(n)));
    return { language: this.languageOf(declaration), vararg: declaration.vararg, sizes };
  }

  /** A PROC line's frame: its parameters defined where the prologue puts them, for the procedure's length. */
  private generatedFrame(declaration: ProcDeclaration, { language, sizes }: Prototype, head: Node): GeneratedFrame {
    if (declaration.badUses.length > 0) this.unmodelled(`USES ${declaration.badUses.join(' ')}: not registers`, head);
    const { offsets, total } = parameterOffsets(sizes, language);
    const frame: GeneratedFrame = {
      stackParameters: declaration.parameters.length > 0 || declaration.vararg,
      uses: declaration.uses, localBytes: 0, returnBytes: returnBytes(language, declaration.vararg, total), far: declaration.far,
      prologue: this.frameOption(PROLOGUE_OPTION, 'prologuedef'), epilogue: this.frameOption(EPILOGUE_OPTION, 'epiloguedef'),
      prologueWritten: false, source: this.span(head), line: head.text, hidden: [],
    };
    declaration.parameters.forEach((p, i) => p.name && this.defineFrameName(frame, p.name, offsets[i], sizes[i]));
    return frame;
  }

  /** OPTION PROLOGUE or EPILOGUE: only the default writes frame code; a macro of the project's own is not read. */
  private frameOption(option: string, standard: string): boolean {
    const s = this.symbols.get(option);
    return s?.kind !== 'text' || s.text.toLowerCase() === standard;
  }

  private typeSize(name: string): number | undefined {
    const s = this.lookup(name);
    return s?.kind === 'struc' || s?.kind === 'type' ? s.size : undefined;
  }

  /** The type a TYPEDEF line names: another type, or a pointer (`PTR BYTE`, `FAR PTR`); none for a PROTO type, which is code. */
  private typedef(text: string): NamedType | undefined {
    const words = text.trim().split(/\s+/);
    const [word] = words;
    if (words.length === 1 && word) return namedType(word, (n) => this.lookup(n));
    if (!words.some((w) => w.toLowerCase() === 'ptr')) return undefined;
    const size = typeSize(text, (n) => this.typeSize(n));
    return size === undefined ? undefined : { size };
  }

  /** A parameter (offset above EBP) or local (below): a memory operand of its size, or an unknown value where the place is unknown. */
  private defineFrameName(frame: GeneratedFrame, name: string, offset: number | undefined, size: number | undefined): void {
    frame.hidden.push([name, this.symbols.get(name)]);
    if (offset === undefined) return this.symbols.set({ kind: 'equate', name, value: expr.sym(name) });
    const cast = size === 1 ? 'byte ptr ' : size === 2 ? 'word ptr ' : size === 4 ? 'dword ptr ' : '';
    this.symbols.set({ kind: 'text', name, text: `${cast}[ebp${offset < 0 ? '-' : '+'}${Math.abs(offset)}]` });
  }

  /** Leaves a procedure for the frame around it; its parameters' and locals' names go back to what they hid. */
  private leaveFrame(outer: ProcFrame | undefined): void {
    for (const [name, symbol] of [...(this.frameState?.generated?.hidden ?? [])].reverse()) {
      if (symbol) this.symbols.set(symbol);
      else this.symbols.delete(name);
    }
    this.frameState = outer;
  }

  /** MASM 6 `LOCAL name[count]:type` lines after a PROC line: stack space below EBP. */
  private localDirective(node: Node): void {
    const frame = this.frameState?.generated ?? this.localsFrame(node);
    if (!frame || frame.prologueWritten) return this.unmodelled('LOCAL outside a macro or after the first instruction of a PROC', node);
    for (const v of children(node, 'variable')) {
      const name = child(v, 'name')?.text;
      if (!name) continue;
      const countNode = child(v, 'count');
      const count = countNode ? this.evaluator.constant(countNode) : 1n;
      const size = typeSize(child(v, 'type')?.text ?? '', (n) => this.typeSize(n));
      frame.localBytes = frame.localBytes === undefined || size === undefined || count === undefined
        ? undefined : localOffset(frame.localBytes, size, Number(count));
      this.defineFrameName(frame, name, frame.localBytes === undefined ? undefined : -frame.localBytes, size);
    }
  }

  /**
   * The frame MASM makes for a BeginProc procedure's first LOCAL line:
   * vmm.inc opens the procedure with PROC, so its locals get the frame a
   * PROC without parameters gets.
   */
  private localsFrame(node: Node): GeneratedFrame | undefined {
    const state = this.frameState;
    if (!state || state.start !== this.layout.address) return undefined;
    const generated: GeneratedFrame = {
      stackParameters: false, uses: [], localBytes: 0, returnBytes: 0, far: false,
      prologue: this.frameOption(PROLOGUE_OPTION, 'prologuedef'), epilogue: this.frameOption(EPILOGUE_OPTION, 'epiloguedef'),
      prologueWritten: false, source: this.span(node), line: node.text, hidden: [],
    };
    this.frameState = { ...state, generated };
    return generated;
  }

  /** MASM writes a PROC's prologue before its first instruction, once its LOCAL lines are read. */
  private writePrologue(): void {
    const frame = this.frameState?.generated;
    if (!frame || frame.prologueWritten) return;
    frame.prologueWritten = true;
    this.writeFrameCode(prologue(frame, expr.sym(`${this.frameState?.name ?? ''} locals`)), frame.source, frame.line);
  }

  private writeFrameCode(instructions: readonly X86Instruction[], source: SourceSpan, line: string): void {
    for (const instruction of instructions) this.layout.instruction(instruction, source, firstLine(line));
  }

  /** A BeginProc or PROC line of a macro expansion: the lines after it, wherever they come from, are the procedure's. */
  private openProcedureLine(head: Node): void {
    const outer = this.frameState;
    if (this.openProcedure(head)) this.openedProcedures.push(outer);
  }

  /**
   * MASM's error at a macro call of the analysed file whose expansion opens a
   * procedure with no name, a PW100 there as for `BeginProc` written with
   * none; a call on a line with a syntax error has its PW100 already.
   */
  private namelessHead(head: Node): void {
    const site = this.ctx.site;
    if (!site || site.file !== this.options.file || this.expandingBrokenLine) return;
    const line = firstLine(head.text).replace(/\s+/g, ' ').trim();
    this.notes.push({ code: 'PW100', message: `Syntax error: this call expands to "${line}", which names no procedure`, source: site });
  }

  /** Starts the next slot (layout.ts), in the first pass too where it stands elsewhere; where it already stands at one, stays. */
  private slot(): void {
    if (this.struc) return;
    this.recorder?.sawLocation();
    this.layout.slot();
    if (!this.recorder) this.firstPass?.slotted(this.chunkState(), this.expansions);
  }

  private closeProcedureLine(): void {
    if (this.openedProcedures.length > 0) this.leaveFrame(this.openedProcedures.pop());
  }

  /**
   * When IFDEF/ELSE pick one of several EndProc (or segment closing) lines,
   * the lines before the one of the clause that assembles end the body.
   */
  private chosenEpilogue(node: Node): Node[] {
    const footer = child(node, 'footer');
    // Which closing line assembles is read from the state the body left.
    if (footer) this.outsideChunks();
    const clause = footer && this.assembledClause(footer);
    return clause ? statementsOf(clause) : [];
  }

  /**
   * The node holding a procedure's name and options (or a segment's kind):
   * the procedure or segment itself, or, when IFDEF/ELSE pick one of several
   * BeginProc (or segment opening) lines, the line in the clause that
   * assembles, after that clause's lines before it; the clause's lines after
   * it open the body.
   */
  private chosenHead(node: Node): { head: Node | undefined; prologue: Node[] } {
    const header = child(node, 'header');
    if (!header) return { head: node, prologue: [] };
    const clause = this.assembledClause(header);
    if (!clause) return { head: undefined, prologue: [] };
    this.walk(statementsOf(clause));
    return { head: child(clause, 'head'), prologue: children(clause, 'prologue') };
  }

  private controlTable(node: Node): void {
    const device = child(node, 'name')?.text;
    if (!device) return;
    const name = `${device}_Control`;
    this.defineLabel(name, { code: true }, node);
    this.entries.push(entryPoint(name, this.layout.address, { kind: 'procedure' }, this.span(child(node, 'name') ?? node)));
    this.walk(statementsOf(node));
    this.emit('clc', [], node.lastChild ?? node);
    this.emit('ret', [], node.lastChild ?? node);
  }

  private serviceTableStatement(node: Node): void {
    const device = child(node, 'name')?.text;
    const outer = this.serviceTable;
    this.serviceTable = device ? { device, next: 0 } : undefined;
    this.walk(statementsOf(node));
    this.serviceTable = outer;
  }

  /** `MYVXD_Service Name`: the service's link code is (device id SHL 16) + its index. */
  private serviceDeclaration(node: Node): void {
    const service = child(node, 'service')?.text;
    const table = this.serviceTable;
    if (!service || !table) return;
    const index = table.next++;
    const id = this.lookup(`${table.device}_Device_ID`);
    const value = id?.kind === 'equate' && id.value.kind === 'const' ? id.value.value : undefined;
    if (value === undefined) return;
    const key = service.toLowerCase();
    const link = Number((value << 16n) | BigInt(index));
    this.recorder?.declaredService(key, link);
    this.setService(key, link);
  }

  private segment(node: Node): void {
    // Its opening line reads no symbol unless a conditional picks it: then the first pass must be in this pass's state, else in the same scalar state.
    if (!this.recorder && child(node, 'header')) this.outsideChunks();
    else if (!this.recorder) this.firstPass?.requireSameState();
    const { head, prologue } = this.chosenHead(node);
    if (!head) {
      // No clause assembles an opening line: the body goes on in the segment around it.
      this.walk(statementsOf(node));
      this.walk(this.chosenEpilogue(node));
      return;
    }
    this.slot();
    const outer = this.openSegment(head);
    this.walk([...prologue, ...statementsOf(node)]);
    this.walk(this.chosenEpilogue(node));
    this.restoreSegment(outer);
  }

  /** Takes the kind of segment a segment's opening line names; returns the state around it. */
  private openSegment(head: Node): SegmentState {
    const outer: SegmentState = { realMode: this.realModeSegment, data: this.dataSegment, base: this.segmentBase };
    this.segmentBase = this.layout.address;
    const begin = child(head, 'begin')?.text.toLowerCase() ?? '';
    this.realModeSegment = begin.includes('real_init');
    this.dataSegment = begin ? begin.endsWith('data_seg') : isDataSegment(child(head, 'name')?.text ?? '', rawText(head, 'options'));
    return outer;
  }

  private restoreSegment(state: SegmentState): void {
    this.realModeSegment = state.realMode;
    this.dataSegment = state.data;
    this.segmentBase = state.base;
    // The first pass opened the segment in the same state, so it restores the same kind of segment.
    if (!this.recorder) this.firstPass?.restoredSegment(this.chunkState(), this.expansions);
  }

  private openSegmentLine(head: Node): void {
    this.slot();
    this.openedSegments.push(this.openSegment(head));
  }

  private closeSegmentLine(): void {
    const outer = this.openedSegments.pop();
    if (outer) this.restoreSegment(outer);
  }

  private strucDefinition(node: Node): void {
    const name = child(node, 'name')?.text;
    if (!name) return;
    const outer = this.struc;
    const union = node.children.some((c) => c?.type === 'union');
    this.struc = { name, union, offset: 0, size: 0, fields: [] };
    this.walk(statementsOf(node));
    const built = this.struc;
    this.struc = outer;
    const fields = new Map(built.fields.map((f) => [f.name.toLowerCase(), f]));
    this.symbols.set({ kind: 'struc', name, size: Math.max(built.size, built.offset), fields, order: built.fields });
    built.fields.forEach((f) => this.symbols.addField(f));
  }

  private addField(field: StrucField): void {
    const s = this.struc;
    if (!s) return;
    s.fields.push(field);
    if (s.union) s.size = Math.max(s.size, field.length);
    else s.offset += field.length;
  }

  // ---------------------------------------------------------------------
  // Data

  private dataDefinition(node: Node): void {
    const typeNode = child(node, 'type');
    if (typeNode) this.data(child(node, 'name')?.text, typeNode, children(node, 'value'), node);
  }

  private data(name: string | undefined, typeNode: Node, values: readonly Node[], node: Node): void {
    // A macro's name first makes the line a call, its arguments separated by blanks: `DEFCPROC Name <USES esi>`.
    const macro = name === undefined ? undefined : this.symbols.get(name);
    if (macro?.kind === 'macro') {
      this.expandCall(macro.definition, [typeNode, ...values], node);
      return;
    }
    if (name !== undefined && macro === undefined && this.vtoolsdCall(name, [typeNode, ...values], node)) return;
    const dataSize = DATA_SIZES[typeNode.text.toLowerCase()];
    const unit = dataSize === undefined ? namedType(typeNode.text, (n) => this.lookup(n)) : { size: dataSize };
    if (!unit) {
      this.unknown(typeNode.text, typeNode);
      return;
    }
    const s = unit.struc === undefined ? undefined : this.lookup(unit.struc);
    const { bytes, length } = s?.kind === 'struc' ? this.strucData(values, s) : this.scalarData(values, unit.size);
    const typed = { ...(unit.struc ? { struc: unit.struc } : {}), ...(unit.signed ? { signed: true as const } : {}) };
    if (this.struc) {
      if (name) this.addField({ name, offset: this.struc.offset, size: unit.size, length, initial: bytes, ...typed });
      else this.addField({ name: '', offset: this.struc.offset, size: unit.size, length, initial: bytes });
      return;
    }
    if (name) this.defineLabel(name, { code: false, size: unit.size, length, ...typed }, node);
    // A table of code addresses (a dispatch table) is only read, wherever it lives.
    const writable = this.dataSegment && !(values.length > 0 && values.every((v) => this.isCodeAddress(v)));
    this.layout.data(bytes, length, this.span(node), firstLine(node.text), writable);
  }

  /** `OFFSET32 name` (or `OFFSET name`, or `name`) of a label in code. */
  private isCodeAddress(value: Node): boolean {
    const name = /^(?:offset(?:32)?\s+)?(?:flat:)?([A-Za-z_@?$][\w@?$]*)$/i.exec(value.text.trim())?.[1];
    const symbol = name === undefined ? undefined : this.lookup(name);
    return symbol?.kind === 'label' && symbol.code;
  }

  private scalarData(values: readonly Node[], size: number): { bytes: DataValue[]; length: number } {
    const out: DataValue[] = [];
    let length = 0;
    const push = (v: Expr): void => {
      for (const part of splitValue(v, size)) out.push(part);
      length += size;
    };
    const one = (n: Node): void => {
      if (n.type === 'string' && size === 1) {
        for (const b of this.literalBytes(n.text)) push(expr.bv(b));
      } else if (n.type === 'string') {
        push(expr.bv(stringValue(this.literalBytes(n.text))));
      } else if (n.type === 'uninitialized') {
        push(expr.bv(0));
      } else if (n.type === 'dup_expression') {
        const count = Number(this.evaluator.constant(child(n, 'count') ?? n) ?? 0n);
        const before = out.length;
        const start = length;
        for (const v of children(n, 'value')) one(v);
        const block = out.slice(before);
        const blockLength = length - start;
        if (count * blockLength > MAX_DUP_BYTES || count < 1) {
          // A large buffer: its size matters for the layout, its contents are unknown.
          out.length = before;
          length = start + Math.max(0, count) * blockLength;
          return;
        }
        for (let i = 1; i < count; i++) out.push(...block);
        length += (count - 1) * blockLength;
      } else if (n.type === 'angle_list') {
        for (const item of argumentSlots(n, 'item')) if (item) one(item);
      } else {
        push(this.evaluator.value(n).expr);
      }
    };
    for (const v of values) one(v);
    return { bytes: out, length };
  }

  /** Structure instances: each field takes its initialiser from the `<...>` list, else its default. */
  private strucData(values: readonly Node[], s: Extract<MasmSymbol, { kind: 'struc' }>): { bytes: DataValue[]; length: number } {
    const out: DataValue[] = [];
    let length = 0;
    const instance = (init: Node | undefined): void => {
      const items = init?.type === 'angle_list' ? argumentSlots(init, 'item') : [];
      let offset = 0;
      s.order.forEach((f, i) => {
        // A union's later members lie over its first, whose initial value MASM assembles.
        if (f.offset < offset) return;
        if (f.offset > offset) out.push(...zeros(f.offset - offset));
        const item = items[i];
        if (item && (f.size === 1 || f.size === 2 || f.size === 4) && f.length === f.size && item.type !== 'angle_list') {
          out.push(dataValue(f.size, this.evaluator.value(item).expr));
        } else if (f.initial.length > 0) {
          out.push(...f.initial);
        } else {
          out.push(...zeros(f.length));
        }
        offset = Math.max(offset, f.offset + f.length);
      });
      if (s.size > offset) out.push(...zeros(s.size - offset));
      length += s.size;
    };
    for (const v of values) {
      if (v.type === 'dup_expression') {
        const count = Number(this.evaluator.constant(child(v, 'count') ?? v) ?? 0n);
        const inits = children(v, 'value');
        if (count * s.size > MAX_DUP_BYTES) {
          length += count * s.size;
          continue;
        }
        for (let i = 0; i < count; i++) for (const init of inits) instance(init);
      } else {
        instance(v);
      }
    }
    return { bytes: out, length };
  }

  // ---------------------------------------------------------------------
  // Includes

  private include(node: Node): void {
    const pathNode = child(node, 'path');
    if (!pathNode) return;
    const written = includeTarget(pathNode.text);
    // What an included file holds is not among the reads a chunk records.
    this.recorder?.refuse('an include');
    if (isKnownInclude(written)) {
      this.ddkIncludes = true;
      return;
    }
    const read = this.options.readFile;
    const found = read && findIncludedFile('vxd-masm', written, this.ctx.file, { includePaths: this.options.includePaths ?? [], pathVariables: {} }, read);
    if (!found) {
      if (this.final) {
        this.notes.push({
          code: 'PW103',
          message: `Include file ${written} was not found on the include paths; analysis goes on without it`,
          source: this.span(pathNode),
        });
      }
      return;
    }
    if (found.notSource !== undefined) {
      if (this.final) this.notes.push({ code: 'PW103', message: notSourceMessage(`Include file ${written}`, found.notSource), source: this.span(pathNode) });
      return;
    }
    const root = this.parse(found.text);
    if (this.ctx.includes.some((f) => resolve(f) === resolve(found.file))) {
      const reading = this.ctx.includes.map((f) => resolve(f));
      const key = cycleKey(reading, resolve(found.file));
      // Noted at every place that closes it: `oncePerCycle` keeps the first, as for ObjAsm's GETs.
      if (this.final && !this.assemblesNothing(root)) {
        this.notes.push({ code: 'PW103', message: cycleMessage(`Include file ${written}`, reading, resolve(found.file)), source: this.span(pathNode), cycle: key });
      }
      return;
    }
    if (this.ctx.includes.length > 16) {
      this.unmodelled(`include ${written}: includes nested too deeply`, pathNode);
      return;
    }
    const ctx = walkContext(found.file, found.text, undefined, undefined, this.ctx.depth, [...this.ctx.includes, found.file]);
    if (found.latin1) this.latin1Files.add(found.file);
    for (const [statement, line] of brokenStatements(root)) this.brokenLines.set(statement, line);
    this.within(ctx, () => this.walk(statementsOf(root)));
  }

  /**
   * Whether an included file's statements (`root`) assemble nothing here: a
   * guarded header (`IFNDEF X` / `X EQU 1` / ... / `ENDIF`) read again
   * through a cycle, which MASM reads without end only when unguarded.
   */
  private assemblesNothing(root: Node): boolean {
    return statementsOf(root).every((s) => {
      if (s.type === 'end_directive') return true;
      if (s.type !== 'conditional') return false;
      const clause = this.assembledClause(s);
      return !clause || statementsOf(clause).length === 0;
    });
  }

  // ---------------------------------------------------------------------
  // Entry points

  /**
   * A procedure named by Control_Dispatch, or jumped to by the control
   * procedure's hand-written dispatch on its message, is entered for that
   * message rather than as a plain procedure; one whose address
   * `_SetFreePhysRegCalBk` is given, as VMM calls that callback. The code
   * under an anonymous label (`@@:`) that handles a message itself goes by
   * the control procedure and the message (`HWC_Control@@Device_Init`): the
   * label's own name counts every `@@:` of the file before it, and changed
   * with code added anywhere above, where a run or a finding's replay names it.
   */
  private finishEntries(): void {
    // The plain entries by name, each taken by the first dispatch that names it.
    const plain = new Map<string, EntryPoint[]>();
    for (const e of this.entries) {
      if (e.contract.kind !== 'procedure') continue;
      const key = e.name.toLowerCase();
      const same = plain.get(key);
      if (same) same.push(e);
      else plain.set(key, [e]);
    }
    const taken = new Set<EntryPoint>();
    const dispatched: EntryPoint[] = [];
    const owner = this.controlProcedureName();
    for (const d of [...this.dispatches, ...this.handWrittenDispatches()]) {
      const s = this.lookup(d.procedure);
      if (s?.kind !== 'label') continue;
      const entry = plain.get(d.procedure.toLowerCase())?.shift();
      if (entry) taken.add(entry);
      const name = s.name.startsWith('@@') && owner !== undefined ? `${owner}@@${d.message}` : s.name;
      dispatched.push(entryPoint(name, s.address, { kind: 'control-dispatch', message: d.message }, entry?.source ?? d.source));
    }
    const callbacks = freePhysCallbacks(this.calls, this.layout.items);
    const control = this.dispatches.length === 0 ? this.controlProcedureName()?.toLowerCase() : undefined;
    const kept = this.entries.flatMap((e) => {
      if (taken.has(e)) return [];
      if (e.contract.kind !== 'procedure') return [e];
      if (callbacks.has(e.address)) return [entryPoint(e.name, e.address, FREE_PHYS_CALLBACK, e.source)];
      return e.name.toLowerCase() === control ? [entryPoint(e.name, e.address, { kind: 'procedure', controlProcedure: true }, e.source)] : [e];
    });
    const labelled = this.labelCallbacks(callbacks);
    this.entries.length = 0;
    this.entries.push(...kept, ...dispatched, ...labelled);
  }

  /** The callbacks written as a code label rather than a procedure (`Callback:`), which are entries only as such. */
  private labelCallbacks(callbacks: ReadonlySet<bigint>): EntryPoint[] {
    const entered = new Set(this.entries.map((e) => e.address));
    const unentered = [...callbacks].filter((address) => !entered.has(address));
    if (unentered.length === 0) return [];
    const labels = this.codeLabels();
    return unentered.flatMap((address) => {
      const name = labels.get(address);
      const item = itemHolding(this.layout.items, address);
      return name === undefined || item?.kind !== 'instruction' || item.address !== address ? [] : [entryPoint(name, address, FREE_PHYS_CALLBACK, item.source)];
    });
  }

  /** The code labels by address, the first the symbol table holds at each, but those MASM makes up (`@@`, `??0001`). */
  private codeLabels(): Map<bigint, string> {
    const labels = new Map<bigint, string>();
    for (const name of this.symbols.labels().keys()) {
      const s = this.lookup(name);
      if (s?.kind === 'label' && s.code && !labels.has(s.address) && !s.name.startsWith('@@') && !s.name.startsWith('??')) labels.set(s.address, s.name);
    }
    return labels;
  }

  /**
   * The name of the control procedure Declare_Virtual_Device names. Written
   * by hand (no Control_Dispatch in the file), it handles some messages in
   * its own code, returning to the VMM, which reads no register of it; with
   * Control_Dispatch, it is the macros' code, and a target it calls (a
   * calling convention) is an entry that reports at its own return what it
   * leaves in registers.
   */
  private controlProcedureName(): string | undefined {
    const control = this.symbols.get(CONTROL_PROCEDURE);
    return control?.kind === 'text' ? control.text : undefined;
  }

  /**
   * The dispatches the control procedure that Declare_Virtual_Device names
   * makes itself (`cmp eax, Device_Init` / `jz Handler`), of messages whose
   * value is known, but those a Control_Dispatch there assembled.
   */
  private handWrittenDispatches(): Dispatch[] {
    const control = this.controlProcedureName();
    const start = control === undefined ? undefined : this.lookup(control);
    if (start?.kind !== 'label') return [];
    const { items } = this.layout;
    const first = items.findIndex((item) => item.address === start.address);
    if (first < 0) return [];
    const written = new Set(this.dispatches.map((d) => `${d.procedure.toLowerCase()}|${d.message.toLowerCase()}`));
    const addressOf = (label: string): bigint | undefined => {
      const s = this.lookup(label);
      return s?.kind === 'label' ? s.address : undefined;
    };
    // A table holds addresses: the handler at one is the procedure that starts there, else a code label there.
    const codeLabels = new Map<bigint, string>();
    for (const e of this.entries) if (!codeLabels.has(e.address)) codeLabels.set(e.address, e.name);
    for (const name of this.symbols.labels().keys()) {
      const s = this.lookup(name);
      if (s?.kind === 'label' && s.code && !codeLabels.has(s.address)) codeLabels.set(s.address, s.name);
    }
    const labelAt = (address: bigint): string | undefined => codeLabels.get(address);
    return handWrittenDispatches(items, first, { addressOf, labelAt }).flatMap((d) => {
      const message = messageName(d.message);
      return message === undefined || written.has(`${d.procedure.toLowerCase()}|${message.toLowerCase()}`) ? [] : [{ procedure: d.procedure, message, source: d.source }];
    });
  }
}

class StopRepeat extends Error {}

const FREE_PHYS_CALLBACK = { kind: 'free-phys-callback' } as const;

/** Data types beyond the sizes a `size_type` names. */
const DATA_SIZES: Readonly<Record<string, number>> = { db: 1, dw: 2, dd: 4, df: 6, dp: 6, dq: 8, dt: 10 };

/** MASM's simplified segment directives, and whether data after each is writable (`.const` is not). */
/** A text equate that names a stack slot, `dword ptr [ebp+8]`: its size and its address. */
const STACK_SLOT = /^((?:byte|word|dword|fword|qword|tbyte) ptr )?\[([^[\]]*)\]$/i;

/** The instructions MASM replaces with a PROC's epilogue; RETN and RETF return as written. */
const RETURNS = new Set(['ret', 'iret', 'iretd']);
/** `.MODEL …, language` and `OPTION LANGUAGE:` set it, as MASM does. */
const INTERFACE = '@Interface';
/** OPTION PROLOGUE and EPILOGUE, kept under names no source can spell. */
const PROLOGUE_OPTION = 'option prologue';
const EPILOGUE_OPTION = 'option epilogue';

const SIMPLIFIED_SEGMENTS: ReadonlyMap<string, boolean> = new Map([
  ['.code', false], ['.const', false], ['.data', true], ['.fardata', true],
]);

/** A text's first line, as `split(/\r?\n/, 1)[0]` gives it (an instruction's or data's source line), without a regular expression per statement. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  if (end < 0) return text;
  return text.slice(0, end > 0 && text[end - 1] === '\r' ? end - 1 : end);
}

/** A full `name SEGMENT … ENDS` holds data when its name or class says so: `_DATA`, `_LDATA`, `_BSS`, `'DATA'`. */
function isDataSegment(name: string, options: string): boolean {
  return /(data|bss)$/i.test(name) || /'(data|bss)'/i.test(options);
}

function zeros(n: number): DataValue[] {
  return Array.from({ length: n }, () => ({ bytes: 1 as const, value: expr.bv(0, 8) }));
}

/** A value of a `size`-byte data item as 1/2/4-byte pieces (DQ/DF/DT: the 32-bit value, then zeros). */
function splitValue(v: Expr, size: number): DataValue[] {
  if (size === 1 || size === 2 || size === 4) return [dataValue(size, v)];
  const rest = size - 4;
  return [dataValue(4, v), ...(rest % 2 === 0 ? Array.from({ length: rest / 2 }, () => dataValue(2, expr.bv(0))) : zeros(rest))];
}

/**
 * The name and arguments of a line that calls a macro if its first name is
 * one: an instruction, a macro call, or a line shaped like a structure
 * instance (`DEFCPROC Name <USES esi>`, the structure's place holding the
 * first argument).
 */
/** The first operand of the instruction `node` that `replacements` (sorted, in `text`) leave blank, numbered from 1. */
function emptiedOperand(node: Node, replacements: readonly Replacement[], text: string): { readonly operand: Node; readonly index: number } | undefined {
  const operands = children(node, 'operand');
  for (const [i, operand] of operands.entries()) {
    let left = '';
    let at = operand.startIndex;
    for (const r of replacements) {
      if (r.start < operand.startIndex || r.end > operand.endIndex) continue;
      left += text.slice(at, r.start) + r.text;
      at = r.end;
    }
    left += text.slice(at, operand.endIndex);
    if (left.trim() === '') return { operand, index: i + 1 };
  }
  return undefined;
}

function macroCallParts(node: Node): { name: string; args: (Node | undefined)[] } | undefined {
  if (node.type === 'instruction') return { name: child(node, 'mnemonic')?.text ?? '', args: children(node, 'operand') };
  if (node.type === 'macro_call') return { name: child(node, 'name')?.text ?? '', args: argumentSlots(node, 'argument') };
  const type = node.type === 'data_definition' ? child(node, 'type') : undefined;
  const name = type && child(node, 'name')?.text;
  return name ? { name, args: [type, ...children(node, 'value')] } : undefined;
}

/** The text of the `%` line `node`, a continuation read as blanks as long as it was written, so that an offset in the text is one in the line. */
function expansionText(node: Node): string {
  return blankContinuations(child(node, 'text')?.text ?? '');
}

function blankContinuations(text: string): string {
  return text.replace(/\\[ \t]*\r?\n/g, (c) => ' '.repeat(c.length));
}

/**
 * The IF or ELSEIF line of the clause `clause` of a conditional the syntax
 * tree holds, after its `%`: an IF that chooses a procedure's or segment's
 * opening or closing line is text there, an ELSEIF its directive and conditions.
 */
function clauseLineText(clause: Node): string {
  if (child(clause, 'text')) return expansionText(clause);
  const directive = child(clause, 'directive');
  const last = children(clause, 'condition').at(-1) ?? directive;
  return directive && last ? blankContinuations(clause.text.slice(directive.startIndex - clause.startIndex, last.endIndex - clause.startIndex)) : '';
}

const CONDITIONAL_WORD = /^\s*(if(?:e|def|ndef|b|nb|idni?|difi?|1|2)?|elseif(?:e|def|ndef|b|nb|idni?|difi?)?|else|endif)(?![\w@?$&])/i;

/** The directive of a `%` line that opens, continues or closes a conditional (lower case); undefined for any other `%` line. */
function expansionConditional(node: Node): string | undefined {
  return CONDITIONAL_WORD.exec(child(node, 'text')?.text ?? '')?.[1]?.toLowerCase();
}

const UNPAIRED_CONDITIONAL = /^(?:else|elseif(?:e|def|ndef|b|nb|idni?|difi?)?|endif)$/i;

/** Whether `node` is an ELSE, ELSEIF or ENDIF line the grammar read as an instruction or macro call, as no IF before it opened a conditional. */
function isUnpairedConditional(node: Node): boolean {
  const name = node.type === 'instruction' ? child(node, 'mnemonic') : node.type === 'macro_call' ? child(node, 'name') : undefined;
  return name !== undefined && UNPAIRED_CONDITIONAL.test(name.text);
}

/** Whether a macro body's conditional lines leave one open or close or continue one opened before it. */
function unbalancedConditional(macro: Node): boolean {
  let depth = 0;
  for (const line of statementsOf(macro)) {
    if (line.type === 'conditional_head') depth++;
    else if ((line.type === 'conditional_tail' || line.type === 'conditional_branch') && depth === 0) return true;
    else if (line.type === 'conditional_tail') depth--;
  }
  return depth !== 0;
}
