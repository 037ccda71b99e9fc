import type { Finding } from '../../../emulator/src/index.js';
import { lowerObjAsm } from '../lowering/objasm/index.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseLoweredRiscOs } from './analyseRiscOs.js';

/** Lowers an ObjAsm source and analyses its handlers, entry points and routines. */
export function analyseObjAsm(context: AnalysisContext): Promise<Finding[]> {
  const lowering = lowerObjAsm(context.tree, context.text, {
    file: context.file,
    includePaths: context.settings.includePaths,
    pathVariables: Object.fromEntries(Object.entries(context.settings.pathVariables).map(([name, folder]) => [name, [folder]])),
  });
  return analyseLoweredRiscOs(lowering, context);
}
