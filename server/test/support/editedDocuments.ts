import assert from 'node:assert/strict';
import type { Tree } from 'web-tree-sitter';
import { lowerDocument, type LoweredDocument } from '../../src/analysis/lowerDocument.js';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings.js';
import type { LanguageId } from '../../src/languages/languageId.js';
import type { ReadFile } from '../../src/lowering/includeResolution.js';
import { SyntaxTrees } from '../../src/lowering/syntaxTrees.js';
import { DocumentTrees } from '../../src/parsing/documentTrees.js';
import { sharedParsers } from '../lowering-objasm-support.js';

// An open document as the language server's analysis worker keeps it
// (parsed incrementally, lowered with its kept trees), edited by tests that
// check the kept lowering against a fresh lowering of the same text.

/** Everything a lowering gives, Maps as ordered lists: their order reaches the analysis too. */
export function everything(document: LoweredDocument): unknown {
  const { items, labels, symbols, storage, entries } = document.lowering.program;
  const program = { items, labels: [...labels], symbols: [...symbols], storage: [...storage], entries };
  return document.dialect === 'vxd-masm'
    ? { program, calls: document.lowering.vmmCalls, notes: document.lowering.notes, unmodelled: document.lowering.unmodelled, names: document.lowering.names }
    : {
      program, notes: document.lowering.notes, unmodelled: document.lowering.unmodelled, names: document.lowering.names, areas: document.lowering.areaCreations, reservations: document.lowering.pageReservations,
      mode: document.mode,
    };
}

export type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

export type ChunkCounts = { readonly replayed: number; readonly lowered: number };

/** The replay counts of a lowering that keeps them (MASM procedures, ObjAsm routines). */
export function chunkCounts(document: LoweredDocument): ChunkCounts {
  const { lowering } = document;
  if (!('chunks' in lowering) || !lowering.chunks) return { replayed: 0, lowered: 0 };
  const { replayed, lowered } = lowering.chunks as ChunkCounts;
  return { replayed, lowered };
}

/** One open document as the language server's worker keeps it: parsed incrementally, lowered with its kept trees. */
export class Document {
  readonly syntaxTrees = new SyntaxTrees();
  private text = '';
  private tree: Tree | undefined;

  private constructor(
    private readonly languageId: LanguageId,
    private readonly trees: DocumentTrees,
    private readonly file: string,
    private readonly readFile: ReadFile,
  ) {}

  static async open(languageId: LanguageId, file: string, text: string, readFile: ReadFile = () => undefined): Promise<Document> {
    const document = new Document(languageId, new DocumentTrees(await sharedParsers()), file, readFile);
    await document.update({ text });
    return document;
  }

  get current(): string {
    return this.text;
  }

  lower(readFile = this.readFile): LoweredDocument {
    assert.ok(this.tree);
    return lowerDocument(this.languageId, { tree: this.tree, text: this.text, file: this.file, settings: DEFAULT_SETTINGS, syntaxTrees: this.syntaxTrees, readFile });
  }

  async fresh(readFile = this.readFile): Promise<LoweredDocument> {
    const tree = await (await sharedParsers()).parse(this.languageId, this.text);
    try {
      return lowerDocument(this.languageId, { tree, text: this.text, file: this.file, settings: DEFAULT_SETTINGS, readFile });
    } finally {
      tree.delete();
    }
  }

  async edit(change: Change): Promise<void> {
    await this.update({ changes: [change] });
  }

  /** Applies the change and checks the kept lowering against a fresh one; the kept lowering. */
  async check(change: Change, what: string): Promise<LoweredDocument> {
    await this.edit(change);
    const kept = this.lower();
    assert.deepEqual(everything(kept), everything(await this.fresh()), `${this.file}: ${what}`);
    return kept;
  }

  private async update(content: { text: string } | { changes: readonly Change[] }): Promise<void> {
    const parsed = await this.trees.update(this.file, this.languageId, content);
    assert.ok('tree' in parsed, 'the text is parsed');
    this.text = parsed.text;
    this.tree = parsed.tree;
  }
}

/** A deterministic random source (Park–Miller). */
export class Random {
  constructor(private state: number) {}

  below(n: number): number {
    this.state = (this.state * 48271) % 0x7fffffff;
    return this.state % Math.max(1, n);
  }

  pick<T>(list: readonly T[]): T | undefined {
    return list[this.below(list.length)];
  }
}

export const at = (line: number, character = 0): { line: number; character: number } => ({ line, character });
export const insertLine = (line: number, text: string): Change => ({ range: { start: at(line), end: at(line) }, text: `${text}\n` });
export const replaceLine = (lines: readonly string[], line: number, text: string): Change =>
  ({ range: { start: at(line), end: at(line, lines[line]?.length ?? 0) }, text });

/** Lines whose text matches, by number. */
export function linesMatching(lines: readonly string[], pattern: RegExp): number[] {
  return lines.flatMap((l, i) => (pattern.test(l) ? [i] : []));
}

/** The text with `find` replaced by `by`, as one change. */
export function replaced(text: string, find: string, by: string): Change {
  const index = text.indexOf(find);
  assert.notEqual(index, -1, `"${find}" is in the text`);
  const position = (offset: number): { line: number; character: number } => {
    const before = text.slice(0, offset).split('\n');
    return at(before.length - 1, (before[before.length - 1] ?? '').length);
  };
  return { range: { start: position(index), end: position(index + find.length) }, text: by };
}
