import type { Finding } from '../../../emulator/src/index.js';
import { lowerBbcBasic } from '../lowering/bbcbasic/index.js';
import { addressModeOf } from './addressMode.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';

/** Lowers the assembler blocks of a BASIC program and analyses the handlers its SYS calls create. */
export function analyseBbcBasic(context: AnalysisContext): Promise<Finding[]> {
  const lowering = lowerBbcBasic(context.tree, { file: context.file });
  return analyseLoweredRiscOs(lowering, addressModeOf(lowering.program), context);
}
