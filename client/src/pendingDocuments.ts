// The server says nothing when it starts or finishes analysing a document; it
// only publishes diagnostics, in parts while the analysis runs. So a document
// counts as "being analysed" from the moment the client sends it until its
// complete diagnostics come back.

/**
 * How long a document may stay pending. A document whose analysis failed gets
 * no diagnostics at all, and must not keep the status bar busy for ever.
 */
export const PENDING_TIMEOUT_MS = 60_000;

export class PendingDocuments {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly onChange: () => void,
    private readonly timeoutMs = PENDING_TIMEOUT_MS,
  ) {}

  get size(): number {
    return this.timers.size;
  }

  /** The client sent the document's text (open or change). */
  sent(uri: string): void {
    const had = this.timers.has(uri);
    this.forget(uri);
    this.timers.set(uri, setTimeout(() => this.answered(uri), this.timeoutMs));
    if (!had) this.onChange();
  }

  /**
   * Diagnostics for the document arrived: answered once `complete` says they
   * are the complete ones of the text the client has now.
   */
  async published(uri: string, complete: () => Promise<boolean>): Promise<void> {
    if (this.timers.has(uri) && await complete()) this.answered(uri);
  }

  /** The document's complete diagnostics arrived, or the document was closed. */
  answered(uri: string): void {
    if (this.forget(uri)) this.onChange();
  }

  /** The server stopped: nothing it was doing will be answered. */
  clear(): void {
    if (this.timers.size === 0) return;
    for (const uri of [...this.timers.keys()]) this.forget(uri);
    this.onChange();
  }

  private forget(uri: string): boolean {
    const timer = this.timers.get(uri);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.timers.delete(uri);
    return true;
  }
}
