// MASM literals: numbers with radix suffixes and strings, whose value in an
// expression packs the characters with the first one most significant
// ('WDHS' is 57444853h, so `dd 'WDHS'` stores "SHDW").

const SUFFIX_RADIX: Readonly<Record<string, number>> = { h: 16, b: 2, y: 2, o: 8, q: 8, d: 10, t: 10 };

/** The value of a MASM number (`0FFFFFFFFh`, `1010b`, `-1`), or undefined when it is not one. */
export function parseNumber(text: string, radix = 10): bigint | undefined {
  const negative = text.startsWith('-');
  const body = (negative ? text.slice(1) : text).toLowerCase();
  if (!/^[0-9][0-9a-z]*$/.test(body)) return undefined;
  let digits = body;
  let base = radix;
  const suffix = body.slice(-1);
  // In radix 16 a trailing b or d is a digit, not a suffix.
  if (suffix in SUFFIX_RADIX && !(radix === 16 && (suffix === 'b' || suffix === 'd'))) {
    digits = body.slice(0, -1);
    base = SUFFIX_RADIX[suffix] ?? radix;
  }
  if (digits.length === 0) return undefined;
  let value = 0n;
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    value = value * BigInt(base) + BigInt(d);
  }
  return negative ? -value : value;
}

/** The characters of a quoted MASM string (doubled quotes stand for one). */
export function stringChars(literal: string): string {
  const quote = literal[0] ?? '"';
  return literal.slice(1, -1).split(quote + quote).join(quote);
}

/** A string used as a number, given the file's bytes for it (`stringBytes`): first byte most significant. */
export function stringValue(bytes: Uint8Array): bigint {
  return bytes.reduce((v, b) => (v << 8n) | BigInt(b), 0n);
}
