import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { checkSourceText, decodeSource, MAX_SOURCE_BYTES, tooLargeReason } from '../source/decodeSource.js';
import { isKnownInclude } from './masm/vmmDefinitions.js';
import { isSystemHeader } from './objasm/systemHeaders.js';

// Where a MASM `include` or an ObjAsm GET finds its file. One resolver for
// the lowerings, the CLI's included-file pass and the editor's links, so the
// file a link opens is the file the analysis read.

export interface IncludeSearch {
  /** Searched after the including file's folder, in order. */
  readonly includePaths: readonly string[];
  /** RISC OS path variables (`Hdr` for `GET Hdr:Foo`) mapped to the folders they stand for, in order. */
  readonly pathVariables: Readonly<Record<string, readonly string[]>>;
}

/** A file that is there but is not read as source: binary, or over the size limit (the reason a checked file of its kind gets). */
export interface NotSource {
  readonly notSource: string;
}

/** A file's text as read from disk, and whether it was read as Latin-1 (its strings' bytes are their codes, `stringBytes`). */
export interface FileText {
  readonly text: string;
  readonly latin1: boolean;
}

/**
 * An include's text, or why the file is not read; undefined when there is
 * no such file. A bare string is an editor's document, Unicode text saved
 * as UTF-8; one whose file is Latin-1 on disk comes as a `FileText`.
 */
export type ReadFile = (path: string) => string | FileText | NotSource | undefined;

/**
 * The file an include found, and its text; when the file is not source
 * text, `notSource` says why and `text` is empty: the lowering notes the
 * include (PW103) and goes on without it, as for a missing one.
 */
export interface IncludedFile {
  readonly file: string;
  readonly text: string;
  readonly notSource?: string;
  /** Read as Latin-1 (`decodeSource`): its strings assemble to each character's code. */
  readonly latin1?: boolean;
}

export type IncludeDialect = 'vxd-masm' | 'riscos-objasm';

// An editor's unsaved document is named by a URI (`untitled:Untitled-1`),
// not a path: it has no folder, and taking `.` for one would search the
// server's working directory, which depends on how the editor started it.
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** The folder a relative include starts from: the including file's, none for an unsaved document. */
function folderOf(from: string): string[] {
  return SCHEME.test(from) ? [] : [dirname(from)];
}

/**
 * An included file's text, decoded as a checked file is (`decodeSource`), so
 * its columns are the editor's; a binary or oversized file is refused as a
 * checked one is, its size told before it is read.
 */
export function readFromDisk(path: string): FileText | NotSource | undefined {
  try {
    if (!existsSync(path)) return undefined;
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_SOURCE_BYTES) return { notSource: tooLargeReason(stat.size) };
    const decoded = decodeSource(readFileSync(path));
    return decoded.ok ? { text: decoded.text, latin1: decoded.latin1 } : { notSource: decoded.reason };
  } catch {
    return undefined;
  }
}

/** The note (PW103) on an include that finds `what` but not source text. */
export const notSourceMessage = (what: string, why: string): string => `${what} is not read: ${why}; analysis goes on without it`;

/**
 * The note (PW103) on an include of `file`, which `reading` (the files being
 * read, outermost first) already holds: read again, it would include itself
 * without end, so it is not, and analysis goes on without it.
 */
export function cycleMessage(what: string, reading: readonly string[], file: string): string {
  const chain = reading.slice(reading.lastIndexOf(file)).map((f) => basename(f));
  if (chain.length === 1) return `${what} is this file itself, which would include itself without end: it is not read again; analysis goes on without it`;
  const path = chain.slice(1).map((f) => `, which includes ${f}`).join('');
  return `${what} closes an include cycle (${chain[0] ?? ''}${path}, which includes ${chain[0] ?? ''} again): it is not read again; analysis goes on without it`;
}

/**
 * The files of the cycle an include of `file` closes while `reading` (as
 * `cycleMessage` takes them), in an order that does not depend on where the
 * cycle was entered: a file read twice from one root (the root includes
 * a.inc and then b.inc, each of which includes the other) closes one cycle
 * at two places, and one mistake is noted once.
 */
export function cycleKey(reading: readonly string[], file: string): string {
  return reading.slice(reading.lastIndexOf(file)).sort().join('\0');
}

/**
 * `notes` with only the first note on each include cycle (their `cycle`):
 * both lowerings note every place that closes one (an ObjAsm pass, MASM's
 * reporting pass), and the analysis keeps one. A filter of the finished
 * list: no state a pass must keep, or undo with a chunk it lowers again.
 */
export function oncePerCycle<Note extends { readonly cycle?: string }>(notes: readonly Note[]): readonly Note[] {
  const seen = new Set<string>();
  const once = notes.filter((n) => {
    if (n.cycle === undefined) return true;
    if (seen.has(n.cycle)) return false;
    seen.add(n.cycle);
    return true;
  });
  return once.length === notes.length ? notes : once;
}

/** The text `read` gave, or '' for a file that is not source. */
export const textOf = (read: ReturnType<ReadFile>): string => (typeof read === 'string' ? read : read !== undefined && 'text' in read ? read.text : '');

/** MASM: next to the including file, then on the include paths, in the case written and in both DOS cases. */
function masmCandidates(written: string, from: string, search: IncludeSearch): string[] {
  const relative = written.replace(/\\/g, '/');
  const base = relative.split('/').pop() ?? relative;
  const dir = relative.slice(0, relative.length - base.length);
  // DOS names come in any case; the disk may be case-sensitive.
  const spellings = [...new Set([relative, dir + base.toLowerCase(), dir + base.toUpperCase()])];
  if (relative.startsWith('/')) return spellings;
  return [...folderOf(from), ...search.includePaths].flatMap((d) => spellings.map((s) => join(d, s)));
}

// RISC OS paths use `.` between directories and a path variable before `:`
// (`Hdr:RAMCache`, `hdr.Workspace`, `OS:Hdr.FileSwitch`); exported trees keep
// the files with a `,ffd`/`,fff` filetype suffix or a `.s` extension.
const RISC_OS_SUFFIXES = ['', ',ffd', ',fff', '.s', '.hdr', '.h'];

/** The directories a path variable stands for: configured (any case), else `Hdr:` means the project's `hdr` directory. */
function variableDirectories(variable: string, from: string, pathVariables: IncludeSearch['pathVariables']): string[] {
  const key = Object.keys(pathVariables).find((k) => k.toLowerCase() === variable.toLowerCase());
  if (key) return [...(pathVariables[key] ?? [])];
  if (variable.toLowerCase() !== 'hdr') return [];
  return folderOf(from).flatMap((here) => [join(here, '..', 'hdr'), join(here, 'hdr')]);
}

function riscOsCandidates(path: string, from: string, search: IncludeSearch): string[] {
  const colon = path.indexOf(':');
  const rest = colon >= 0 ? path.slice(colon + 1) : path;
  // `hdr.Workspace` is a RISC OS path; `foo.s` may be a Unix name with an extension: try both.
  const spellings = rest.includes('/') ? [rest] : [rest.replace(/\./g, '/'), rest];
  const roots = colon >= 0
    ? variableDirectories(path.slice(0, colon), from, search.pathVariables)
    : isAbsolute(rest) ? [''] : [...folderOf(from).flatMap((here) => [here, join(here, '..')]), ...search.includePaths];
  const out: string[] = [];
  for (const root of roots) for (const s of spellings) for (const suffix of RISC_OS_SUFFIXES) out.push(root === '' ? `${s}${suffix}` : join(root, `${s}${suffix}`));
  return [...new Set(out)];
}

/**
 * The file `include <written>` (MASM) or `GET <written>` (ObjAsm) in `from`
 * reads: the first candidate that exists; undefined for a header the lowering
 * knows natively (vmm.inc, Hdr:System) or a missing file.
 */
export function findIncludedFile(dialect: IncludeDialect, written: string, from: string, search: IncludeSearch, read: ReadFile): IncludedFile | undefined {
  const native = dialect === 'vxd-masm' ? isKnownInclude(written) : isSystemHeader(written);
  if (native) return undefined;
  const candidates = dialect === 'vxd-masm' ? masmCandidates(written, from, search) : riscOsCandidates(written, from, search);
  for (const file of candidates) {
    const found = read(file);
    if (found === undefined) continue;
    if (typeof found !== 'string') return 'text' in found ? { file, text: found.text, ...(found.latin1 ? { latin1: true } : {}) } : { file, text: '', notSource: found.notSource };
    // An open document's text is held to the limits an open checked document is.
    const notSource = checkSourceText(found);
    return notSource === undefined ? { file, text: found } : { file, text: '', notSource };
  }
  return undefined;
}

/** The keywords of a directive that includes a file, in any case and inside any word (more than the grammars take). */
const INCLUDE_KEYWORDS: Record<IncludeDialect, RegExp> = { 'vxd-masm': /include/gi, 'riscos-objasm': /get|include|lnk|incbin/gi };

/** The name `mayInclude` looks for: the file's base name less its RISC OS suffix, in lower case. */
export function includeStem(file: string): string {
  const name = basename(file).toLowerCase();
  const suffix = RISC_OS_SUFFIXES.find((s) => s !== '' && name.endsWith(s)) ?? '';
  return name.slice(0, name.length - suffix.length);
}

/**
 * The stretches of `text` an include or GET path can be in, in lower case:
 * from each keyword to the end of its line, or of the lines a `\` at a
 * line's end carries it onto.
 */
export function includeStretches(dialect: IncludeDialect, text: string): string[] {
  const stretches: string[] = [];
  for (const keyword of text.matchAll(INCLUDE_KEYWORDS[dialect])) {
    let end = keyword.index;
    do end = text.indexOf('\n', end + 1);
    while (end >= 0 && /\\\r?$/.test(text.slice(Math.max(0, end - 2), end)));
    stretches.push(text.slice(keyword.index, end < 0 ? text.length : end).toLowerCase());
  }
  return stretches;
}

/**
 * Whether an include or GET in `text` may find `file`, without parsing it.
 * A candidate's name is the last part of the path as written (in some
 * case), with a RISC OS suffix. False only when no stretch of
 * `includeStretches` holds the name less its suffix (`includeStem`).
 */
export function mayInclude(dialect: IncludeDialect, text: string, file: string): boolean {
  const stem = includeStem(file);
  return includeStretches(dialect, text).some((stretch) => stretch.includes(stem));
}
