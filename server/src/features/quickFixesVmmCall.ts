import type { Range } from 'vscode-languageserver';
import { findService } from '../../../emulator/src/index.js';
import type { DiagnosticFix } from './quickFixesData.js';
import { asmLine, codeEnd, inCaseOf, replaceCode, type AsmLine, type FixDocument, type QuickFix } from './quickFixesLines.js';

// PW201 and PW202 fixes edit one argument of a `VMMcall _Service, <...>`
// list. The finding names the service and parameter; the model works on the
// expanded call, so the written argument is found again here by the
// parameter's place in the catalogue, and only when the written list matches
// the service's parameters one to one. The list may go on over lines that a
// trailing `\` continues, as the DDK writes long _PageAllocate calls.

const CALL_MACRO = /^(vmmcall|vxdcall|vmmjmp|vxdjmp)$/i;

/** One argument of a macro call's `<...>` list, trimmed, with its line and columns. */
interface WrittenArgument {
  readonly text: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface WrittenCall {
  readonly insn: AsmLine;
  /** The line the call ends on: past `insn.line` when a trailing `\` continues it. */
  readonly lastLine: number;
  readonly service: string;
  readonly args: readonly WrittenArgument[];
}

/** A character of a call's code, with where it is written. */
interface Placed {
  readonly c: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The code of `line` from `column` on, and of the lines a trailing `\` (with
 * nothing but blanks after it, as MASM and the grammar read it) joins to it;
 * each line break stands as a blank.
 */
function continuedCode(doc: FixDocument, line: number, column: number): { chars: Placed[]; lastLine: number } {
  const chars: Placed[] = [];
  for (let l = line, from = column; ; l++, from = 0) {
    const text = doc.lines[l] ?? '';
    const code = codeEnd(text, doc.dialect);
    const continued = /\\[ \t]*$/.exec(text);
    const end = continued && continued.index < code ? continued.index : code;
    for (let i = from; i < end; i++) chars.push({ c: text.charAt(i), line: l, column: i });
    if (end === code || l + 1 >= doc.lines.length) return { chars, lastLine: l };
    chars.push({ c: ' ', line: l, column: end });
  }
}

/** The argument written in `chars`, which `after` follows; undefined when it goes on over a line break. */
function argument(chars: readonly Placed[], after: Placed): WrittenArgument | undefined {
  const written = chars.filter((p) => p.c.trim() !== '');
  const first = written[0];
  const last = written.at(-1);
  if (!first || !last) return { text: '', line: after.line, start: after.column, end: after.column };
  if (first.line !== last.line) return undefined;
  return { text: chars.map((p) => p.c).join('').trim(), line: first.line, start: first.column, end: last.column + 1 };
}

/** Splits `<a, <b c>, d>` whose `<` is `chars[0]`; undefined unless the list closes and nothing follows it. */
function argumentList(chars: readonly Placed[]): WrittenArgument[] | undefined {
  const args: WrittenArgument[] = [];
  let depth = 0, from = 1, quote: string | undefined;
  const push = (to: number): boolean => {
    const arg = argument(chars.slice(from, to), chars[to] as Placed);
    if (arg) args.push(arg);
    return arg !== undefined;
  };
  for (let i = 1; i < chars.length; i++) {
    const c = chars[i]?.c;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '!') {
      // MASM's escape inside macro text: what it escapes is not worth guessing.
      return undefined;
    } else if (c === '<') {
      depth++;
    } else if (c === '>' && depth > 0) {
      depth--;
    } else if (c === '>') {
      return push(i) && chars.slice(i + 1).every((p) => p.c.trim() === '') ? args : undefined;
    } else if (c === ',' && depth === 0) {
      if (!push(i)) return undefined;
      from = i + 1;
    }
  }
  return undefined;
}

/** The `VMMcall`/`VxDcall` (or `jmp`) macro call on `line`, with its written arguments. */
export function writtenCall(doc: FixDocument, line: number): WrittenCall | undefined {
  const insn = asmLine(doc, line);
  if (!insn || !CALL_MACRO.test(insn.mnemonic)) return undefined;
  const m = /^(\w+)\s*(?:,\s*<)?/.exec(insn.operands);
  if (!m?.[1]) return undefined;
  if (!m[0].endsWith('<')) return insn.operands.trim() === m[1] ? { insn, lastLine: line, service: m[1], args: [] } : undefined;
  const { chars, lastLine } = continuedCode(doc, line, insn.operandsStart + m[0].length - 1);
  const args = argumentList(chars);
  return args && { insn, lastLine, service: m[1], args };
}

/** The written argument for parameter `name` of the call on `line`, when the list has one argument per parameter. */
function argumentFor(doc: FixDocument, line: number, service: string, name: string): { call: WrittenCall; arg: WrittenArgument } | undefined {
  const call = writtenCall(doc, line);
  const params = findService(service)?.semantics?.params;
  if (!call || call.service.toLowerCase() !== service.toLowerCase() || !params || params.length !== call.args.length) return undefined;
  const arg = call.args[params.findIndex((p) => p.name === name)];
  return arg && { call, arg };
}

/** PW201: the argument for the parameter the finding names becomes 0. */
export function replaceWithZero(doc: FixDocument, range: Range, fix: DiagnosticFix): QuickFix | undefined {
  if (fix.kind !== 'zero-argument') return undefined;
  const found = argumentFor(doc, range.start.line, fix.service, fix.param);
  if (!found || found.arg.text === '0') return undefined;
  const { arg } = found;
  return { title: `Replace ${fix.param} with 0`, edits: [replaceCode(doc, arg.line, arg.start, arg.end, '0')], preferred: true };
}

/** A flags expression the fix can extend: terms joined by one operator, `+` or `OR`, written the same way throughout. */
interface FlagTerms {
  readonly terms: readonly string[];
  /** The operator as written between terms, spaces included; `+` for a single term. */
  readonly joiner: string;
}

function flagTerms(text: string): FlagTerms | undefined {
  const parts = text.split(/(\s*\+\s*|\s+or\s+)/i);
  const terms = parts.filter((_, i) => i % 2 === 0);
  const joiners = new Set(parts.filter((_, i) => i % 2 === 1));
  if (terms.some((t) => !/^\w+$/.test(t)) || joiners.size > 1) return undefined;
  return { terms, joiner: [...joiners][0] ?? '+' };
}

function masmNumber(term: string): number | undefined {
  if (/^[0-9][0-9a-f]*h$/i.test(term)) return parseInt(term.slice(0, -1), 16);
  if (/^[0-9]+$/.test(term)) return parseInt(term, 10);
  return undefined;
}

/**
 * PW202, for the rules where missing flags are the whole repair. The finding
 * proves the added bits clear, so `+` and `OR` give the same value.
 */
export function addMissingFlags(doc: FixDocument, range: Range, fix: DiagnosticFix): QuickFix | undefined {
  if (fix.kind !== 'add-flags') return undefined;
  const line = range.start.line;
  const allowed = findService(fix.service)?.semantics?.params.find((p) => p.name === fix.param)?.flags?.map((f) => f.name) ?? [];
  const found = argumentFor(doc, line, fix.service, fix.param);
  const flags = found && flagTerms(found.arg.text);
  const added = [...fix.front, ...fix.back];
  if (!found || !flags || added.length === 0 || !added.every((f) => allowed.includes(f))) return undefined;
  // With PageUseAlign, maxPhys starts to count: a written 0 would make every allocation fail.
  if (added.includes('PageUseAlign')) {
    const maxPhys = argumentFor(doc, line, fix.service, 'maxPhys')?.arg.text;
    if (maxPhys === undefined || masmNumber(maxPhys) === 0) return undefined;
  }
  const named = (flag: string): string => inCaseOf(flags.terms.find((t) => /[a-z]/i.test(t)) ?? flag, flag);
  const text = [...fix.front.map(named), found.arg.text, ...fix.back.map(named)].join(flags.joiner);
  return {
    title: `Add ${added.join(' and ')} to the ${fix.param}`,
    edits: [replaceCode(doc, found.arg.line, found.arg.start, found.arg.end, text)],
    preferred: fix.preferred,
  };
}
