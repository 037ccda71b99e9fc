/**
 * How many requests the language server has posted to one analysis worker
 * that the worker's recording of register values gives way to (all but
 * 'collect'), counted in memory both threads share. The server counts a
 * request before it posts it and the worker as it receives it, so while the
 * server's count is ahead, a request is waiting for the worker's thread,
 * which the worker can see without giving the event loop a turn.
 */
export class RequestCount {
  private readonly posted: Int32Array;
  private received = 0;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.posted = new Int32Array(buffer);
  }

  /** The server's side: a request is about to be posted. */
  post(): void {
    Atomics.add(this.posted, 0, 1);
  }

  /** The worker's side: a request has been received. */
  receive(): void {
    this.received++;
  }

  /** The worker's side: whether a request it has not received yet is waiting. */
  get waiting(): boolean {
    return Atomics.load(this.posted, 0) > this.received;
  }
}
