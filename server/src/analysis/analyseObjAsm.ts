import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';
import { lowerObjAsmSource } from './lowerDocument.js';

/** Lowers an ObjAsm source and analyses its handlers, entry points and routines. */
export function analyseObjAsm(context: AnalysisContext): Promise<void> {
  const { lowering, mode } = lowerObjAsmSource(context);
  return analyseLoweredRiscOs(lowering, mode, context);
}
