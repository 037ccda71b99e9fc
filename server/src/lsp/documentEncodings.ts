import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodedText, MAX_SOURCE_BYTES } from '../source/decodeSource.js';

// An open document arrives as Unicode text, whatever encoding the editor read
// its file in. A user whose editor reads these old sources as Latin-1
// (VS Code's `files.encoding` iso88591 or windows1252) gets `é` as U+00E9,
// and saving writes E9 back: its strings must assemble to E9, as check reads
// the saved file, not to C3 A9. LSP never says which encoding the editor
// read a file in, but the text it sends does: a document whose text is the
// file's bytes read as Latin-1, not as UTF-8, was read as Latin-1, and is
// saved so. That is how an editor-only change of encoding is seen before it
// is saved: VS Code's "Reopen with Encoding" sends the file's other reading
// as a change of the document, Neovim's `:e ++enc=latin1` opens the document
// again with it. Otherwise (a text edited since, not the file's) the file on
// disk tells which: read as Latin-1 by `decodeSource` there, the editor
// saves it in that encoding too.

/** The file's bytes as an editor may read them, kept while they hold a byte from 80h, where the two differ. */
interface Readings {
  /** Read as UTF-8, a byte that is not UTF-8 as U+FFFD, as VS Code shows it: such a text is saved as UTF-8. */
  readonly utf8: string;
  /** Each byte the character of its value. */
  readonly latin1: string;
  /** What `decodeSource` reads the file as, for a text that is neither. */
  readonly decodedAsLatin1: boolean;
}

/** How the file at `uri` reads (`Readings`); undefined with no such file, not a file URI (untitled), or a file that names its encoding or is ASCII. */
function readingsOf(uri: string): Readings | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    const stat = statSync(path);
    // A larger file is refused as source anyway; reading it would only hold up the open.
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return undefined;
    const bytes = readFileSync(path);
    // A byte-order mark names the encoding for the editor too (Unicode, `decodedText`), and ASCII reads alike in both.
    const marked = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (marked || !bytes.some((b) => b >= 0x80)) return undefined;
    return { utf8: new TextDecoder('utf-8').decode(bytes), latin1: bytes.toString('latin1'), decodedAsLatin1: decodedText(bytes).latin1 };
  } catch {
    return undefined;
  }
}

/** The open documents whose editors read them as Latin-1: judged at each open, change and change of the file on disk, the disk read at open and on a watched change only. */
export class DocumentEncodings {
  private readonly readings = new Map<string, Readings>();
  /** Whether the editor read the file as Latin-1, where a text of the document was one of its readings. */
  private readonly known = new Map<string, boolean>();
  private readonly latin1 = new Map<string, boolean>();

  /** Reads the disk for `uri` again, the document's text being `text`; whether that changed how its text assembles. */
  read(uri: string, text: string): boolean {
    const readings = readingsOf(uri);
    if (readings) this.readings.set(uri, readings);
    else this.readings.delete(uri);
    return this.judge(uri, text);
  }

  /** The document's text is now `text` (an edit, or its file read again in another encoding); whether that changed how its text assembles. */
  changed(uri: string, text: string): boolean {
    // A file of ASCII reads the same either way: nothing to tell from its text.
    return this.readings.has(uri) && this.judge(uri, text);
  }

  isLatin1(uri: string): boolean {
    return this.latin1.get(uri) ?? false;
  }

  forget(uri: string): void {
    this.readings.delete(uri);
    this.known.delete(uri);
    this.latin1.delete(uri);
  }

  /**
   * A text that is neither reading (edited since) says nothing: the editor's encoding is the one a text of the file
   * last showed, which an edit or a change on disk does not change, else the file's own (`decodeSource`).
   */
  private judge(uri: string, text: string): boolean {
    const was = this.isLatin1(uri);
    const readings = this.readings.get(uri);
    if (readings && text === readings.utf8) this.known.set(uri, false);
    else if (readings && text === readings.latin1) this.known.set(uri, true);
    const now = this.known.get(uri) ?? readings?.decodedAsLatin1 ?? false;
    this.latin1.set(uri, now);
    return was !== now;
  }
}
