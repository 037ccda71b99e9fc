import type { InstructionItem, SourceSpan } from '../../../../emulator/src/index.js';

// Where each instruction a macro of the program's own expanded was written
// in the macro's body, so that a finding at the call can point there too.
// Kept beside the items, not in them: an item is plain data that a replayed
// procedure shares with the lowering that recorded it and that tests
// compare with a fresh lowering's. Placed when asked, as the definition and
// the calls move apart when lines between them are edited (writtenText.ts).

const bodyLines = new WeakMap<InstructionItem, () => SourceSpan>();

export function keepBodyLine(item: InstructionItem, at: () => SourceSpan): void {
  bodyLines.set(item, at);
}

/** Where `item` was written in a macro's body, if a macro of the program's own expanded it. */
export function bodyLineOf(item: InstructionItem): SourceSpan | undefined {
  return bodyLines.get(item)?.();
}

/** `moved`, a copy of `item` at another place, which was written where `item` was. */
export function carryBodyLine<I extends InstructionItem>(item: InstructionItem, moved: I): I {
  const at = bodyLines.get(item);
  if (at) bodyLines.set(moved, at);
  return moved;
}
