import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Node } from 'web-tree-sitter';
import type { TextDocuments } from 'vscode-languageserver';
import { detectLanguage } from '../languages/detectLanguage.js';
import { findIncludedFile, readFromDisk, type IncludeSearch } from '../lowering/includeResolution.js';
import type { LanguageId } from '../languages/languageId.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText, decodeSource } from '../source/decodeSource.js';
import { parsedText } from '../source/lineEnds.js';
import { sourceFilesUnder } from '../source/workspaceSources.js';
import { buildModel } from './model/buildModel.js';
import { evaluate } from './model/evaluate.js';
import { extractMasm } from './model/masmModel.js';
import { extractObjasm } from './model/objasmModel.js';
import { includedValues } from './model/objasmNames.js';
import { conditionHolds, type Arm, type ConditionScope } from './model/objasmConditions.js';
import { nameKey, type Definition, type SourceModel } from './model/sourceModel.js';

export type DialectOf = (document: TextDocument) => LanguageId | 'tokenised-basic' | undefined;

const MAX_WORKSPACE_FILES = 5000;
const RISC_OS_SUFFIXES = ['', ',fff', ',ffd', '.s', ',fd1', '.bas'];

export const uriToPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};
export const pathToUri = (path: string): string => pathToFileURL(path).href;

/** Finds `relative` under `dir` ignoring case, the way MASM on DOS and RISC OS filing systems do. */
function findIgnoringCase(dir: string, relative: string): string | undefined {
  let current = dir;
  for (const part of relative.split('/').filter((p) => p !== '' && p !== '.')) {
    if (part === '..') {
      current = dirname(current);
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      return undefined;
    }
    const found = entries.find((e) => e === part) ?? entries.find((e) => e.toLowerCase() === part.toLowerCase());
    if (!found) return undefined;
    current = join(current, found);
  }
  try {
    return statSync(current).isFile() ? current : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Relative paths an include may mean: `inc\vmm.inc`; `Hdr:ListOpts` is
 * `hdr/ListOpts` (RISC OS `.` is `/`); `<App$Dir>.Lib` is `Lib` next to the file.
 */
function includeCandidates(dialect: LanguageId, written: string): string[] {
  if (dialect === 'vxd-masm') return [written.replace(/\\/g, '/')];
  const path = written.replace(/^<[^>]*>\.?/, '');
  const colon = path.lastIndexOf(':');
  const prefix = colon >= 0 ? path.slice(0, colon).replace(/^.*:/, '') : '';
  const rest = (colon >= 0 ? path.slice(colon + 1) : path).replace(/\./g, '/');
  const bases = prefix && !prefix.startsWith('<') ? [`${prefix}/${rest}`, rest] : [rest];
  return bases.flatMap((b) => RISC_OS_SUFFIXES.map((s) => b + s));
}

/**
 * The documents language features look at: open documents (their newest
 * text) and files on disk reached through includes or the workspace folders.
 * Models are cached by document version or file modification time, so a
 * burst of hovers parses nothing twice.
 */
export class SourceWorkspace {
  private readonly openModels = new Map<string, { version: number; model: Promise<SourceModel | undefined> }>();
  private readonly fileModels = new Map<string, { mtime: number; model: Promise<SourceModel | undefined> }>();
  /**
   * Each model made again with what its includes define, and those includes' models: a MASM one with the procedures
   * their wrapper macros open, an ObjAsm one with labels named by the variables they set.
   */
  private readonly wrapped = new WeakMap<SourceModel, { readonly included: readonly SourceModel[]; readonly model: SourceModel }>();
  private folders: string[] = [];
  private search: IncludeSearch = { includePaths: [], pathVariables: {} };

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly parsers: Promise<Parsers>,
    private readonly dialectOf: DialectOf,
  ) {}

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  /** The include paths and path variables of the settings, which the analysis resolves includes with. */
  setIncludeSearch(search: IncludeSearch): void {
    this.search = { includePaths: search.includePaths, pathVariables: search.pathVariables };
  }

  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  async model(uri: string): Promise<SourceModel | undefined> {
    const document = this.documents.get(uri);
    if (document) {
      const cached = this.openModels.get(uri);
      if (cached?.version === document.version) return cached.model;
      const dialect = this.dialectOf(document);
      const text = parsedText(document);
      // A text the analysis refuses (binary, over the size limit) has no model either: building one on this
      // thread took seconds a megabyte, and every request of every document waited behind it.
      const model = dialect === undefined || dialect === 'tokenised-basic' || checkSourceText(text) !== undefined
        ? Promise.resolve(undefined)
        : this.parse(uri, dialect, text);
      this.openModels.set(uri, { version: document.version, model });
      return model;
    }
    this.openModels.delete(uri);
    const path = uriToPath(uri);
    return path ? this.fileModel(path) : undefined;
  }

  /** The version of an open document; undefined for files on disk. */
  openVersion(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  forget(uri: string): void {
    this.openModels.delete(uri);
  }

  private async parse(uri: string, dialect: LanguageId, text: string): Promise<SourceModel> {
    const tree = await (await this.parsers).parse(dialect, text);
    return buildModel(uri, dialect, text, tree);
  }

  private fileModel(path: string): Promise<SourceModel | undefined> {
    let mtime: number;
    try {
      mtime = statSync(path).mtimeMs;
    } catch {
      return Promise.resolve(undefined);
    }
    const cached = this.fileModels.get(path);
    if (cached?.mtime === mtime) return cached.model;
    const bytes = readFileSync(path);
    const detection = detectLanguage(path, bytes);
    const decoded = decodeSource(bytes);
    const model = detection.kind === 'source' && decoded.ok ? this.parse(pathToUri(path), detection.languageId, decoded.text) : Promise.resolve(undefined);
    this.fileModels.set(path, { mtime, model });
    return model;
  }

  /**
   * The file an include names: the one the analysis reads, else (for a file
   * the analysis does not find, or BASIC's LIBRARY) an open document or a
   * file relative to the including file, its parent folder or a workspace
   * folder, ignoring case.
   */
  resolveInclude(model: SourceModel, path: string): string | undefined {
    const here = uriToPath(model.uri);
    const read = here && model.dialect !== 'riscos-bbcbasic' ? findIncludedFile(model.dialect, path, here, this.search, readFromDisk) : undefined;
    if (read) return pathToUri(read.file);
    const candidates = includeCandidates(model.dialect, path);
    for (const document of this.documents.all()) {
      const open = uriToPath(document.uri)?.replace(/\\/g, '/').toLowerCase();
      if (open && candidates.some((c) => open.endsWith(`/${c.toLowerCase()}`))) return document.uri;
    }
    const roots = [...(here ? [dirname(here), dirname(dirname(here))] : []), ...this.folders];
    for (const root of roots) {
      for (const candidate of candidates) {
        const found = findIgnoringCase(root, candidate);
        if (found) return pathToUri(found);
      }
    }
    return undefined;
  }

  /**
   * The document and what it includes, transitively. A MASM document comes
   * first with the procedures that the wrapper macros of the files it
   * includes open (`withIncludedWrappers`), an ObjAsm one with the labels
   * the variables they set name (`withIncludedVariables`).
   */
  async includeClosure(model: SourceModel): Promise<SourceModel[]> {
    const seen = new Map<string, SourceModel>([[model.uri, model]]);
    const queue = [model];
    while (queue.length > 0) {
      const current = queue.shift() as SourceModel;
      for (const include of current.includes) {
        const target = this.resolveInclude(current, include.path);
        if (!target || seen.has(target)) continue;
        const included = await this.model(target);
        if (included) {
          seen.set(target, included);
          queue.push(included);
        }
      }
    }
    const [, ...included] = seen.values();
    return [model.dialect === 'riscos-objasm' ? this.withIncludedVariables(model, included) : this.withIncludedWrappers(model, included), ...included];
  }

  /**
   * The model whose names the features show for `model`: itself, or where an ObjAsm label's name holds a variable
   * only a file it GETs sets, the model made with that file's variables. Asks for the includes only then.
   */
  async named(model: SourceModel): Promise<SourceModel> {
    return model.namesFromIncludes ? (await this.includeClosure(model))[0] ?? model : model;
  }

  /** `made` for `model` with `included`, made once for each set of them. */
  private remade(model: SourceModel, included: readonly SourceModel[], made: () => SourceModel): SourceModel {
    const known = this.wrapped.get(model);
    if (known?.included.length === included.length && known.included.every((m, i) => m === included[i])) return known.model;
    const remade = made();
    this.wrapped.set(model, { included, model: remade });
    return remade;
  }

  /**
   * An ObjAsm model made from its file alone names a label whose name holds a variable it does not set as written
   * (`lab$s ROUT`); this one starts from the values the files it GETs leave their variables with.
   */
  private withIncludedVariables(model: SourceModel, included: readonly SourceModel[]): SourceModel {
    if (!model.namesFromIncludes) return model;
    const setting = included.filter((m) => m.dialect === 'riscos-objasm' && (m.variableValues?.size ?? 0) > 0);
    if (setting.length === 0) return model;
    return this.remade(model, setting, () => ({
      ...model,
      ...extractObjasm(model.uri, model.tree.rootNode, model.lines, includedValues(setting.map((m) => m.variableValues ?? new Map<string, string>()))),
    }));
  }

  /**
   * A MASM model made from its file alone knows its own wrapper macros and
   * VtoolsD's only; this one also has the procedures opened by calls of the
   * wrappers that `included` define (a `MyBegin Name` whose MACRO a
   * `defs.inc` holds), made once for each set of included models.
   */
  private withIncludedWrappers(model: SourceModel, included: readonly SourceModel[]): SourceModel {
    if (model.dialect !== 'vxd-masm') return model;
    const defining = included.filter((m) => m.dialect === 'vxd-masm' && m.definitions.some((d) => d.kind === 'macro'));
    if (defining.length === 0) return model;
    return this.remade(model, defining, () => ({
      ...model, definitions: extractMasm(model.uri, model.tree.rootNode, model.lines, defining.map((m) => m.tree.rootNode)).definitions,
    }));
  }

  /** Open documents of the same platform as `model` (VxD or RISC OS), other than itself. */
  async openPeers(model: SourceModel): Promise<SourceModel[]> {
    const riscos = model.dialect !== 'vxd-masm';
    const peers: SourceModel[] = [];
    for (const document of this.documents.all()) {
      if (document.uri === model.uri) continue;
      const other = await this.model(document.uri);
      if (other && (other.dialect !== 'vxd-masm') === riscos) peers.push(other);
    }
    return peers;
  }

  /**
   * The models whose names a document can see: itself, what it includes
   * (transitively) and the other open documents of the same platform.
   */
  async scope(model: SourceModel): Promise<SourceModel[]> {
    const closure = await this.includeClosure(model);
    const uris = new Set(closure.map((m) => m.uri));
    return [...closure, ...(await this.openPeers(model)).filter((m) => !uris.has(m.uri))];
  }

  /** Files of our languages under the workspace folders. */
  workspaceFiles(): string[] {
    const files: string[] = [];
    for (const folder of this.folders) files.push(...sourceFilesUnder(folder, MAX_WORKSPACE_FILES - files.length));
    return files;
  }

  async fileModelOf(path: string): Promise<SourceModel | undefined> {
    return this.fileModel(path);
  }
}

const definitionIndexes = new WeakMap<SourceModel, Map<string, Definition[]>>();

/** A model's definitions by name key, built on first use: hover and navigation look names up on every request. */
function definitionIndex(model: SourceModel): Map<string, Definition[]> {
  let index = definitionIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const d of model.definitions) {
      const key = nameKey(model.dialect, d.name);
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
    definitionIndexes.set(model, index);
  }
  return index;
}

/**
 * Every definition of `name` in the scope, the current document's first.
 * MASM calls a macro whose arguments are a name and a `<...>` list as it
 * is written (`MyBegin Name <esi>`), which a file read alone takes for a
 * structure instance named for the macro: with the macro in scope (an
 * include's), such a variable is the call.
 */
export function definitionsOf(scope: readonly SourceModel[], name: string): Definition[] {
  const first = scope[0];
  if (!first) return [];
  const key = nameKey(first.dialect, name);
  const found = scope.flatMap((m) => definitionIndex(m).get(key) ?? []);
  return first.dialect === 'vxd-masm' && found.some((d) => d.kind === 'macro') ? found.filter((d) => d.kind !== 'variable') : found;
}

/** Offset and size of a storage-map field, folding the expressions with the scope's equates. */
export function storageFacts(scope: readonly SourceModel[], definition: Definition, depth = 0): { offset?: number; size?: number } {
  const model = scope.find((m) => m.uri === definition.uri);
  if (!model || !definition.layout) return {};
  const fold = (node: Node): number | undefined => evaluate(model.dialect, node, (n, d) => valueOfName(scope, n, d), depth + 1, (n) => measureOf(scope, n));
  const size = definition.value ? fold(definition.value) : undefined;
  let offset = definition.layout.start ? fold(definition.layout.start) : 0;
  for (const previous of definition.layout.sizes) {
    const step = fold(previous);
    offset = offset === undefined || step === undefined ? undefined : offset + step;
  }
  return { ...(offset === undefined ? {} : { offset }), ...(size === undefined ? {} : { size }) };
}

/** Bytes of a structure, data definition or field, in all and per element. */
function measureOf(scope: readonly SourceModel[], name: string): { size: number; unit: number } | undefined {
  const definition = definitionsOf(scope, name).find((d) => d.size !== undefined && d.unit !== undefined);
  return definition?.size !== undefined && definition.unit !== undefined ? { size: definition.size, unit: definition.unit } : undefined;
}

/**
 * The numeric value of a name: an equate or variable, following other
 * equates, or a field's offset. Of an ObjAsm name set in arms of a
 * conditional, the value the places the assembly may take agree on.
 */
export function valueOfName(scope: readonly SourceModel[], name: string, depth = 0): number | undefined {
  if (depth > 16) return undefined;
  const definition = definitionsOf(scope, name).find((d) => d.kind === 'equate' || d.kind === 'variable' || d.kind === 'field' || d.kind === 'storage-field');
  if (!definition) return undefined;
  if (definition.kind === 'field') return definition.offset;
  if (definition.kind === 'storage-field') return storageFacts(scope, definition, depth).offset;
  const model = scope.find((m) => m.uri === definition.uri);
  if (!model) return undefined;
  const fold = (value: Node | undefined): number | undefined =>
    value && evaluate(model.dialect, value, (n, d) => valueOfName(scope, n, d), depth, (n) => measureOf(scope, n));
  if (!definition.settings?.some((s) => s.arms)) return fold(definition.value);
  const values = new Set(assembledSettings(scope, definition, depth).map((s) => fold(s.value)));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * The places that set a name the assembly may take: of an ObjAsm name set
 * in arms of a conditional, those not in an arm whose condition is known
 * not to hold (nor an ELSE whose condition is known to); else all.
 */
export function assembledSettings(scope: readonly SourceModel[], definition: Definition, depth = 0): NonNullable<Definition['settings']> {
  const model = scope.find((m) => m.uri === definition.uri);
  const settings = definition.settings ?? [];
  if (!model || depth > 16) return settings;
  return settings.filter((s) => !notAssembled(scope, model, s.arms ?? [], depth));
}

/**
 * Whether the assembly leaves out a definition (a label, an equate) written
 * in arms of a conditional: one whose condition is known not to hold, or an
 * ELSE whose condition is known to, as the lowering skips it. A condition
 * not known leaves it in.
 */
export function assembled(scope: readonly SourceModel[], definition: Definition): boolean {
  if (!definition.arms) return true;
  const model = scope.find((m) => m.uri === definition.uri);
  return !model || !notAssembled(scope, model, definition.arms, 0);
}

function notAssembled(scope: readonly SourceModel[], model: SourceModel, arms: readonly Arm[], depth: number): boolean {
  const conditions: ConditionScope = {
    number: (node, d) => evaluate(model.dialect, node, (n, dd) => valueOfName(scope, n, dd), d),
    logical: (name, d) => {
      const logical = definitionsOf(scope, name).find((x) => x.kind === 'variable' || x.kind === 'equate');
      const places = logical?.settings ? assembledSettings(scope, logical, d) : logical?.value ? [{ value: logical.value }] : [];
      const truths = new Set(places.map((s) => (s.value ? conditionHolds(s.value, conditions, d) : undefined)));
      return truths.size === 1 ? [...truths][0] : undefined;
    },
  };
  return arms.some((arm) => conditionHolds(arm.condition, conditions, depth + 1) === !arm.holds);
}
