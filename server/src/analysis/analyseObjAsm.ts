import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../../../emulator/src/index.js';
import { notesOfEveryPass } from '../lowering/objasm/index.js';
import { loweringFindings } from './analyseEntries.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';
import { lowerObjAsmSource, objAsmOptions, type LoweringInput } from './lowerDocument.js';

/** Lowers an ObjAsm source and analyses its handlers, entry points and routines. */
export function analyseObjAsm(context: AnalysisContext): Promise<void> {
  const { lowering, mode } = lowerObjAsmSource(context);
  return analyseLoweredRiscOs(lowering, mode, context);
}

/** The notes every pass of the lowering will make (on GETs that find no file), read from the parsed tree before any pass. */
export function objAsmNotesAhead(tree: Tree, input: Pick<LoweringInput, 'file' | 'settings' | 'readFile'>): Finding[] {
  return loweringFindings(notesOfEveryPass(tree, objAsmOptions(input)));
}
