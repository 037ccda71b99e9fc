// Large but realistic sources for the analysis benchmark: the clean sample
// corpus of a dialect repeated file by file, each copy with the names it
// defines renamed, until the text has the lines asked for. Renaming keeps
// every copy's names distinct (a name defined twice would make a wrong
// program, with jumps into another copy), so each copy is analysed as the
// original is. For that, a file reads the corpus files it includes in their
// place, as the assembler does (`GET Hdr:PhysBuf` finds the project's
// hdr/PhysBuf); the generated file stands alone, where those includes would
// find nothing, and a file the corpus includes is not repeated by itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIncludedFile, readFromDisk } from '../src/lowering/includeResolution.js';
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
  readonly corpus: 'vxd-masm' | 'riscos-objasm';
  /** The file a line includes, as written. */
  readonly include: RegExp;
  /** The names a file defines, which each copy renames with a suffix. */
  readonly defined: (text: string) => Set<string>;
  /**
   * Name prefixes that macros paste onto (a VxD's device name: `Begin_Service_Table
   * BLKPOOL` makes `BLKPOOL_Service`), renamed as prefixes so the pasted names still match.
   */
  readonly prefixes: (text: string) => string[];
  /**
   * Names that macros paste onto the end of a prefix (`MakeErrorBlock RAMCache_TooBig`
   * reads `ErrorNumber_RAMCache_TooBig` and defines `ErrorBlock_RAMCache_TooBig`),
   * renamed with every name that ends in one, so the pasted names still match.
   */
  readonly tails: (text: string, defined: ReadonlySet<string>) => string[];
  readonly end: string;
}

/** The identifiers of a text outside its comments and strings. */
function codeWords(text: string): Set<string> {
  return new Set(text.split('\n').flatMap((line) => {
    const cut = line.indexOf(';');
    return (cut < 0 ? line : line.slice(0, cut)).replace(/"[^"]*"/g, '').match(IDENTIFIER) ?? [];
  }));
}

const MASM: Dialect = {
  corpus: 'vxd-masm',
  include: /^\s*include\s+([^\s;]+)/i,
  defined: (text) => new Set([
    ...[...text.matchAll(/^\s*BeginProc\s+(\w+)/gim)].map((m) => m[1] as string),
    ...[...text.matchAll(/^(\w+)(?::|\s+(?:EQU|=|TEXTEQU|STRUC|RECORD|LABEL|PROC|dd|dw|db|dq|df|dt|[A-Z]\w*_Desc|[A-Z]\w*_Struc)\b)/gim)].map((m) => m[1] as string),
  ]),
  prefixes: (text) => [...text.matchAll(/^Declare_Virtual_Device\s+(\w+)/gim)].map((m) => m[1] as string),
  tails: () => [],
  end: '        END',
};

const OBJASM: Dialect = {
  corpus: 'riscos-objasm',
  include: /^\s+GET\s+([^\s;]+)/i,
  // In ObjAsm every name is defined in column 0.
  defined: (text) => new Set([...text.matchAll(/^([A-Za-z_]\w*)/gm)].map((m) => m[1] as string)),
  prefixes: () => [],
  // A word an instruction or macro call opens with (`swi`) is no pasted name, whatever names end in it (`ss_swi`).
  tails: (text, defined) => {
    const opening = new Set([...text.matchAll(/^\s+([A-Za-z_]\w*)/gm)].map((m) => m[1] as string));
    return [...codeWords(text)].filter((word) => !defined.has(word) && !opening.has(word) && [...defined].some((name) => name.endsWith(`_${word}`)));
  },
  end: '        END',
};

export const DIALECTS = { 'vxd-masm': MASM, 'riscos-objasm': OBJASM } as const;

/** The text of `path` with each include that finds a file of the corpus replaced by that file's text, added to `included`. */
function expanded(dialect: Dialect, path: string, included: Set<string>, within: readonly string[] = []): string {
  const stack = [...within, path];
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n').split('\n').map((line) => {
    const written = dialect.include.exec(line)?.[1];
    const found = written === undefined ? undefined : findIncludedFile(dialect.corpus, written, path, { includePaths: [], pathVariables: {} }, readFromDisk);
    // A file that includes itself, directly or not, is read once.
    if (!found || stack.includes(found.file)) return line;
    included.add(found.file);
    return expanded(dialect, found.file, included, stack);
  }).join('\n');
}

/** The text with its definitions renamed for copy `copy`; every (file, copy) pair gets its own number, since two corpus files may define the same name. */
function renamed(text: string, copy: number, dialect: Dialect): string {
  const defined = dialect.defined(text);
  const prefixes = dialect.prefixes(text);
  const tails = dialect.tails(text, defined);
  return text
    .split('\n')
    .map((line) => {
      // Comments keep their words: a renamed word there would change nothing but noise.
      const cut = line.indexOf(';');
      const code = cut < 0 ? line : line.slice(0, cut);
      const renamedCode = code.replace(IDENTIFIER, (name) => {
        const prefix = prefixes.find((p) => name === p || name.startsWith(`${p}_`));
        if (prefix !== undefined) return `${prefix}${copy}${name.slice(prefix.length)}`;
        return defined.has(name) || tails.some((tail) => name === tail || name.endsWith(`_${tail}`)) ? `${name}_${copy}` : name;
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
  const included = new Set<string>();
  const files = filesUnder(join(repoRoot, 'examples', 'corpus', dialect.corpus)).map((path) => ({ path, text: expanded(dialect, path, included) }));
  const samples = files
    .filter(({ path }) => !included.has(path))
    // END stops the assembler: only the last copy may have it.
    .map(({ text }) => text.split('\n').filter((l) => !/^\s+END\b/.test(l)).join('\n'));
  const out: string[] = [];
  for (let copy = 0; out.length < lines - 1; copy++) {
    const sample = samples[copy % samples.length] ?? '';
    out.push(...renamed(sample, copy, dialect).split('\n'));
  }
  return [...out, dialect.end, ''].join('\n');
}
