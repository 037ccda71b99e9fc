import type { Node } from 'web-tree-sitter';
import { analyseVmmProcedure, vmmEntryPhases, type EntryPoint } from '../../../emulator/src/index.js';
import { analyseEntries, loweringFindings, type EntryAnalysis } from './analyseEntries.js';
import type { AnalysisContext } from './analysisContext.js';
import { undefinedSymbolFindings } from './undefinedSymbols.js';
import { loweredServiceFindings, targetServiceFindings } from './unknownNames.js';
import { undefinedNameLines } from './unmodelledFindings.js';
import { lowerVxd } from './lowerDocument.js';
import type { MasmLowering, VmmCallSite } from '../lowering/masm/index.js';
import { bodyLineOf } from '../lowering/masm/macroBodyLines.js';
import { SyntaxTrees } from '../lowering/syntaxTrees.js';
import { calledName } from '../parsing/masmWrappers.js';

/**
 * What the keys read of each VMM call site (the catalogue entry follows from
 * the name and the target), kept with the site: the lowering gives the sites
 * of an unchanged procedure again, and the keys keep their reading of an
 * object they are given again.
 */
const siteFacts = new WeakMap<VmmCallSite, object>();

export function siteFact(site: VmmCallSite): object {
  let fact = siteFacts.get(site);
  if (!fact) {
    // Its addresses counted from the `int 20h`'s, which the keys read where it is: a relative key reads the site alike wherever it lies.
    const from = site.interruptAddress;
    fact = { ...site, service: undefined, interruptAddress: undefined, arguments: site.arguments.map((argument) => ({ ...argument, pushAddress: argument.pushAddress - from })) };
    siteFacts.set(site, fact);
  }
  return fact;
}

/** Lowers a VxD source and runs every procedure and Control_Dispatch target through the VMM model, each in the phases it may run in. */
/** Whether a statement closes a procedure a wrapper macro opened; the macro may come from an include: the lowering read them all. */
export function procedureCloses(lowering: Pick<MasmLowering, 'procedureClosers'>): (statement: Node) => boolean {
  return (statement) => lowering.procedureClosers.has(calledName(statement)?.toLowerCase() ?? '');
}

export async function analyseVxd(context: AnalysisContext): Promise<void> {
  const { lowering, target } = lowerVxd(context);
  // The service findings and the keys are hundreds of milliseconds more for a large file: a job superseded while it
  // lowered stops before them, as it stops before an entry's run (a lowering not settled settles at the next start).
  if (context.cancelled()) return;
  const { budget } = context.settings;
  const limits = { steps: budget.maxSteps, paths: budget.maxPaths, time: budget.timeoutMs };
  const program = lowering.program;
  const inputs = {
    program,
    shared: { target, limits },
    // A procedure's phases follow from the handlers that call it, code its key may not reach.
    own: (entry: EntryPoint) => vmmEntryPhases(program, entry),
    sites: lowering.vmmCalls.map((site) => ({ address: site.interruptAddress, fact: siteFact(site) })),
    ...(lowering.moved ? { moved: lowering.moved } : {}),
  };
  const services = [
    ...loweredServiceFindings(lowering, context.file, (context.syntaxTrees ?? new SyntaxTrees()).document(context.tree, context.text)),
    ...targetServiceFindings(lowering.vmmCalls, context.file, target),
  ];
  const undefinedNames = undefinedSymbolFindings(lowering.names);
  context.findings.program([...loweringFindings(lowering.notes), ...undefinedNames, ...services]);
  const analyse: EntryAnalysis = (entry, observer, interrupted) =>
    analyseVmmProcedure(program, entry.name, {
      // Of this entry: a procedure dispatched for two messages is two entries of one name.
      macroCalls: lowering.vmmCalls, version: target, phase: vmmEntryPhases(program, entry), budget: limits, ...(observer ? { observer } : {}), interrupted, bodyLineOf,
    }).findings;
  // After the findings, which do not need it (a run cancelled before them leaves it to the next lowering's start).
  await analyseEntries(inputs, context, analyse, {
    afterFindings: () => lowering.settle(), closes: procedureCloses(lowering), unmodelled: lowering.unmodelled,
    undefinedLines: undefinedNameLines(undefinedNames, context.file),
  });
}
