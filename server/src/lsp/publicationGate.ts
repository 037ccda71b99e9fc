/**
 * Publications held back until it is known whether they may be made (a
 * document's analysis starts before its include chain is looked up, and what
 * it finds is its own only if nothing includes the document). Opened, the
 * gate makes the held publications, in order, and every later one at once;
 * shut, it makes none.
 */
export class PublicationGate {
  /** What waits for the decision; undefined once it is made. */
  private held: (() => void)[] | undefined;
  private passes = true;

  /** `waits`: hold until `open` or `shut`; else the gate is open from the start. */
  constructor(waits: boolean) {
    this.held = waits ? [] : undefined;
  }

  pass(publish: () => void): void {
    if (this.held) this.held.push(publish);
    else if (this.passes) publish();
  }

  open(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const publish of held) publish();
  }

  shut(): void {
    this.held = undefined;
    this.passes = false;
  }
}
