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

/** What a coprocessor or FPA instruction names besides core registers: a coprocessor, one of its registers, an FPA register. */
export type CoprocessorRegisterKind = 'coproc' | 'creg' | 'float';

/** The letters each kind's names start with, by dialect: BBC BASIC also writes a coprocessor CP15. */
const PREFIXES: Readonly<Record<'objasm' | 'bbcbasic', Readonly<Record<CoprocessorRegisterKind, readonly string[]>>>> = {
  objasm: { coproc: ['p'], creg: ['c'], float: ['f'] },
  bbcbasic: { coproc: ['cp', 'p'], creg: ['c'], float: ['f'] },
};

const HIGHEST: Readonly<Record<CoprocessorRegisterKind, number>> = { coproc: 15, creg: 15, float: 7 };

/** A number an expression gave where a coprocessor, coprocessor register or FPA register goes, if there is one of that number. */
export function coprocessorRegisterOf(value: bigint | undefined, kind: CoprocessorRegisterKind): number | undefined {
  return value !== undefined && value <= BigInt(HIGHEST[kind]) ? Number(value) : undefined;
}

/**
 * The number of a predeclared coprocessor name (p15, c7, f0, and BASIC's
 * CP15), in any case; undefined for any other name, `c07` included.
 */
export function coprocessorRegisterNumber(text: string, kind: CoprocessorRegisterKind, dialect: 'objasm' | 'bbcbasic'): number | undefined {
  if (text.length < 2 || text.length > 4) return undefined;
  const t = lowercase(text);
  for (const prefix of PREFIXES[dialect][kind]) {
    if (!t.startsWith(prefix)) continue;
    const digits = t.slice(prefix.length);
    const n = Number(digits);
    if (digits !== '' && String(n) === digits && n <= HIGHEST[kind]) return n;
  }
  return undefined;
}

/** ObjAsm's predeclared register names beyond the core's: p0-p15, c0-c15 and f0-f7, which name their numbers. */
export function objAsmCoprocessorName(text: string): number | undefined {
  return coprocessorRegisterNumber(text, 'coproc', 'objasm') ?? coprocessorRegisterNumber(text, 'creg', 'objasm') ?? coprocessorRegisterNumber(text, 'float', 'objasm');
}
