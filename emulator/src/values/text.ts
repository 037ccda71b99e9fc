// A program's bytes shown as text (an error block's message, a dynamic
// area's name): the analysis assembles a string to its file's bytes, a UTF-8
// file's `é` to C3 A9, so the bytes read back as the file read them, UTF-8
// where they are that, else a character a byte (Latin-1, as RISC OS reads
// them), so a Latin-1 file's E9 is `é` too.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `bytes` as the text they were written as: their UTF-8 where they are some, else a character each. */
export function bytesText(bytes: readonly number[] | Uint8Array): string {
  const array = Uint8Array.from(bytes);
  if (array.some((b) => b >= 0x80)) {
    try {
      return utf8.decode(array);
    } catch {
      // Not UTF-8: a character a byte.
    }
  }
  return Buffer.from(array).toString('latin1');
}
