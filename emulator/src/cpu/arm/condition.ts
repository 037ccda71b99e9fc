import { and, bv, eq, not, or, TRUE, xor, type Expr } from '../../values/expr.js';
import type { ArmCondition } from '../../ir/arm.js';
import type { ArmState } from './state.js';

/**
 * The 1-bit guard under which an instruction executes. NV is "never" as on
 * ARMv1-v4, the only architectures where RISC OS code can carry it.
 */
export function conditionHolds(state: ArmState, cond: ArmCondition): Expr {
  const { n, z, c, v } = state;
  switch (cond) {
    case 'eq': return z;
    case 'ne': return not(z);
    case 'cs': return c;
    case 'cc': return not(c);
    case 'mi': return n;
    case 'pl': return not(n);
    case 'vs': return v;
    case 'vc': return not(v);
    case 'hi': return and(c, not(z));
    case 'ls': return or(not(c), z);
    case 'ge': return eq(n, v);
    case 'lt': return xor(n, v);
    case 'gt': return and(not(z), eq(n, v));
    case 'le': return or(z, xor(n, v));
    case 'al': return TRUE;
    case 'nv': return bv(0, 1);
  }
}
