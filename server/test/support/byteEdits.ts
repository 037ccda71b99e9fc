import assert from 'node:assert/strict';
import type { LanguageId } from '../../src/languages/languageId.js';
import { insertLine, linesMatching, type Change, type Random } from './editedDocuments.js';
import { KeptDocument } from './keptAnalyses.js';

/** What a dialect's random byte-moving edits are made of. */
export interface ByteEditDialect {
  /** A line holding one of the instructions edits go before or remove. */
  readonly code: RegExp;
  /** Instructions to insert, one or two lines each. */
  readonly instructions: readonly string[];
}

/**
 * One random edit, most of them moving the code after them by bytes: one
 * or two instructions inserted before an instruction or anywhere, an
 * instruction removed; else a comment line inserted or a comment appended,
 * which move only lines.
 */
function byteEdit(text: string, random: Random, dialect: ByteEditDialect): { change: Change; what: string; bytes: boolean } {
  const lines = text.split('\n');
  const code = linesMatching(lines, dialect.code);
  const anywhere = random.below(Math.max(1, lines.length - 1));
  const row = random.pick(code) ?? anywhere;
  const instruction = random.pick(dialect.instructions) as string;
  switch (random.below(8)) {
    case 0: return { change: insertLine(anywhere, instruction), what: `instruction at line ${anywhere}`, bytes: true };
    case 1: case 2: case 3: return { change: insertLine(row, instruction), what: `instruction before line ${row}`, bytes: true };
    case 4: case 5: {
      // Unlabelled instructions only, so that no name goes undefined.
      const plain = random.pick(code.filter((r) => /^\s/.test(lines[r] ?? ''))) ?? row;
      return { change: { range: { start: { line: plain, character: 0 }, end: { line: plain + 1, character: 0 } }, text: '' }, what: `instruction at line ${plain} removed`, bytes: true };
    }
    case 6: return { change: insertLine(anywhere, '; a new line'), what: `comment line at ${anywhere}`, bytes: false };
    default: {
      const end = { line: row, character: (lines[row] ?? '').length };
      return { change: { range: { start: end, end }, text: ' ; edited' }, what: `comment appended at line ${row}`, bytes: false };
    }
  }
}

/**
 * Twelve random edits to a kept document: after each, its state must be a
 * fresh analysis's of the same text, and the edits that moved code by bytes
 * must between them have kept some entries' results.
 */
export async function checkRandomByteEdits(language: LanguageId, file: string, text: string, random: Random, dialect: ByteEditDialect): Promise<void> {
  const { document, state } = await KeptDocument.open(language, file, text);
  await document.checked(state, 'the open');
  let kept = 0;
  for (let n = 0; n < 12; n++) {
    const { change, what, bytes } = byteEdit(document.current, random, dialect);
    const after = await document.edit(change);
    await document.checked(after, `edit ${n}: ${what}`);
    if (bytes) kept += after.statistics.reused;
  }
  assert.ok(kept > 0, 'edits that moved code by bytes kept some entries\' results');
}
