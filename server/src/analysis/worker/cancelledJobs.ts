/** Slots for the jobs cancelled lately: a job is looked for in the slot of its id, so one cancelled later in its slot hides it. */
const SLOTS = 256;

/**
 * The analysis jobs the language server has cancelled, in memory every
 * worker shares with it: a worker reads a cancel message only when its
 * thread is free, and reads this in the middle of an entry point's run, which
 * an edit's job has made worthless. A job hidden by a later one in its slot
 * (256 cancellations later) still stops at the message, at the next entry.
 */
export class CancelledJobs {
  private readonly ids: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT)) {
    this.ids = new Int32Array(buffer);
  }

  /** The server's side: job `id` is cancelled. */
  cancel(id: number): void {
    Atomics.store(this.ids, id % SLOTS, id);
  }

  /** The worker's side. */
  has(id: number): boolean {
    return Atomics.load(this.ids, id % SLOTS) === id;
  }
}
