// The language server in Neovim: headless nvim attaches `pagewarden lsp
// --stdio` to the broken VxD sample and reports what was published.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, repoRoot } from './paths.js';
import { brokenVxd, brokenVxdLine, copySamples } from './samples.js';

const script = join(dirname(fileURLToPath(import.meta.url)), 'neovim', 'diagnostics.lua');
const cli = join(repoRoot, 'dist', 'cli.js');
const artifacts = artifactsDir('neovim');

interface LspDiagnostic {
  readonly range: { readonly start: { readonly line: number } };
  readonly severity?: number;
  readonly code?: string | number;
  readonly source?: string;
  readonly message: string;
}

interface Report {
  readonly error?: string;
  readonly filetype?: string;
  readonly published?: LspDiagnostic[] | null;
  readonly exited?: { readonly code: number; readonly signal: number } | null;
  readonly neovim?: { readonly lnum: number; readonly severity: number }[];
}

/** `vim.lsp.start_client` and `vim.diagnostic` need 0.7; fail with the fix rather than a Lua error. */
function checkNeovim(): void {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (result.error) throw new Error(`Neovim (nvim) is not installed or not on PATH: apt-get install -y neovim (${result.error.message})`);
  const version = /^NVIM v(\d+)\.(\d+)/.exec(result.stdout);
  if (!version) throw new Error(`cannot read the Neovim version from: ${result.stdout}`);
  const [major, minor] = [Number(version[1]), Number(version[2])];
  if (major === 0 && minor < 7) throw new Error(`Neovim ${major}.${minor} is too old: the test needs 0.7 or later`);
}

describe('PageWarden in Neovim', { timeout: 5 * 60_000 }, () => {
  let root: string | undefined;

  before(() => {
    checkNeovim();
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm run test:e2e\` does)`);
    root = mkdtempSync(join(tmpdir(), 'pagewarden-nvim-'));
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
  });

  after(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it(`publishes PW100 on line ${brokenVxdLine} of ${brokenVxd.path}`, () => {
    const workspace = join(root as string, 'workspace');
    copySamples(workspace, [brokenVxd]);
    // Kept as an artifact: what Neovim received explains a failure.
    const out = join(artifacts, 'diagnostics.json');
    const nvim = spawnSync('nvim', ['--headless', '--clean', brokenVxd.path, '-c', `source ${script}`], {
      cwd: workspace,
      env: { ...process.env, PW_OUT: out, PW_CLI: cli, PW_TIMEOUT_MS: '60000' },
      encoding: 'utf8',
      // A bound on a hung nvim, well above the script's own wait.
      timeout: 3 * 60_000,
      killSignal: 'SIGKILL',
    });
    assert.equal(nvim.error, undefined, `nvim did not finish: ${String(nvim.error)}\n${nvim.stderr}`);
    assert.ok(existsSync(out), `nvim wrote no report (exit ${nvim.status}):\n${nvim.stdout}\n${nvim.stderr}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    assert.equal(report.error, undefined, `the Lua script failed: ${report.error}`);
    assert.equal(report.exited, null, `the language server exited before it published diagnostics: ${JSON.stringify(report.exited)} (its stderr is in Neovim's lsp.log)`);
    assert.ok(report.published, 'no diagnostics were published for the buffer within 60 s');

    const line = brokenVxdLine - 1;
    const pw100 = report.published.filter((d) => d.code === 'PW100');
    assert.deepEqual(pw100.map((d) => ({ line: d.range.start.line, severity: d.severity, source: d.source })),
      [{ line, severity: 1, source: 'pagewarden' }], `published: ${JSON.stringify(report.published)}`);
    assert.ok(report.neovim?.some((d) => d.lnum === line && d.severity === 1), `Neovim shows: ${JSON.stringify(report.neovim)}`);
  });
});
