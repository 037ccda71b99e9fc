import type { Finding, RegisterValue } from '../../../emulator/src/index.js';
import { LineTable } from '../analysis/lineTable.js';
import type { CollectedRegisters } from '../analysis/registerCollector.js';
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
  private registers: ReadonlyMap<string, LineTable<readonly RegisterValue[]>> = new Map();

  reports(changes: ReportChanges): RunReports {
    // An index the worker thinks was sent and is not here can only be a reply to a job from before a close: its result goes nowhere.
    const entries = [...changes.entries, ...changes.kept.map((index) => [index, this.entries.get(index) ?? []] as const)];
    for (const [index, findings] of entries) this.reporting.set(index, findings);
    return { program: changes.program, entries, ...(changes.suppressions ? { suppressions: changes.suppressions } : {}) };
  }

  /**
   * The job is done: its register values, kept as they are until the next one (the tables are never changed);
   * for a cancelled job's reply, which has none, those of the last job that had.
   */
  done(files: readonly FileRegisterChanges[] | undefined): CollectedRegisters {
    this.entries = this.reporting;
    this.reporting = new Map();
    if (!files) return this.registers;
    const registers = new Map<string, LineTable<readonly RegisterValue[]>>();
    for (const changes of files) {
      const before = this.registers.get(changes.file) ?? LineTable.empty();
      if ('unchanged' in changes) {
        registers.set(changes.file, before);
        continue;
      }
      const updates = new Map<number, readonly RegisterValue[] | undefined>();
      changes.lines.forEach((line, i) => updates.set(line, changes.values[i]));
      changes.removed.forEach((line) => updates.set(line, undefined));
      registers.set(changes.file, changes.moves.reduce((table, move) => table.moved(move), before).with(updates));
    }
    this.registers = registers;
    return registers;
  }

  failed(): void {
    this.reporting = new Map();
  }
}
