import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The wasm files sit next to the bundle in dist/ once built, and in the
// source tree (grammars/*/, node_modules/web-tree-sitter/) while testing from
// source. Looking next to the running code first keeps one code path for both.

const here = dirname(fileURLToPath(import.meta.url));

export interface WasmLocations {
  readonly runtime: string;
  grammar(dir: string, file: string): string;
}

export function locateWasm(): WasmLocations {
  if (existsSync(join(here, 'tree-sitter.wasm'))) {
    return { runtime: join(here, 'tree-sitter.wasm'), grammar: (_dir, file) => join(here, file) };
  }
  const root = resolve(here, '..', '..', '..');
  return {
    runtime: join(root, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'),
    grammar: (dir, file) => join(root, 'grammars', dir, file),
  };
}
