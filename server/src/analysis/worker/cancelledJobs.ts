import { touches, type LineRange } from '../lineRanges.js';

/** Slots for the jobs cancelled lately: a job is looked for in the slot of its id, so one cancelled later in its slot hides it. */
const SLOTS = 256;

/** A slot's words: the job's id, then the first and last line its edits touched. */
const WORDS = 3;

/**
 * The analysis jobs the language server has cancelled, in memory every
 * worker shares with it, each with the lines (of the job's text) that the
 * edits which superseded it touched: a worker reads a cancel message only
 * when its thread is free, and reads this in the middle of an entry
 * point's run, which it stops when those edits touched the entry's code
 * (the rest are worth finishing: the next job reuses them). A job hidden
 * by a later one in its slot (256 cancellations later) still stops at the
 * message, at the next entry.
 */
export class CancelledJobs {
  private readonly words: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(SLOTS * WORDS * Int32Array.BYTES_PER_ELEMENT)) {
    this.words = new Int32Array(buffer);
  }

  /** The server's side: job `id` is cancelled by edits that touched `edited`. */
  cancel(id: number, edited: LineRange): void {
    const at = (id % SLOTS) * WORDS;
    Atomics.store(this.words, at + 1, edited.first);
    Atomics.store(this.words, at + 2, edited.last);
    // Last, so that a worker that sees the id reads the lines with it.
    Atomics.store(this.words, at, id);
  }

  /** The worker's side. */
  has(id: number): boolean {
    return Atomics.load(this.words, (id % SLOTS) * WORDS) === id;
  }

  /** Whether job `id` is cancelled by edits that touched any of `lines`. */
  touched(id: number, lines: readonly LineRange[]): boolean {
    const at = (id % SLOTS) * WORDS;
    if (Atomics.load(this.words, at) !== id) return false;
    return touches({ first: Atomics.load(this.words, at + 1), last: Atomics.load(this.words, at + 2) }, lines);
  }
}
