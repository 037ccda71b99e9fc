import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { child } from '../riscos/syntax.js';
import { isSystemHeader } from './systemHeaders.js';

// Where a GET finds its file. RISC OS paths use `.` between directories and
// a path variable before `:` (`Hdr:RAMCache`, `hdr.Workspace`,
// `OS:Hdr.FileSwitch`); exported trees keep the files with a `,ffd`/`,fff`
// filetype suffix or a `.s` extension.

const SUFFIXES = ['', ',ffd', ',fff', '.s', '.hdr', '.h'];

export function readFromDisk(path: string): string | undefined {
  try {
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'latin1') : undefined;
  } catch {
    return undefined;
  }
}

/** The directories a path variable stands for: configured, else `Hdr:` means the project's `hdr` directory. */
function variableDirectories(variable: string, from: string, pathVariables: Readonly<Record<string, readonly string[]>>): string[] {
  const key = Object.keys(pathVariables).find((k) => k.toLowerCase() === variable.toLowerCase());
  if (key) return [...(pathVariables[key] ?? [])];
  const here = dirname(from);
  return variable.toLowerCase() === 'hdr' ? [join(here, '..', 'hdr'), join(here, 'hdr')] : [];
}

/** Candidate file paths for a GET, in the order they are tried. */
export function includeCandidates(path: string, from: string, pathVariables: Readonly<Record<string, readonly string[]>>, includePaths: readonly string[]): string[] {
  const colon = path.indexOf(':');
  const rest = colon >= 0 ? path.slice(colon + 1) : path;
  // `hdr.Workspace` is a RISC OS path; `foo.s` may be a Unix name with an extension: try both.
  const spellings = rest.includes('/') ? [rest] : [rest.replace(/\./g, '/'), rest];
  const here = dirname(from);
  const roots = colon >= 0
    ? variableDirectories(path.slice(0, colon), from, pathVariables)
    : isAbsolute(rest) ? [''] : [here, join(here, '..'), ...includePaths];
  const out: string[] = [];
  for (const root of roots) for (const s of spellings) for (const suffix of SUFFIXES) out.push(root === '' ? `${s}${suffix}` : join(root, `${s}${suffix}`));
  return [...new Set(out)];
}

/** The file `GET <path>` in `from` reads (the first candidate that exists), or undefined for a header the lowering knows natively or a missing file. */
export function findGetFile(
  path: string, from: string, pathVariables: Readonly<Record<string, readonly string[]>>, includePaths: readonly string[],
  read: (path: string) => string | undefined,
): { readonly file: string; readonly text: string } | undefined {
  if (isSystemHeader(path)) return undefined;
  for (const file of includeCandidates(path, from, pathVariables, includePaths)) {
    const text = read(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/**
 * The files a source's GETs read, wherever they stand (inside IF and macros
 * too): what the lowering would read, without lowering.
 */
export function directGets(
  root: Node, from: string, pathVariables: Readonly<Record<string, readonly string[]>>, includePaths: readonly string[],
  read: (path: string) => string | undefined = readFromDisk,
): { readonly file: string; readonly text: string }[] {
  return root.descendantsOfType('include').flatMap((node) => {
    const path = node ? child(node, 'path')?.text : undefined;
    const found = path === undefined ? undefined : findGetFile(path, from, pathVariables, includePaths, read);
    return found ? [found] : [];
  });
}
