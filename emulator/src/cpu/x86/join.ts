import { bv, concat, type Expr } from '../../values/expr.js';

/**
 * `high:low`. Constant operands are folded here because expr.ts folds a
 * concat of unequal widths wrongly (it shifts `high` by its own width instead
 * of by low's); symbolic operands keep the plain concat node.
 */
export function join(high: Expr, low: Expr): Expr {
  if (high.kind === 'const' && low.kind === 'const') {
    return bv((high.value << BigInt(low.width)) | low.value, high.width + low.width);
  }
  return concat(high, low);
}
