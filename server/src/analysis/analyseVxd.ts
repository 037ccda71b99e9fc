import { analyseVmmProcedure } from '../../../emulator/src/index.js';
import { analyseEntries, loweringFindings } from './analyseEntries.js';
import type { AnalysisContext } from './analysisContext.js';
import { undefinedSymbolFindings } from './undefinedSymbols.js';
import { lowerVxd } from './lowerDocument.js';

/** Lowers a VxD source and runs every procedure and Control_Dispatch target through the VMM model. */
export async function analyseVxd(context: AnalysisContext): Promise<void> {
  const { lowering, target } = lowerVxd(context);
  const { budget } = context.settings;
  const limits = { steps: budget.maxSteps, paths: budget.maxPaths, time: budget.timeoutMs };
  const inputs = {
    program: lowering.program,
    shared: { target, limits },
    // The catalogue entry follows from the name and the target.
    sites: lowering.vmmCalls.map((site) => ({ address: site.interruptAddress, fact: { ...site, service: undefined } })),
  };
  context.findings.program([...loweringFindings(lowering.notes), ...undefinedSymbolFindings(lowering.names)]);
  await analyseEntries(inputs, context, (entry, observer) =>
    analyseVmmProcedure(lowering.program, entry.name, { macroCalls: lowering.vmmCalls, version: target, budget: limits, ...(observer ? { observer } : {}) }).findings);
}
