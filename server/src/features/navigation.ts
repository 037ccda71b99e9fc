import {
  DocumentHighlightKind, ResponseError, ErrorCodes,
  type DocumentHighlight, type DocumentHighlightParams, type Location, type PrepareRenameParams, type Range,
  type ReferenceParams, type RenameParams, type TextDocumentPositionParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { LocalLabel } from './model/localLabels.js';
import { contains, nameKey, type Definition, type Occurrence, type SourceModel, type Span } from './model/sourceModel.js';
import { reservedNameReason } from './reservedNames.js';
import { assembled, definitionsOf, type SourceWorkspace } from './sourceWorkspace.js';

const VALID_NAME: Record<SourceModel['dialect'], RegExp> = {
  'vxd-masm': /^[A-Za-z_@$?][\w@$?]*$/,
  'riscos-objasm': /^[A-Za-z_][\w]*$/,
  'riscos-bbcbasic': /^(?:PROC|FN)?[A-Za-z_`][\w`]*[%$]?$/,
};

const sameSpan = (a: Span, b: Span): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function occurrenceAt(model: SourceModel, line: number, character: number): Occurrence | undefined {
  return model.occurrences.find((o) => contains(o.span, line, character));
}

interface LocalTarget {
  readonly model: SourceModel;
  readonly label: LocalLabel;
  /** The definition or reference under the cursor. */
  readonly span: Span;
}

async function localLabelAt(workspace: SourceWorkspace, params: TextDocumentPositionParams): Promise<LocalTarget | undefined> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return undefined;
  const { line, character } = params.position;
  for (const label of model.localLabels) {
    const span = [label.definition, ...label.references].find((s) => contains(s, line, character));
    if (span) return { model, label, span };
  }
  return undefined;
}

/**
 * An ObjAsm local label is renumbered (a number its ROUT scope does not use
 * yet, so no other reference changes meaning); a MASM `@@:` gets a name,
 * and its `@B`/`@F` references become that name.
 */
async function renameLocalLabel(workspace: SourceWorkspace, target: LocalTarget, newName: string): Promise<WorkspaceEdit> {
  const { model, label } = target;
  const invalid = (why: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, `${newName} ${why}`);
  if (model.dialect === 'riscos-objasm') {
    if (!/^\d+$/.test(newName)) throw invalid('is not a local label number');
    const number = String(Number(newName));
    if (number !== label.text && label.siblings.includes(number)) throw invalid('is already a local label in this routine');
  } else {
    if (!VALID_NAME[model.dialect].test(newName) || newName === '@@') throw invalid('is not a valid name here');
    const reserved = reservedNameReason(model.dialect, newName);
    if (reserved) throw invalid(reserved);
    if (definitionsOf(await workspace.scope(model), newName).length > 0) throw invalid('is already defined');
  }
  const edits = [label.definition, ...label.references].map((range) => ({ range, newText: newName }));
  return { changes: { [model.uri]: edits } };
}

interface Target {
  readonly model: SourceModel;
  readonly occurrence: Occurrence;
  readonly scope: readonly SourceModel[];
  readonly definitions: readonly Definition[];
}

/**
 * The user symbol under the cursor with its definitions; undefined for
 * catalogue names, mnemonics and the like. A name the document defines
 * itself (or through its includes) is the same symbol only in documents that
 * share that definition, so an unrelated `Done:` in another open file is
 * neither a reference nor renamed; a name defined only elsewhere (an EXTRN)
 * is looked up across the open documents.
 */
async function targetAt(workspace: SourceWorkspace, params: TextDocumentPositionParams): Promise<Target | undefined> {
  const written = await workspace.model(params.textDocument.uri);
  const model = written && await workspace.named(written);
  const occurrence = model && occurrenceAt(model, params.position.line, params.position.character);
  if (!model || !occurrence) return undefined;
  const closure = await workspace.includeClosure(model);
  const own = definitionsOf(closure, occurrence.name);
  if (own.length > 0) {
    const defining = new Set(own.map((d) => d.uri));
    const sharing: SourceModel[] = [];
    for (const peer of await workspace.openPeers(model)) {
      if (closure.some((m) => m.uri === peer.uri)) continue;
      if ((await workspace.includeClosure(peer)).some((m) => defining.has(m.uri))) sharing.push(peer);
    }
    return { model, occurrence, scope: [...closure, ...sharing], definitions: own };
  }
  const scope = await workspace.scope(model);
  const definitions = definitionsOf(scope, occurrence.name);
  return definitions.length > 0 ? { model, occurrence, scope, definitions } : undefined;
}

function referencesOf(target: Target, includeDeclaration: boolean): Location[] {
  const key = nameKey(target.model.dialect, target.occurrence.name);
  const locations: Location[] = [];
  for (const model of target.scope) {
    for (const o of model.occurrences) {
      if (nameKey(model.dialect, o.name) !== key) continue;
      if (!includeDeclaration && target.definitions.some((d) => d.uri === model.uri && sameSpan(d.span, o.span))) continue;
      locations.push({ uri: model.uri, range: o.span });
    }
  }
  return locations;
}

export async function provideDefinition(workspace: SourceWorkspace, params: TextDocumentPositionParams): Promise<Location[]> {
  const local = await localLabelAt(workspace, params);
  if (local) return [{ uri: local.model.uri, range: local.label.definition }];
  const target = await targetAt(workspace, params);
  if (!target) return [];
  // Where arms of a conditional define the name, those the assembly takes; all of them where it takes none.
  const taken = target.definitions.filter((d) => assembled(target.scope, d));
  return (taken.length > 0 ? taken : target.definitions).map((d) => ({ uri: d.uri, range: d.span }));
}

export async function provideReferences(workspace: SourceWorkspace, params: ReferenceParams): Promise<Location[]> {
  const local = await localLabelAt(workspace, params);
  if (local) {
    const spans = params.context.includeDeclaration ? [local.label.definition, ...local.label.references] : local.label.references;
    return spans.map((range) => ({ uri: local.model.uri, range }));
  }
  const target = await targetAt(workspace, params);
  return target ? referencesOf(target, params.context.includeDeclaration) : [];
}

/**
 * A definition whose name is made from a variable's value (ObjAsm's `lab$s ROUT` is labOne): such a name is not
 * renamed, since an edit there would drop the variable from the definition.
 */
const substituted = (target: Target): (Definition & { readonly written: string }) | undefined =>
  target.definitions.find((d): d is Definition & { readonly written: string } => d.written !== undefined);

export async function prepareRename(workspace: SourceWorkspace, params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> {
  const local = await localLabelAt(workspace, params);
  if (local) return { range: local.span, placeholder: local.label.text };
  const target = await targetAt(workspace, params);
  return target && !substituted(target) ? { range: target.occurrence.span, placeholder: target.occurrence.name } : null;
}

/**
 * Refuses a new name the assembler would read as something else, or one the
 * scope already defines: the edit would silently make the references mean
 * that other symbol (BASIC's labels are variables, so even two labels merge).
 */
async function checkNewName(workspace: SourceWorkspace, target: Target, newName: string): Promise<void> {
  const { dialect } = target.model;
  const invalid = (why: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, `${newName} ${why}`);
  if (!VALID_NAME[dialect].test(newName)) throw invalid('is not a valid name here');
  const reserved = reservedNameReason(dialect, newName);
  if (reserved) throw invalid(reserved);
  if (nameKey(dialect, newName) === nameKey(dialect, target.occurrence.name)) return;
  // A document sharing the symbol may include files the renaming one does not.
  const seen = new Map<string, SourceModel>();
  for (const model of target.scope) for (const m of await workspace.includeClosure(model)) seen.set(m.uri, m);
  const models = [...seen.values()];
  if (definitionsOf(models, newName).length > 0) throw invalid('is already defined');
  // A name used but defined nowhere (a BASIC variable set by SYS ... TO, an
  // EXTRN) would merge just the same.
  const key = nameKey(dialect, newName);
  if (models.some((m) => m.occurrences.some((o) => nameKey(m.dialect, o.name) === key))) throw invalid('is already used');
}

export async function provideRename(workspace: SourceWorkspace, params: RenameParams): Promise<WorkspaceEdit | null> {
  const local = await localLabelAt(workspace, params);
  if (local) return renameLocalLabel(workspace, local, params.newName);
  const target = await targetAt(workspace, params);
  if (!target) return null;
  const made = substituted(target);
  if (made) throw new ResponseError(ErrorCodes.InvalidRequest, `${made.name} is made from the value of a variable in ${made.written}: change the variable instead`);
  await checkNewName(workspace, target, params.newName);
  const changes: Record<string, TextEdit[]> = {};
  for (const location of referencesOf(target, true)) (changes[location.uri] ??= []).push({ range: location.range, newText: params.newName });
  return { changes };
}

export async function provideHighlights(workspace: SourceWorkspace, params: DocumentHighlightParams): Promise<DocumentHighlight[]> {
  const local = await localLabelAt(workspace, params);
  if (local) {
    return [
      { range: local.label.definition, kind: DocumentHighlightKind.Write },
      ...local.label.references.map((range) => ({ range, kind: DocumentHighlightKind.Read })),
    ];
  }
  const written = await workspace.model(params.textDocument.uri);
  const model = written && await workspace.named(written);
  const occurrence = model && occurrenceAt(model, params.position.line, params.position.character);
  if (!model || !occurrence) return [];
  const key = nameKey(model.dialect, occurrence.name);
  const definitions = model.definitions.filter((d) => nameKey(model.dialect, d.name) === key);
  return model.occurrences.filter((o) => nameKey(model.dialect, o.name) === key).map((o) => ({
    range: o.span,
    kind: definitions.some((d) => sameSpan(d.span, o.span)) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
