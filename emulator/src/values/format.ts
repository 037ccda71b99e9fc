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

export function formatExpr(e: Expr, style: NumberStyle = 'c'): string {
  const inner = (x: Expr): string => (x.kind === 'binary' || x.kind === 'ite' ? `(${formatExpr(x, style)})` : formatExpr(x, style));
  switch (e.kind) {
    case 'const': return formatNumber(e.value, style);
    case 'sym': return e.name;
    case 'unary':
      if (e.op === 'not' && e.arg.kind === 'binary' && e.arg.op === 'eq') return `${inner(e.arg.left)} != ${inner(e.arg.right)}`;
      return `${e.op === 'not' ? '~' : '-'}${inner(e.arg)}`;
    case 'binary': {
      if (e.op === 'add' && e.right.kind === 'const' && e.right.value >> BigInt(e.width - 1)) {
        return `${inner(e.left)} - ${formatNumber(((1n << BigInt(e.width)) - e.right.value), style)}`;
      }
      const op = infix[e.op];
      return op ? `${inner(e.left)} ${op} ${inner(e.right)}` : `${e.op}(${formatExpr(e.left, style)}, ${formatExpr(e.right, style)})`;
    }
    case 'ite': return `${inner(e.cond)} ? ${inner(e.then)} : ${inner(e.else)}`;
    case 'extract': return e.width === 1 ? `${inner(e.arg)}[${e.low}]` : `${inner(e.arg)}[${e.low + e.width - 1}:${e.low}]`;
    case 'extend': return formatExpr(e.arg, style);
  }
}
