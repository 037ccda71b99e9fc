import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// What `npm run package` puts into the .vsix, as vsce itself lists it: what
// the extension runs and links to, and nothing else.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the .vsix holds the bundles, the wasm, syntaxes, schema, check pages and docs, and no sources', () => {
  const listed = execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter(Boolean);
  for (const needed of [
    'dist/extension.js', 'dist/server.js', 'dist/analysisWorker.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-vxd_masm.wasm', 'dist/tree-sitter-riscos_objasm.wasm',
    'dist/tree-sitter-riscos_bbcbasic.wasm', 'syntaxes/vxd-masm.tmLanguage.json', 'syntaxes/riscos-objasm.language-configuration.json',
    'client/schemas/scenario.schema.json', 'docs/checks/PW220.md', 'client/assets/icon.png', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json',
  ]) {
    assert.ok(listed.includes(needed), `${needed} missing from the package`);
  }
  const unexpected = listed.filter((f) => !/^(dist\/(extension|server|analysisWorker)\.js|dist\/[\w-]+\.wasm|syntaxes\/[\w.-]+\.json|client\/schemas\/[\w.-]+\.json|docs\/checks\/PW\d{3}\.md|client\/assets\/icon\.png|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/.test(f));
  assert.deepEqual(unexpected, []);
});
