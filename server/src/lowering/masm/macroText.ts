// Textual macro expansion, as MASM does it: parameters and LOCAL names are
// replaced token by token in the body text, `&` glues a parameter to its
// neighbours (and is the only way to reach a parameter inside a string),
// `;;` comments are dropped. The expanded text is then parsed again with
// the same grammar, so an expansion may hold anything a file may.

const IDENT = /[A-Za-z_@?$][A-Za-z0-9_@?$]*/y;
// A number is one token: the h of 10h is no parameter.
const NUMBER = /[0-9][0-9A-Za-z]*/y;

/** Where a parameter's text went in an expansion: UTF-16 offsets into the expanded text, and the parameter (in lower case). */
export interface Substituted {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** A run of an expansion's text copied from the body as it stands: UTF-16 offsets into the expanded text, and where it stands in the body. */
export interface Copied {
  readonly start: number;
  readonly end: number;
  /** The body's line, from 0, and the column there. */
  readonly line: number;
  readonly column: number;
}

export interface Expansion {
  readonly text: string;
  readonly substituted: readonly Substituted[];
  readonly copied: readonly Copied[];
}

/**
 * Replaces parameter and LOCAL names (keys in lower case) in macro body
 * text, saying where each name's replacement went (names inside strings
 * aside: no statement reads a name there) and where the text around them
 * came from.
 */
export function substitute(body: string, bindings: ReadonlyMap<string, string>): Expansion {
  const substituted: Substituted[] = [];
  const copied: Copied[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const [index, line] of body.split('\n').entries()) {
    const out = substituteLine(line, bindings, { offset, line: index, substituted, copied });
    lines.push(out);
    offset += out.length + 1;
  }
  return { text: lines.join('\n'), substituted, copied };
}

/** What `substituteLine` adds to: the line's place in the expanded text and in the body, and the lists of where text went. */
interface LineRecord {
  readonly offset: number;
  readonly line: number;
  readonly substituted: Substituted[];
  readonly copied: Copied[];
}

/** One line of `substitute`. */
function substituteLine(line: string, bindings: ReadonlyMap<string, string>, record: LineRecord): string {
  let out = '';
  let i = 0;
  const copy = (text: string): void => {
    const start = record.offset + out.length;
    const last = record.copied[record.copied.length - 1];
    if (last && last.line === record.line && last.end === start && last.column + (last.end - last.start) === i) {
      record.copied[record.copied.length - 1] = { ...last, end: start + text.length };
    } else {
      record.copied.push({ start, end: start + text.length, line: record.line, column: i });
    }
    out += text;
  };
  while (i < line.length) {
    const ch = line[i] ?? '';
    if (ch === ';') {
      // `;;` comments belong to the macro's definition only.
      if (line[i + 1] !== ';') copy(line.slice(i));
      break;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < line.length && line[j] !== ch) j++;
      out += ch + substituteInString(line.slice(i + 1, j), bindings) + (j < line.length ? ch : '');
      i = j + 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const n = NUMBER.exec(line);
    if (n) {
      copy(n[0]);
      i += n[0].length;
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(line);
    if (m) {
      const word = m[0];
      const name = word.toLowerCase();
      const value = bindings.get(name);
      if (value === undefined) {
        copy(word);
      } else {
        record.substituted.push({ start: record.offset + out.length, end: record.offset + out.length + value.length, name });
        out += value;
      }
      i += word.length;
      continue;
    }
    // `&` only separates names: `VMTRACK_&name` becomes VMTRACK_Get_Version.
    if (ch !== '&') copy(ch);
    i++;
  }
  return out;
}

function substituteInString(text: string, bindings: ReadonlyMap<string, string>): string {
  return text.replace(/&?([A-Za-z_@?$][A-Za-z0-9_@?$]*)&?/g, (whole, name: string) => {
    const glued = whole.startsWith('&') || whole.endsWith('&');
    const value = bindings.get(name.toLowerCase());
    return glued && value !== undefined ? value : whole;
  });
}

/** Splits `a, <b, c>, d` at top-level commas, keeping brackets and quotes whole. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '<' || ch === '(' || ch === '[') {
      depth++;
    } else if (ch === '>' || ch === ')' || ch === ']') {
      depth--;
    } else if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '' || parts.length > 0) parts.push(current.trim());
  return parts;
}

/** One level of angle brackets off a macro argument, as MASM strips them. */
export function stripBrackets(text: string): string {
  const t = text.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t;
}
