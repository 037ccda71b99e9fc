import assert from 'node:assert/strict';
import type { Finding, LineRegisterFacts, RegisterValue } from '../../../emulator/src/index.js';
import { analyseSource, reportFindings } from '../../src/analysis/analyseSource.js';
import { EntryCache, type AnalysisStatistics } from '../../src/analysis/entryCache.js';
import { lineMoves } from '../../src/analysis/lineTable.js';
import { RegisterCollector, type LineValues } from '../../src/analysis/registerCollector.js';
import { RunFindings } from '../../src/analysis/runFindings.js';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings.js';
import { ReportBatches } from '../../src/analysis/worker/reportBatches.js';
import { SentReplies } from '../../src/analysis/worker/sentReplies.js';
import type { LanguageId } from '../../src/languages/languageId.js';
import { readFromDisk } from '../../src/lowering/includeResolution.js';
import { SyntaxTrees } from '../../src/lowering/syntaxTrees.js';
import { WorkerMirror } from '../../src/lsp/workerMirror.js';
import { DocumentTrees } from '../../src/parsing/documentTrees.js';
import { sharedParsers } from '../lowering-objasm-support.js';
import type { Change } from './editedDocuments.js';

// An open document analysed edit after edit as the analysis worker keeps it
// (its entry results, trees and register collector) and as the server
// mirrors the worker's replies, checked against a fresh analysis of the same
// text: the findings (with their notes, witnesses and PW900 notes) as the
// server sums them up from the replies, the register listing the worker's
// collector makes, and the register values the server reads back for the
// hover.

/** What a document's analysis left: as the language server holds it, and how much of it was run again. */
export interface State {
  readonly findings: readonly Finding[];
  readonly listing: readonly LineRegisterFacts[];
  /** The register values of the document's lines as the server reads them from the worker's replies, by line. */
  readonly shown: readonly (readonly [number, readonly RegisterValue[]])[];
  readonly statistics: AnalysisStatistics;
}

/** One open document as the analysis worker keeps it and the server mirrors its replies: each edit analysed with what the last run kept. */
export class KeptDocument {
  private readonly cache = new EntryCache();
  private readonly syntaxTrees = new SyntaxTrees();
  private readonly registers: RegisterCollector;
  private readonly sent = new SentReplies();
  private readonly mirror = new WorkerMirror();
  private text = '';

  private constructor(private readonly language: LanguageId, private readonly trees: DocumentTrees, readonly file: string) {
    this.registers = new RegisterCollector(language);
  }

  static async open(language: LanguageId, file: string, text: string): Promise<{ document: KeptDocument; state: State }> {
    const document = new KeptDocument(language, new DocumentTrees(await sharedParsers()), file);
    return { document, state: await document.update({ text }) };
  }

  get current(): string {
    return this.text;
  }

  /** An edit of one or more changes, each in the text the ones before it left, as one `didChange` brings them. */
  edit(...changes: Change[]): Promise<State> {
    return this.update({ changes });
  }

  /** Checks the document's state after an edit against a fresh analysis of its text; the entries it analysed again. */
  async checked(state: State, what: string): Promise<number> {
    const expected = await fresh(this.language, this.file, this.text);
    assert.deepEqual(state.findings, expected.findings, `${what}: findings`);
    assert.deepEqual(state.listing, expected.listing, `${what}: the register listing`);
    assert.deepEqual(state.shown, expected.shown, `${what}: the register values the server holds`);
    return state.statistics.analysed;
  }

  private async update(content: { text: string } | { changes: readonly Change[] }): Promise<State> {
    const parsed = await this.trees.update(this.file, this.language, content);
    assert.ok('tree' in parsed, 'the text is parsed');
    this.text = parsed.text;
    this.cache.begin();
    this.registers.begin('changes' in content ? { file: this.file, moves: lineMoves(content.changes) } : undefined);
    const found = new RunFindings();
    const send = (reports: Parameters<SentReplies['reports']>[0]): void => found.merge(this.mirror.reports(this.sent.reports(reports)));
    const batches = new ReportBatches(send, this.sent.silent, send);
    await reportFindings(parsed.tree, {
      languageId: this.language, text: parsed.text, file: this.file, cache: this.cache, syntaxTrees: this.syntaxTrees, registers: this.registers, readFile: readFromDisk,
      ...(parsed.changes ? { treeChanges: parsed.changes } : {}),
    }, batches);
    send(batches.rest());
    const listing = this.registers.of(this.file);
    const shown = this.mirror.done(this.sent.done([[this.file, listing]])).get(this.file);
    return { findings: found.settled(this.file, DEFAULT_SETTINGS), listing: factsOf(this.file, listing.lines), shown: shown ? linesOf(shown) : [], statistics: this.cache.statistics };
  }
}

/** The values of a file's lines, in line order. */
function linesOf(lines: LineValues): (readonly [number, readonly RegisterValue[]])[] {
  const out: (readonly [number, readonly RegisterValue[]])[] = [];
  lines.forEach((values, line) => out.push([line, values]));
  return out.sort(([a], [b]) => a - b);
}

function factsOf(file: string, lines: LineValues): LineRegisterFacts[] {
  return linesOf(lines).map(([line, values]) => ({ file, line, values }));
}

/** A fresh analysis of `text`: nothing kept from before. */
async function fresh(language: LanguageId, file: string, text: string): Promise<Omit<State, 'statistics'>> {
  const registers = new RegisterCollector(language);
  registers.begin();
  const findings = await analyseSource(await sharedParsers(), { languageId: language, text, file, registers, readFile: readFromDisk });
  const { lines } = registers.of(file);
  return { findings, listing: factsOf(file, lines), shown: linesOf(lines) };
}
