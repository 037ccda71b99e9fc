import type { Expr } from './expr.js';

// Human-readable expressions for symbol names, path notes and traces. Hex in
// the style of the source language: MASM `0FFFFFFFFh`, ObjAsm `&FFFFFFFF`.

export type NumberStyle = 'masm' | 'objasm' | 'c';

export function formatNumber(value: bigint, style: NumberStyle = 'c'): string {
  if (value < 10n) return value.toString();
  const hex = value.toString(16).toUpperCase();
  switch (style) {
    case 'masm': return `${/^[A-F]/.test(hex) ? '0' : ''}${hex}h`;
    case 'objasm': return `&${hex}`;
    case 'c': return `0x${hex}`;
  }
}

const infix: Partial<Record<string, string>> = {
  add: '+', sub: '-', mul: '*', and: '&', or: '|', xor: '^', shl: '<<', lshr: '>>', ashr: '>>s',
  eq: '==', ult: '<u', ule: '<=u', slt: '<s', sle: '<=s', udiv: '/u', urem: '%u', sdiv: '/s', srem: '%s',
};

/**
 * Operators `formatExpr` writes as calls (`rotr(x, n)`, `concat(a, b)`):
 * the CPUs' own workings (an unaligned ARM load's rotate, the x86 EDX:EAX
 * dividend), which no source spells that way.
 */
const INTERNAL_OPS: ReadonlySet<string> = new Set(['rotl', 'rotr', 'concat']);
/** An input's name written from such an expression (`mem32[rotr(…)]`, memory read through it). */
const INTERNAL_NAME = /\b(?:rotl|rotr|concat)\(/;

/** Whether `formatExpr(e)` would write one of the emulator's internal operators: no reader of the source would recognise the text. */
export function hasInternalForm(e: Expr): boolean {
  const seen = new Set<Expr>();
  const pending: Expr[] = [e];
  for (let x = pending.pop(); x !== undefined; x = pending.pop()) {
    if (seen.has(x)) continue;
    seen.add(x);
    switch (x.kind) {
      case 'binary':
        if (INTERNAL_OPS.has(x.op)) return true;
        pending.push(x.left, x.right);
        break;
      case 'unary': case 'extract': case 'extend': pending.push(x.arg); break;
      case 'ite': pending.push(x.cond, x.then, x.else); break;
      case 'sym': if (INTERNAL_NAME.test(x.name)) return true; break;
      case 'const': break;
    }
  }
  return false;
}

/**
 * Nodes spelled out before the rest becomes `…`. Joined values are DAGs whose
 * trees double with every branch; a note or a symbol name needs the first
 * few terms, not all of them.
 */
const SHOWN_NODES = 100;

/** How an expression names its symbols: a path note puts the inputs in the reader's words. */
export type SymbolNames = (name: string) => string;

const asNamed: SymbolNames = (name) => name;

export function formatExpr(e: Expr, style: NumberStyle = 'c'): string {
  return written(e, style, Infinity, asNamed);
}

/**
 * `formatExpr(e)` when it has at most `chars` characters, else its first
 * `chars - 1` and `…`. Formatting stops once past `chars`: an address in a
 * symbol name needs the first few terms of a joined pointer, and spelling
 * out the rest only to cut it off was most of what naming an input cost.
 */
export function formatExprCut(e: Expr, chars: number, style: NumberStyle = 'c', names: SymbolNames = asNamed): string {
  const text = written(e, style, chars, names);
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** `formatExpr(e)`, or a beginning of it longer than `stopPast` characters. */
function written(e: Expr, style: NumberStyle, stopPast: number, names: SymbolNames): string {
  let text = '';
  let left = SHOWN_NODES;
  const put = (part: string): void => {
    text += part;
  };
  const show = (x: Expr): void => {
    if (text.length > stopPast) return;
    if (left-- > 0) node(x);
    else put('…');
  };
  const inner = (x: Expr): void => {
    if (x.kind !== 'binary' && x.kind !== 'ite') return show(x);
    put('(');
    show(x);
    put(')');
  };
  const node = (x: Expr): void => {
    switch (x.kind) {
      case 'const': return put(formatNumber(x.value, style));
      case 'sym': return put(names(x.name));
      case 'unary':
        if (x.op === 'not' && x.arg.kind === 'binary' && x.arg.op === 'eq') {
          inner(x.arg.left);
          put(' != ');
          return inner(x.arg.right);
        }
        put(x.op === 'not' ? '~' : '-');
        return inner(x.arg);
      case 'binary': {
        if (x.op === 'add' && x.right.kind === 'const' && x.right.value >> BigInt(x.width - 1)) {
          inner(x.left);
          return put(` - ${formatNumber(((1n << BigInt(x.width)) - x.right.value), style)}`);
        }
        const op = infix[x.op];
        if (op) {
          inner(x.left);
          put(` ${op} `);
          return inner(x.right);
        }
        put(`${x.op}(`);
        show(x.left);
        put(', ');
        show(x.right);
        return put(')');
      }
      case 'ite':
        inner(x.cond);
        put(' ? ');
        inner(x.then);
        put(' : ');
        return inner(x.else);
      case 'extract':
        inner(x.arg);
        return put(x.width === 1 ? `[${x.low}]` : `[${x.low + x.width - 1}:${x.low}]`);
      case 'extend': return show(x.arg);
    }
  };
  show(e);
  return text;
}
