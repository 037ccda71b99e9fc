import type { Value } from '../riscos/values.js';

// The values an IF, a CASE or a call's argument may be decided on besides
// the settled variables' (see `settled.ts`): a variable the program sets
// at two places or more (`reads% = TRUE` / `PROCassemble` / `reads% =
// FALSE` / `PROCassemble`) holds, where the pass reads its lines in the
// order BASIC runs them, the value the last `=` before gave it, when every
// run of this point made that `=` and reads nothing unsettled in it. The
// pass forgets them all where that order breaks: at a loop it reads once
// (a FOR not run value by value, REPEAT, WHILE), whose next run sees what
// its lines after set; at a DEF read where it stands and not at a call;
// in an ON ERROR's handler, which runs later; and after a PROC read at a
// call that may leave at an ENDPROC before its last line. A value the
// pass changes another way (a call, a SYS, a conditional `=`) is a new
// one, no longer the one noted.

/** The variables whose value the pass holds is the one every run of the point it reads sees. */
export class CurrentValues {
  private readonly noted = new Map<string, Value>();

  /** `value` is what `name` now holds on every run. */
  note(name: string, value: Value): void {
    this.noted.set(name, value);
  }

  /** Whether `value`, what the pass holds for `name`, is the one noted for it. */
  holds(name: string, value: Value | undefined): boolean {
    return value !== undefined && this.noted.get(name) === value;
  }

  /** The order BASIC runs the lines in breaks here: no value is known to be every run's. */
  forget(): void {
    this.noted.clear();
  }

  /** Walks lines that run at some later time, where none of the values noted now is known to hold, and notes none of theirs. */
  apart(walk: () => void): void {
    const kept = new Map(this.noted);
    this.noted.clear();
    walk();
    this.noted.clear();
    for (const [name, value] of kept) this.noted.set(name, value);
  }
}
