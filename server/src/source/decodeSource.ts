import { loneReturnsAsNewlines } from './lineEnds.js';

// Turns raw file bytes into text the parser can take, or says plainly why not.
// Nothing here throws on bad input: a binary file, a huge file or bytes that
// are not UTF-8 are everyday events for a CLI pointed at a source tree.

/** Larger files are declined: the editor and CI both want an answer in seconds. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type DecodedSource =
  | { readonly ok: true; readonly text: string; readonly latin1: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Exact counts: rounded, a file just over the limit read "4.0 MB; … up to
 * 4.0 MB". An open document is measured in characters, a file in bytes.
 */
export function tooLargeReason(size: number, unit: 'bytes' | 'characters' = 'bytes'): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  return `file is ${count(size)} ${unit}; PageWarden reads sources up to ${count(MAX_SOURCE_BYTES)} ${unit} (4 MB)`;
}

export const BINARY_REASON = 'file holds binary data (NUL bytes), not source text';

/**
 * The encoding a byte-order mark names: UTF-16 (what Windows editors save as
 * "Unicode") or UTF-8 (Notepad's "UTF-8 with BOM").
 */
function markedEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return undefined;
}

/**
 * Each byte as the character of its value. WHATWG's TextDecoder has no such
 * decoding: its `latin1` is windows-1252, which reads 80h as `€` (U+20AC),
 * whose code no longer gives the byte back.
 */
function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The text the analysis reads from a file's bytes, whatever the file is: a
 * checked file (through `decodeSource`), an included one, the sample language
 * detection reads. One decoding for all, so a column in an include is the
 * same whether the CLI reads it from disk or the editor sends it open.
 * A byte-order mark names the encoding, as it does for the editor, and is
 * not part of the text. Otherwise UTF-8 is tried first, as VS Code reads a
 * file by default; old VxD and RISC OS sources are often Latin-1 (a `©` or
 * `£` in a comment), so anything that is not valid UTF-8 is read as Latin-1
 * rather than rejected (one character a byte, much as the editor shows a
 * replacement character for each). ISO 8859-1 proper, each byte the
 * character of its value (`latin1Text`): a string in DCB, `=`, EQUS or `db`
 * assembles to the character codes, which must be the file's bytes, 80h–9Fh
 * too (C1 controls in ISO 8859-1, other glyphs in Acorn's and Windows'
 * sets). A lone CR comes back as LF (`loneReturnsAsNewlines`), as every
 * text the analysis reads.
 */
export function sourceText(bytes: Uint8Array): string {
  return decodedText(bytes).text;
}

/** `sourceText`, and whether it was read as Latin-1 (`stringBytes` then gives each character's code). */
export function decodedText(bytes: Uint8Array): { readonly text: string; readonly latin1: boolean } {
  const marked = markedEncoding(bytes);
  // The decoders drop the byte-order mark themselves.
  if (marked !== undefined) return { text: loneReturnsAsNewlines(new TextDecoder(marked).decode(bytes)), latin1: false };
  try {
    return { text: loneReturnsAsNewlines(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), latin1: false };
  } catch {
    return { text: loneReturnsAsNewlines(latin1Text(bytes)), latin1: true };
  }
}

/** A byte `stringText` escaped: with `u`, the low half of a surrogate pair is not one. */
const ESCAPED_BYTE = /([\udc80-\udcff])/u;

/**
 * The bytes of a string written in a text `sourceText` read, which a `db`,
 * `=`, DCB or EQUS assembles and `:LEN:` counts: the file's bytes for it. A
 * file read as Latin-1 (`latin1`) has a byte a character, its code; any
 * other file is Unicode, and an assembler reading it sees the UTF-8 of
 * each character: a UTF-8 file's `é` is two bytes on disk, and an editor's
 * document is saved as UTF-8. A Latin-1 text has no character above FFh,
 * so such a string is UTF-8 whatever `latin1` says. A lone low surrogate
 * U+DC80–U+DCFF is the byte it escapes (`stringText`): no file's text has
 * one, as a decoder makes U+FFFD of bytes it cannot read.
 */
export function stringBytes(text: string, latin1: boolean): Uint8Array {
  if (latin1 && !/[^\0-\xff]/.test(text)) return Buffer.from(text, 'latin1');
  if (!ESCAPED_BYTE.test(text)) return Buffer.from(text, 'utf8');
  // Split on a capture: the escapes are the odd parts.
  return Buffer.concat(text.split(ESCAPED_BYTE).map((part, i) => (i % 2 === 1 ? Buffer.of(part.charCodeAt(0) - 0xdc00) : Buffer.from(part, 'utf8'))));
}

/**
 * `stringBytes` as one character a byte, the form a lowering's string values
 * take: `:LEN:` and LEN then count the file's bytes, and a string made by
 * `:CHR:` or CHR$ is the byte it names, as it is to the assembler.
 */
export function byteString(text: string, latin1: boolean): string {
  return /^[\0-\x7f]*$/.test(text) ? text : Buffer.from(stringBytes(text, latin1)).toString('latin1');
}

/** A well-formed UTF-8 sequence (RFC 3629: no overlong form, no surrogate), else any byte from 80h alone. */
const UTF8_OR_BYTE =
  /[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}|[\x80-\xff]/g;

/**
 * The text a `byteString` value stands for in a file read as `latin1` says,
 * where a value goes back into a line (ObjAsm's `$name`), such that
 * `byteString` gives the same bytes again: a Latin-1 file's bytes are its
 * characters; in a Unicode file each UTF-8 sequence is its character, and
 * any other byte from 80h (`:CHR: 200`, an E9 from a Latin-1 file) the lone
 * surrogate U+DC00 + byte, as Python's `surrogateescape` keeps such a byte
 * (PEP 383): as a character of its own it would go back as two bytes.
 */
export function stringText(bytes: string, latin1: boolean): string {
  if (latin1 || /^[\0-\x7f]*$/.test(bytes)) return bytes;
  return bytes.replace(UTF8_OR_BYTE, (s) => (s.length > 1 ? Buffer.from(s, 'latin1').toString('utf8') : String.fromCharCode(0xdc00 + s.charCodeAt(0))));
}

/** A checked file's text (`sourceText`), or why it is not analysed: too large, or binary. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
  // A NUL character is binary data in any encoding.
  const { text, latin1 } = decodedText(bytes);
  return text.includes('\0') ? { ok: false, reason: BINARY_REASON } : { ok: true, text, latin1 };
}

/** The same limits for text that arrives already decoded (LSP didOpen). */
export function checkSourceText(text: string): string | undefined {
  if (text.length > MAX_SOURCE_BYTES) return tooLargeReason(text.length, 'characters');
  if (text.includes('\0')) return BINARY_REASON;
  return undefined;
}
