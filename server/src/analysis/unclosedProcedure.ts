import type { Finding } from '../../../emulator/src/index.js';
import type { Node } from 'web-tree-sitter';

// MASM procedures do not nest, so a BeginProc (or PROC) met while another is
// open means the open one lost its EndProc (ENDP). Tree-sitter's recovery
// then folds everything from the top of the file into one ERROR node, whose
// first line (`.386p`) is innocent: the finding goes to the procedure that
// is not closed instead.

const NAME = String.raw`[A-Za-z_@$?][\w@$?]*`;
const BEGIN_PROC = new RegExp(String.raw`^(\s*)BeginProc\s+(${NAME})`, 'i');
const PROC = new RegExp(String.raw`^(\s*)(${NAME})\s+PROC\b`, 'i');
const CLOSE = new RegExp(String.raw`^\s*(?:EndProc\b|${NAME}\s+ENDP\b)`, 'i');
/** Lines no procedure can hold: the end of its segment or of the source. */
const OUTSIDE = new RegExp(String.raw`^\s*(VxD_\w*_ENDS\b|${NAME}\s+ENDS\b|END\b)`, 'i');

interface Opened {
  readonly name: string;
  readonly proc: boolean;
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

function opened(line: string, row: number, column: number): Opened | undefined {
  const begin = BEGIN_PROC.exec(line);
  const m = begin ?? PROC.exec(line);
  if (!m) return undefined;
  const [whole, indent = '', name = ''] = m;
  return { name, proc: !begin, row, column: column + indent.length, length: whole.length - indent.length };
}

const describe = (p: Opened): string => (p.proc ? `${p.name} PROC` : `BeginProc ${p.name}`);

/** PW100 at the first procedure inside `error` that another one follows before it is closed; undefined if there is none. */
export function unclosedProcedure(error: Node): Finding | undefined {
  const lines = error.text.split(/\r?\n/);
  let open: Opened | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/;.*$/, '');
    const row = error.startPosition.row + i;
    const next = opened(line, row, i === 0 ? error.startPosition.column : 0);
    const outside = OUTSIDE.exec(line)?.[1];
    const before = next ? describe(next) : outside;
    // Alternative heads of one procedure under IFDEF DEBUG / ELSE name it twice.
    if (open && before !== undefined && next?.name.toLowerCase() !== open.name.toLowerCase()) {
      const start = { line: open.row, character: open.column };
      return {
        code: 'PW100',
        message: `Syntax error: ${describe(open)} has no ${open.proc ? 'ENDP' : 'EndProc'} before ${before} (line {0})`,
        lines: [{ line: row }],
        range: { start, end: { line: open.row, character: open.column + open.length } },
        notes: [],
      };
    }
    if (next) open = next;
    else if (CLOSE.test(line)) open = undefined;
  }
  return undefined;
}
