import type { RegisterValue } from '../../../../emulator/src/index.js';
import type { LineValues } from '../../analysis/registerCollector.js';

interface Known {
  readonly version: number;
  /** Undefined while they are being recorded (`recording`). */
  readonly lines: LineValues | undefined;
  /** Ends the wait of hovers on a version being recorded. */
  readonly recorded?: () => void;
  readonly waited?: Promise<void>;
}

/**
 * The register values of each document's latest analysis, by line. They are
 * shown only for the text they were computed from: after an edit the lines
 * may have moved, and a value from the old text would be a guess. An
 * analysis publishes its findings before it has recorded the values (a
 * document's first analysis runs its entry points again for them); a hover
 * on the text it analysed waits for them meanwhile.
 */
export class RegisterValues {
  private readonly documents = new Map<string, Known>();

  /** The analysis of `version` has published its findings and is recording the values. */
  recording(uri: string, version: number): void {
    let recorded: () => void = () => {};
    const waited = new Promise<void>((resolve) => {
      recorded = resolve;
    });
    this.replace(uri, { version, lines: undefined, recorded, waited });
  }

  set(uri: string, version: number, lines: LineValues): void {
    this.replace(uri, { version, lines });
  }

  /** The recording of `version` stopped (a newer text superseded it, or the analysis failed): there are no values to wait for. */
  stopped(uri: string, version: number): void {
    const known = this.documents.get(uri);
    if (known?.version === version && known.lines === undefined) this.replace(uri, undefined);
  }

  async at(uri: string, version: number, line: number): Promise<readonly RegisterValue[] | undefined> {
    const waiting = this.documents.get(uri);
    if (waiting?.version === version) await waiting.waited;
    const document = this.documents.get(uri);
    const values = document?.version === version ? document.lines?.get(line) : undefined;
    return values?.length ? values : undefined;
  }

  forget(uri: string): void {
    this.replace(uri, undefined);
  }

  private replace(uri: string, known: Known | undefined): void {
    this.documents.get(uri)?.recorded?.();
    if (known) this.documents.set(uri, known);
    else this.documents.delete(uri);
  }
}

/** `At this line: EAX = 0FFFFFFFFh or _PageAllocate's result (EAX), ECX = 3, ESI = entry ESI`. */
export function registerValuesMarkdown(values: readonly RegisterValue[]): string {
  return `At this line (from the symbolic run): ${values.map((v) => `${v.register} = ${v.value}`).join(', ')}`;
}
