import { detectByContent, nameSaysNotSource } from '../../server/src/languages/detectLanguage.js';
import { isLanguageId } from '../../server/src/languages/languageId.js';

// The language a document should have, by the server's rules, where VS
// Code's differ: VS Code picks one from the file name and first line only,
// and a manifest pattern (`**/s/[!.]*`) wins over another extension's
// language, while a glob cannot leave out the names with an extension.

/** A language an installed extension contributes, as its manifest names its files. */
export interface ContributedLanguage {
  readonly id: string;
  readonly extensions?: readonly string[];
  readonly filenames?: readonly string[];
}

/**
 * The language to give a document VS Code opened as `current`, or undefined
 * to leave it. RISC OS sources often have neither an extension nor a
 * telling first line, so a plain-text document, or one opened as the wrong
 * one of our dialects, takes the dialect its content shows. A document of ours whose
 * name says it is another kind of file (`s/ReadMe.md`, `s/Build,fe1`) got
 * its dialect from its folder's pattern: it takes the language its name
 * has among the others' (`contributed`), as if our pattern had not matched,
 * else plain text, which its content does not retag.
 */
export function retagLanguage(path: string, current: string, text: string, contributed: () => readonly ContributedLanguage[]): string | undefined {
  if (nameSaysNotSource(path)) return isLanguageId(current) ? languageOfName(path, contributed()) : undefined;
  if (current !== 'plaintext' && !isLanguageId(current)) return undefined;
  const detected = detectByContent(text);
  return detected !== undefined && detected !== current ? detected : undefined;
}

/** VS Code's choice by name, our dialects left out: a whole file name first, then the longest extension it ends with. */
function languageOfName(path: string, contributed: readonly ContributedLanguage[]): string {
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  let best: { readonly id: string; readonly length: number } | undefined;
  for (const { id, extensions = [], filenames = [] } of contributed) {
    if (isLanguageId(id)) continue;
    if (filenames.some((f) => f.toLowerCase() === name)) return id;
    for (const extension of extensions) {
      const length = extension.length;
      if (name.endsWith(extension.toLowerCase()) && length > (best?.length ?? 0)) best = { id, length };
    }
  }
  return best?.id ?? 'plaintext';
}
