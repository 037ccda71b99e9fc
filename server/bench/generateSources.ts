// Large but realistic sources for the analysis benchmark: the clean sample
// corpus of a dialect repeated file by file, each copy with the names it
// defines renamed, until the text has the lines asked for. Renaming keeps
// every copy's names distinct (a name defined twice would make a wrong
// program, with jumps into another copy), so each copy is analysed as the
// original is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/support/paths.js';

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.name.startsWith('.') ? [] : [path];
    });
}

interface Dialect {
  readonly corpus: string;
  /** Files worth repeating: sources with code, not headers of definitions only. */
  readonly take: (path: string) => boolean;
  /** The names a file defines, which each copy renames with a suffix. */
  readonly defined: (text: string) => Set<string>;
  /**
   * Name prefixes that macros paste onto (a VxD's device name: `Begin_Service_Table
   * BLKPOOL` makes `BLKPOOL_Service`), renamed as prefixes so the pasted names still match.
   */
  readonly prefixes: (text: string) => string[];
  readonly end: string;
}

const MASM: Dialect = {
  corpus: 'vxd-masm',
  take: (path) => path.endsWith('.asm'),
  defined: (text) => new Set([
    ...[...text.matchAll(/^\s*BeginProc\s+(\w+)/gim)].map((m) => m[1] as string),
    ...[...text.matchAll(/^(\w+)(?::|\s+(?:EQU|=|TEXTEQU|STRUC|RECORD|LABEL|PROC|dd|dw|db|dq|df|dt|[A-Z]\w*_Desc|[A-Z]\w*_Struc)\b)/gim)].map((m) => m[1] as string),
  ]),
  prefixes: (text) => [...text.matchAll(/^Declare_Virtual_Device\s+(\w+)/gim)].map((m) => m[1] as string),
  end: '        END',
};

const OBJASM: Dialect = {
  corpus: 'riscos-objasm',
  take: (path) => !/[/\\]hdr[/\\]/.test(path),
  // In ObjAsm every name is defined in column 0.
  defined: (text) => new Set([...text.matchAll(/^([A-Za-z_]\w*)/gm)].map((m) => m[1] as string)),
  prefixes: () => [],
  end: '        END',
};

export const DIALECTS = { 'vxd-masm': MASM, 'riscos-objasm': OBJASM } as const;

/** The text with its definitions renamed for copy `copy`; every (file, copy) pair gets its own number, since two corpus files may define the same name. */
function renamed(text: string, copy: number, dialect: Dialect): string {
  const defined = dialect.defined(text);
  const prefixes = dialect.prefixes(text);
  return text
    .split('\n')
    .map((line) => {
      // Comments keep their words: a renamed word there would change nothing but noise.
      const cut = line.indexOf(';');
      const code = cut < 0 ? line : line.slice(0, cut);
      const renamedCode = code.replace(IDENTIFIER, (name) => {
        const prefix = prefixes.find((p) => name === p || name.startsWith(`${p}_`));
        if (prefix !== undefined) return `${prefix}${copy}${name.slice(prefix.length)}`;
        return defined.has(name) ? `${name}_${copy}` : name;
      });
      return cut < 0 ? renamedCode : renamedCode + line.slice(cut);
    })
    .join('\n');
}

/**
 * At least `lines` lines of the dialect's corpus, whole files at a time (a
 * procedure cut in half would not be analysed), repeated with renamed
 * definitions and ending in one END.
 */
export function generateSource(dialectId: keyof typeof DIALECTS, lines: number): string {
  const dialect = DIALECTS[dialectId];
  const samples = filesUnder(join(repoRoot, 'examples', 'corpus', dialect.corpus))
    .filter(dialect.take)
    // END stops the assembler: only the last copy may have it.
    .map((path) => readFileSync(path, 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => !/^\s+END\b/.test(l)).join('\n'));
  const out: string[] = [];
  for (let copy = 0; out.length < lines - 1; copy++) {
    const sample = samples[copy % samples.length] ?? '';
    out.push(...renamed(sample, copy, dialect).split('\n'));
  }
  return [...out, dialect.end, ''].join('\n');
}
