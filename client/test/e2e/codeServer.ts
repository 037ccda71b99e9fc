import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './paths.js';

/**
 * CI clones the repository next to a `shared/` checkout that holds the
 * provisioning wrapper. A git worktree elsewhere finds it beside the main
 * working tree, the parent of the common git folder.
 */
function wrapperCandidates(): string[] {
  const common = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const roots = [repoRoot, ...(common ? [dirname(common)] : [])];
  return [...new Set(roots.map((root) => resolve(root, '../shared/tools/code-server')))];
}

function codeServerWrapper(): string {
  const candidates = wrapperCandidates();
  for (const wrapper of candidates) {
    try {
      accessSync(wrapper, constants.X_OK);
      return wrapper;
    } catch {
      // not this one
    }
  }
  throw new Error(`code-server wrapper not found or not executable at ${candidates.join(' or ')}: the e2e tests need ../shared/tools/code-server beside the repository`);
}

export interface Profile {
  readonly extensionsDir: string;
  readonly userDataDir: string;
}

/** Fresh folders per run, and user settings that keep welcome pages, tips and telemetry off the screen. */
export function createProfile(root: string): Profile {
  const profile = { extensionsDir: join(root, 'extensions'), userDataDir: join(root, 'user-data') };
  mkdirSync(profile.extensionsDir, { recursive: true });
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    // Quick Open must open a real tab each time, not replace a preview.
    'workbench.editor.enablePreview': false,
    // Typed test input must stay as typed: no suggestion may take the Enter key.
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    // The web workbench saves after a delay by default; the tests edit files and revert them.
    'files.autoSave': 'off',
  };
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return profile;
}

function profileArgs(profile: Profile): string[] {
  return ['--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir];
}

/** Runs the wrapper to completion; the first call may provision code-server, which takes minutes. */
export function runCodeServer(profile: Profile, args: readonly string[]): string {
  const result = spawnSync(codeServerWrapper(), [...args, ...profileArgs(profile)], { encoding: 'utf8', timeout: 20 * 60_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('could not get a free port');
  return address.port;
}

export interface RunningCodeServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the server on a free loopback port and resolves once it answers; its output goes to `logFile`. */
export async function startCodeServer(profile: Profile, folder: string, logFile: string): Promise<RunningCodeServer> {
  const port = await freePort();
  const log = createWriteStream(logFile);
  // Its own process group, so stop() also ends the extension host and the language server it started.
  const child = spawn(codeServerWrapper(), [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...profileArgs(profile), folder,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = { url: `http://127.0.0.1:${port}/`, stop: () => stopGroup(child, exited) };
  try {
    await waitForHealth(running.url, child, logFile);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it answered; see ${logFile}`);
    }
    try {
      if ((await fetch(new URL('healthz', url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer on ${url} within 2 minutes; see ${logFile}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  // Whether or not the leader took the hint, children of the group (extension host, language server) may outlive it.
  signalGroup('SIGKILL');
}
