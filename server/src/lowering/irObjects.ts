import type { DataItem, DataValue, EntryContract, EntryPoint, Instruction, InstructionItem, SourceSpan } from '../../../emulator/src/index.js';

// The IR objects the lowerings make, each kind by one function, whether
// lowered or moved with a replayed chunk: a kind comes in a few fixed shapes
// (one per set of optional fields present), the code that reads many of them
// (entry keys, the emulator) sees only those, and a moved copy has its
// original's shape and reads field for field as it.

export function instructionItem<I extends Instruction>(address: bigint, size: number, instruction: I, source: SourceSpan, text: string | undefined): InstructionItem<I> {
  return text ? { kind: 'instruction', address, size, instruction, source, text } : { kind: 'instruction', address, size, instruction, source };
}

export function dataItem(address: bigint, size: number, values: readonly DataValue[], source: SourceSpan, text: string | undefined, writable: boolean | undefined): DataItem {
  if (text) return writable ? { kind: 'data', address, size, values, source, text, writable } : { kind: 'data', address, size, values, source, text };
  return writable ? { kind: 'data', address, size, values, source, writable } : { kind: 'data', address, size, values, source };
}

export function entryPoint(name: string, address: bigint, contract: EntryContract, source: SourceSpan): EntryPoint {
  return { name, address, contract, source };
}

/** `span`'s lines `rows` further down. */
export function movedSpan(span: SourceSpan, rows: number): SourceSpan {
  const { start, end } = span.range;
  return { file: span.file, range: { start: { line: start.line + rows, character: start.character }, end: { line: end.line + rows, character: end.character } } };
}

/**
 * Moves spans of `file` `rows` lines down; spans in other files stay. The
 * statements of one macro expansion all point at its call, so consecutive
 * spans that are one object get one moved copy.
 */
export function spanMover(file: string, rows: number): (span: SourceSpan) => SourceSpan {
  let was: SourceSpan | undefined;
  let now: SourceSpan | undefined;
  return (span) => {
    if (span.file !== file || rows === 0) return span;
    if (span !== was) {
      was = span;
      now = movedSpan(span, rows);
    }
    return now as SourceSpan;
  };
}
