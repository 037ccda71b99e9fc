import { performance } from 'node:perf_hooks';
import type { Finding } from '../../../../emulator/src/index.js';
import type { FindingsSink, RunReports } from '../runFindings.js';
import type { SuppressionReports } from '../suppressions.js';

/** How much analysis time a batch of entry points' findings covers before it is sent. */
const STRETCH_MS = 200;

/**
 * A run's reports gathered into batches for the language server: what is
 * known before the first analysis at once, then the entry points done in
 * each stretch of analysis time, not each one on its own (every batch is a
 * publication of the whole document's diagnostics). Until a batch has
 * carried a finding, an entry point that finds one goes at once: a file
 * whose first batch holds nothing (no syntax error, no note) shows the
 * user nothing until then.
 */
export class ReportBatches implements FindingsSink {
  private programFindings: Finding[] = [];
  private entries: [number, readonly Finding[]][] = [];
  private comments: SuppressionReports | undefined;
  /** When the last batch went; none goes before the analyses start, so the first holds all that is known without them. */
  private sent: number | undefined;
  /** Whether a batch has carried a finding. */
  private shown = false;

  /**
   * `early`: nothing about the document has been published yet, so what
   * is certain (syntax errors before the lowering, an ObjAsm file's notes
   * before the lowering's first pass) may go out in batches of its own
   * (later, a batch without the rest of the first would take findings off
   * the editor until the next). `settle` gets the last batch, once every
   * entry point's findings are in it (`analysed`).
   */
  constructor(private readonly send: (reports: RunReports) => void, readonly early: boolean, private readonly settle: (reports: RunReports) => void) {}

  program(findings: readonly Finding[]): void {
    this.programFindings.push(...findings);
  }

  suppressions(reports: SuppressionReports): void {
    this.comments = reports;
  }

  certain(): void {
    if (this.early && (this.programFindings.length > 0 || this.commentsShown())) this.send(this.rest());
  }

  entry(index: number, findings: readonly Finding[]): void {
    this.entries.push([index, findings]);
    if (this.sent !== undefined && ((findings.length > 0 && !this.shown) || performance.now() - this.sent >= STRETCH_MS)) this.flush();
  }

  analysing(): void {
    this.flush();
  }

  analysed(): void {
    this.settle(this.rest());
  }

  /** What has been reported since the last batch went. */
  rest(): RunReports {
    this.shown ||= this.programFindings.length > 0 || this.commentsShown() || this.entries.some(([, findings]) => findings.length > 0);
    const reports = { program: this.programFindings, entries: this.entries, ...(this.comments ? { suppressions: this.comments } : {}) };
    this.programFindings = [];
    this.entries = [];
    this.comments = undefined;
    return reports;
  }

  private commentsShown(): boolean {
    return !!this.comments && this.comments.misnamed.length + this.comments.unexplained.length > 0;
  }

  private flush(): void {
    this.sent = performance.now();
    this.send(this.rest());
  }
}
