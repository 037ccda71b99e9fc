import { Parser, type Tree } from 'web-tree-sitter';
import { expr, type Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import { readFromDisk, type ReadFile } from '../lowering/includeResolution.js';
import type { SyntaxNode } from '../lowering/syntaxNode.js';
import { NestingTooDeep, SyntaxTrees } from '../lowering/syntaxTrees.js';
import type { TreeChanges } from '../parsing/documentTrees.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText } from '../source/decodeSource.js';
import type { AnalysisContext, EntryShare } from './analysisContext.js';
import { analyseBbcBasic } from './analyseBbcBasic.js';
import { analyseObjAsm, objAsmNotesAhead } from './analyseObjAsm.js';
import { analyseVxd } from './analyseVxd.js';
import type { EntryCache } from './entryCache.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './settings.js';
import { RunFindings, type FindingsSink } from './runFindings.js';
import { commentsOfNodes, commentsOfTree, type CommentAt } from './suppressionComments.js';
import { readSuppressions, SuppressionsByFile } from './suppressions.js';
import { syntaxFindings } from './syntaxFindings.js';
import { UnsuppressedFindings } from './unsuppressedFindings.js';
import { unknownNameFindings } from './unknownNames.js';
import type { RegisterCollector } from './registerCollector.js';
import { LoweringCancelled } from '../lowering/cancellation.js';

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
  readonly interrupts?: AnalysisContext['interrupts'];
  readonly waiting?: () => boolean;
  readonly cache?: EntryCache;
  readonly syntaxTrees?: SyntaxTrees;
  /** How the tree differs from the one it was re-parsed from, which `syntaxTrees` may have copied last. */
  readonly treeChanges?: TreeChanges;
  readonly registers?: RegisterCollector;
  readonly readFile?: ReadFile;
  readonly latin1?: boolean;
  readonly share?: EntryShare;
}

type DialectAnalysis = (context: AnalysisContext) => Promise<void>;

const ANALYSES: Partial<Record<LanguageId, DialectAnalysis>> = {
  'vxd-masm': analyseVxd,
  'riscos-objasm': analyseObjAsm,
  'riscos-bbcbasic': analyseBbcBasic,
};

/** Findings a dialect's analysis will make that the parsed tree already shows, which a first run sends before the plain copy of the tree. */
const AHEAD: Partial<Record<LanguageId, (tree: Tree, request: SourceRequest & { readonly settings: AnalysisSettings }) => Finding[]>> = {
  'riscos-objasm': objAsmNotesAhead,
};

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
  const found = new RunFindings();
  await reportFindings(tree, request, found);
  return found.settled(request.file, request.settings ?? DEFAULT_SETTINGS);
}

/**
 * The findings of `analyseTree`, reported to `sink` as they are made, less
 * what the suppression comments of the file each lies in silence, before
 * severities (`RunFindings` applies those). A cancelled run stops reporting
 * between entry points.
 */
export async function reportFindings(tree: Tree, request: SourceRequest, reported: FindingsSink): Promise<void> {
  // The lowering reads the same plain copy of the tree.
  const syntaxTrees = request.syntaxTrees ?? new SyntaxTrees();
  // An included file's comments are those of the plain copy its lowering parsed, taken only where a finding lies in the file and its text mentions a suppression.
  let parser: Parser | undefined;
  const includedComments = (text: string): CommentAt => {
    let comments: CommentAt | undefined;
    return (index) => {
      if (!parser) {
        parser = new Parser();
        parser.setLanguage(tree.language);
      }
      comments ??= commentsOfNodes(syntaxTrees.parsed(parser, text));
      return comments(index);
    };
  };
  const own = readSuppressions(request.text, commentsOfTree(tree));
  const sink = new UnsuppressedFindings(reported, new SuppressionsByFile(request.file, own, request.readFile ?? readFromDisk, includedComments));
  try {
    sink.suppressions({ misnamed: own.misnamed, unexplained: own.unexplained });
    await reportAnalysis(tree, request, syntaxTrees, sink);
  } finally {
    parser?.delete();
  }
}

async function reportAnalysis(tree: Tree, request: SourceRequest, syntaxTrees: SyntaxTrees, sink: FindingsSink): Promise<void> {
  const settings = request.settings ?? DEFAULT_SETTINGS;
  sink.program(syntaxFindings(tree, request.languageId));
  sink.certain();
  const analyse = ANALYSES[request.languageId];
  const ahead = settings.analysis && sink.early ? AHEAD[request.languageId] : undefined;
  if (ahead) {
    sink.program(ahead(tree, { ...request, settings }));
    sink.certain();
  }
  let document: SyntaxNode;
  try {
    document = syntaxTrees.document(tree, request.text, request.treeChanges);
  } catch (error) {
    if (!(error instanceof NestingTooDeep)) throw error;
    const at = { line: error.row, character: error.column };
    sink.program([{ code: 'PW900', message: `Not analysed: the syntax here ${error.message}`, range: { start: at, end: at }, notes: [] }]);
    return;
  }
  sink.program(unknownNameFindings(request.languageId, document));
  if (!settings.analysis || !analyse) return;
  const context: AnalysisContext = {
    tree, text: request.text, file: request.file, settings, cancelled: request.cancelled ?? (() => false), interrupts: request.interrupts ?? (() => false), waiting: request.waiting ?? (() => false),
    cache: request.cache, findings: sink, syntaxTrees,
    ...(request.share ? { share: request.share } : {}),
    ...(request.registers ? { registers: request.registers } : {}),
    ...(request.readFile ? { readFile: request.readFile } : {}),
    ...(request.latin1 ? { latin1: true } : {}),
  };
  try {
    // The lowering and the keys take a large file a second before the entries' loop first asks: a job superseded
    // while the tree was copied stops here.
    if (context.cancelled()) return;
    await analyse(context);
  } catch (error) {
    // A job superseded while it lowered stops as one superseded before: nobody reads what it found.
    if (error instanceof LoweringCancelled) return;
    // A bug in the analysis must cost the user that file's analysis, not the session.
    sink.program([fileNote(error instanceof NestingTooDeep
      ? `a text it includes or expands ${error.message}`
      : `the analysis failed (${error instanceof Error ? error.message : String(error)}); please report this`)]);
  } finally {
    expr.releaseRecentNodes();
  }
}
