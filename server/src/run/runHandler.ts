import { resolve } from 'node:path';
import type { EntryPoint, Finding } from '../../../emulator/src/index.js';
import type { Tree } from 'web-tree-sitter';
import { entryCodeHasError } from '../analysis/entryCode.js';
import { handlerAreas, type HandlerArea } from '../analysis/analyseRiscOs.js';
import { procedureCloses } from '../analysis/analyseVxd.js';
import { lowerDocument, type LoweredDocument } from '../analysis/lowerDocument.js';
import type { AnalysisSettings } from '../analysis/settings.js';
import { syntaxFindings } from '../analysis/syntaxFindings.js';
import type { LanguageId } from '../languages/languageId.js';
import type { ReadFile } from '../lowering/includeResolution.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText } from '../source/decodeSource.js';
import { builtinScenarios, type BuiltinScenario } from './builtinScenarios.js';
import type { ModelRun, RunBudget } from './modelRun.js';
import type { EntryKind, EntrySummary, ListEntriesResult, RunHandlerResult } from './protocol.js';
import { RunError } from './runError.js';
import { runRiscOsCode, runRiscOsHandler } from './runRiscOs.js';
import { runVmmEntry } from './runVmm.js';
import { readScenario, REASONS, type Scenario } from './scenario.js';
import { findScenarioFiles, readScenarioFile, type ScenarioFile } from './scenarioFiles.js';
import { findingViews } from './traceView.js';

// The work behind pagewarden/listEntries and pagewarden/runHandler (and
// `pagewarden run`): lower the document as the analysis does, find its entry
// points and the scenarios that fit each, and run one entry concretely.

/**
 * Awaited between the stages of the work (the parse, the lowering, the run):
 * the language server stops a request the editor cancelled there by throwing.
 */
export type Checkpoint = () => Promise<void>;

const NO_CHECKPOINT: Checkpoint = () => Promise.resolve();

export interface RunDocument {
  readonly languageId: LanguageId;
  readonly text: string;
  /** The document's file-system path. */
  readonly file: string;
  readonly settings: AnalysisSettings;
  /** Workspace folders: the search for scenario files stops at them. */
  readonly roots?: readonly string[];
  /** Reads the files it includes (the editor's text of open ones); the disk when absent. */
  readonly readFile?: ReadFile;
  /** The text was read from disk as Latin-1 (`decodeSource`); absent, it is Unicode: how its strings assemble. */
  readonly latin1?: boolean;
}

export type ScenarioChoice =
  | { readonly by: 'name'; readonly name: string }
  | { readonly by: 'inline'; readonly value: Record<string, unknown> }
  | { readonly by: 'file'; readonly path: string };

export interface RunRequest {
  readonly entry: string;
  readonly scenario?: ScenarioChoice;
  readonly witness?: Readonly<Record<string, string>>;
}

export interface RunOutcome {
  readonly result: RunHandlerResult;
  /** The findings behind the verdict, with severities, for the CLI's exit status. */
  readonly findings: readonly Finding[];
}

interface LoadedDocument {
  readonly lowered: LoweredDocument;
  readonly arch: 'x86' | 'arm';
  readonly kindOf: (entry: EntryPoint) => EntryKind;
  readonly entries: readonly EntryPoint[];
  /** What the area creations say of the area of the handler at an address. */
  readonly areas: (address: bigint) => HandlerArea;
  /** The syntax error in the code of each entry of the document that has one, by entry name. */
  readonly syntaxErrors: ReadonlyMap<string, Finding>;
}

/** A VxD has no dynamic areas. */
const NO_AREA: HandlerArea = { pmp: false, shrinkable: false };

function entryKind(entry: EntryPoint, arch: 'x86' | 'arm'): EntryKind {
  switch (entry.contract.kind) {
    case 'procedure':
      return arch === 'x86' ? 'vmm-procedure' : 'routine';
    case 'control-dispatch':
    case 'free-phys-callback':
      return 'vmm-procedure';
    case 'da-handler':
    case 'da-handler-reason':
      return 'da-handler';
    case 'module-entry':
      return 'module-entry';
    case 'swi-handler':
      return 'swi-handler';
    default:
      return 'routine';
  }
}

/**
 * The entries check leaves unanalysed for a syntax error in their code
 * (PW900), each with the error a run names: run, the code would go on
 * without what the parser could not read, and its verdict would be a guess.
 */
function syntaxErrors(document: RunDocument, tree: Tree, lowered: LoweredDocument, entries: readonly EntryPoint[]): Map<string, Finding> {
  const found = new Map<string, Finding>();
  if (!tree.rootNode.hasError) return found;
  const errors = syntaxFindings(tree, document.languageId);
  const own = entries.filter((entry) => entry.source.file === document.file);
  const entryLines = new Set(own.map((entry) => entry.source.range.start.line));
  const closes = lowered.dialect === 'vxd-masm' ? procedureCloses(lowered.lowering) : () => false;
  for (const entry of own) {
    const line = entry.source.range.start.line;
    if (!entryCodeHasError(tree, line, entryLines, closes)) continue;
    const error = errors.find((f) => f.range.start.line >= line) ?? errors.at(-1);
    if (error) found.set(entry.name, error);
  }
  return found;
}

async function load(parsers: Parsers, document: RunDocument, checkpoint: Checkpoint): Promise<LoadedDocument> {
  if (!document.settings.analysis) throw new RunError('Running handlers is off in an untrusted workspace (the paging analysis is disabled); trust the workspace to run them');
  const refusal = checkSourceText(document.text);
  if (refusal) throw new RunError(`This document cannot be run: ${refusal}`);
  await checkpoint();
  const tree = await parsers.parse(document.languageId, document.text);
  try {
    await checkpoint();
    const lowered = lowerDocument(document.languageId, {
      tree, text: document.text, file: document.file, settings: document.settings, ...(document.readFile ? { readFile: document.readFile } : {}),
      ...(document.latin1 ? { latin1: true } : {}),
    });
    const areas = lowered.dialect === 'vxd-masm' ? () => NO_AREA : handlerAreas(lowered.lowering);
    const arch = lowered.dialect === 'vxd-masm' ? 'x86' : 'arm';
    const { entries } = lowered.lowering.program;
    return { lowered, arch, entries, areas, kindOf: (entry) => entryKind(entry, arch), syntaxErrors: syntaxErrors(document, tree, lowered, entries) };
  } finally {
    tree.delete();
  }
}

function scenariosFor(document: RunDocument, loaded: LoadedDocument, entry: EntryPoint, files: readonly ScenarioFile[]): { builtins: BuiltinScenario[]; files: ScenarioFile[] } {
  const area = loaded.areas(entry.address);
  const builtins = builtinScenarios({
    contract: entry.contract, arch: loaded.arch, windowsVersion: document.settings.windowsVersion, pmp: area.pmp === true, shrinkable: area.shrinkable !== false,
  });
  const kind = loaded.kindOf(entry);
  const here = [resolve(document.file), ...(entry.source.file ? [resolve(entry.source.file)] : [])];
  const fits = (s: Scenario): boolean => s.entry === entry.name && s.kind === kind && (s.file === undefined || here.includes(s.file));
  return { builtins, files: files.filter((f) => f.scenario && fits(f.scenario)) };
}

/**
 * The program's entry points with the scenarios for each, default first.
 * Entries whose label is in an included file (a handler the module GETs)
 * say which file; they run with the including document's contracts.
 */
export async function listEntries(parsers: Parsers, document: RunDocument, checkpoint = NO_CHECKPOINT): Promise<ListEntriesResult> {
  const loaded = await load(parsers, document, checkpoint);
  await checkpoint();
  const files = findScenarioFiles(document.file, document.roots);
  const own = resolve(document.file);
  const entries: EntrySummary[] = loaded.entries.map((entry) => {
    const fitting = scenariosFor(document, loaded, entry, files);
    const elsewhere = entry.source.file !== undefined && resolve(entry.source.file) !== own;
    return {
      name: entry.name, kind: loaded.kindOf(entry), range: entry.source.range, ...(elsewhere ? { file: entry.source.file } : {}),
      scenarios: [...fitting.builtins.map((s) => s.name), ...fitting.files.map((f) => f.name)],
    };
  });
  return { entries };
}

function fromFile(file: ScenarioFile): Scenario {
  if (!file.scenario) throw new RunError(`Scenario file ${file.error ?? file.path}`);
  return file.scenario;
}

/** A handler's finding names the reason it was found for: its replay runs that reason's scenario. */
function witnessReason(witness: RunRequest['witness']): number | undefined {
  const text = witness?.['reason'];
  if (text === undefined) return undefined;
  try {
    return Number(BigInt(text));
  } catch {
    return undefined;
  }
}

/** The Pre reason whose resize ends with each Post reason's call (spec B.6). */
const PRE_OF_POST: ReadonlyMap<number, number> = new Map([[1, 0], [3, 2]]);

/**
 * A whole handler's scenarios are resizes named for their Pre call: a
 * PostGrow's or PostShrink's finding replays the resize that ends with it,
 * the witness given to that Post call.
 */
function postScenario(builtins: readonly BuiltinScenario[], reason: number): BuiltinScenario | undefined {
  const pre = PRE_OF_POST.get(reason);
  const resize = builtins.find((s) => pre !== undefined && s.reason === pre);
  return resize && { ...resize, name: `${REASONS[reason] ?? `Reason ${reason}`} (in ${resize.name})`, reason };
}

/**
 * A reason no scenario of the handler is about (TestShrink of an area not
 * known to be Shrinkable, one past the dispatch table's end): the kernel
 * calls the handler for it alone, in the area of the first scenario, and
 * the run is named for the witness's reason, not for the scenario whose
 * area it borrows.
 */
function oneCall(scenario: BuiltinScenario, reason: number): BuiltinScenario {
  // Past the kernel's reasons the catalogue has no name: the call is named for its R0, and judged as a refusal, as check judges it.
  const name = REASONS[reason] ?? `R0 = ${reason}`;
  return { ...scenario, name: `${name} (one call, in the area of ${scenario.name})`, reason };
}

function chooseScenario(document: RunDocument, loaded: LoadedDocument, entry: EntryPoint, choice: ScenarioChoice | undefined, witness: RunRequest['witness']): BuiltinScenario {
  const files = findScenarioFiles(document.file, document.roots);
  const fitting = scenariosFor(document, loaded, entry, files);
  let chosen: BuiltinScenario;
  if (choice === undefined) {
    const reason = witnessReason(witness);
    const [first] = [...fitting.builtins.filter((s) => reason !== undefined && s.reason === reason), ...fitting.builtins];
    if (!first) throw new RunError(`No scenario fits ${entry.name}`);
    if (reason === undefined || first.reason === reason) return first;
    return postScenario(fitting.builtins, reason) ?? oneCall(first, reason);
  } else if (choice.by === 'name') {
    const builtin = fitting.builtins.find((s) => s.name === choice.name);
    if (builtin) return builtin;
    const file = files.find((f) => f.name === choice.name);
    if (!file) {
      const names = [...fitting.builtins, ...fitting.files].map((s) => `"${s.name}"`).join(', ');
      throw new RunError(`No scenario "${choice.name}" for ${entry.name}; these fit: ${names}`);
    }
    chosen = fromFile(file);
  } else if (choice.by === 'file') {
    chosen = fromFile(readScenarioFile(resolve(choice.path)));
  } else {
    try {
      chosen = readScenario(choice.value, 'inline scenario', (file) => resolve(document.file, '..', file));
    } catch (error) {
      throw new RunError(`Bad scenario: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (chosen.entry !== undefined && chosen.entry !== entry.name) throw new RunError(`Scenario "${chosen.name}" is for ${chosen.entry}, not ${entry.name}`);
  if (chosen.kind !== loaded.kindOf(entry)) throw new RunError(`Scenario "${chosen.name}" is a ${chosen.kind} scenario, but ${entry.name} is a ${loaded.kindOf(entry)}`);
  return chosen;
}

function runModel(document: RunDocument, loaded: LoadedDocument, entry: EntryPoint, scenario: BuiltinScenario, witness: RunRequest['witness']): ModelRun {
  const { settings } = document;
  const budget: RunBudget = { steps: scenario.maxSteps ?? settings.traceMaxSteps, paths: settings.budget.maxPaths, time: settings.budget.timeoutMs };
  const { lowered } = loaded;
  if (lowered.dialect === 'vxd-masm') {
    return runVmmEntry({ program: lowered.lowering.program, vmmCalls: lowered.lowering.vmmCalls }, entry, scenario, budget, document.file, witness);
  }
  const code = { program: lowered.lowering.program, mode: lowered.mode, version: settings.riscosVersion };
  return scenario.kind === 'riscos-code'
    ? runRiscOsCode(code, entry, budget, document.file, witness)
    : runRiscOsHandler(code, entry, scenario, budget, document.file, witness);
}

export async function runHandler(parsers: Parsers, document: RunDocument, request: RunRequest, checkpoint = NO_CHECKPOINT): Promise<RunOutcome> {
  const loaded = await load(parsers, document, checkpoint);
  await checkpoint();
  const entry = loaded.entries.find((e) => e.name === request.entry);
  if (!entry) {
    const names = loaded.entries.map((e) => e.name).join(', ');
    throw new RunError(`No entry point ${request.entry} in this document${names ? `; it has ${names}` : ''}`);
  }
  const error = loaded.syntaxErrors.get(entry.name);
  if (error) {
    const at = `line ${error.range.start.line + 1}: ${error.message}`;
    throw new RunError(`${entry.name} has a syntax error, so it is not run (check does not analyse it either): ${at}`);
  }
  const scenario = chooseScenario(document, loaded, entry, request.scenario, request.witness);
  const run = runModel(document, loaded, entry, scenario, request.witness);
  const findings = run.findings.flatMap((f) => {
    const setting = document.settings.severity[f.code];
    if (setting === 'off') return [];
    return setting ? [{ ...f, severity: setting }] : [f];
  });
  return {
    findings,
    result: {
      entry: entry.name, kind: loaded.kindOf(entry), scenario: scenario.name,
      steps: run.steps, before: run.before, after: run.after, moved: run.moved,
      verdict: { ended: run.ended, findings: findingViews(findings, run.steps, document.file) },
    },
  };
}
