import type { ProgramItem } from '../../../emulator/src/index.js';

/**
 * The items a lowering handed over as copies of the last program's, moved
 * down with the text below a new line: each original's copy has the
 * original's fields (its instruction or data values the very objects) but
 * a span of `file` whose start and end lie `rows` lines further down. The
 * entry keys take a block made only of such copies, each at its original's
 * index, as the last program's block moved down, without reading its items.
 */
export interface MovedCopies {
  readonly file: string;
  readonly rows: number;
  readonly of: ReadonlyMap<ProgramItem, ProgramItem>;
}

/** The copies one lowering makes, in every pass that moves items by the same number of lines. */
export class CopiesMade {
  readonly of = new Map<ProgramItem, ProgramItem>();
  private rows: number | undefined;
  private mixed = false;

  add(original: ProgramItem, copy: ProgramItem, rows: number): void {
    if (this.rows !== undefined && this.rows !== rows) this.mixed = true;
    this.rows = rows;
    this.of.set(original, copy);
  }

  /** What the lowering of `file` moved, unless nothing or passes moved items by different numbers of lines. */
  moved(file: string): MovedCopies | undefined {
    return this.rows === undefined || this.mixed ? undefined : { file, rows: this.rows, of: this.of };
  }
}
