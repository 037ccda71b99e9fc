import type { Node } from 'web-tree-sitter';
import { VTOOLSD_PROCEDURE_MACROS } from '../lowering/masm/vtoolsdLayer.js';

// Wrapper macros: a file's own macros whose body opens a procedure (a
// BeginProc or PROC line named by one of the macro's parameters) or closes
// one. A call of such a macro defines that procedure for the outline and
// navigation, as the lowering's expansion does for the analysis (which
// bounds the lines a syntax error keeps from analysis at a call of a macro
// the lowering found to close one, in the file or an include). VtoolsD's
// DEFCPROC/ENDCPROC are wrappers even when their header is not read.

export interface ProcedureWrapper {
  /** The argument that names the procedure the macro opens. */
  readonly opens?: number;
  readonly closes: boolean;
}

/**
 * The file's wrapper macros by lower-case name, those of the files it
 * includes (`included`, their trees in the order read) it does not define
 * again, and VtoolsD's none of them defines.
 */
export function procedureWrappers(root: Node, included: readonly Node[] = []): Map<string, ProcedureWrapper> {
  const wrappers = new Map<string, ProcedureWrapper>(VTOOLSD_PROCEDURE_MACROS);
  for (const macro of [...included, root].flatMap((file) => file.descendantsOfType('macro_definition'))) {
    const name = macro?.childForFieldName('name')?.text;
    if (!macro || !name) continue;
    const parameters = macro.childrenForFieldName('parameter').map((p) => p?.childForFieldName('name')?.text.toLowerCase());
    const opens = macro.descendantsOfType('procedure_head')
      .map((head) => parameters.indexOf(head?.childForFieldName('name')?.text.toLowerCase()))
      .find((index) => index >= 0);
    const closes = macro.descendantsOfType('procedure_tail').length > 0;
    if (opens !== undefined || closes) wrappers.set(name.toLowerCase(), { ...(opens === undefined ? {} : { opens }), closes });
    else wrappers.delete(name.toLowerCase());
  }
  return wrappers;
}

/**
 * The name a macro call calls: a call whose arguments could be operands
 * parses as an instruction, and one whose arguments are a name and a `<...>`
 * list after blanks as a structure instance (`DEFCPROC Name <USES esi>`).
 */
export function calledName(call: Node): string | undefined {
  if (call.type === 'macro_call' || call.type === 'data_definition') return call.childForFieldName('name')?.text;
  return call.type === 'instruction' && !call.childForFieldName('prefix') ? call.childForFieldName('mnemonic')?.text : undefined;
}

/** The argument slots of a macro call, empty slots included (the commas count them). */
export function callArguments(call: Node): (Node | undefined)[] {
  if (call.type === 'instruction') return call.childrenForFieldName('operand').map((o) => o ?? undefined);
  if (call.type === 'data_definition') return [call.childForFieldName('type'), ...call.childrenForFieldName('value')].map((a) => a ?? undefined);
  const slots: (Node | undefined)[] = [];
  let current: Node | undefined;
  let seen = false;
  for (let i = 0; i < call.childCount; i++) {
    const c = call.child(i);
    if (!c) continue;
    if (call.fieldNameForChild(i) === 'argument') {
      current = c;
      seen = true;
    } else if (c.type === ',') {
      slots.push(current);
      current = undefined;
      seen = true;
    }
  }
  if (seen) slots.push(current);
  return slots;
}
