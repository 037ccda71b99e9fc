import type { RegisterValue } from '../../../../emulator/src/index.js';
import type { LineValues } from '../../analysis/registerCollector.js';

/**
 * The register values of each document's latest analysis, by line. They are
 * shown only for the text they were computed from: after an edit the lines
 * may have moved, and a value from the old text would be a guess.
 */
export class RegisterValues {
  private readonly documents = new Map<string, { readonly version: number; readonly lines: LineValues }>();

  set(uri: string, version: number, lines: LineValues): void {
    this.documents.set(uri, { version, lines });
  }

  at(uri: string, version: number, line: number): readonly RegisterValue[] | undefined {
    const document = this.documents.get(uri);
    const values = document?.version === version ? document.lines.get(line) : undefined;
    return values?.length ? values : undefined;
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }
}

/** `At this line: EAX = 0FFFFFFFFh or result of _PageAllocate, ECX = 3, ESI = entry ESI`. */
export function registerValuesMarkdown(values: readonly RegisterValue[]): string {
  return `At this line (from the symbolic run): ${values.map((v) => `${v.register} = ${v.value}`).join(', ')}`;
}
