/**
 * How an edit moved a document's lines: the lines from `from` up to `to`
 * are gone, and those from `to` on moved by `by` (`to + by` is at least
 * `from`, so no line lands on one that stayed).
 */
export interface LineMove {
  readonly from: number;
  readonly to: number;
  readonly by: number;
}

/** A change as LSP sends it: a range of the text before it replaced, or the whole text. */
interface TextChange {
  readonly range?: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
  readonly text: string;
}

/**
 * Where `changes`, applied in order, moved the lines of the text: lines
 * below a change move by the lines it added or removed, and a line it ran
 * into keeps its number while the lines it added reach it. A guess, by
 * lines not columns (a line split at its start moves down whole, one split
 * at its end does not): what is kept at a moved line is checked anyway. A
 * whole new text moves nothing anywhere in particular.
 */
export function lineMoves(changes: readonly TextChange[]): LineMove[] {
  const moves: LineMove[] = [];
  for (const change of changes) {
    if (!change.range) return [];
    const [start, end] = [change.range.start.line, change.range.end.line].sort((a, b) => a - b) as [number, number];
    const added = change.text.split('\n').length - 1;
    const move = { from: Math.min(end, start + added), to: end, by: added - (end - start) };
    if (move.by !== 0 || move.from !== move.to) moves.push(move);
  }
  return moves;
}

/** Where `move` puts `line`: undefined for a line it removed. */
export function movedLine(move: LineMove, line: number): number | undefined {
  return line < move.from ? line : line < move.to ? undefined : line + move.by;
}

/** Lines in order, each at its offset from the block's first line. */
interface Block<T> {
  readonly start: number;
  readonly offsets: Int32Array;
  readonly values: readonly T[];
}

/** Lines per block as a table is made; a block grows to twice that before it is split. */
const BLOCK = 64;

function blockOf<T>(lines: readonly number[], values: readonly T[], from: number, to: number): Block<T> {
  const start = lines[from] as number;
  const offsets = new Int32Array(to - from);
  for (let i = from; i < to; i++) offsets[i - from] = (lines[i] as number) - start;
  return { start, offsets, values: values.slice(from, to) };
}

/** `lines` (in order) with their `values` as blocks of about `BLOCK` lines, after `into`'s. */
function pushBlocks<T>(into: Block<T>[], lines: readonly number[], values: readonly T[]): void {
  if (lines.length === 0) return;
  const last = into[into.length - 1];
  // A block an edit left small is merged with the one before it, so that edits at one place do not leave a trail of small blocks.
  if (last && (lines.length < BLOCK / 2 || last.offsets.length < BLOCK / 2) && last.offsets.length + lines.length <= 2 * BLOCK) {
    into.pop();
    const [joinedLines, joinedValues] = [[] as number[], [] as T[]];
    last.offsets.forEach((offset, i) => {
      joinedLines.push(last.start + offset);
      joinedValues.push(last.values[i] as T);
    });
    pushBlocks(into, [...joinedLines, ...lines], [...joinedValues, ...values]);
    return;
  }
  const count = Math.max(1, Math.round(lines.length / BLOCK));
  for (let b = 0; b < count; b++) into.push(blockOf(lines, values, Math.floor((b * lines.length) / count), Math.floor(((b + 1) * lines.length) / count)));
}

/**
 * A value per line of a file, never changed once made. The lines are kept
 * in blocks, each relative to its first line, so a table with every line
 * below an edit moved makes a new header per block, not a new entry per
 * line, and shares the blocks with the table it came from; a table with
 * some lines set or removed shares every block that holds none of them.
 */
export class LineTable<T> {
  private constructor(private readonly blocks: readonly Block<T>[]) {}

  static empty<T>(): LineTable<T> {
    return new LineTable<T>([]);
  }

  get(line: number): T | undefined {
    const block = this.blocks[this.blockAt(line)];
    if (!block) return undefined;
    const { offsets } = block;
    const offset = line - block.start;
    let [low, high] = [0, offsets.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return offsets[low] === offset ? block.values[low] : undefined;
  }

  /** Each line and its value, in line order. */
  forEach(visit: (value: T, line: number) => void): void {
    for (const block of this.blocks) block.offsets.forEach((offset, i) => visit(block.values[i] as T, block.start + offset));
  }

  /** The table with its lines moved as `move` says. */
  moved(move: LineMove): LineTable<T> {
    const blocks: Block<T>[] = [];
    for (const block of this.blocks) {
      const last = block.start + (block.offsets[block.offsets.length - 1] as number);
      if (last < move.from) blocks.push(block);
      else if (block.start >= move.to) blocks.push(move.by === 0 ? block : { start: block.start + move.by, offsets: block.offsets, values: block.values });
      else {
        const [lines, values] = [[] as number[], [] as T[]];
        block.offsets.forEach((offset, i) => {
          const line = movedLine(move, block.start + offset);
          if (line === undefined) return;
          lines.push(line);
          values.push(block.values[i] as T);
        });
        pushBlocks(blocks, lines, values);
      }
    }
    return new LineTable(blocks);
  }

  /** The table with the lines of `changes` set to their values, or removed where the value is undefined. */
  with(changes: ReadonlyMap<number, T | undefined>): LineTable<T> {
    if (changes.size === 0) return this;
    const numbers = [...changes.keys()].sort((a, b) => a - b);
    const blocks: Block<T>[] = [];
    let next = 0;
    this.blocks.forEach((block, b) => {
      // A block takes the changed lines up to the next block's start; the first block those above it too.
      const end = b + 1 < this.blocks.length ? (this.blocks[b + 1] as Block<T>).start : Infinity;
      if (next === numbers.length || (numbers[next] as number) >= end) {
        blocks.push(block);
        return;
      }
      const [lines, values] = [[] as number[], [] as T[]];
      const put = (line: number, value: T | undefined): void => {
        if (value === undefined) return;
        lines.push(line);
        values.push(value);
      };
      block.offsets.forEach((offset, i) => {
        const line = block.start + offset;
        while (next < numbers.length && (numbers[next] as number) < line) put(numbers[next] as number, changes.get(numbers[next++] as number));
        if (numbers[next] === line) put(line, changes.get(numbers[next++] as number));
        else put(line, block.values[i]);
      });
      while (next < numbers.length && (numbers[next] as number) < end) put(numbers[next] as number, changes.get(numbers[next++] as number));
      pushBlocks(blocks, lines, values);
    });
    if (this.blocks.length === 0) {
      const lines = numbers.filter((line) => changes.get(line) !== undefined);
      pushBlocks(blocks, lines, lines.map((line) => changes.get(line) as T));
    }
    return new LineTable(blocks);
  }

  /**
   * The lines whose values differ from `base`'s (`same` says which are the
   * same): set, with their values here, or removed. A block both tables
   * share is not read.
   */
  changesFrom(base: LineTable<T>, same: (a: T, b: T) => boolean): { readonly set: [number, T][]; readonly removed: number[] } {
    const set: [number, T][] = [];
    const removed: number[] = [];
    const [mine, theirs] = [this.blocks, base.blocks];
    let [b, i, c, j] = [0, 0, 0, 0];
    while (b < mine.length || c < theirs.length) {
      const [block, other] = [mine[b], theirs[c]];
      if (i === 0 && j === 0 && block && other && block.start === other.start && block.offsets === other.offsets && block.values === other.values) {
        b++;
        c++;
        continue;
      }
      const line = block ? block.start + (block.offsets[i] as number) : Infinity;
      const was = other ? other.start + (other.offsets[j] as number) : Infinity;
      if (line <= was) {
        const value = (block as Block<T>).values[i] as T;
        if (line < was || !same(value, (other as Block<T>).values[j] as T)) set.push([line, value]);
        if (++i === (block as Block<T>).offsets.length) [b, i] = [b + 1, 0];
      } else removed.push(was);
      if (was <= line && ++j === (other as Block<T>).offsets.length) [c, j] = [c + 1, 0];
    }
    return { set, removed };
  }

  /** The index of the block that holds `line`, if any does. */
  private blockAt(line: number): number {
    const { blocks } = this;
    let [low, high] = [0, blocks.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((blocks[middle] as Block<T>).start <= line) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}
