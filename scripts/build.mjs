#!/usr/bin/env node
// Bundles the extension, the language server (with its analysis worker) and
// the CLI with esbuild into dist/, and copies the wasm they load at run time
// next to them.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

// The sources are ES modules; the bundles are CommonJS because VS Code 1.9x
// loads extensions with require(). import.meta.url is rebuilt from __filename.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // A package's ES module build first: jsonc-parser's UMD build requires its
  // parts through a function parameter, which a bundler cannot follow.
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'extension.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/main.ts')], outfile: join(dist, 'server.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/analysis/worker/analysisWorker.ts')], outfile: join(dist, 'analysisWorker.js') }),
  build({
    ...common,
    entryPoints: [join(root, 'server/src/cli/main.ts')],
    outfile: join(dist, 'cli.js'),
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
]);
chmodSync(join(dist, 'cli.js'), 0o755);

copyFileSync(join(root, 'node_modules/web-tree-sitter/tree-sitter.wasm'), join(dist, 'tree-sitter.wasm'));
for (const grammar of readdirSync(join(root, 'grammars'), { withFileTypes: true })) {
  if (!grammar.isDirectory()) continue;
  for (const file of readdirSync(join(root, 'grammars', grammar.name))) {
    if (file.endsWith('.wasm')) copyFileSync(join(root, 'grammars', grammar.name, file), join(dist, file));
  }
}
