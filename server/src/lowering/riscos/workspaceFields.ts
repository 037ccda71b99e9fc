import { expr, type ArmInstruction } from '../../../../emulator/src/index.js';

// The words a routine stored at a constant offset from a register (a
// storage-map field, `STR r0, ws_flags` after `^ 0, wp`), as far as the
// straight-line tracking of areaCreations.ts can vouch for them: until the
// base register changes, a store may have reached the word (one through
// another register, which may point anywhere, or one the tracking cannot
// place), or something it does not follow runs (a SWI that may write
// memory its caller owns, `swiWritesCallerMemory`; a call it does not
// follow to its return; a jump). The tracking also forgets them where
// control may join from elsewhere (a label), so a word stored on one path
// only, or in a loop, is not known after.

const SP = 13;

/** The word slot `[base, #offset]` an LDR or STR addresses, when the offset is a constant and the base is not changed. */
function slotOf(i: ArmInstruction): { readonly base: number; readonly offset: bigint } | undefined {
  const m = i.operands[1];
  if (m?.kind !== 'mem' || !m.preIndexed || m.writeback || m.offset.kind !== 'imm') return undefined;
  const offset = expr.constValue(m.offset.value);
  return offset === undefined ? undefined : { base: m.base, offset: BigInt.asIntN(32, m.subtract ? -offset : offset) };
}

/** A store below the stack pointer that moves it down (`STMFD sp!`, `STR r0, [sp, #-4]!`): it writes only stack no live word is in. */
function pushes(i: ArmInstruction): boolean {
  const [first, second] = i.operands;
  if (i.mnemonic === 'stm') return first?.kind === 'reg' && first.reg === SP && i.writeback === true && (i.blockMode === 'db' || i.blockMode === 'da');
  return i.mnemonic === 'str' && second?.kind === 'mem' && second.base === SP && second.writeback && second.preIndexed && second.subtract;
}

/** An instruction that may write memory (STR, STM, STC, STF, SFM, SWP), or one the lowering could not assemble. */
const writesMemory = (i: ArmInstruction): boolean =>
  i.unassembled !== undefined || i.mnemonic.startsWith('st') || i.mnemonic === 'sfm' || i.mnemonic.startsWith('swp');

export class WorkspaceFields<Known> {
  private readonly words = new Map<string, { readonly base: number; readonly offset: bigint; readonly known: Known }>();

  get size(): number {
    return this.words.size;
  }

  /** What an unconditional word LDR reads, when the word is known. */
  loaded(i: ArmInstruction): Known | undefined {
    const slot = slotOf(i);
    return slot && this.words.get(`${slot.base}:${slot.offset}`)?.known;
  }

  /** What `i` does to the words: a store's, and a change of a base register by a writeback. `stored` is what a word STR stores, when known. */
  track(i: ArmInstruction, stored: Known | undefined): void {
    for (const o of i.operands) if (o.kind === 'mem' && (o.writeback || !o.preIndexed)) this.moved(o.base);
    const [first] = i.operands;
    if (i.writeback && first?.kind === 'reg') this.moved(first.reg);
    if (!writesMemory(i) || pushes(i)) return;
    const slot = slotOf(i);
    if (!slot || i.unassembled !== undefined) return this.clear();
    for (const [key, word] of this.words) {
      // Another register may hold the same address; a byte or a halfword, or a word at an offset not a multiple of 4, may overlap this one.
      if (word.base !== slot.base || (word.offset - slot.offset < 4n && slot.offset - word.offset < 4n)) this.words.delete(key);
    }
    const word = i.mnemonic === 'str' && i.size === undefined && i.condition === 'al' && slot.offset % 4n === 0n;
    if (word && stored !== undefined) this.words.set(`${slot.base}:${slot.offset}`, { ...slot, known: stored });
  }

  /** Register `r` changed: the words it addressed are not where it points now. */
  moved(r: number): void {
    for (const [key, word] of this.words) if (word.base === r) this.words.delete(key);
  }

  clear(): void {
    this.words.clear();
  }

  copy(): WorkspaceFields<Known> {
    const copy = new WorkspaceFields<Known>();
    for (const [key, word] of this.words) copy.words.set(key, word);
    return copy;
  }

  /** Takes the words of `other` (what a followed routine left). */
  assign(other: WorkspaceFields<Known>): void {
    this.words.clear();
    for (const [key, word] of other.words) this.words.set(key, word);
  }
}
