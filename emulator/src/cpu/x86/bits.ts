import { add, and, ashr, bit, bv, extract, lshr, not, or, sext, shl, xor, zext, type Expr } from '../../values/expr.js';
import { undefinedFlag } from './flags.js';
import { effectiveAddress, expectOperands, operand, operandWidth, read, write } from './operands.js';
import { X86SemanticsError, type X86Handler } from './state.js';

// BT/BTS/BTR/BTC: CF gets the selected bit, ZF is kept, OF/SF/AF/PF are
// undefined. With a memory operand and a register offset the offset is a
// signed bit string index that may reach far outside the named dword; that
// form is modelled as a single byte access at ea + (offset sar 3).

type Kind = 'bt' | 'bts' | 'btr' | 'btc';

function update(kind: Kind, value: Expr, selector: Expr): Expr {
  switch (kind) {
    case 'bt': return value;
    case 'bts': return or(value, selector);
    case 'btr': return and(value, not(selector));
    case 'btc': return xor(value, selector);
  }
}

function handler(kind: Kind): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const dest = operand(insn, 0);
    const offsetOp = operand(insn, 1);
    // An unsized memory operand takes the offset register's size, as MASM reads `bts [esi], eax`.
    const w = operandWidth(insn);
    if (w === 8) throw new X86SemanticsError(insn, 'bit tests need a 16- or 32-bit operand');
    let selected: Expr;
    if (dest.kind === 'mem' && offsetOp.kind === 'reg') {
      const offset = sext(read(state, insn, offsetOp, w, env), 32);
      const address = add(effectiveAddress(state, dest), ashr(offset, bv(3, 32)));
      const index = zext(extract(offset, 0, 3), 8);
      const byte = state.memory.load(address, 1);
      selected = bit(lshr(byte, index), 0);
      if (kind !== 'bt') state.memory.store(address, update(kind, byte, shl(bv(1, 8), index)), 1);
    } else {
      // Register destinations and immediate offsets wrap the offset to the operand size.
      const value = read(state, insn, dest, w, env);
      const index = and(read(state, insn, offsetOp, w, env), bv(w - 1, w));
      selected = bit(lshr(value, index), 0);
      if (kind !== 'bt') write(state, insn, dest, update(kind, value, shl(bv(1, w), index)));
    }
    state.flags.cf = selected;
    for (const flag of ['of', 'sf', 'af', 'pf'] as const) state.flags[flag] = undefinedFlag(env, flag);
  };
}

export const BIT_HANDLERS: Readonly<Record<string, X86Handler>> = {
  bt: handler('bt'),
  bts: handler('bts'),
  btr: handler('btr'),
  btc: handler('btc'),
};
