import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots and logs stay after the run so a CI failure can be read without rerunning it; one folder per suite, as the suites run in parallel. */
export function artifactsDir(suite: string): string {
  return join(repoRoot, 'test-results', 'e2e', suite);
}

interface Manifest {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  readonly contributes: { readonly languages: readonly { readonly id: string; readonly aliases: readonly string[] }[] };
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
}

/** The name VS Code shows in the status bar: the first alias of the contributed language. */
export function languageLabel(id: string): string {
  const language = readManifest().contributes.languages.find((l) => l.id === id);
  const label = language?.aliases[0];
  if (label === undefined) throw new Error(`package.json contributes no language "${id}" with an alias`);
  return label;
}

/** The 1-based line of the first line matching `pattern`: tests find their lines in the samples rather than hard-coding numbers. */
export function lineOf(file: string, pattern: RegExp): number {
  const index = readFileSync(file, 'utf8').split(/\r?\n/).findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`no line of ${file} matches ${pattern}`);
  return index + 1;
}
