import { Interrupted, type EntryPoint, type Finding, type LineRegisterFacts, type Program, type SourceSpan, type StepObserver } from '../../../emulator/src/index.js';
import type { AnalysisContext } from './analysisContext.js';
import type { EntryResult } from './entryCache.js';
import { entryCodeHasError, type SyntaxNode } from './entryCode.js';
import { entryKeys, type EntryKey, type KeyInputs } from './entryKeys.js';
import { EVERY_LINE, type LineRange } from './lineRanges.js';
import type { RegisterCollector } from './registerCollector.js';
import { unmodelledFindings } from './unmodelledFindings.js';

/**
 * How an entry point's run is made: `interrupted` is asked at every instruction, and stops the run when it answers
 * true (the emulator's `Interrupted`).
 */
export type EntryAnalysis = (entry: EntryPoint, observer: StepObserver | undefined, interrupted: () => boolean) => readonly Finding[];

/** Lets a long analysis give the event loop (and newer edits) a turn between procedures. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A number from a key's text, the same in every worker (FNV-1a). */
function spread(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The lines of the document the code of an entry lies on, a range per part
 * of its key's placement (the entry, each code region it reaches): an edit
 * elsewhere leaves its run worth finishing. Every line for an entry whose
 * code has no line there (or no key), which any edit may change.
 */
function codeLines(key: EntryKey | undefined): readonly LineRange[] {
  if (!key || key.bases.length === 0) return [EVERY_LINE];
  return key.bases.map((base, i) => {
    let [low, high] = [0, 0];
    // The offsets are in reading order, not sorted, and a part may hold many lines: no spread into Math.min.
    for (const offset of key.layouts[i]?.offsets ?? []) [low, high] = [Math.min(low, offset), Math.max(high, offset)];
    return { first: base + low, last: base + high };
  });
}

/** The notes a lowering makes about the text itself (PW103 for an include it could not find). */
export function loweringFindings(notes: readonly { readonly code: string; readonly message: string; readonly source: SourceSpan }[]): Finding[] {
  return notes.map((note) => ({ code: note.code, message: note.message, range: note.source.range, file: note.source.file, notes: [] }));
}

/**
 * Entry points of another program than the one analysed, run after its own
 * and keyed in theirs: those of a BBC BASIC program's other builds that its
 * first build has not (a handler only an `ELSE` arm assembles).
 */
export interface OtherEntries {
  readonly inputs: KeyInputs;
  readonly entries: readonly EntryPoint[];
}

/**
 * What an analysis of entries may do besides: work after the findings (see
 * `analyseEntries`), entries of other programs, the dialect's statements
 * that end a procedure outside every container (a MASM wrapper macro's
 * closing call), which bound the code a syntax error keeps from analysis,
 * and the unmodelled items of the lowerings (of every build), which give
 * the entries whose code holds one that changes the code a PW900
 * (`unmodelledFindings`), and the lines of the file where the program's
 * findings (of any build) hold a PW102, which such a note may give way to,
 * and an entry's copies in other builds, whose lines its note counts.
 */
export interface MoreEntries {
  readonly afterFindings?: () => void;
  readonly others?: readonly OtherEntries[];
  readonly closes?: (statement: SyntaxNode) => boolean;
  readonly unmodelled?: readonly { readonly message: string; readonly source: SourceSpan; readonly codeDiffers: boolean }[];
  readonly undefinedLines?: ReadonlySet<number>;
  readonly copies?: (entry: EntryPoint) => readonly EntryPoint[];
}

/**
 * Runs `analyse` on each entry point of `inputs.program`, then on the
 * `others` of other programs (numbered on from the program's), reporting each
 * one's findings to `context.findings` tagged with the entry's name (so a
 * diagnostic can be replayed in the emulator). With a cache in the context,
 * an entry whose key is unchanged since an earlier run gets that run's
 * findings instead, moved to where the entry's code now is; those, and the
 * notes on entries skipped for a syntax error in their code (up to the next
 * container, entry or statement that `closes` one), are reported before the
 * first entry is analysed. With an empty cache the keys are made
 * after `analysing`, as none can find anything. With a share in the context, only the
 * entries of that share are run and reported. The run gives way to the
 * event loop between analyses; a cancelled run stops before the next entry's key or run, or
 * at once when the edits that cancelled it touched the code of the entry
 * being analysed (`AnalysisContext.interrupts`): one they did not touch is
 * finished and kept, and the next run reuses it.
 *
 * With a register collector in the context, each entry's run records the
 * register values it knew for hover, which costs about a fifth of the
 * analysis. A run with an empty cache (a document's first: every entry to
 * analyse) records none while it analyses; once `analysed` has sent the
 * findings and `afterFindings` (work only the next run reads) is done, it
 * runs the entries again to record them. A later run does the same for the
 * entries it reused without values (a run stopped before it recorded them).
 * Recording gives way at once to any other request for the thread
 * (`waiting`), in the middle of an entry's run, which begins again after the
 * request's turn, so an edit never waits for it. A cancelled run stops
 * recording and adds nothing to the collector: a line's values join those
 * of every entry that reaches it, and one missing would make the rest look
 * certain.
 */
export async function analyseEntries(
  inputs: KeyInputs,
  context: AnalysisContext,
  analyse: EntryAnalysis,
  { afterFindings, others = [], closes = () => false, unmodelled = [], undefinedLines = new Set(), copies = () => [] }: MoreEntries = {},
): Promise<void> {
  const { cache, registers, file, findings } = context;
  // Each entry with the inputs it is keyed in.
  const entries = [{ inputs, entries: inputs.program.entries }, ...others].flatMap((them) => them.entries.map((entry) => ({ entry, them: them.inputs })));
  const results: (EntryResult | undefined)[] = [];
  // Made beside the run, not kept with it: an item can change (a condition becoming known) where the code, and so the key, does not.
  const incomplete = unmodelledFindings(context.tree, file, entries.map(({ entry }) => entry), unmodelled, closes, undefinedLines, copies);
  const done = (index: number, entry: EntryPoint, program: Program, result: EntryResult): void => {
    results[index] = result;
    // After the run's own: an entry shows its first PW900 (`RunFindings.settled`), and where its run was cut short, that
    // says more than code it may not reach, unless a PW102 tells why already.
    findings.entry(index, [...result.findings, ...incomplete(entry, program)].map((finding) => ({ ...finding, entry: entry.name })));
  };
  /** `program`: the one the entry runs in (an entry of a later build runs in that build's, which names its data so). */
  const mineRun: { readonly index: number; readonly entry: EntryPoint; readonly key: EntryKey | undefined; readonly program: Program }[] = [];
  const todo: typeof mineRun = [];
  const { share } = context;
  const mine = (n: number): boolean => share === undefined || n % share.count === share.index;
  const entryLines = new Set(entries.flatMap(({ entry }) => entry.source.file === file ? [entry.source.range.start.line] : []));
  const runnable = entries.flatMap(({ entry, them }, index) => {
    if (entry.source.file !== file || !entryCodeHasError(context.tree, entry.source.range.start.line, entryLines, closes)) return [{ entry, them, index }];
    if (mine(index)) findings.entry(index, [{ code: 'PW900', message: `${entry.name} was not analysed: it has a syntax error`, range: entry.source.range, notes: [] }]);
    return [];
  });
  // With nothing kept to reuse (a document's first run), what is known goes out before the keys are made (reading
  // every block of the program is part of making them), which take a good part of a large file's time to its first batch.
  const early = runnable.length > 0 && (cache === undefined || cache.empty);
  if (early) findings.analysing();
  const recordLater = cache?.empty === true;
  // The program's keys read what the last program's did (`cache.keys`); another program's are made afresh.
  const keyers = new Map<KeyInputs, (entry: EntryPoint) => EntryKey>();
  const keyOf = (entry: EntryPoint, them: KeyInputs): EntryKey | undefined => {
    if (!cache) return undefined;
    let keyer = keyers.get(them);
    if (!keyer) keyers.set(them, keyer = entryKeys(them, file, them === inputs ? cache.keys : undefined));
    return keyer(entry);
  };
  for (const { entry, them, index } of runnable) {
    // The first key reads every block of the program: a job superseded before it, or between entries, stops.
    if (context.cancelled()) return;
    const key = keyOf(entry, them);
    if (!mine(key ? spread(key.key) : index)) continue;
    const run = { index, entry, key, program: them.program };
    mineRun.push(run);
    const found = key && cache?.lookup(key, file);
    if (found) done(index, entry, them.program, found);
    else todo.push(run);
  }
  for (const [n, { index, entry, key, program }] of todo.entries()) {
    if (context.cancelled()) return;
    // Said between the check and the run, which reads a cancellation only where an edit touched its code: a job's
    // first batch, once sent, means its first run has begun and an edit elsewhere lets it finish.
    if (n === 0 && !early) findings.analysing();
    // An entry with the same key as one analysed before it in this run takes that one's result.
    let found = key && cache?.lookup(key, file);
    if (!found) {
      const recorder = recordLater ? undefined : registers?.recorder(program.dataNames);
      const lines = codeLines(key);
      const analysed = unlessInterrupted(() => analyse(entry, recorder?.observe, () => context.interrupts(lines)));
      if (!analysed) return;
      found = { findings: analysed, registers: recorder?.summary() };
      if (key) cache?.store(key, found, file);
      await yieldToEventLoop();
    }
    done(index, entry, program, found);
  }
  findings.analysed();
  cache?.prune();
  afterFindings?.();
  if (!registers) return;
  for (const { index, entry, key, program } of mineRun) {
    const result = results[index] as EntryResult;
    if (result.registers) continue;
    // An entry with the same key as one recorded before it takes that one's values.
    let recorded = key && cache?.recorded(key, file);
    while (!recorded) {
      if (context.cancelled()) return;
      const values = recordedValues(entry, registers.recorder(program.dataNames), context, analyse);
      if (values) {
        recorded = { findings: result.findings, registers: values };
        if (key) cache?.record(key, recorded, file);
      }
      await yieldToEventLoop();
    }
    results[index] = recorded;
  }
  // Each entry's register values, added in the entries' order: the order of alternatives in a joined value.
  for (const result of results) if (result?.registers) registers.add(result.registers);
}

/** What `recordedValues` throws to leave an entry's run when a request is waiting. */
const GIVE_WAY = Symbol('give way');

/** The register values an entry's run records; undefined when a request came to the thread first. */
function recordedValues(
  entry: EntryPoint, recorder: ReturnType<RegisterCollector['recorder']>, context: AnalysisContext, analyse: EntryAnalysis,
): LineRegisterFacts[] | undefined {
  try {
    // Thrown from the observer, which every step calls: the findings are out already, so giving way costs only this run.
    // A cancellation is a request too (its message): the run gives way to it, and the caller stops.
    analyse(entry, (item, values, condition, refutes) => {
      if (context.waiting()) throw GIVE_WAY;
      recorder.observe(item, values, condition, refutes);
    }, () => false);
  } catch (error) {
    if (error === GIVE_WAY) return undefined;
    throw error;
  }
  return recorder.summary();
}

/** What `analyse` returns; undefined when a cancellation interrupted it (`AnalysisContext.interrupts`, asked at every instruction). */
function unlessInterrupted(analyse: () => readonly Finding[]): readonly Finding[] | undefined {
  try {
    return analyse();
  } catch (error) {
    if (error instanceof Interrupted) return undefined;
    throw error;
  }
}
