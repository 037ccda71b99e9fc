import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFile, repoRoot } from './paths.js';
import { tempDir } from './tempDir.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One finding of `pagewarden check --format json`, the fields the corpus tests compare. */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** The findings of `pagewarden check --format json ARGS`, run without blocking, so that several checks share the cores. */
export function checkJson(args: readonly string[]): Promise<readonly JsonFinding[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distFile('cli.js'), 'check', '--format', 'json', ...args], { cwd: repoRoot });
    let out = '', err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(out) as { findings: JsonFinding[] }).findings);
      } catch {
        reject(new Error(`pagewarden check ${args.join(' ')} printed no JSON: ${err}`));
      }
    });
  });
}

/**
 * Writes each variant of a VxD source to a file of its own in a fresh
 * folder and checks the folder in one CLI run. The function returned gives
 * a variant's findings as `line code`, or `line code message`.
 */
export function checkVariants(variants: Readonly<Record<string, string>>): (variant: string, withMessage?: boolean) => Promise<string[]> {
  const root = tempDir('pw-variants-');
  for (const [name, text] of Object.entries(variants)) writeFileSync(join(root, `${name}.asm`), text);
  const run = checkJson([root]);
  // Awaited by the tests; this keeps an early failure from being an unhandled rejection meanwhile.
  run.catch(() => undefined);
  return async (variant, withMessage = false) => (await run)
    .filter((f) => f.file.endsWith(`/${variant}.asm`)).map((f) => `${f.line} ${f.code}${withMessage ? ` ${f.message}` : ''}`);
}
