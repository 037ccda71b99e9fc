import type { Finding } from '../../../emulator/src/index.js';
import type { FindingsSink } from './runFindings.js';
import type { SuppressionReports, SuppressionsByFile } from './suppressions.js';

/**
 * A sink that passes on to `sink` the findings that no suppression comment
 * silences. The comments are read where the run's trees are (the CLI's
 * thread, the language server's analysis worker), so that only comment text
 * counts; what reaches the language server's own thread is already less
 * what they suppress.
 */
export class UnsuppressedFindings implements FindingsSink {
  constructor(private readonly sink: FindingsSink, private readonly silenced: SuppressionsByFile) {}

  get early(): boolean {
    return this.sink.early;
  }

  program(findings: readonly Finding[]): void {
    this.sink.program(this.unsuppressed(findings));
  }

  entry(index: number, findings: readonly Finding[]): void {
    this.sink.entry(index, this.unsuppressed(findings));
  }

  suppressions(reports: SuppressionReports): void {
    this.sink.suppressions(reports);
  }

  certain(): void {
    this.sink.certain();
  }

  analysing(): void {
    this.sink.analysing();
  }

  analysed(): void {
    this.sink.analysed();
  }

  private unsuppressed(findings: readonly Finding[]): readonly Finding[] {
    return findings.filter((f) => !this.silenced.silences(f));
  }
}
