import type { Finding } from '../../../emulator/src/index.js';
import type { Node } from 'web-tree-sitter';

// MASM reads a macro's or repeat block's body up to its ENDM, and a
// conditional's lines up to its ENDIF, so one left open takes the rest of
// the file. The grammar reads a macro so (the file's last statement, with
// no ENDM); a repeat block or conditional left open makes tree-sitter's
// recovery fold lines into an ERROR whose first line, often the file's
// `.386p` or a comment, is innocent. The finding goes to the line that
// opened the block, as MASM's nesting reads the file.

const NAME = String.raw`[A-Za-z_@$?][\w@$?]*`;
const MACRO = new RegExp(String.raw`^\s*${NAME}\s+MACRO\b`, 'i');
const REPEAT = /^\s*(?:%\s*)?(?:IRPC?|REPT|REPEAT|FORC?|WHILE)\b/i;
const ENDM = /^\s*ENDM\b/i;
const IF = /^\s*(?:%\s*)?IF(?:E|DEF|NDEF|B|NB|IDNI?|DIFI?|1|2)?\b/i;
const ENDIF = /^\s*(?:%\s*)?ENDIF\b/i;
const END = /^\s*END\b/i;
const COMMENT_BLOCK = /^\s*COMMENT\s+(\S)(.*)$/i;

type Kind = 'macro' | 'repeat' | 'if';

interface Opened {
  readonly kind: Kind;
  /** The opening line as written, without its comment. */
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

/** Where MASM stops reading: an END outside every macro body, or else the end of the file. */
type Stop = { readonly row: number } | undefined;

const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function finding(open: Opened, stop: Stop): Finding {
  const start = { line: open.row, character: open.column };
  const range = { start, end: { line: open.row, character: open.column + open.text.length } };
  if (open.kind !== 'if') {
    const what = open.kind === 'macro' ? 'macro' : 'block';
    return { code: 'PW100', message: `Syntax error: ${shown(open.text)} has no ENDM, so the rest of the file is the ${what}'s body`, range, notes: [] };
  }
  return stop
    ? { code: 'PW100', message: `Syntax error: ${shown(open.text)} has no ENDIF before END (line {0})`, lines: [{ line: stop.row }], range, notes: [] }
    : { code: 'PW100', message: `Syntax error: ${shown(open.text)} has no ENDIF before the end of the file`, range, notes: [] };
}

/**
 * The first block of `text` (which starts at `row`, `column`) that MASM
 * would find open where it stops reading, as PW100; undefined when every
 * block is closed. Inside a macro or repeat block only its nesting counts:
 * the lines are text until it is expanded, and may open a conditional that
 * another macro closes.
 */
export function unclosedBlock(text: string, row: number, column: number): Finding | undefined {
  const lines = text.split(/\r?\n/);
  const open: Opened[] = [];
  let macros = 0;
  let delimiter: string | undefined;
  let stop: Stop;
  for (let i = 0; i < lines.length && !stop; i++) {
    const written = lines[i] ?? '';
    if (delimiter) {
      if (written.includes(delimiter)) delimiter = undefined;
      continue;
    }
    const comment = COMMENT_BLOCK.exec(written);
    if (comment) {
      if (!comment[2]?.includes(comment[1] ?? '')) delimiter = comment[1];
      continue;
    }
    const line = written.replace(/;.*$/, '').trimEnd();
    const at = (kind: Kind): Opened => {
      const indent = line.length - line.trimStart().length;
      return { kind, text: line.trimStart(), row: row + i, column: (i === 0 ? column : 0) + indent };
    };
    if (MACRO.test(line) || REPEAT.test(line)) {
      open.push(at(MACRO.test(line) ? 'macro' : 'repeat'));
      macros++;
    } else if (ENDM.test(line)) {
      if (macros > 0) {
        open.pop();
        macros--;
      }
    } else if (macros > 0) {
      continue;
    } else if (IF.test(line)) {
      open.push(at('if'));
    } else if (ENDIF.test(line)) {
      if (open.length > 0) open.pop();
    } else if (END.test(line)) {
      stop = { row: row + i };
    }
  }
  const first = open[0];
  return first && finding(first, stop);
}

/** PW100 for a macro the grammar read to the end of the file: the last statement of `root`, with no ENDM. */
export function unclosedMacro(root: Node): Finding | undefined {
  const last = root.namedChildren.filter((n) => n !== null && n.type !== 'comment').at(-1);
  if (last?.type !== 'macro_definition' || last.children.some((c) => c?.type === 'endm')) return undefined;
  const line = last.text.split(/\r?\n/, 1)[0] ?? '';
  return unclosedBlock(line, last.startPosition.row, last.startPosition.column);
}
