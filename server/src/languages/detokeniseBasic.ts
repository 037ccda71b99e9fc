import {
  DATA_TOKEN,
  LINE_NUMBER_TOKEN,
  REM_TOKEN,
  extendedKeyword,
  isExtendedPrefix,
  singleByteKeyword,
} from './basicTokens.js';

// Turns a tokenised RISC OS BBC BASIC V program (filetype &FFB) back into the
// line-numbered text LIST would print, so the text tools can read it. The
// format: each line is 0x0D, line number high byte, low byte, total line
// length (header included), then the tokenised body; 0x0D 0xFF ends the
// program. Anything that breaks that chain is reported, never thrown.

export type DetokeniseResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const LINE_START = 0x0d;
const END_MARKER = 0xff;
const HEADER_LENGTH = 4;
const QUOTE = 0x22;
const COLON = 0x3a;
const STAR = 0x2a;
const SPACE = 0x20;
const THEN_TOKEN = 0x8c;
const ELSE_TOKENS: readonly number[] = [0x8b, 0xcc];

type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; readonly at: number };

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * A line number after 0x8D is spread over three bytes that all stay in
 * 0x40-0x7F, so it can never be mistaken for a token or a line start.
 */
function decodeLineNumber(first: number, second: number, third: number): number | undefined {
  const topBits = first ^ 0x54;
  if ((topBits & ~0x3c) !== 0 || (second & 0xc0) !== 0x40 || (third & 0xc0) !== 0x40) return undefined;
  const low = ((topBits << 2) & 0xc0) | (second & 0x3f);
  const high = ((topBits << 4) & 0xc0) | (third & 0x3f);
  return (high << 8) | low;
}

function detokeniseBody(body: Uint8Array): BodyResult {
  let text = '';
  let inString = false;
  // REM, DATA and star commands are stored untokenised to the end of the line,
  // so top-bit characters there are text, not keywords.
  let literal = false;
  let statementStart = true;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (byte === LINE_START) return { ok: false, reason: 'a line body contains 0x0D, which only starts lines', at: i };
    if (literal || inString || byte < 0x7f) {
      text += String.fromCharCode(byte);
      if (literal) continue;
      if (byte === QUOTE) inString = !inString;
      else if (inString) continue;
      else if (byte === COLON) statementStart = true;
      else if (byte === STAR && statementStart) literal = true;
      else if (byte !== SPACE) statementStart = false;
      continue;
    }
    if (byte === LINE_NUMBER_TOKEN) {
      const number = i + 3 < body.length ? decodeLineNumber(body[i + 1] as number, body[i + 2] as number, body[i + 3] as number) : undefined;
      if (number === undefined) return { ok: false, reason: 'a line number reference (0x8D) is not followed by three valid encoded bytes', at: i };
      text += String(number);
      i += 3;
      statementStart = false;
      continue;
    }
    if (isExtendedPrefix(byte)) {
      const second = body[i + 1];
      const keyword = second === undefined ? undefined : extendedKeyword(byte, second);
      if (keyword === undefined) {
        const what = second === undefined ? 'nothing' : hex(second);
        return { ok: false, reason: `extended token prefix ${hex(byte)} is followed by ${what}, which is not a BASIC V keyword`, at: i };
      }
      text += keyword;
      i += 1;
      statementStart = false;
      continue;
    }
    text += singleByteKeyword(byte) ?? '';
    literal = byte === REM_TOKEN || byte === DATA_TOKEN;
    statementStart = byte === THEN_TOKEN || ELSE_TOKENS.includes(byte);
  }
  return { ok: true, text };
}

/** Detokenises a whole program; the text has one `\n`-terminated line per BASIC line, numbers right-aligned in five columns as LIST prints them. */
export function detokeniseBasic(bytes: Uint8Array): DetokeniseResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const lines: string[] = [];
  let pos = 0;
  let previous = -1;
  for (;;) {
    if (pos >= bytes.length) return { ok: false, reason: `the program stops at byte ${pos} without the end marker 0x0D 0xFF (truncated file?)` };
    const start = bytes[pos] as number;
    if (start !== LINE_START) {
      const where = lines.length === 0 ? 'the file does not start' : `the line after ${previous} does not start`;
      return { ok: false, reason: `${where} with 0x0D (found ${hex(start)} at byte ${pos}): not tokenised BASIC, or a line length is wrong` };
    }
    if (bytes[pos + 1] === END_MARKER) break;
    if (pos + HEADER_LENGTH > bytes.length) return { ok: false, reason: `the line header at byte ${pos} is cut short` };
    const number = ((bytes[pos + 1] as number) << 8) | (bytes[pos + 2] as number);
    const length = bytes[pos + 3] as number;
    if (length < HEADER_LENGTH) return { ok: false, reason: `line ${number} at byte ${pos} claims a length of ${length}, shorter than its own 4-byte header` };
    if (pos + length > bytes.length) return { ok: false, reason: `line ${number} at byte ${pos} claims ${length} bytes but the file ends first` };
    const body = detokeniseBody(bytes.subarray(pos + HEADER_LENGTH, pos + length));
    if (!body.ok) return { ok: false, reason: `line ${number}, byte ${pos + HEADER_LENGTH + body.at}: ${body.reason}` };
    lines.push(`${String(number).padStart(5)}${body.text}\n`);
    previous = number;
    pos += length;
  }
  return { ok: true, text: lines.join('') };
}
