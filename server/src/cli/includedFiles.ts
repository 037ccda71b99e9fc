import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisSettings } from '../analysis/settings.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import type { LanguageId } from '../languages/languageId.js';
import { directIncludes } from '../lowering/masm/index.js';
import { directGets } from '../lowering/objasm/index.js';
import type { Parsers } from '../parsing/parsers.js';
import { decodeSource, MAX_SOURCE_BYTES } from '../source/decodeSource.js';

// A GET or include fragment (RAMCache's s.Handler) uses its includer's
// storage map and equates: analysed on its own its code means something
// else. The CLI finds, before analysing, which of the checked files another
// checked file reads, resolved exactly as the lowerings resolve them; those
// keep their syntax check and have their code analysed in the includer.

interface Source {
  readonly languageId: LanguageId;
  readonly text: string;
}

function readSource(file: string): Source | undefined {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_SOURCE_BYTES) return undefined;
    bytes = readFileSync(file);
  } catch {
    // Checking the file will say why it could not be read.
    return undefined;
  }
  const detection = detectLanguage(file, bytes);
  if (detection.kind !== 'source') return undefined;
  const decoded = decodeSource(bytes);
  return decoded.ok ? { languageId: detection.languageId, text: decoded.text } : undefined;
}

async function readsOf(parsers: Parsers, file: string, source: Source, settings: AnalysisSettings): Promise<{ readonly file: string; readonly text: string }[]> {
  if (source.languageId === 'riscos-bbcbasic') return [];
  const tree = await parsers.parse(source.languageId, source.text);
  try {
    return source.languageId === 'vxd-masm' ? directIncludes(tree.rootNode, file, settings) : directGets(tree.rootNode, file, settings);
  } finally {
    tree.delete();
  }
}

/** The absolute paths of the files that `files` include, directly or through other includes. */
export async function includedFiles(parsers: Parsers, files: readonly string[], settings: AnalysisSettings): Promise<Set<string>> {
  const included = new Set<string>();
  const queue: { readonly file: string; readonly source: Source }[] = files.flatMap((file) => {
    const source = readSource(file);
    return source ? [{ file, source }] : [];
  });
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const read of await readsOf(parsers, next.file, next.source, settings)) {
      const path = resolve(read.file);
      if (included.has(path)) continue;
      included.add(path);
      // An included file is in the includer's dialect.
      queue.push({ file: read.file, source: { languageId: next.source.languageId, text: read.text } });
    }
  }
  return included;
}
