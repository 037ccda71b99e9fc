import { sourceText } from '../source/decodeSource.js';
import type { LanguageId } from './languageId.js';

// Language detection shared by the server, the CLI and the client. RISC OS
// sources usually have no extension at all: the folder (`s/`, `hdr/`, `bas/`)
// or an exported filetype suffix (`,ffd`) says what they are. Where the name
// is ambiguous the first few kilobytes decide.

export type Detection =
  | { readonly kind: 'source'; readonly languageId: LanguageId }
  | { readonly kind: 'tokenised-basic' }
  | { readonly kind: 'unknown' };

const CONTENT_SAMPLE = 8192;
/** Bytes enough for more than CONTENT_SAMPLE characters in UTF-8 or UTF-16, so a cut sample is known to be one. */
const SAMPLE_BYTES = 4 * (CONTENT_SAMPLE + 1);

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

/**
 * The build's and the reader's files, which sit beside sources in `s/` or
 * carry the Text filetype (`ReadMe,fff`): their names say they are not
 * source, whatever folder or filetype would make them ObjAsm. The client's
 * manifest gives them (and only them) to make and plain text by filename,
 * which VS Code puts before the `s/` patterns.
 */
const NOT_SOURCES = new Set(['makefile', 'gnumakefile', 'readme', 'licence', 'license', 'copying']);

/** Whether the file's name, without a RISC OS filetype suffix, is one of `NOT_SOURCES`. */
function namedNotSource(path: string): boolean {
  return NOT_SOURCES.has(baseName(path).toLowerCase().replace(/,[0-9a-f]{3}$/, ''));
}

/**
 * Whether the name says the file is none of the three dialects, whatever it
 * holds: one of `NOT_SOURCES`, or another filetype or extension. The client
 * asks it of a document VS Code gave a dialect by its folder's pattern.
 */
export function nameSaysNotSource(path: string): boolean {
  return namedNotSource(path) || detectByName(path) === 'not-source';
}

function parentFolder(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 2] ?? '').toLowerCase();
}

/**
 * What the name alone says: a language, "decide by content", another
 * kind of file, or nothing. A filetype suffix or an extension not of the
 * three dialects names another kind of file (`s/ReadMe.md`, a Makefile
 * `s/Build,fe1`), which neither its folder nor its text makes ours.
 */
function detectByName(path: string): LanguageId | 'tokenised-basic' | 'by-content' | 'not-source' | undefined {
  const name = baseName(path).toLowerCase();
  const comma = /,([0-9a-f]{3})$/.exec(name);
  if (comma) {
    switch (comma[1]) {
      case 'ffb': return 'tokenised-basic';
      case 'fd1': return 'riscos-bbcbasic';
      case 'ffd':
      case 'fff': return 'by-content';
      default: return 'not-source';
    }
  }
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  switch (ext) {
    case '.asm': return 'vxd-masm';
    case '.inc': return 'vxd-masm';
    case '.s': return 'by-content';
    case '.bas': return 'riscos-bbcbasic';
    case '':
      break;
    default:
      return 'not-source';
  }
  // A dotfile in s/, hdr/ or bas/ is the tools' (`.gitignore`), not the
  // folder's dialect: the client's filenamePatterns leave it out too.
  if (name.startsWith('.')) return undefined;
  const folder = parentFolder(path);
  if (folder === 's' || folder === 'hdr') return 'by-content';
  if (folder === 'bas') return 'riscos-bbcbasic';
  return undefined;
}

const VXD_SIGNS = [
  /^\s*include\s+<?[\w\\/.]*vmm\.inc/im,
  /^\s*\.386p?\b/im,
  /^\s*BeginProc\b/im,
  /^\s*VxD_\w+_SEG\b/im,
  /^\s*Declare_Virtual_Device\b/im,
  /\b(?:VMMcall|VxDcall|VMMjmp|VxDjmp)\s/i,
];
const OBJASM_SIGNS = [
  /^\s+AREA\s/im,
  /^\s+GET\s+(?:Hdr|OS):/im,
  /^\s+(?:SWI|SVC)[A-Z]{0,2}\s+X?[A-Z][A-Za-z]*_\w+/im,
  /^\s+(?:Push|Pull)\s+"/m,
  /^[A-Za-z_]\w*\s+ROUT\b/m,
  /:(?:SHL|SHR|AND|OR|EOR|LAND|LOR|LNOT|DEF|INDEX|LEN|CC|STR|BASE):/,
  /^\s+\^\s+\S/m,
];
const BASIC_SIGNS = [
  /\[\s*OPT\b/i,
  /^\s*\d*\s*DEF\s*(?:PROC|FN)/m,
  /\bSYS\s*"/,
  /^\s*\d*\s*REM\b/m,
  /\bNEXT\s+\w+%/,
];

/**
 * Text saved from BASIC numbers every line, ascending. An ObjAsm file also has
 * numbers in column 1 (local labels), but only on a few lines and not in order.
 */
function looksLineNumbered(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 3) return false;
  let previous = -1;
  for (const line of lines) {
    const number = /^\s*(\d+)/.exec(line);
    if (!number) return false;
    const value = Number(number[1]);
    if (value <= previous) return false;
    previous = value;
  }
  return true;
}

function score(text: string, signs: readonly RegExp[]): number {
  return signs.reduce((n, sign) => n + (sign.test(text) ? 1 : 0), 0);
}

/** Decides by content alone; undefined when nothing points anywhere. */
export function detectByContent(text: string): LanguageId | undefined {
  const sample = text.slice(0, CONTENT_SAMPLE);
  // The sample may stop mid-line; a partial last line must not spoil the numbering test.
  const whole = sample.length < text.length ? sample.slice(0, sample.lastIndexOf('\n') + 1) : sample;
  if (looksLineNumbered(whole)) return 'riscos-bbcbasic';
  const scores: [LanguageId, number][] = [
    ['vxd-masm', score(sample, VXD_SIGNS)],
    ['riscos-objasm', score(sample, OBJASM_SIGNS)],
    ['riscos-bbcbasic', score(sample, BASIC_SIGNS)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  return best && best[1] > 0 ? best[0] : undefined;
}

/**
 * Tokenised BASIC starts with 0x0D, a line number and a length byte, and has
 * keyword bytes >= 0x7F. A CRLF text file opening with a blank line also
 * starts 0x0D, but its 0x0A would be the line number's high byte, which no
 * program starts with. The body is not walked: an editor may have already
 * decoded the bytes as UTF-8 and changed the line lengths.
 */
export function looksTokenisedBasic(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x0d) return false;
  if (bytes.length === 2 && bytes[1] === 0xff) return true;
  if (bytes.length < 4 || bytes[1] === 0x0a || (bytes[3] as number) < 4) return false;
  return bytes.subarray(0, 512).some((b) => b >= 0x7f);
}

/**
 * The start of a file as the analysis would read it (`sourceText`): a UTF-16
 * file's characters, not its bytes, and no byte-order mark before the first
 * line's signs.
 */
function contentSample(bytes: Uint8Array): string {
  return sourceText(bytes.subarray(0, SAMPLE_BYTES));
}

/**
 * Detects the dialect of a file from its path and, where the path is
 * ambiguous, its content. `bytes` are the raw file contents (only the start
 * is examined).
 */
export function detectLanguage(path: string, bytes: Uint8Array): Detection {
  const byName = detectByName(path);
  if (byName === 'not-source' || namedNotSource(path)) return { kind: 'unknown' };
  if (byName === 'tokenised-basic') return { kind: 'tokenised-basic' };
  // RISC OS loses filetypes when files are copied off it, so anything not
  // named as PC assembler may turn out to be tokenised BASIC.
  if (byName !== 'vxd-masm' && looksTokenisedBasic(bytes)) return { kind: 'tokenised-basic' };
  if (byName !== undefined && byName !== 'by-content') return { kind: 'source', languageId: byName };
  const byContent = detectByContent(contentSample(bytes));
  if (byContent) return { kind: 'source', languageId: byContent };
  if (byName === 'by-content') {
    // `.s`, `,ffd`, `,fff` and files in `s/` or `hdr/` are ObjAsm unless they
    // say otherwise; a text export sitting in `bas/` is BASIC.
    return { kind: 'source', languageId: parentFolder(path) === 'bas' ? 'riscos-bbcbasic' : 'riscos-objasm' };
  }
  return { kind: 'unknown' };
}
