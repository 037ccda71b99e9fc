import { expr, itemHolding, type Expr, type Program } from '../../../../emulator/src/index.js';

// Words of a RISC OS program's data as entry discovery reads them: module
// header offsets, command tables, literals loaded into registers.

/**
 * A constant byte of the program's data, as its image would give it, read
 * from the one item that holds it: items of a RISC OS lowering lie one
 * after another (ArmLayout), and the image indexes every data byte of the
 * program on its first read, which an edit whose entry points are all
 * reused never needs.
 */
export function dataByte(program: Program, address: bigint): bigint | undefined {
  const item = itemHolding(program.items, address);
  if (item?.kind !== 'data') return undefined;
  let at = item.address;
  for (const v of item.values) {
    if (address < at + BigInt(v.bytes)) return v.value.kind === 'const' ? (v.value.value >> (8n * (address - at))) & 0xffn : undefined;
    at += BigInt(v.bytes);
  }
  return undefined;
}

export function word(program: Program, address: bigint): bigint | undefined {
  let v = 0n;
  for (let b = 3; b >= 0; b--) {
    const byte = dataByte(program, address + BigInt(b));
    if (byte === undefined) return undefined;
    v = (v << 8n) | byte;
  }
  return v;
}

/** The word at `address`: its value, or the value a literal there was given, known or not. */
export function wordValue(program: Program, address: bigint): Expr | undefined {
  const known = word(program, address);
  if (known !== undefined) return expr.bv(known);
  const item = program.itemAt(address);
  if (item?.kind !== 'data') return undefined;
  let at = item.address;
  for (const v of item.values) {
    if (at === address) return v.bytes === 4 && v.value.width === 32 ? v.value : undefined;
    at += BigInt(v.bytes);
  }
  return undefined;
}

