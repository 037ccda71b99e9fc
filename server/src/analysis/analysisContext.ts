import type { Tree } from 'web-tree-sitter';
import type { ReadFile } from '../lowering/includeResolution.js';
import type { SyntaxTrees } from '../lowering/syntaxTrees.js';
import type { EntryCache } from './entryCache.js';
import type { LineRange } from './lineRanges.js';
import type { RegisterCollector } from './registerCollector.js';
import type { FindingsSink } from './runFindings.js';
import type { AnalysisSettings } from './settings.js';

/**
 * The part of a document's entry points one of several analysis workers
 * runs: share `index` of `count`, by the entry's key (by its place when it
 * has none), so that an entry whose key is unchanged goes to the worker
 * that kept its result.
 */
export interface EntryShare {
  readonly index: number;
  readonly count: number;
}

/** What every dialect's analysis gets: the parsed text and how to analyse it. */
export interface AnalysisContext {
  readonly tree: Tree;
  readonly text: string;
  /** The file's path (the CLI) or file-system path of the document (the server). */
  readonly file: string;
  readonly settings: AnalysisSettings;
  /**
   * True once newer text has made this run pointless; checked before the lowering, inside it (cancellation.ts), after a VxD
   * lowering, before each entry's key and before each entry's run.
   */
  readonly cancelled: () => boolean;
  /**
   * True once newer text has made this run pointless by an edit that touched any of these lines of this text (or
   * could have): asked at every instruction of an entry point's run, with the lines of the entry's code. An edit
   * elsewhere lets the run finish, and the next run reuse its result, as the entry's key is unchanged.
   */
  readonly interrupts: (lines: readonly LineRange[]) => boolean;
  /**
   * True while another request waits for this thread (the analysis worker's): a run that records register values
   * after its findings gives way to it at once, in the middle of an entry point's run, which it then begins again.
   */
  readonly waiting: () => boolean;
  /** The entry points to analyse, when several workers share them; absent, all. */
  readonly share?: EntryShare;
  /** Where the findings go as they are made. */
  readonly findings: FindingsSink;
  /** The document's findings per entry point from earlier runs (the language server); absent, every entry is analysed. */
  readonly cache?: EntryCache;
  /** The document's syntax trees as its previous run's lowering left them (the language server); absent, the tree is copied whole. */
  readonly syntaxTrees?: SyntaxTrees;
  /** Collects the register values each entry's run knew per line (the language server's hover). */
  readonly registers?: RegisterCollector;
  /** Where included files are read (the language server gives the editor's text of open ones); absent, from disk. */
  readonly readFile?: ReadFile;
  /** The file was read as Latin-1 (`decodeSource`); absent, it is Unicode (an editor's document, a UTF-8 or UTF-16 file): how its strings assemble. */
  readonly latin1?: boolean;
}
