#!/usr/bin/env node
// Regenerates each grammar's parser.c with the tree-sitter CLI and rebuilds its
// .wasm with emscripten. Both outputs are committed, so CI can prove them fresh
// by running this and checking `git diff --exit-code`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const grammarsDir = join(root, 'grammars');

function findTreeSitter() {
  const shared = resolve(root, '..', 'shared', 'tools', 'tree-sitter');
  if (existsSync(shared)) return shared;
  try {
    execFileSync('tree-sitter', ['--version'], { stdio: 'ignore' });
    return 'tree-sitter';
  } catch {
    return undefined;
  }
}

function hasEmcc() {
  try {
    execFileSync('emcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const treeSitter = findTreeSitter();
if (!treeSitter || !hasEmcc()) {
  console.error('build-grammars: needs the tree-sitter CLI (../shared/tools/tree-sitter or on PATH) and emcc (apt-get install -y emscripten)');
  process.exit(2);
}

const wanted = process.argv.slice(2);
const dirs = readdirSync(grammarsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(grammarsDir, d.name, 'grammar.js')))
  .map((d) => d.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name));

for (const dir of dirs) {
  const cwd = join(grammarsDir, dir);
  console.log(`grammar ${dir}: generate`);
  execFileSync(treeSitter, ['generate', '--no-bindings'], { cwd, stdio: 'inherit' });
  const name = JSON.parse(
    execFileSync('node', ['-e', 'process.stdout.write(JSON.stringify(require("./src/grammar.json").name))'], { cwd }).toString(),
  );
  const sources = ['src/parser.c'];
  if (existsSync(join(cwd, 'src', 'scanner.c'))) sources.push('src/scanner.c');
  // Hidden visibility keeps each scanner's functions internal to its module;
  // without it two grammars with external scanners clash in one process.
  console.log(`grammar ${dir}: emcc -> tree-sitter-${name}.wasm`);
  execFileSync(
    'emcc',
    [
      '-o', `tree-sitter-${name}.wasm`, '-Os', '-fno-exceptions', '-fvisibility=hidden', '-s', 'WASM=1', '-s', 'SIDE_MODULE=2',
      '-s', `EXPORTED_FUNCTIONS=["_tree_sitter_${name}"]`, '-I', 'src', ...sources,
    ],
    { cwd, stdio: 'inherit' },
  );
}
