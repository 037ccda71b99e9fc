import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

// Loads the committed .wasm of every grammar through web-tree-sitter, the
// same runtime the server uses, so these tests prove what ships.

export const grammarsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Grammar {
  readonly dir: string;
  readonly path: string;
  readonly wasm: string;
}

export function listGrammars(): Grammar[] {
  return readdirSync(grammarsRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ dir: d.name, path: join(grammarsRoot, d.name) }))
    .flatMap(({ dir, path }) => {
      const wasm = readdirSync(path).find((f) => /^tree-sitter-.*\.wasm$/.test(f));
      return wasm ? [{ dir, path, wasm: join(path, wasm) }] : [];
    });
}

let initialised: Promise<void> | undefined;

export async function loadParser(grammar: Grammar): Promise<{ parser: Parser; language: Language }> {
  initialised ??= Parser.init({ locateFile: () => resolve(grammarsRoot, '..', 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm') });
  await initialised;
  const language = await Language.load(grammar.wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return { parser, language };
}

export function filesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  // Dotfiles (.gitattributes) are repository plumbing, not sources.
  return readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.')).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesIn(path) : [path];
  }).sort();
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
