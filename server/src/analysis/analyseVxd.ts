import { analyseVmmProcedure, type Finding, type WindowsTarget } from '../../../emulator/src/index.js';
import { lowerMasm } from '../lowering/masm/index.js';
import { enclosingCodeHasError, yieldToEventLoop, type AnalysisContext } from './analysisContext.js';

const TARGETS: Record<'3.1' | '95' | '98', WindowsTarget> = { '3.1': 'W31', '95': 'W95', '98': 'W98' };

/** Lowers a VxD source and runs every procedure and Control_Dispatch target through the VMM model. */
export async function analyseVxd(context: AnalysisContext): Promise<Finding[]> {
  const { settings } = context;
  const target = TARGETS[settings.windowsVersion];
  const lowering = lowerMasm(context.tree, context.text, {
    file: context.file,
    defines: settings.defines,
    target,
    includePaths: settings.includePaths,
  });
  const findings: Finding[] = lowering.notes.map((note) => ({
    code: note.code,
    message: note.message,
    range: note.source.range,
    file: note.source.file,
    notes: [],
  }));
  const budget = { steps: settings.budget.maxSteps, paths: settings.budget.maxPaths, time: settings.budget.timeoutMs };
  for (const entry of lowering.program.entries) {
    if (context.cancelled()) return [];
    const line = entry.source.range.start.line;
    if (entry.source.file === context.file && enclosingCodeHasError(context.tree, line)) {
      findings.push({
        code: 'PW900',
        message: `${entry.name} was not analysed: it has a syntax error`,
        range: entry.source.range,
        notes: [],
      });
      continue;
    }
    const { findings: found } = analyseVmmProcedure(lowering.program, entry.name, { macroCalls: lowering.vmmCalls, version: target, budget });
    // The entry's name lets a diagnostic be replayed in the emulator.
    findings.push(...found.map((finding) => ({ ...finding, entry: entry.name })));
    await yieldToEventLoop();
  }
  return findings;
}
