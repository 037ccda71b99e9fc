import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Paths inside the working folder are printed relative to it, with forward slashes, as CI annotations expect. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  const path = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(file) : rel;
  return path.split(sep).join('/');
}

/**
 * The URI of a file for a report: relative to the working folder when it is
 * inside it (`#` and `?` are legal in file names but not in a URI path), a
 * file URL otherwise.
 */
export function displayUri(file: string): { readonly uri: string; readonly relative: boolean } {
  const path = displayPath(file);
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href, relative: false };
  return { uri: encodeURI(path).replace(/[#?]/g, (c) => encodeURIComponent(c)), relative: true };
}

/** The working folder as a URL that relative URIs resolve against (it ends in a slash). */
export function workingFolderUri(): string {
  const href = pathToFileURL(process.cwd()).href;
  return href.endsWith('/') ? href : `${href}/`;
}
