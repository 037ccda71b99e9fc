import type { Finding, FindingFix, LineRegisterFacts, Range } from '../../../emulator/src/index.js';
import type { EntryResult } from './entryCache.js';

// An entry's findings and register values are kept with lines relative to
// the entry's first line, so that an edit which only moves the entry up or
// down reuses them at the new place. Only lines in the document itself move;
// an included file's lines stay where they are.

function moveRange(range: Range, by: number): Range {
  return { start: { ...range.start, line: range.start.line + by }, end: { ...range.end, line: range.end.line + by } };
}

function moveFix(fix: FindingFix, file: string, by: number): FindingFix {
  return fix.kind === 'test-result' && fix.file === file ? { ...fix, call: moveRange(fix.call, by) } : fix;
}

function moveFinding(finding: Finding, file: string, by: number): Finding {
  const own = finding.file ?? file;
  return {
    ...finding,
    range: own === file ? moveRange(finding.range, by) : finding.range,
    notes: finding.notes.map((note) => ((note.file ?? own) === file ? { ...note, range: moveRange(note.range, by) } : note)),
    ...(finding.fix ? { fix: moveFix(finding.fix, file, by) } : {}),
  };
}

/** The result with every line in `file` moved by `by`. */
export function movedResult(result: EntryResult, file: string, by: number): EntryResult {
  if (by === 0) return result;
  return {
    findings: result.findings.map((finding) => moveFinding(finding, file, by)),
    registers: result.registers.map((facts: LineRegisterFacts) => (facts.file === file ? { ...facts, line: facts.line + by } : facts)),
  };
}

const LINE_NUMBER = /\blines? \d/;

/**
 * Whether a message of the result names a line by its number ("the block at
 * line 12"): moving such a result would leave the number behind, so it is
 * reused only where it was found.
 */
export function namesLines(result: EntryResult): boolean {
  return result.findings.some((finding) => LINE_NUMBER.test(finding.message) || finding.notes.some((note) => LINE_NUMBER.test(note.message)));
}
