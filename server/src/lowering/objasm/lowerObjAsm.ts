import { Parser, type Tree } from 'web-tree-sitter';
import { Program, sameLabels, type ArmAddressMode, type ArmInstruction, type EntryPoint } from '../../../../emulator/src/index.js';
import type { NameCheck } from '../nameCheck.js';
import { addressModeOf } from '../riscos/addressMode.js';
import { discoverEntries, EntryMemory } from '../riscos/entryPoints.js';
import { isNumber } from '../riscos/values.js';
import { LoweringCancelled } from '../cancellation.js';
import { oncePerCycle, readFromDisk } from '../includeResolution.js';
import { keptWithSyntaxTrees } from '../keptWithSyntaxTrees.js';
import { CopiesMade } from '../movedCopies.js';
import { ChunkMemory } from './chunks.js';
import { PassMemory } from './passRecord.js';
import { linesOf, ObjAsmPass, type ParseCache, type PassOptions, type PassResult } from './pass.js';
import type { SyntaxNode } from '../syntaxNode.js';
import { SyntaxTrees } from '../syntaxTrees.js';
import type { ObjAsmLowering, ObjAsmLoweringOptions } from './types.js';

// The entry point: a riscos-objasm tree in, the emulator's ARM program IR out.

/** Addresses settle in the second pass unless a forward reference changes a size (ADRL, literal MOV); a few more settle those. */
const MAX_PASSES = 5;

function settled(a: PassResult, b: PassResult): boolean {
  return a.layout.address === b.layout.address && sameLabels(a.layout.labels, b.layout.labels);
}

/** Each document's recorded routine lowerings, and the passes of its last lowering. */
const memoryOf = keptWithSyntaxTrees(() => new ChunkMemory());
const passesOf = keptWithSyntaxTrees(() => new PassMemory());
/** What each document's last entry discovery found, for the next. */
const entryMemoryOf = keptWithSyntaxTrees(() => new EntryMemory());
/**
 * Each document's last program, whose look-ups by address the next one shares where they answer alike, and
 * whether it was the 26-bit passes' (then the 32-bit passes of the next lowering are likely to tell only the mode).
 */
const programsOf = keptWithSyntaxTrees((): { last?: Program<ArmInstruction>; in26?: boolean } => ({}));

/**
 * The passes in one address mode, until the labels settle; `readMode`: one of them read the mode. `bases`: the
 * passes resume and take over the last lowering's (else they start afresh).
 */
function lowerInMode(
  root: SyntaxNode, lines: () => readonly string[], options: Omit<PassOptions, 'mode' | 'movesLines'>, mode: ArmAddressMode, movesLines: boolean,
  cache: ParseCache, chunks: ChunkMemory, passes: PassMemory, bases = true,
): { result: PassResult; readMode: boolean } {
  const opts = { ...options, mode, movesLines };
  const base = (n: number): PassResult | undefined => (bases ? passes.get(mode, n) : undefined);
  let result = new ObjAsmPass(opts, cache, undefined, lines, chunks, base(1)).run(root);
  passes.set(mode, 1, result);
  let { readMode } = result;
  for (let n = 2; n <= MAX_PASSES; n++) {
    const next = new ObjAsmPass(opts, cache, result, lines, chunks, base(n)).run(root);
    passes.set(mode, n, next);
    const done = settled(result, next);
    result = next;
    readMode ||= next.readMode;
    if (done && n >= 2) break;
  }
  return { result, readMode };
}

/**
 * Lowers a riscos-objasm syntax tree (parsed from `text`, which macro
 * expansion needs) to ARM program IR with its entry points, as 32-bit code
 * unless that holds a 26-bit idiom (then as 26-bit code, so that EXITS and
 * friends expand as they do there, unless nothing read the mode). Never throws on bad input: what it
 * cannot model becomes symbolic values and `unmodelled` items, a missing
 * GET a PW103 note.
 */
export function lowerObjAsm(tree: Tree, text: string, options: ObjAsmLoweringOptions): ObjAsmLowering {
  const opts = { ...options, readFile: options.readFile ?? readFromDisk };
  const parser = new Parser();
  parser.setLanguage(tree.language);
  const syntax = options.syntaxTrees ?? new SyntaxTrees();
  const cache = { parser, syntax, gets: new Map(), moved: new Map(), movedItems: new CopiesMade(), positions: new Map() };
  // The address mode is not among the settings: a routine that never reads it is replayed in both modes.
  const chunks = memoryOf(syntax);
  const passes = passesOf(syntax);
  const settings = JSON.stringify([opts.file, opts.pathVariables, opts.includePaths]);
  chunks.begin(settings);
  passes.begin(settings);
  try {
    const root = syntax.document(tree, text);
    const lines = linesOf(text);
    const programs = programsOf(syntax);
    // While the program is the 26-bit passes' (as last time), the 32-bit passes tell only the mode: what they take over is not moved down.
    let in32 = lowerInMode(root, lines, opts, '32', programs.in26 !== true, cache, chunks, passes);
    const mode = addressModeOf(in32.result.layout.items);
    // Passes that never read the mode lower alike in both, pass by pass.
    const in26 = mode === '26' && in32.readMode;
    // Guessed wrong (or stale since): the program is a 32-bit pass whose lines lag behind, made again without the last lowering's passes.
    if (!in26 && in32.result.linesStale) in32 = lowerInMode(root, lines, opts, '32', true, cache, chunks, passes, false);
    let { result } = in32;
    if (in26) result = lowerInMode(root, lines, opts, mode, true, cache, chunks, passes).result;
    programs.in26 = in26;
    passes.end();
    const symbols = new Map([...result.equates].filter((e): e is [string, Extract<typeof e[1], object>] => isNumber(e[1])));
    const parts = { arch: 'arm' as const, items: result.layout.items, labels: result.layout.labels, symbols, storage: result.storage };
    // Entry points are found by reading the program they belong to: it is built once, with this array, filled once it can be read.
    const entries: EntryPoint[] = [];
    const program = new Program<ArmInstruction>({ ...parts, entries }, programs.last);
    programs.last = program;
    const memory = entryMemoryOf(syntax);
    const found = discoverEntries({
      program, memory, labelSources: result.layout.labelSources, regionStarts: result.routines.map((r) => r.address),
      routines: result.routines, ...(result.headerAddress === undefined ? {} : { headerAddress: result.headerAddress }),
      ...(options.handlers ? { hints: options.handlers } : {}),
    });
    entries.push(...found.entries);
    const moved = cache.movedItems.moved(opts.file);
    const hidden = result.notes.length > 0 ? 'unresolved-include' : result.areas === 0 ? 'fragment' : undefined;
    const names: NameCheck = {
      undefined: result.undefinedNames, defined: result.definedNames, partialHeaders: result.systemHeaders, ...(hidden ? { hidden } : {}),
    };
    return {
      program, ...(moved ? { moved } : {}), mode, notes: oncePerCycle(result.notes), unmodelled: result.unmodelled, areaCreations: found.creations,
      pageReservations: found.reservations, names, chunks: chunks.statistics, entryDiscovery: { itemsRead: memory.items.read, callsTracked: memory.calls.tracked },
    };
  } catch (error) {
    // The passes it made are not kept (`PassMemory.end` is not reached): the next resumes the last finished lowering's.
    if (error instanceof LoweringCancelled) chunks.abandon();
    throw error;
  } finally {
    parser.delete();
  }
}
