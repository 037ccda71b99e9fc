// Entry point of dist/cli.js: `pagewarden check|run|lsp|--version|--help`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findingMessage, type Finding, type Severity } from '../../../emulator/src/index.js';
import { readSettings, resolveSettingsPaths, type AnalysisSettings } from '../analysis/settings.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { severityOf } from '../analysis/severity.js';
import { startLanguageServer } from '../lsp/languageServer.js';
import { Parsers } from '../parsing/parsers.js';
import { VERSION } from '../version.js';
import { checkFile, type FileResult, type UnreadableFile } from './checkFiles.js';
import { checkFilesInParallel, defaultJobs, isCheckWorker } from './checkPool.js';
import { collectFiles, UsageError } from './collectFiles.js';
import { readConfigFile } from './configFile.js';
import { parseJsonText } from '../source/jsonText.js';
import { displayPath } from './displayPath.js';
import { fragmentRoots, reportUnread } from './fragmentRoots.js';
import { readFailure } from './readFailure.js';
import { includedFiles } from './includedFiles.js';
import { format, FORMATS, type Format } from './formats.js';
import { runCommand } from './runCommand.js';

const HELP = `PageWarden ${VERSION}: finds paging bugs in VxD (MASM) and RISC OS (ObjAsm, BBC BASIC) sources.

Usage:
  pagewarden check [options] PATH...
      Checks files; folders are searched for .asm/.inc, .s, s/ and hdr/ files,
      ,ffd/,fff/,fd1 files, .bas and bas/ files (not dotfiles, Makefile,
      ReadMe, Licence or Copying), following symbolic links. A GET or
      include file is analysed through the file at the top of its include
      chain, looked for under the working folder and among the files named.
      --format text|json|sarif   output format (default text)
      --severity error|warning|info
                                 report only findings at least this severe
      --config FILE              JSON settings (comments allowed, as in
                                 settings.json), the keys of the editor's
                                 pagewarden.* settings (includePaths, defines,
                                 windows.version, severity, analysis.*),
                                 nested or dotted; unknown keys and values
                                 a setting does not take are named
      --include-path DIR         search DIR for include/GET files (repeatable)
      --jobs N                   check files in N worker threads (default: up to
                                 2, one per core, at least 4 files each)
  pagewarden run FILE --entry NAME [--scenario FILE|NAME] [--witness JSON] [--format text|json]
      Runs one entry point (VxD procedure, dynamic-area handler, module code)
      concretely in the paging emulator and prints its trace, the page map
      before and after, and the verdict. --scenario names a built-in scenario
      or one in .pagewarden/scenarios/ (by base name), or is a scenario file;
      without it the entry's default scenario runs; a GET or include file
      runs in its includer, found as check finds it. --witness replays a
      finding: the "witness" of its "replay" in check --format json (with
      that "file" and "entry"). Also takes --config and --include-path as
      check does. Exit status 1 when the run found an error.
  pagewarden lsp --stdio
      Runs the language server on standard input and output.
  pagewarden --version
  pagewarden --help

Exit status: 0 no error-severity finding, 1 at least one, 2 usage or internal error
or a file check could not read (named on stderr; the others are still reported).
`;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const THRESHOLDS: Partial<Record<string, number>> = { info: 1, warning: 2, error: 3 };

function loadSettings(configFile: string | undefined, includePaths: readonly string[]): AnalysisSettings {
  let raw: unknown = {};
  if (configFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --config ${configFile}: ${readFailure(error)}`);
    }
    const parsed = parseJsonText(text, true);
    if ('error' in parsed) throw new UsageError(`cannot read --config ${configFile}: ${parsed.error}`);
    raw = parsed.value;
  }
  const config = readConfigFile(raw);
  const problems = [...config.problems];
  // Paths in a config file are relative to the file, on the command line to the working folder.
  const settings = resolveSettingsPaths(readSettings(config.settings, true, problems), configFile === undefined ? process.cwd() : dirname(resolve(configFile)));
  for (const problem of problems) process.stderr.write(`pagewarden: --config ${configFile as string}: ${problem}; ignored\n`);
  // Not fatal, as an include folder missing on one machine may hold nothing a file includes; but every include
  // that would be found there is then PW103, which does not say that the folder was mistyped.
  const unsearched = (where: string, folder: string): void => {
    const why = notAFolder(folder);
    if (why !== undefined) process.stderr.write(`pagewarden: ${where} ${folder}: ${why}; no include is looked for there\n`);
  };
  settings.includePaths.forEach((folder) => unsearched(`--config ${configFile as string}: "includePaths" folder`, folder));
  includePaths.forEach((folder) => unsearched('--include-path', folder));
  return { ...settings, includePaths: [...settings.includePaths, ...includePaths.map((p) => resolve(p))] };
}

/** Why `path` is not a folder to look for includes in; undefined when it is one. */
function notAFolder(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? undefined : 'not a folder';
  } catch (error) {
    return readFailure(error);
  }
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'text' },
      severity: { type: 'string', default: 'info' },
      config: { type: 'string' },
      'include-path': { type: 'string', multiple: true, default: [] },
      jobs: { type: 'string' },
    },
    allowPositionals: true,
  });
  const as = values.format as Format;
  if (!FORMATS.includes(as)) throw new UsageError(`unknown --format ${values.format}; use one of ${FORMATS.join(', ')}`);
  const threshold = THRESHOLDS[values.severity];
  if (threshold === undefined) throw new UsageError(`unknown --severity ${values.severity}; use error, warning or info`);
  if (positionals.length === 0) throw new UsageError('check needs at least one file or folder');
  const settings = loadSettings(values.config, values['include-path']);
  const files = collectFiles(positionals);
  const jobs = values.jobs === undefined ? defaultJobs(files.length) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a whole number of at least 1, not ${values.jobs}`);
  const parsers = await Parsers.create();
  // A file another checked file includes is analysed in that file's context: alone, it only gets its syntax checked.
  const included = await includedFiles(parsers, files, settings);
  // One no checked file includes but another source does is analysed through that source's include chain, as the
  // editor analyses an open fragment: its top (checked once for all the files under it) gives the findings in it.
  const found = await fragmentRoots(parsers, files.filter((file) => !included.has(resolve(file))), settings, process.cwd());
  reportUnread(found);
  const { roots } = found;
  const contexts = [...new Set(roots.values())];
  const settingsFor = (file: string) => (included.has(resolve(file)) || roots.has(resolve(file)) ? { ...settings, analysis: false } : settings);
  const jobsFiles = [...files, ...contexts];
  const checked: (FileResult | UnreadableFile)[] = [];
  if (jobs > 1) checked.push(...(await checkFilesInParallel(jobsFiles, settingsFor, jobs)));
  else for (const file of jobsFiles) checked.push(await checkFile(parsers, file, settingsFor(file)));
  const contextFindings = new Map(contexts.map((root, i) => {
    const result = checked[files.length + i];
    return [root, result && 'findings' in result ? result.findings : []] as const;
  }));
  checked.length = files.length;
  for (const [i, result] of checked.entries()) {
    const root = roots.get(resolve(result.file));
    if (root === undefined || 'unreadable' in result) continue;
    const path = resolve(result.file);
    const inFragment = (contextFindings.get(root) ?? []).filter((f) => f.file !== undefined && resolve(f.file) === path);
    const findings = [...result.findings, ...inFragment].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    checked[i] = { ...result, findings };
  }
  // The files that were read are reported as usual; the run still fails, as a CI run must not pass with a file unchecked.
  const unreadable = checked.filter((result) => 'unreadable' in result);
  for (const { file, unreadable: why } of unreadable) process.stderr.write(`pagewarden: cannot read ${displayPath(file)}: ${why}\n`);
  // A finding inside a GET or include file can come from every file that
  // includes it (and from the file itself): it is reported once.
  const seen = new Set<string>();
  // A file of an include cycle is analysed on its own and read by the others' analyses, which stop at a syntax error in
  // its code where its own reading skips the procedure: that one says what of its code went unanalysed, and why.
  const analysed = new Set(files.filter((file) => settingsFor(file).analysis).map((file) => resolve(file)));
  const unanalysedElsewhere = (f: Finding, file: string): boolean =>
    f.code === 'PW900' && f.file !== undefined && resolve(f.file) !== resolve(file) && analysed.has(resolve(f.file));
  const results: FileResult[] = [];
  for (const result of checked) {
    if ('unreadable' in result) continue;
    const { file, text, findings } = result;
    results.push({
      file,
      text,
      findings: findings.filter((f) => {
        if (unanalysedElsewhere(f, file)) return false;
        const key = `${resolve(f.file ?? file)}|${f.code}|${f.range.start.line}:${f.range.start.character}|${findingMessage(f)}`;
        if (seen.has(key) || RANK[severityOf(f)] < threshold) return false;
        seen.add(key);
        return true;
      }),
    });
  }
  process.stdout.write(format(results, as, { arguments: ['check', ...args], unreadable }));
  if (unreadable.length > 0) return 2;
  return results.some((r) => r.findings.some((f) => severityOf(f) === 'error')) ? 1 : 0;
}

function lsp(args: string[]): number | undefined {
  const { values } = parseArgs({ args, options: { stdio: { type: 'boolean' } } });
  if (!values.stdio) throw new UsageError('lsp needs --stdio');
  startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  return undefined;
}

// `pagewarden check --help` is how most people look for a subcommand's options.
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

async function run(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command !== undefined && ['check', 'run', 'lsp'].includes(command) && asksForHelp(rest)) {
    process.stdout.write(HELP);
    return 0;
  }
  switch (command) {
    case '--version':
    case '-v':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'check':
      return check(rest);
    case 'run':
      return runCommand(rest, loadSettings);
    case 'lsp':
      return lsp(rest);
    default:
      throw new UsageError(`unknown command ${command}; see pagewarden --help`);
  }
}

// A reader that stops early (`pagewarden check src | head`) closes the pipe: the output is not wanted, which is no error.
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

// In a --jobs worker thread this file only serves the jobs checkPool hands it.
if (!isCheckWorker()) {
  process.stdout.on('error', quietOnClosedPipe);
  run(process.argv.slice(2)).then(
    (code) => {
      if (code !== undefined) process.exitCode = code;
    },
    (error: unknown) => {
      // Usage mistakes and internal failures alike get one line, never a stack trace.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`pagewarden: ${error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? '' : 'internal error: '}${message}\n`);
      process.exitCode = 2;
    },
  );
}
