/**
 * Collects an analysis worker's young generation once it has no job left.
 * A job's garbage (an edit's 5–13 MB) is all dead by the time its reply goes,
 * so a scavenge then finds little to copy; left to V8, the young generation
 * fills in the middle of every second or third edit, which then pauses to
 * copy its own live data, promoting it to the old generation, which V8
 * marks and compacts in some later edit.
 */
export class IdleCollection {
  /** Jobs received and not yet replied to. */
  private jobs = 0;
  private due = false;

  /**
   * `collect` is V8's young-generation collection, undefined where the
   * process did not expose it; `later` runs the collection after the
   * messages already waiting have been received, so that a job among them
   * goes first.
   */
  constructor(private readonly collect: (() => void) | undefined, private readonly later: (run: () => void) => void = setImmediate) {}

  received(): void {
    this.jobs++;
  }

  replied(): void {
    this.jobs--;
    if (this.jobs > 0 || this.due || !this.collect) return;
    this.due = true;
    this.later(() => {
      this.due = false;
      // A job that came meanwhile goes first: the collection waits for the next idle moment.
      if (this.jobs === 0) this.collect?.();
    });
  }
}
