import type { Finding } from '../../../emulator/src/index.js';
import { lowerObjAsm } from '../lowering/objasm/index.js';
import { addressModeOf } from './addressMode.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';

/** Lowers an ObjAsm source and analyses its handlers, entry points and routines. */
export function analyseObjAsm(context: AnalysisContext): Promise<Finding[]> {
  const options = {
    file: context.file,
    includePaths: context.settings.includePaths,
    pathVariables: Object.fromEntries(Object.entries(context.settings.pathVariables).map(([name, folder]) => [name, [folder]])),
  };
  const lowering = lowerObjAsm(context.tree, context.text, options);
  // 26-bit code is lowered again so that EXITS and friends expand as 26-bit code does.
  const mode = addressModeOf(lowering.program);
  return analyseLoweredRiscOs(mode === '26' ? lowerObjAsm(context.tree, context.text, { ...options, mode }) : lowering, mode, context);
}
