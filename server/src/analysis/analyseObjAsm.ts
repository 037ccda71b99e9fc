import { loweringFindings } from './analyseEntries.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';
import { lowerObjAsmSource } from './lowerDocument.js';

/**
 * Lowers an ObjAsm source and analyses its handlers, entry points and
 * routines, reporting the notes every pass of the lowering will make before
 * its first pass.
 */
export function analyseObjAsm(context: AnalysisContext): Promise<void> {
  const { lowering, mode } = lowerObjAsmSource(context, (notes) => {
    context.findings.program(loweringFindings(notes));
    context.findings.certain();
  });
  return analyseLoweredRiscOs(lowering, mode, context);
}
