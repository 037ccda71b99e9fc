// Where the cursor is inside a call that is still being typed. Works on the
// text rather than the tree: while an argument list is half written the tree
// is an ERROR node, and that is exactly when completion and signature help
// are asked for.

import { basicWords, type BasicWord } from '../../languages/basicWords.js';

/** The text of the statement up to the cursor, joining MASM `\` continuation lines. */
export function statementBefore(lines: readonly string[], line: number, character: number): string {
  let text = (lines[line] ?? '').slice(0, character);
  for (let row = line - 1; row >= 0; row--) {
    const previous = (lines[row] ?? '').replace(/;.*$/, '').trimEnd();
    if (!previous.endsWith('\\')) break;
    text = `${previous.slice(0, -1)} ${text}`;
  }
  return text;
}

/**
 * Index of the argument the cursor is in, counting top-level commas from
 * `start`; undefined when the list closed before the cursor. Nested `< >`
 * and `( )` and quoted strings do not count.
 */
export function argumentIndex(text: string, start: number, close: string | undefined): number | undefined {
  let depth = 0;
  let index = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '<' || ch === '(') depth++;
    else if (ch === '>' || ch === ')') {
      if (depth === 0 && ch === close) return undefined;
      depth = Math.max(0, depth - 1);
    } else if (ch === ',' && depth === 0) index++;
    else if (ch === ';' && close !== undefined) return undefined;
  }
  return index;
}

export interface VmmCallContext {
  readonly service: string;
  readonly argument: number;
}

/** Inside `VMMcall Service, <...>` (also without the comma, as the DDK sometimes writes it). */
export function vmmCallContext(statement: string): VmmCallContext | undefined {
  const matches = [...statement.matchAll(/\b(?:VMMcall|VMMjmp|VxDcall|VxDjmp)\s+(\w+)\s*,?\s*</gi)];
  const last = matches[matches.length - 1];
  if (!last?.[1] || last.index === undefined) return undefined;
  const argument = argumentIndex(statement, last.index + last[0].length, '>');
  return argument === undefined ? undefined : { service: last[1], argument };
}

export interface SysContext {
  readonly swi: string;
  /** Register the cursor's argument goes to (R0 for the first). */
  readonly argument: number;
  readonly firstArgument: string;
}

const SYS_CALL = /SYS\s*"(\w+)"\s*,?/y;
const keywordIn = (text: string, keyword: string): BasicWord[] => basicWords(text).filter((w) => w.kind === 'keyword' && w.text === keyword);

/** Inside the arguments of a BASIC `SYS "Name", r0, r1 ...` before any TO; keywords as BASIC's tokeniser reads them (`THENSYS"Name",0TOa%`). */
export function sysContext(statement: string): SysContext | undefined {
  SYS_CALL.lastIndex = keywordIn(statement, 'SYS').at(-1)?.index ?? statement.length;
  const call = SYS_CALL.exec(statement);
  if (!call?.[1]) return undefined;
  const rest = statement.slice(call.index + call[0].length);
  if (!call[0].endsWith(',') || keywordIn(rest, 'TO').length > 0) return undefined;
  const argument = argumentIndex(rest, 0, undefined);
  return argument === undefined ? undefined : { swi: call[1], argument, firstArgument: rest.split(',')[0]?.trim() ?? '' };
}
