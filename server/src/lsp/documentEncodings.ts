import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodedText, MAX_SOURCE_BYTES } from '../source/decodeSource.js';

// An open document arrives as Unicode text, whatever encoding the editor read
// its file in. A user whose editor reads these old sources as Latin-1
// (VS Code's `files.encoding` iso88591 or windows1252) gets `é` as U+00E9,
// and saving writes E9 back: its strings must assemble to E9, as check reads
// the saved file, not to C3 A9. The file on disk tells which: read as
// Latin-1 by `decodeSource` there, the editor saves it in that encoding too.

/** Whether the file at `uri` is read as Latin-1 (`decodeSource`); false with no such file, or not a file URI (untitled). */
function readsAsLatin1(uri: string): boolean {
  if (!uri.startsWith('file:')) return false;
  try {
    const path = fileURLToPath(uri);
    const stat = statSync(path);
    // A larger file is refused as source anyway; reading it would only hold up the open.
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return false;
    return decodedText(readFileSync(path)).latin1;
  } catch {
    return false;
  }
}

/** The open documents whose files are Latin-1 on disk, read when each opens and when its file changes, not on each edit. */
export class DocumentEncodings {
  private readonly latin1 = new Set<string>();

  /** Reads the disk for `uri` again; whether that changed how its text assembles. */
  read(uri: string): boolean {
    const was = this.latin1.has(uri);
    if (readsAsLatin1(uri)) this.latin1.add(uri);
    else this.latin1.delete(uri);
    return was !== this.latin1.has(uri);
  }

  isLatin1(uri: string): boolean {
    return this.latin1.has(uri);
  }

  forget(uri: string): void {
    this.latin1.delete(uri);
  }
}
