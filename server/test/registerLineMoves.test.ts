import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { at, Random, type Change } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';
import { repoRoot } from './support/paths.js';

// The register values of an open document's lines move with its edits: the
// worker's collector, its replies and the server's mirror move the lines
// below an edit by the lines it added or removed, guessed from the edit's
// changes and checked against what the entries' runs found. Whatever the
// edits (lines added, removed, pasted, an edit undone, several changes in
// one), the values the server holds for each line must be a fresh
// analysis's of the same text.

/** The position `offset` characters into `text`. */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return at(before.length - 1, (before[before.length - 1] ?? '').length);
}

function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += (lines[line] ?? '').length + 1;
  return offset + position.character;
}

/** `change` applied to `text`. */
function applied(text: string, change: Change): string {
  return text.slice(0, offsetOf(text, change.range.start)) + change.text + text.slice(offsetOf(text, change.range.end));
}

/** The change that undoes `change`, made to `text`. */
function undoing(text: string, change: Change): Change {
  const start = offsetOf(text, change.range.start);
  const after = applied(text, change);
  return { range: { start: change.range.start, end: positionOf(after, start + change.text.length) }, text: text.slice(start, offsetOf(text, change.range.end)) };
}

/** A random edit of lines: what it does, and its changes. */
function lineEdit(text: string, random: Random, n: number): { what: string; changes: Change[] } {
  const lines = text.split('\n');
  const line = random.below(lines.length - 1);
  const end = at(line, (lines[line] ?? '').length);
  switch (random.below(6)) {
    case 0:
      return { what: `a comment line above line ${line}`, changes: [{ range: { start: at(line), end: at(line) }, text: `; note ${n}\n` }] };
    case 1:
      return { what: `a line break at the end of line ${line}`, changes: [{ range: { start: end, end }, text: '\n' }] };
    case 2: {
      const count = 1 + random.below(4);
      return { what: `lines ${line}–${line + count - 1} removed`, changes: [{ range: { start: at(line), end: at(Math.min(line + count, lines.length - 1)) }, text: '' }] };
    }
    case 3: {
      const from = random.below(lines.length - 6);
      const pasted = `${lines.slice(from, from + 2 + random.below(4)).join('\n')}\n`;
      return { what: `lines from ${from} pasted above line ${line}`, changes: [{ range: { start: at(line), end: at(line) }, text: pasted }] };
    }
    case 4: {
      // Two changes in one: the second's lines are those the first left.
      const other = random.below(lines.length - 1);
      return {
        what: `a blank line above line ${line}, then line ${other} removed`,
        changes: [{ range: { start: at(line), end: at(line) }, text: '\n' }, { range: { start: at(other), end: at(other + 1) }, text: '' }],
      };
    }
    default:
      return { what: `a comment at the end of line ${line}`, changes: [{ range: { start: end, end }, text: ` ; edit ${n}` }] };
  }
}

async function checkRandomLineEdits(language: LanguageId, file: string, text: string, random: Random): Promise<void> {
  const { document, state } = await KeptDocument.open(language, file, text);
  await document.checked(state, 'the open');
  for (let n = 0; n < 14; n++) {
    const before = document.current;
    const { what, changes } = lineEdit(before, random, n);
    await document.checked(await document.edit(...changes), `edit ${n}: ${what}`);
    if (changes.length === 1 && random.below(3) === 0) {
      await document.checked(await document.edit(undoing(before, changes[0] as Change)), `edit ${n} undone: ${what}`);
    }
  }
}

describe('register values of lines an edit moved', { timeout: 900_000 }, () => {
  const sources: readonly (readonly [LanguageId, string, string])[] = [
    ['vxd-masm', join(repoRoot, 'examples', 'corpus', 'vxd-masm', 'dmabuf.asm'), readFileSync(join(repoRoot, 'examples', 'corpus', 'vxd-masm', 'dmabuf.asm'), 'utf8')],
    ['vxd-masm', join(repoRoot, 'examples', 'corpus', 'vxd-masm', 'generated.asm'), generateSource('vxd-masm', 400)],
    ['riscos-objasm', join(repoRoot, 'examples', 'corpus', 'riscos-objasm', 'generated.s'), generateSource('riscos-objasm', 400)],
  ];
  for (const [index, [language, file, text]] of sources.entries()) {
    test(`random lines added, removed, pasted and undone in ${file.slice(file.lastIndexOf('/') + 1)} leave the values a fresh analysis shows`, async () => {
      await checkRandomLineEdits(language, file, text, new Random(7331 * (index + 1)));
    });
  }
});
