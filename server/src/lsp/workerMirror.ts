import type { Finding, RegisterValue } from '../../../emulator/src/index.js';
import type { CollectedRegisters, LineValues } from '../analysis/registerCollector.js';
import type { RunReports } from '../analysis/runFindings.js';
import type { FileRegisterChanges, ReportChanges } from '../analysis/worker/messages.js';

/**
 * What one analysis worker has sent about one document, as its
 * `SentReplies` counts it: the findings each entry point had in the previous
 * finished job and the register values of each file. A reply refers to
 * these for what did not change; read against them, it is the full report.
 * Every reply of the worker for the document must come here in order, those
 * of cancelled and superseded jobs too, since the next reply refers to them.
 */
export class WorkerMirror {
  private entries: ReadonlyMap<number, readonly Finding[]> = new Map();
  private reporting = new Map<number, readonly Finding[]>();
  private registers: CollectedRegisters = new Map();

  reports(changes: ReportChanges): RunReports {
    // An index the worker thinks was sent and is not here can only be a reply to a job from before a close: its result goes nowhere.
    const entries = [...changes.entries, ...changes.kept.map((index) => [index, this.entries.get(index) ?? []] as const)];
    for (const [index, findings] of entries) this.reporting.set(index, findings);
    return { program: changes.program, entries };
  }

  /** The job is done: its register values, kept as they are until the next one (the maps are not changed afterwards). */
  done(files: readonly FileRegisterChanges[]): CollectedRegisters {
    const registers = new Map<string, LineValues>();
    for (const changes of files) {
      const { file } = changes;
      const before = this.registers.get(file);
      if ('unchanged' in changes) {
        registers.set(file, before ?? new Map());
        continue;
      }
      const { lines, from, values } = changes;
      const now = new Map<number, readonly RegisterValue[]>();
      let next = 0;
      lines.forEach((line, i) => {
        const source = from[i] as number;
        now.set(line, source < 0 ? (values[next++] as readonly RegisterValue[]) : (before?.get(source) ?? []));
      });
      registers.set(file, now);
    }
    this.entries = this.reporting;
    this.reporting = new Map();
    this.registers = registers;
    return registers;
  }

  failed(): void {
    this.reporting = new Map();
  }
}
