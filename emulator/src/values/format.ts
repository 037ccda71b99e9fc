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
 * Nodes spelled out before the rest becomes `…`. Joined values are DAGs whose
 * trees double with every branch; a note or a symbol name needs the first
 * few terms, not all of them.
 */
const SHOWN_NODES = 100;

export function formatExpr(e: Expr, style: NumberStyle = 'c'): string {
  let left = SHOWN_NODES;
  const show = (x: Expr): string => (left-- > 0 ? node(x) : '…');
  const inner = (x: Expr): string => (x.kind === 'binary' || x.kind === 'ite' ? `(${show(x)})` : show(x));
  const node = (x: Expr): string => {
    switch (x.kind) {
      case 'const': return formatNumber(x.value, style);
      case 'sym': return x.name;
      case 'unary':
        if (x.op === 'not' && x.arg.kind === 'binary' && x.arg.op === 'eq') return `${inner(x.arg.left)} != ${inner(x.arg.right)}`;
        return `${x.op === 'not' ? '~' : '-'}${inner(x.arg)}`;
      case 'binary': {
        if (x.op === 'add' && x.right.kind === 'const' && x.right.value >> BigInt(x.width - 1)) {
          return `${inner(x.left)} - ${formatNumber(((1n << BigInt(x.width)) - x.right.value), style)}`;
        }
        const op = infix[x.op];
        return op ? `${inner(x.left)} ${op} ${inner(x.right)}` : `${x.op}(${show(x.left)}, ${show(x.right)})`;
      }
      case 'ite': return `${inner(x.cond)} ? ${inner(x.then)} : ${inner(x.else)}`;
      case 'extract': return x.width === 1 ? `${inner(x.arg)}[${x.low}]` : `${inner(x.arg)}[${x.low + x.width - 1}:${x.low}]`;
      case 'extend': return show(x.arg);
    }
  };
  return show(e);
}
