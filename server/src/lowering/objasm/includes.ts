import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

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
