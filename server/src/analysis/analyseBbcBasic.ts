import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';
import { lowerBbcBasicSource } from './lowerDocument.js';

/** Lowers the assembler blocks of a BASIC program and analyses the handlers its SYS calls create. */
export function analyseBbcBasic(context: AnalysisContext): Promise<void> {
  const { lowering, mode } = lowerBbcBasicSource(context);
  return analyseLoweredRiscOs(lowering, mode, context);
}
