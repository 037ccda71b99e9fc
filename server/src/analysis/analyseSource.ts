import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { ReadFile } from '../lowering/includeResolution.js';
import type { SyntaxTrees } from '../lowering/syntaxTrees.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText } from '../source/decodeSource.js';
import type { AnalysisContext } from './analysisContext.js';
import { analyseBbcBasic } from './analyseBbcBasic.js';
import { analyseObjAsm } from './analyseObjAsm.js';
import { analyseVxd } from './analyseVxd.js';
import type { EntryCache } from './entryCache.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './settings.js';
import { isSuppressed, readSuppressions } from './suppressions.js';
import { syntaxFindings } from './syntaxFindings.js';
import { unknownNameFindings } from './unknownNames.js';
import type { RegisterCollector } from './registerCollector.js';

const START = { line: 0, character: 0 };

/** A note on the first line of a file that could not be analysed at all. */
export function fileNote(reason: string): Finding {
  return { code: 'PW900', message: `Not analysed: ${reason}`, range: { start: START, end: START }, notes: [] };
}

export interface SourceRequest {
  readonly languageId: LanguageId;
  readonly text: string;
  readonly file: string;
  readonly settings?: AnalysisSettings;
  readonly cancelled?: () => boolean;
  readonly cache?: EntryCache;
  readonly syntaxTrees?: SyntaxTrees;
  readonly registers?: RegisterCollector;
  readonly readFile?: ReadFile;
}

type DialectAnalysis = (context: AnalysisContext) => Promise<Finding[]>;

const ANALYSES: Partial<Record<LanguageId, DialectAnalysis>> = {
  'vxd-masm': analyseVxd,
  'riscos-objasm': analyseObjAsm,
  'riscos-bbcbasic': analyseBbcBasic,
};

function key(f: Finding): string {
  return `${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}|${f.message}`;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}

/**
 * Everything PageWarden has to say about one source text: syntax errors, then
 * (where allowed) what the emulator proves about each procedure, less what the
 * source suppresses, at the severities the settings ask for.
 */
export async function analyseSource(parsers: Parsers, request: SourceRequest): Promise<Finding[]> {
  const refusal = checkSourceText(request.text);
  if (refusal) return [fileNote(refusal)];
  const tree = await parsers.parse(request.languageId, request.text);
  try {
    return await analyseTree(tree, request);
  } finally {
    tree.delete();
  }
}

/** `analyseSource` of a text already parsed (and checked to be source text); the tree stays the caller's. */
export async function analyseTree(tree: Tree, request: SourceRequest): Promise<Finding[]> {
  const settings = request.settings ?? DEFAULT_SETTINGS;
  const findings = [...syntaxFindings(tree), ...unknownNameFindings(request.languageId, tree)];
  const analyse = ANALYSES[request.languageId];
  if (settings.analysis && analyse) {
    const context: AnalysisContext = {
      tree, text: request.text, file: request.file, settings, cancelled: request.cancelled ?? (() => false), cache: request.cache,
      ...(request.syntaxTrees ? { syntaxTrees: request.syntaxTrees } : {}),
      ...(request.registers ? { registers: request.registers } : {}),
      ...(request.readFile ? { readFile: request.readFile } : {}),
    };
    try {
      findings.push(...(await analyse(context)));
    } catch (error) {
      // A bug in the analysis must cost the user that file's analysis, not the session.
      findings.push(fileNote(`the analysis failed (${error instanceof Error ? error.message : String(error)}); please report this`));
    }
  }
  const suppressions = readSuppressions(request.text);
  const unique = new Map<string, Finding>();
  for (const finding of findings) {
    if (!isSuppressed(finding, suppressions)) unique.set(key(finding), finding);
  }
  return [...unique.values(), ...suppressions.unexplained]
    .flatMap((finding) => {
      const setting = settings.severity[finding.code];
      if (setting === 'off') return [];
      return setting ? [{ ...finding, severity: setting }] : [finding];
    })
    .sort(byPosition);
}
