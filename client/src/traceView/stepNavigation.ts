import type { StepView } from '../../../server/src/run/protocol.js';

/**
 * Which step of a trace is current. Steps are named by their `index` (what
 * the verdict and the webview's messages use), which need not equal their
 * position: a trace cut short or filtered keeps the original numbers.
 */
export class StepNavigation {
  private position: number | undefined;

  constructor(private readonly steps: readonly StepView[]) {}

  get current(): StepView | undefined {
    return this.position === undefined ? undefined : this.steps[this.position];
  }

  /** Makes the step with this index current; an unknown index leaves the current step as it was. */
  goTo(index: number): StepView | undefined {
    const position = this.steps.findIndex((step) => step.index === index);
    if (position >= 0) this.position = position;
    return this.current;
  }

  /** Moves by `delta` steps, stopping at either end; from no step, forward starts at the first and back at the last. */
  move(delta: number): StepView | undefined {
    if (this.steps.length === 0) return undefined;
    const last = this.steps.length - 1;
    const from = this.position ?? (delta > 0 ? -1 : this.steps.length);
    this.position = Math.min(last, Math.max(0, from + delta));
    return this.current;
  }
}
