import type { Tree } from 'web-tree-sitter';
import { Program, sameLabels, type ArmInstruction } from '../../../../emulator/src/index.js';
import { discoverEntries } from '../riscos/entryPoints.js';
import type { RiscOsLowering } from '../riscos/types.js';
import { basicNameCheck } from './basicNames.js';
import { BasicPass, type BasicPassResult } from './pass.js';
import { markStoredData } from './storedData.js';
import type { BbcBasicLoweringOptions } from './types.js';
import { SyntaxTrees } from '../syntaxTrees.js';

// The entry point: a riscos-bbcbasic tree in, the ARM program IR of its
// assembler blocks out, with the handlers its SYS calls create areas with
// and the pages they reserve.

const MAX_PASSES = 4;

const settled = (a: BasicPassResult, b: BasicPassResult): boolean => sameLabels(a.layout.labels, b.layout.labels);

/**
 * Lowers the assembler of a BBC BASIC program. BASIC integer variables set
 * to constants before a block are evaluated; what is not known stays
 * symbolic and, where the assembler uses it, is reported as unmodelled.
 * Never throws on bad input.
 */
export function lowerBbcBasic(tree: Tree, text: string, options: BbcBasicLoweringOptions): RiscOsLowering {
  const root = (options.syntaxTrees ?? new SyntaxTrees()).document(tree, text);
  let result = new BasicPass(options.file, undefined).run(root);
  for (let n = 2; n <= MAX_PASSES; n++) {
    const next = new BasicPass(options.file, result).run(root);
    const done = settled(result, next);
    result = next;
    if (done) break;
  }
  const items = markStoredData(result.layout.items, result.layout.labels, result.basicStores);
  const parts = { arch: 'arm' as const, items, labels: result.layout.labels, symbols: new Map(), storage: new Map() };
  const bare = new Program<ArmInstruction>({ ...parts, entries: [] });
  const [first] = result.blockStarts;
  const { entries, creations, reservations } = discoverEntries({
    program: bare, labelSources: result.layout.labelSources, regionStarts: result.blockStarts, routines: [],
    ...(first === undefined ? {} : { headerAddress: first }), creations: result.creations, reservations: result.reservations,
  });
  const labels = result.blockLabels.flatMap((block) => [...block.keys()]);
  const names = basicNameCheck(root, result.unresolved, labels);
  return { program: new Program<ArmInstruction>({ ...parts, entries }, bare), notes: [], unmodelled: result.unmodelled, areaCreations: creations,
    pageReservations: reservations, names };
}
