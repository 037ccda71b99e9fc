import { analyseDynamicAreaHandler, analyseRiscOsCode, type ArmAddressMode, type EntryPoint, type Finding, type Program } from '../../../emulator/src/index.js';
import type { RiscOsLowering } from '../lowering/riscos/types.js';
import { enclosingCodeHasError, yieldToEventLoop, type AnalysisContext } from './analysisContext.js';

function budgetOf(context: AnalysisContext): { steps: number; paths: number; time: number } {
  const { budget } = context.settings;
  return { steps: budget.maxSteps, paths: budget.maxPaths, time: budget.timeoutMs };
}

/**
 * Each entry point with the contract its kind implies: dynamic-area handlers
 * get every reason's entry registers; module entry points and SWI handlers run
 * as module code, where a non-X SWI is a PW311; other routines run as plain
 * code (their SWIs are judged where a handler or entry point calls them).
 */
function analyseEntry(program: Program, entry: EntryPoint, mode: ArmAddressMode, context: AnalysisContext): readonly Finding[] {
  const budget = budgetOf(context);
  switch (entry.contract.kind) {
    case 'da-handler':
    case 'da-handler-reason':
      return analyseDynamicAreaHandler(program, entry.name, { mode, budget }).findings;
    case 'module-entry':
    case 'swi-handler':
      return analyseRiscOsCode(program, entry.name, { mode, moduleCode: true, budget });
    default:
      return analyseRiscOsCode(program, entry.name, { mode, moduleCode: false, budget });
  }
}

/** Runs a lowered RISC OS program's entry points through the dynamic-area kernel model. */
export async function analyseLoweredRiscOs(lowering: RiscOsLowering, mode: ArmAddressMode, context: AnalysisContext): Promise<Finding[]> {
  const findings: Finding[] = lowering.notes.map((note) => ({
    code: note.code,
    message: note.message,
    range: note.source.range,
    file: note.source.file,
    notes: [],
  }));
  for (const entry of lowering.program.entries) {
    if (context.cancelled()) return [];
    if (entry.source.file === context.file && enclosingCodeHasError(context.tree, entry.source.range.start.line)) {
      findings.push({ code: 'PW900', message: `${entry.name} was not analysed: it has a syntax error`, range: entry.source.range, notes: [] });
      continue;
    }
    findings.push(...analyseEntry(lowering.program, entry, mode, context));
    await yieldToEventLoop();
  }
  return findings;
}
