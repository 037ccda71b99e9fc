import { splitTopLevel } from './macroText.js';

// MASM's expansion operator first on a line (`% @CatStr(<Slot_>, n, <_h dd
// 0>)`, `% ECHO line LINENUM`, `% FORC c, <TextMacro>`): before the line is
// read, the name of each text macro in it, angle brackets or not, becomes
// the macro's text, and each call of a macro function the text it returns,
// each read again for the names it holds; a `&` beside such a name goes,
// and inside quotes only a name beside a `&` is expanded. The
// built-in functions are worked out here; a macro function of the
// program's own runs its body up to an EXITM, which the host does.

export interface LineExpansionHost {
  /** The text of the text macro `name`, if it is one. */
  textMacro(name: string): string | undefined;
  /** Whether `name` is a macro of the program's (a macro function where a bracket follows it). */
  isMacro(name: string): boolean;
  /** The text the program's macro `name` returns for `args`, its body expanded, or why PageWarden has none. */
  callMacro(name: string, args: readonly string[]): { readonly text: string } | { readonly unexpanded: string };
  /** The value of a constant expression written as `text`, if it has one. */
  constant(text: string): bigint | undefined;
  radix(): number;
}

/**
 * A stretch of the expanded text (`start` to `end`) that stands for the
 * line's text from `from` to `to`: a name or a function's call, with the `&`
 * beside it that went; `macro`, the text macro whose text it is.
 */
export interface Substitution {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly macro?: string;
}

/**
 * The expanded text, or why the line cannot be expanded. Between its
 * `substituted` stretches, in order, the text is the line's as written.
 */
export type LineExpansion = { readonly text: string; readonly substituted: readonly Substitution[] } | { readonly unexpanded: string };

const NAME = /[A-Za-z_@?$][A-Za-z0-9_@?$]*/y;
// A number is one token: the h of 10h is no name.
const NUMBER = /[0-9][0-9A-Za-z]*/y;
/** How deep text macros and functions may expand into one another (MASM's limit). */
const MAX_NESTING = 20;

class Unexpandable extends Error {}

/** `text` (a line after its `%`) as MASM expands it. */
export function expandLine(text: string, host: LineExpansionHost): LineExpansion {
  const substituted: Substitution[] = [];
  try {
    return { text: expand(text, host, 0, substituted), substituted };
  } catch (e) {
    if (e instanceof Unexpandable) return { unexpanded: e.message };
    throw e;
  }
}

/** `text` expanded; `substituted`, where given, gets the stretches that stand for others of `text`. */
function expand(text: string, host: LineExpansionHost, depth: number, substituted?: Substitution[]): string {
  if (depth > MAX_NESTING) throw new Unexpandable('its text macros expand into one another too deep');
  let out = '';
  let quote = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    NAME.lastIndex = i;
    const name = number ? null : NAME.exec(text);
    if (!name) {
      if (ch === quote) quote = '';
      else if (!quote && (ch === '"' || ch === "'")) quote = ch;
      const token = number?.[0] ?? ch;
      out += token;
      i += token.length;
      continue;
    }
    const start = i;
    i += name[0].length;
    const glued = text[start - 1] === '&' || text[i] === '&';
    const call = /^[ \t]*\(/.test(text.slice(i)) ? bracketed(text, text.indexOf('(', i)) : undefined;
    const builtin = BUILTINS.get(name[0].toLowerCase());
    let value: string | undefined;
    // What a function returns, not a text macro's text.
    let called = false;
    if (quote && !glued) {
      value = undefined;
    } else if (call && builtin) {
      value = expand(builtin(splitTopLevel(call.inside).map((a) => argument(a, host, depth)), host), host, depth + 1);
      i = call.end;
      called = true;
    } else if (call && host.isMacro(name[0])) {
      const result = host.callMacro(name[0], splitTopLevel(call.inside).map((a) => argument(a, host, depth)));
      if (!('text' in result)) throw new Unexpandable(result.unexpanded);
      value = expand(result.text, host, depth + 1);
      i = call.end;
      called = true;
    } else {
      const macro = host.textMacro(name[0]);
      value = macro === undefined ? undefined : expand(macro, host, depth + 1);
    }
    if (value === undefined) {
      out += name[0];
      continue;
    }
    let from = start;
    if (out.endsWith('&')) {
      out = out.slice(0, -1);
      // The `&` the text before wrote, or the end of what a name before it stood for.
      const last = substituted?.[substituted.length - 1];
      if (last && last.end > out.length) substituted?.splice(-1, 1, { ...last, end: out.length });
      else from--;
    }
    if (text[i] === '&') i++;
    substituted?.push({ start: out.length, end: out.length + value.length, from, to: i, ...(called ? {} : { macro: name[0] }) });
    out += value;
  }
  return out;
}

/** The text between the bracket at `open` and the one that closes it, and where that ends; undefined when none does. */
function bracketed(text: string, open: number): { inside: string; end: number } | undefined {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(' || ch === '<') {
      depth++;
    } else if (ch === ')' || ch === '>') {
      depth--;
      if (depth === 0 && ch === ')') return { inside: text.slice(open + 1, i), end: i + 1 };
    }
  }
  return undefined;
}

/** A macro function's argument as text: `<...>` as written, `%expr` as its value's digits, else expanded. */
function argument(text: string, host: LineExpansionHost, depth: number): string {
  const t = text.trim();
  if (t.startsWith('<') && t.endsWith('>')) return t.slice(1, -1);
  if (!t.startsWith('%')) return expand(t, host, depth + 1).trim();
  const value = host.constant(expand(t.slice(1), host, depth + 1));
  if (value === undefined) throw new Unexpandable(`${t} is not a constant`);
  return digits(value, host.radix());
}

/** A number as MASM writes it in `radix`: a leading 0 before a letter, so that it reads as a number again. */
function digits(value: bigint, radix: number): string {
  const text = BigInt.asIntN(32, value).toString(radix).toUpperCase();
  return /^-?[A-Z]/.test(text) ? text.replace(/^(-?)/, '$10') : text;
}

/** A position or length argument of a built-in function, which must be a constant. */
function count(text: string | undefined, what: string, host: LineExpansionHost): number {
  const value = text === undefined ? undefined : host.constant(text);
  if (value === undefined) throw new Unexpandable(`the ${what} ${text ?? ''} is not a constant`);
  return Number(value);
}

const BUILTINS: ReadonlyMap<string, (args: readonly string[], host: LineExpansionHost) => string> = new Map([
  ['@catstr', (args) => args.join('')],
  ['@sizestr', (args, host) => digits(BigInt((args[0] ?? '').length), host.radix())],
  ['@substr', ([text = '', start, length], host) => {
    const from = count(start, 'position', host) - 1;
    return length === undefined ? text.slice(from) : text.slice(from, from + count(length, 'length', host));
  }],
  ['@instr', (args, host) => {
    const [start, text = '', sought = ''] = args.length >= 3 ? args : [undefined, ...args];
    const from = start === undefined || start === '' ? 0 : count(start, 'position', host) - 1;
    return digits(BigInt(text.indexOf(sought, from) + 1), host.radix());
  }],
]);

/** Whether `name` is one of MASM's built-in macro functions. */
export function isBuiltinFunction(name: string): boolean {
  return BUILTINS.has(name.toLowerCase());
}
