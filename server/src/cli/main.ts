// Entry point of dist/cli.js: `pagewarden check|lsp|--version|--help`.
import { parseArgs } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { severityOf } from '../analysis/severity.js';
import { startLanguageServer } from '../lsp/languageServer.js';
import { Parsers } from '../parsing/parsers.js';
import { VERSION } from '../version.js';
import { checkFile, type FileResult } from './checkFiles.js';
import { collectFiles, UsageError } from './collectFiles.js';
import { format, FORMATS, type Format } from './formats.js';

const HELP = `PageWarden ${VERSION}: finds paging bugs in VxD (MASM) and RISC OS (ObjAsm, BBC BASIC) sources.

Usage:
  pagewarden check [--format text|json|sarif] PATH...
      Checks files; folders are searched for .asm/.inc, .s, s/ and hdr/ files,
      ,ffd/,fff/,fd1 files, .bas and bas/ files.
  pagewarden lsp --stdio
      Runs the language server on standard input and output.
  pagewarden --version
  pagewarden --help

Exit status: 0 no error-severity finding, 1 at least one, 2 usage or internal error.
`;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' } },
    allowPositionals: true,
  });
  const as = values.format as Format;
  if (!FORMATS.includes(as)) throw new UsageError(`unknown --format ${values.format}; use one of ${FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new UsageError('check needs at least one file or folder');
  const files = collectFiles(positionals);
  const parsers = await Parsers.create();
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(parsers, file));
  process.stdout.write(format(results, as));
  return results.some((r) => r.findings.some((f) => severityOf(f) === 'error')) ? 1 : 0;
}

function lsp(args: string[]): number | undefined {
  const { values } = parseArgs({ args, options: { stdio: { type: 'boolean' } } });
  if (!values.stdio) throw new UsageError('lsp needs --stdio');
  startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  return undefined;
}

async function run(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
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
    case 'lsp':
      return lsp(rest);
    default:
      throw new UsageError(`unknown command ${command}; see pagewarden --help`);
  }
}

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
