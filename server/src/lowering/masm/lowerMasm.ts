import { Parser, type Tree } from 'web-tree-sitter';
import { expr, exprKey, Program, sameLabels, type Expr, type WindowsTarget, type X86Instruction } from '../../../../emulator/src/index.js';
import { LoweringCancelled } from '../cancellation.js';
import { oncePerCycle, readFromDisk } from '../includeResolution.js';
import { keptWithSyntaxTrees } from '../keptWithSyntaxTrees.js';
import { ChunkMemory } from './chunks.js';
import { LoweringPass, type PassResult } from './lowerer.js';
import { SyntaxTrees } from '../syntaxTrees.js';
import type { NameCheck } from '../nameCheck.js';
import type { SymbolSource, SymbolTable } from './symbols.js';
import { FirstPass, FirstPassLost, keepFirstPassReads } from './firstPass.js';
import type { MasmLowering, MasmLoweringOptions } from './types.js';
import { VTOOLSD_PROCEDURE_MACROS } from './vtoolsdLayer.js';

// The entry point: a vxd-masm tree in, the emulator's program IR out.

/**
 * Defines a build for each Windows target gets unless the options say
 * otherwise. DEBUG stays undefined: the retail build is what ships.
 */
const TARGET_DEFINES: Readonly<Record<WindowsTarget, readonly string[]>> = {
  W31: ['WIN31'],
  W95: ['WIN40', 'WIN40SERVICES', 'WIN40COMPAT'],
  W98: ['WIN40', 'WIN40SERVICES', 'WIN40COMPAT', 'WIN41SERVICES'],
};

/** The macros whose call closes a procedure, by the end of the file: the program's own, and VtoolsD's it defines no macro for (read natively). */
function procedureClosers(symbols: SymbolTable): Set<string> {
  const closers = symbols.procedureClosingKeys();
  for (const [name, { closes }] of VTOOLSD_PROCEDURE_MACROS) if (closes && symbols.get(name)?.kind !== 'macro') closers.add(name);
  return closers;
}

/** Label addresses settle in the second pass unless a forward reference changes a size; a few more passes settle those. */
const MAX_PASSES = 4;

function defineTable(options: MasmLoweringOptions): Map<string, Expr> {
  const out = new Map<string, Expr>();
  for (const name of TARGET_DEFINES[options.target ?? 'W95']) out.set(name, expr.bv(1));
  for (const [name, value] of Object.entries(options.defines ?? {})) {
    const existing = [...out.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    if (existing) out.delete(existing);
    if (value === null) continue;
    if (value === true) out.set(name, expr.bv(0));
    else if (typeof value === 'string') out.set(name, /^-?\d+$/.test(value) ? expr.bv(BigInt(value)) : expr.sym(value));
    else out.set(name, expr.bv(value));
  }
  return out;
}

/** Each document's recorded procedure lowerings. */
const memoryOf = keptWithSyntaxTrees(() => new ChunkMemory());
/** Each document's last program, whose look-ups by address the next one shares where they answer alike. */
const programsOf = keptWithSyntaxTrees((): { last?: Program<X86Instruction> } => ({}));

const sameSymbolLabels = (a: SymbolSource, b: SymbolSource): boolean => sameLabels(a.labels(), b.labels());

/**
 * Where the passes from scratch stand: `result` is the pass after the one
 * whose symbols are `before`, the `passes`th; `settled`: their labels are
 * the same.
 */
interface Passes {
  readonly before: SymbolSource | undefined;
  readonly result: PassResult;
  readonly passes: number;
  readonly settled: boolean;
}

/**
 * The passes from scratch as one pass seeded with `seed` (the symbols the
 * last lowering's final pass read) finds them (firstPass.ts): that pass is
 * the second when its forward references read what the first ends with,
 * else the second reads the first's symbols the seeded pass followed.
 * Undefined when the seeded pass lost the first pass.
 */
function seeded(seed: SymbolSource | undefined, pass: (forward: SymbolSource | undefined, firstPass?: FirstPass) => PassResult): Passes | undefined {
  if (!seed) return undefined;
  const firstPass = new FirstPass();
  let result: PassResult;
  try {
    result = pass(seed, firstPass);
  } catch (e) {
    if (e instanceof FirstPassLost) return undefined;
    throw e;
  }
  const first = firstPass.symbolsOver(result.symbols);
  if (firstPass.answeredAlike(first)) return { before: first, result, passes: 2, settled: !firstPass.labelsApart(result.symbols) };
  const second = pass(first);
  return { before: first, result: second, passes: 2, settled: sameSymbolLabels(first, second.symbols) };
}

/**
 * Lowers a vxd-masm syntax tree (parsed from `text`, which the lowering
 * needs for macro bodies and text equates) to x86 program IR. Never throws on bad
 * input: what it cannot model becomes symbolic values and `unmodelled`
 * items, a missing include a PW103 note.
 */
export function lowerMasm(tree: Tree, text: string, options: MasmLoweringOptions): MasmLowering {
  const opts: MasmLoweringOptions = { ...options, readFile: options.readFile ?? readFromDisk };
  const parser = new Parser();
  parser.setLanguage(tree.language);
  const syntax = options.syntaxTrees ?? new SyntaxTrees();
  const defines = defineTable(opts);
  const chunks = memoryOf(syntax);
  chunks.begin(JSON.stringify([opts.file, opts.target, opts.includePaths, [...defines].map(([k, v]) => [k, exprKey(v)])]));
  try {
    const root = syntax.document(tree, text);
    let count = 0;
    const pass = (forward: SymbolSource | undefined, firstPass?: FirstPass): PassResult => {
      count++;
      // The first pass cannot resolve forward references, so it does not report (its recordings hold what a reporting pass adds).
      return new LoweringPass(opts, parser, syntax, defines, forward, forward !== undefined, chunks, firstPass).run(root, text);
    };
    // The passes from scratch: the first, then each reading the one before until the labels settle.
    const edited = seeded(chunks.seed, pass);
    let { before, result, passes, settled } = edited ?? { before: undefined, result: pass(undefined), passes: 1, settled: false };
    while (passes < MAX_PASSES && !settled) {
      before = result.symbols;
      result = pass(before);
      passes++;
      settled = sameSymbolLabels(before, result.symbols);
    }
    // Only trees kept between analyses (the editor's) see a next lowering, which alone reads these: a first
    // analysis sends its first batch before it keeps them.
    if (!edited && options.syntaxTrees) chunks.defer(() => keepFirstPassReads(chunks));
    chunks.seed = before;
    const programs = programsOf(syntax);
    const program = new Program<X86Instruction>({
      arch: 'x86', items: result.layout.items, labels: result.symbols.labels(), symbols: result.symbols.numericEquates(),
      storage: new Map(), entries: result.entries,
    }, programs.last);
    programs.last = program;
    const hidden = root.type === 'ERROR' ? 'unparsed' : result.notes.some((n) => n.code === 'PW103') ? 'unresolved-include' : result.ended ? undefined : 'fragment';
    const names: NameCheck = {
      undefined: result.undefinedNames, defined: result.symbols.names(), partialHeaders: result.ddkIncludes, ...(hidden ? { hidden } : {}),
    };
    const moved = chunks.copies.moved(opts.file);
    return {
      program, ...(moved ? { moved } : {}), vmmCalls: result.vmmCalls, notes: oncePerCycle(result.notes), unmodelled: result.unmodelled, names,
      textMacros: result.symbols.textMacroKeys(), procedureClosers: procedureClosers(result.symbols), chunks: chunks.statistics, runs: chunks.runs, printed: chunks.printed, passes: count,
      settle: () => chunks.settle(),
    };
  } catch (error) {
    if (error instanceof LoweringCancelled) chunks.abandon();
    throw error;
  } finally {
    parser.delete();
  }
}
