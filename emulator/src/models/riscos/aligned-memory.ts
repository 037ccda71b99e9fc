import type { Expr } from '../../values/expr.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';

// Word accesses through symbolic pointers, taken to be aligned. The ARM
// semantics align a word address with `address AND &FFFFFFFC` and rotate an
// LDR result by the address's low bits; on a symbolic pointer neither folds,
// so every offset from the stack, workspace or page-block pointer would
// become its own memory region and every reloaded register a rotation of
// itself. Handler code does not do unaligned word accesses through those
// pointers, so the model drops the mask and the rotation there; constant
// addresses keep the exact ARM behaviour.

const WORD_MASK = 0xfffffffcn;

function isConst(e: Expr, value: bigint): boolean {
  return e.kind === 'const' && e.value === value;
}

/** `a AND &FFFFFFFC` → `a` for a non-constant `a`. */
export function withoutAlignMask(address: Expr): Expr {
  if (address.kind === 'binary' && address.op === 'and' && isConst(address.right, WORD_MASK) && address.left.kind !== 'const') return address.left;
  return address;
}

/** `ROR(word, (a AND 3) << 3)` → `word` for a non-constant `a`: the rotation an aligned LDR does not do. */
export function withoutLoadRotation(value: Expr): Expr {
  if (value.kind !== 'binary' || value.op !== 'rotr') return value;
  const amount = value.right;
  if (amount.kind !== 'binary' || amount.op !== 'shl' || !isConst(amount.right, 3n)) return value;
  const low = amount.left;
  if (low.kind !== 'binary' || low.op !== 'and' || !isConst(low.right, 3n) || low.left.kind === 'const') return value;
  return value.left;
}

export class AlignedMemory extends SymbolicMemory {
  override load(address: Expr, bytes: 1 | 2 | 4): Expr {
    return super.load(bytes === 4 ? withoutAlignMask(address) : address, bytes);
  }

  override store(address: Expr, value: Expr, bytes: 1 | 2 | 4): void {
    super.store(bytes === 4 ? withoutAlignMask(address) : address, value, bytes);
  }

  override clone(): AlignedMemory {
    return Object.setPrototypeOf(super.clone(), AlignedMemory.prototype) as AlignedMemory;
  }
}
