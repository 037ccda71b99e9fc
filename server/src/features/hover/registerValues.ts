import type { LineRegisterFacts, RegisterValue } from '../../../../emulator/src/index.js';

/**
 * The register values of each document's latest analysis, by line. They are
 * shown only for the text they were computed from: after an edit the lines
 * may have moved, and a value from the old text would be a guess.
 */
export class RegisterValues {
  private readonly documents = new Map<string, { readonly version: number; readonly lines: ReadonlyMap<number, readonly RegisterValue[]> }>();

  set(uri: string, version: number, facts: readonly LineRegisterFacts[]): void {
    this.documents.set(uri, { version, lines: new Map(facts.filter((f) => f.values.length > 0).map((f) => [f.line, f.values])) });
  }

  at(uri: string, version: number, line: number): readonly RegisterValue[] | undefined {
    const document = this.documents.get(uri);
    return document?.version === version ? document.lines.get(line) : undefined;
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }
}

/** `At this line: EAX = 0FFFFFFFFh or result of _PageAllocate, ECX = 3, ESI = entry ESI`. */
export function registerValuesMarkdown(values: readonly RegisterValue[]): string {
  return `At this line (from the symbolic run): ${values.map((v) => `${v.register} = ${v.value}`).join(', ')}`;
}
