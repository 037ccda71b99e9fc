import { spawnSync } from 'node:child_process';
import { distFile } from './paths.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
