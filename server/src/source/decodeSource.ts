import { loneReturnsAsNewlines } from './lineEnds.js';

// Turns raw file bytes into text the parser can take, or says plainly why not.
// Nothing here throws on bad input: a binary file, a huge file or bytes that
// are not UTF-8 are everyday events for a CLI pointed at a source tree.

/** Larger files are declined: the editor and CI both want an answer in seconds. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
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

/** The encoding a byte-order mark names, where it names UTF-16 (what Windows editors save as "Unicode"). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a source file. UTF-16 with a byte-order mark is read as such, as
 * an editor reads it, so the CLI and the language server see the same text.
 * Otherwise UTF-8 is tried first; old VxD and RISC OS sources
 * are often Latin-1 (a `©` or `£` in a comment), so anything that is not valid
 * UTF-8 is read as Latin-1 rather than rejected. A lone CR comes back as LF
 * (`loneReturnsAsNewlines`), as every text the analysis reads.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) {
    // The decoder drops the byte-order mark; a NUL character is binary data in any encoding.
    const text = new TextDecoder(utf16).decode(bytes);
    return text.includes('\0') ? { ok: false, reason: BINARY_REASON } : { ok: true, text: loneReturnsAsNewlines(text) };
  }
  if (bytes.includes(0)) return { ok: false, reason: BINARY_REASON };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  return { ok: true, text: loneReturnsAsNewlines(text.startsWith('\uFEFF') ? text.slice(1) : text) };
}

/** The same limits for text that arrives already decoded (LSP didOpen). */
export function checkSourceText(text: string): string | undefined {
  if (text.length > MAX_SOURCE_BYTES) return tooLargeReason(text.length, 'characters');
  if (text.includes('\0')) return BINARY_REASON;
  return undefined;
}
