import { lowercase } from './syntax.js';

// ARM register names as RISC OS sources write them: r0-r15 and the APCS
// names (`wp` is r12 in module code, where it points at the workspace).

// A map, not an object: most names asked about are no register, and an object looked them up along its prototype
// (where `constructor` and `__proto__` were found).
const NAMED: ReadonlyMap<string, number> = new Map(Object.entries({
  sp: 13, lr: 14, pc: 15, wp: 12, ip: 12, fp: 11, sl: 10, sb: 9,
  a1: 0, a2: 1, a3: 2, a4: 3, v1: 4, v2: 5, v3: 6, v4: 7, v5: 8, v6: 9, v7: 10, v8: 11,
}));

const digit = (t: string, k: number): number => {
  const c = t.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Asked of most names an operand or expression holds, so `r` and one or two digits are read without a regular expression. */
export function registerNumber(text: string): number | undefined {
  const trimmed = text.trim();
  // Every register name has two or three characters: longer names are not lowercased to find that out.
  if (trimmed.length !== 2 && trimmed.length !== 3) return undefined;
  const t = lowercase(trimmed);
  if (t.charCodeAt(0) === 114) {
    const first = digit(t, 1);
    const second = t.length === 3 ? digit(t, 2) : 0;
    if (first >= 0 && second >= 0) {
      const n = t.length === 3 ? first * 10 + second : first;
      return n <= 15 ? n : undefined;
    }
  }
  return NAMED.get(t);
}
