/**
 * Collects a thread's young generation once it has no analysis job left: the
 * language server's when the last has been published (its publications
 * being written count as jobs there), an analysis worker's when it has
 * replied to its last and the server says it is collecting too (its
 * collection would otherwise share the cores with the publication). A job
 * counts as done once its findings are in: the recording of register values
 * that may follow them lasts until the next edit when that comes soon. A
 * job's garbage (an edit's 5–13 MB in a worker) is all dead by then, so a
 * scavenge finds little to copy; left to V8, the young generation fills in
 * the middle of some later job, which then pauses to copy its own live
 * data, promoting it to the old generation, which V8 marks and compacts in
 * some later edit.
 */
export class IdleCollection {
  /** Jobs received and not yet done. */
  private jobs = 0;
  private due = false;

  /**
   * `collect` is V8's young-generation collection, undefined where the
   * process did not expose it; `later` runs the collection after the
   * messages already waiting have been received, so that a job among them
   * goes first (and after the microtasks, where a job's result is handed
   * on to be published); a worker's, when the server says so.
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
