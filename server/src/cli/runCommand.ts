import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisSettings } from '../analysis/settings.js';
import { severityOf } from '../analysis/severity.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { detokeniseBasic } from '../languages/detokeniseBasic.js';
import { Parsers } from '../parsing/parsers.js';
import { RunError } from '../run/runError.js';
import { runHandler, type RunDocument } from '../run/runHandler.js';
import { decodeSource, MAX_SOURCE_BYTES, tooLargeReason } from '../source/decodeSource.js';
import type { RunHandlerResult } from '../run/protocol.js';
import { UsageError } from './collectFiles.js';
import { displayPath } from './displayPath.js';
import { fragmentRoots, reportUnread } from './fragmentRoots.js';
import { readFailure } from './readFailure.js';
import { formatRunText } from './runFormat.js';

// `pagewarden run FILE --entry NAME [--scenario FILE|NAME] [--witness JSON] [--format text|json]`:
// the runHandler request from the command line, printing the same result.

function readDocument(file: string, settings: AnalysisSettings): RunDocument {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no file ${file}`);
  const size = statSync(file).size;
  if (size > MAX_SOURCE_BYTES) throw new UsageError(`${file}: ${tooLargeReason(size)}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // Said as check says it: the file is named, with the system's reason.
    throw new UsageError(`cannot read ${displayPath(file)}: ${readFailure(error)}`);
  }
  const detection = detectLanguage(file, bytes);
  if (detection.kind === 'tokenised-basic') {
    const listing = detokeniseBasic(bytes);
    if (!listing.ok) throw new UsageError(`${file}: tokenised BBC BASIC that could not be read: ${listing.reason}`);
    // A detokenised listing is the program's bytes, a character each, as check reads it.
    return { languageId: 'riscos-bbcbasic', text: listing.text, file, settings, latin1: true };
  }
  if (detection.kind === 'unknown') throw new UsageError(`${file} is not recognised as VxD MASM, ObjAsm or BBC BASIC source`);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.reason}`);
  return { languageId: detection.languageId, text: decoded.text, file, settings, ...(decoded.latin1 ? { latin1: true } : {}) };
}

/** `--witness '{"esi": "0x5", "_PageLock.eax#0": "0x0"}'`, the `witness` of a finding's `replay` in `check --format json`. */
function readWitnessOption(text: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('--witness takes a JSON object of input names and hex values, as check --format json prints it');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw new UsageError('--witness takes a JSON object of input names and hex values, as check --format json prints it');
  }
  return value as Record<string, string>;
}

/** The result with the files of its steps and findings as check prints them: relative inside the working folder. */
function withDisplayPaths(result: RunHandlerResult): RunHandlerResult {
  const shown = <T extends { readonly file?: string }>(item: T): T => (item.file === undefined ? item : { ...item, file: displayPath(item.file) });
  return { ...result, steps: result.steps.map(shown), verdict: { ...result.verdict, findings: result.verdict.findings.map(shown) } };
}

export async function runCommand(args: string[], loadSettings: (config: string | undefined, includePaths: readonly string[]) => AnalysisSettings): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      entry: { type: 'string' },
      scenario: { type: 'string' },
      witness: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'include-path': { type: 'string', multiple: true, default: [] },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('run needs exactly one FILE');
  if (values.entry === undefined) throw new UsageError('run needs --entry NAME');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}; use text or json`);
  const witness = values.witness === undefined ? undefined : readWitnessOption(values.witness);
  const [named] = positionals as [string];
  const settings = loadSettings(values.config, values['include-path']);
  readDocument(named, settings);
  const parsers = await Parsers.create();
  // A GET or include fragment runs in the file at the top of its include chain, the program check analyses it in.
  const found = await fragmentRoots(parsers, [named], settings, process.cwd());
  reportUnread(found);
  const root = found.roots.get(resolve(named));
  const file = root === undefined ? named : displayPath(root);
  const document = readDocument(file, settings);
  const scenario = values.scenario;
  try {
    const { result, findings } = await runHandler(parsers, document, {
      entry: values.entry,
      ...(witness === undefined ? {} : { witness }),
      ...(scenario === undefined ? {} : { scenario: existsSync(scenario) && statSync(scenario).isFile() ? { by: 'file', path: scenario } : { by: 'name', name: scenario } }),
    });
    const shown = withDisplayPaths(result);
    process.stdout.write(values.format === 'json' ? `${JSON.stringify(shown)}\n` : formatRunText(shown, file));
    return findings.some((f) => severityOf(f) === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof RunError) throw new UsageError(error.message);
    throw error;
  }
}
