import { loneReturnsAsNewlines } from './lineEnds.js';

// Turns raw file bytes into text the parser can take, or says plainly why not.
// Nothing here throws on bad input: a binary file, a huge file or bytes that
// are not UTF-8 are everyday events for a CLI pointed at a source tree.

/** Larger files are declined: the editor and CI both want an answer in seconds. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeReason(size: number): string {
  return `file is ${megabytes(size)}; PageWarden reads sources up to ${megabytes(MAX_SOURCE_BYTES)}, so it was not analysed`;
}

export const BINARY_REASON = 'file holds binary data (NUL bytes), not source text, so it was not analysed';

/**
 * Decodes a source file. UTF-8 is tried first; old VxD and RISC OS sources
 * are often Latin-1 (a `©` or `£` in a comment), so anything that is not valid
 * UTF-8 is read as Latin-1 rather than rejected. A lone CR comes back as LF
 * (`loneReturnsAsNewlines`), as every text the analysis reads.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
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
  if (text.length > MAX_SOURCE_BYTES) return tooLargeReason(text.length);
  if (text.includes('\0')) return BINARY_REASON;
  return undefined;
}
