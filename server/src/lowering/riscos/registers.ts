// ARM register names as RISC OS sources write them: r0-r15 and the APCS
// names (`wp` is r12 in module code, where it points at the workspace).

const NAMED: Readonly<Record<string, number>> = {
  sp: 13, lr: 14, pc: 15, wp: 12, ip: 12, fp: 11, sl: 10, sb: 9,
  a1: 0, a2: 1, a3: 2, a4: 3, v1: 4, v2: 5, v3: 6, v4: 7, v5: 8, v6: 9, v7: 10, v8: 11,
};

export function registerNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const m = /^r(\d{1,2})$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n <= 15 ? n : undefined;
  }
  return NAMED[t];
}
