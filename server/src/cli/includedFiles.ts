import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisSettings } from '../analysis/settings.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import type { LanguageId } from '../languages/languageId.js';
import { directIncludes } from '../lowering/masm/index.js';
import { directGets } from '../lowering/objasm/index.js';
import type { Parsers } from '../parsing/parsers.js';
import { decodeSource, MAX_SOURCE_BYTES } from '../source/decodeSource.js';
import { reachedFrom } from '../lsp/includers.js';

// A GET or include fragment (RAMCache's s.Handler) uses its includer's
// storage map and equates: analysed on its own its code means something
// else. The CLI finds, before analysing, which of the checked files another
// checked file reads, resolved exactly as the lowerings resolve them; those
// keep their syntax check and have their code analysed in the includer.

export interface Source {
  readonly languageId: LanguageId;
  readonly text: string;
}

export function readSource(file: string): Source | undefined {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_SOURCE_BYTES) return undefined;
    bytes = readFileSync(file);
  } catch {
    // Checking the file will say why it could not be read.
    return undefined;
  }
  return sourceOf(file, bytes);
}

/** The source `bytes`, read from `file`, are, as check reads them; undefined for what check does not analyse as text. */
export function sourceOf(file: string, bytes: Buffer): Source | undefined {
  const detection = detectLanguage(file, bytes);
  if (detection.kind !== 'source') return undefined;
  const decoded = decodeSource(bytes);
  return decoded.ok ? { languageId: detection.languageId, text: decoded.text } : undefined;
}

export async function readsOf(parsers: Parsers, file: string, source: Source, settings: AnalysisSettings): Promise<{ readonly file: string; readonly text: string }[]> {
  if (source.languageId === 'riscos-bbcbasic') return [];
  const tree = await parsers.parse(source.languageId, source.text);
  try {
    return source.languageId === 'vxd-masm' ? directIncludes(tree.rootNode, file, settings) : directGets(tree.rootNode, file, settings);
  } finally {
    tree.delete();
  }
}

/**
 * The absolute paths of those of `files` that another of them includes,
 * directly or through other includes. A file only the files of its own
 * include cycle include (one that includes itself) includes itself by
 * mistake: it is no fragment but a file of its own, whose analysis says so.
 */
export async function includedFiles(parsers: Parsers, files: readonly string[], settings: AnalysisSettings): Promise<Set<string>> {
  const reads = new Map<string, string[]>();
  const queue: { readonly file: string; readonly source: Source }[] = files.flatMap((file) => {
    const source = readSource(file);
    return source ? [{ file, source }] : [];
  });
  const checked = [...new Set(queue.map(({ file }) => resolve(file)))];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const from = resolve(next.file);
    if (reads.has(from)) continue;
    const direct = await readsOf(parsers, next.file, next.source, settings);
    reads.set(from, direct.map((read) => resolve(read.file)));
    // An included file is in the includer's dialect.
    for (const read of direct) queue.push({ file: read.file, source: { languageId: next.source.languageId, text: read.text } });
  }
  const reached = new Map(checked.map((file) => [file, reachedFrom(file, reads)]));
  const reaches = (from: string, to: string): boolean => reached.get(from)?.has(to) === true;
  return new Set(checked.filter((file) => checked.some((other) => reaches(other, file) && !reaches(file, other))));
}

