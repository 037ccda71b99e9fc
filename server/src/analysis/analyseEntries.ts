import type { Tree } from 'web-tree-sitter';
import type { EntryPoint, Finding, SourceSpan, StepObserver } from '../../../emulator/src/index.js';
import type { AnalysisContext } from './analysisContext.js';
import { entryKeys, type KeyInputs } from './entryKeys.js';

/** Lets a long analysis give the event loop (and newer edits) a turn between procedures. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const CONTAINERS = new Set(['procedure', 'routine', 'assembler_block', 'macro_definition']);

/**
 * Whether the procedure (or routine, or BASIC assembler block) that holds a
 * line has a syntax error. Emulating code the parser could not read would
 * turn a PW100 into guesses, so such procedures are skipped with a note.
 */
function enclosingCodeHasError(tree: Tree, line: number): boolean {
  let node = tree.rootNode.descendantForPosition({ row: line, column: 0 });
  while (node && !CONTAINERS.has(node.type)) node = node.parent;
  return node?.hasError ?? tree.rootNode.hasError;
}

/** The notes a lowering makes about the text itself (PW103 for an include it could not find). */
export function loweringFindings(notes: readonly { readonly code: string; readonly message: string; readonly source: SourceSpan }[]): Finding[] {
  return notes.map((note) => ({ code: note.code, message: note.message, range: note.source.range, file: note.source.file, notes: [] }));
}

/**
 * Runs `analyse` on each entry point of `inputs.program` in turn, tagged with
 * the entry's name (so a diagnostic can be replayed in the emulator). With a
 * cache in the context, an entry whose key is unchanged since an earlier run
 * gets that run's findings instead, moved to where the entry's code now is. An entry whose code has a syntax error is
 * skipped with a note, and the run gives way to the event loop between
 * entries. A cancelled run stops at the next entry with no findings.
 */
export async function analyseEntries(
  inputs: KeyInputs,
  context: AnalysisContext,
  analyse: (entry: EntryPoint, observer: StepObserver | undefined) => readonly Finding[],
): Promise<Finding[]> {
  const { cache, registers, file } = context;
  const keyOf = cache && entryKeys(inputs, file);
  const findings: Finding[] = [];
  for (const entry of inputs.program.entries) {
    if (context.cancelled()) return [];
    if (entry.source.file === file && enclosingCodeHasError(context.tree, entry.source.range.start.line)) {
      findings.push({ code: 'PW900', message: `${entry.name} was not analysed: it has a syntax error`, range: entry.source.range, notes: [] });
      continue;
    }
    const key = keyOf?.(entry);
    let found = key && cache?.lookup(key, file);
    if (!found) {
      const recorder = registers?.recorder();
      found = { findings: analyse(entry, recorder?.observe), registers: recorder?.summary() ?? [] };
      if (key) cache?.store(key, found, file);
      await yieldToEventLoop();
    }
    registers?.add(found.registers);
    findings.push(...found.findings.map((finding) => ({ ...finding, entry: entry.name })));
  }
  cache?.prune();
  return findings;
}
