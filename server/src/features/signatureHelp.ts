import type { Node } from 'web-tree-sitter';
import { MarkupKind, type ParameterInformation, type SignatureHelp, type SignatureHelpParams, type SignatureInformation } from 'vscode-languageserver';
import { findService, findSwi, findSwiReason, type ArmSlot, type SwiMatch, type SwiReason } from '../../../emulator/src/index.js';
import { paramMarkdown, serviceArguments } from './hover/catalogueMarkdown.js';
import { statementBefore, sysContext, vmmCallContext } from './model/callContext.js';
import { evaluate, parseLiteral } from './model/evaluate.js';
import { enclosing } from './model/tokenAt.js';
import { reasonBefore, swiOf } from './model/riscosCalls.js';
import type { SourceModel } from './model/sourceModel.js';
import { walkNamed } from './model/treeWalk.js';
import { valueOfName, type SourceWorkspace } from './sourceWorkspace.js';

/** A signature whose parameters are given as label offsets, so clients highlight the right span. */
function signature(head: string, parts: readonly { readonly label: string; readonly doc: string }[], separator: string, tail: string, doc?: string): SignatureInformation {
  let label = head;
  const parameters: ParameterInformation[] = [];
  parts.forEach((part, i) => {
    if (i > 0) label += separator;
    parameters.push({ label: [label.length, label.length + part.label.length], documentation: { kind: MarkupKind.Markdown, value: part.doc } });
    label += part.label;
  });
  return { label: label + tail, parameters, ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}) };
}

const slotPart = (slot: ArmSlot): { label: string; doc: string } => ({
  label: `${slot.register} ${slot.name}`,
  doc: `${slot.description}${slot.flags?.length ? `\n\nFlags: ${slot.flags.join(', ')}` : ''}`,
});

/**
 * One signature for a known reason (without its registers where the
 * catalogue has no table for it: another reason's would mislead);
 * otherwise the SWI's own registers or one per reason with a table.
 */
function swiSignatures(match: SwiMatch, reason: SwiReason | undefined, prefix: string, separator: string, tail: string): SignatureInformation[] {
  if (reason?.contract) return [signature(`${prefix}${match.name} ${reason.code} ${reason.name}: `, reason.contract.entry.map(slotPart), separator, tail, reason.description)];
  if (reason) return [signature(`${prefix}${match.name} ${reason.code} ${reason.name}`, [], separator, tail, reason.description)];
  if (match.swi.contract) return [signature(`${prefix}${match.name}: `, match.swi.contract.entry.map(slotPart), separator, tail, match.swi.description)];
  return (match.swi.reasons ?? []).filter((r) => r.contract).map((r) =>
    signature(`${prefix}${match.name} ${r.code} ${r.name}: `, (r.contract?.entry ?? []).map(slotPart), separator, tail, r.description));
}

/** What the header says of a stdcall or fastcall argument, known only by its position. */
const positionalDoc = (name: string): string => (name === 'ecx' || name === 'edx'
  ? `Passed in ${name.toUpperCase()}, not pushed.`
  : 'Pushed; the service removes it from the stack when it returns.');

function vmmSignature(model: SourceModel, line: number, character: number): SignatureHelp | null {
  const call = vmmCallContext(statementBefore(model.lines, line, character));
  const service = call && findService(call.service);
  if (!call || !service) return null;
  const params = service.semantics?.params ?? [];
  const parts = params.length > 0
    ? params.map((p) => ({ label: p.name, doc: paramMarkdown(p) }))
    : serviceArguments(service).map((name) => ({ label: name, doc: positionalDoc(name) }));
  if (parts.length === 0) return null;
  const sig = signature(`${service.name} <`, parts, ', ', '>', service.description);
  return { signatures: [sig], activeSignature: 0, activeParameter: Math.min(call.argument, parts.length - 1) };
}

/** The `swi` statement on the cursor's line, if any. */
function swiOnLine(model: SourceModel, line: number): Node | undefined {
  let found: Node | undefined;
  walkNamed(model.tree.rootNode, (n, type) => {
    if (found || n.endPosition.row < line || n.startPosition.row > line) return false;
    if (type === 'swi' && n.startPosition.row === line) found = n;
    return true;
  });
  return found;
}

async function riscosSignature(workspace: SourceWorkspace, model: SourceModel, line: number, character: number): Promise<SignatureHelp | null> {
  const scope = await workspace.scope(model);
  const lookup = (name: string): number | undefined => valueOfName(scope, name);
  const sys = model.dialect === 'riscos-bbcbasic' ? sysContext(statementBefore(model.lines, line, character)) : undefined;
  if (sys) {
    const match = findSwi(sys.swi);
    if (!match) return null;
    const here = model.tree.rootNode.descendantForPosition({ row: line, column: Math.max(0, character - 1) });
    const firstArg = (here ? enclosing(here, ['sys_call']) : undefined)?.childrenForFieldName('argument')[0];
    const value = firstArg ? evaluate(model.dialect, firstArg, lookup) : parseLiteral(model.dialect, sys.firstArgument);
    const reason = value === undefined ? undefined : findSwiReason(match.swi.name, value);
    const signatures = swiSignatures(match, reason, 'SYS "', ', ', '');
    return signatures.length > 0 ? { signatures, activeSignature: 0, activeParameter: sys.argument } : null;
  }
  const swiNode = swiOnLine(model, line);
  const match = swiNode ? swiOf(model.dialect, swiNode.childForFieldName('name')) : undefined;
  if (!swiNode || !match) return null;
  const signatures = swiSignatures(match, reasonBefore(model.dialect, swiNode, match, lookup), 'SWI ', ', ', '');
  return signatures.length > 0 ? { signatures, activeSignature: 0, activeParameter: 0 } : null;
}

export async function provideSignatureHelp(workspace: SourceWorkspace, params: SignatureHelpParams): Promise<SignatureHelp | null> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return null;
  const { line, character } = params.position;
  return model.dialect === 'vxd-masm' ? vmmSignature(model, line, character) : riscosSignature(workspace, model, line, character);
}
