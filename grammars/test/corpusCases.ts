// Reads tree-sitter's corpus format the way `tree-sitter test` does: a name
// (and `:attribute` lines) between two `===` lines, the input, a `---` line,
// then the expected tree as an S-expression in which `;` lines are comments.

export interface CorpusCase {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
  /** `:error` cases only assert that the input does not parse cleanly. */
  readonly expectError: boolean;
}

const EQUALS = /^={3,}\s*$/;
const DASHES = /^-{3,}\s*$/;

/** A `===` line, a name, any `:attribute` lines, then `===` again. */
function startsCase(lines: readonly string[], i: number): boolean {
  if (!EQUALS.test(lines[i] ?? '')) return false;
  let j = i + 2;
  while (j < lines.length && (lines[j] ?? '').startsWith(':')) j += 1;
  return j < lines.length && EQUALS.test(lines[j] ?? '');
}

export function parseCorpus(text: string): CorpusCase[] {
  const lines = text.split(/(?<=\n)/);
  const cases: CorpusCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!EQUALS.test(lines[i] ?? '')) {
      i += 1;
      continue;
    }
    const header: string[] = [];
    i += 1;
    while (i < lines.length && !EQUALS.test(lines[i] ?? '')) header.push((lines[i++] ?? '').trim());
    i += 1;
    const bodyStart = i;
    while (i < lines.length && !startsCase(lines, i)) i += 1;
    const body = lines.slice(bodyStart, i);
    let divider = -1;
    body.forEach((line, n) => { if (DASHES.test(line)) divider = n; });
    if (divider < 0) throw new Error(`corpus case "${header[0] ?? ''}" has no --- divider`);
    // Like the CLI: the input keeps its leading blank line and loses one trailing newline.
    const input = body.slice(0, divider).join('').replace(/\r?\n$/, '');
    const expected = body.slice(divider + 1).filter((line) => !/^\s*;/.test(line)).join('').trim();
    cases.push({ name: header[0] ?? '', input, expected, expectError: header.some((h) => h.startsWith(':error')) });
  }
  return cases;
}

/** Whitespace-insensitive S-expression, with field names dropped when the expectation has none. */
export function normaliseTree(sexp: string, keepFields: boolean): string {
  let s = sexp.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
  if (!keepFields) s = s.replace(/[\w.]+: /g, '');
  return s;
}

export function hasFields(sexp: string): boolean {
  return /[\w.]+: \(/.test(sexp);
}
