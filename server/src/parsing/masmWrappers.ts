import type { Node } from 'web-tree-sitter';
import { MAX_WRAPPER_NESTING } from '../lowering/masm/symbols.js';
import { VTOOLSD_PROCEDURE_MACROS } from '../lowering/masm/vtoolsdLayer.js';

// Wrapper macros: a file's own macros whose body opens a procedure (a
// BeginProc or PROC line named by one of the macro's parameters) or closes
// one, itself or through a wrapper macro it calls (`Outer MACRO n` whose
// body is `MyBegin n`). A call of such a macro defines that procedure for
// the outline and navigation, as the lowering's expansion does for the
// analysis (which bounds the lines a syntax error keeps from analysis at a
// call of a macro the lowering found to close one, in the file or an
// include). VtoolsD's DEFCPROC/ENDCPROC are wrappers even when their header
// is not read.

export interface ProcedureWrapper {
  /** The argument that names the procedure the macro opens. */
  readonly opens?: number;
  readonly closes: boolean;
}

/** A macro call in a wrapper's body: whom it calls, and which of the wrapper's parameters each argument is. */
interface BodyCall {
  readonly callee: string;
  readonly parameters: readonly (number | undefined)[];
}

/**
 * The file's wrapper macros by lower-case name, those of the files it
 * includes (`included`, their trees in the order read) it does not define
 * again, and VtoolsD's none of them defines.
 */
export function procedureWrappers(root: Node, included: readonly Node[] = []): Map<string, ProcedureWrapper> {
  const wrappers = new Map<string, ProcedureWrapper>(VTOOLSD_PROCEDURE_MACROS);
  const bodyCalls = new Map<string, readonly BodyCall[]>();
  for (const macro of [...included, root].flatMap((file) => file.descendantsOfType('macro_definition'))) {
    const name = macro?.childForFieldName('name')?.text.toLowerCase();
    if (!macro || !name) continue;
    const parameters = macro.childrenForFieldName('parameter').map((p) => p?.childForFieldName('name')?.text.toLowerCase());
    const parameterOf = (node: Node | undefined): number | undefined => {
      const index = node?.type === 'identifier' ? parameters.indexOf(node.text.toLowerCase()) : -1;
      return index >= 0 ? index : undefined;
    };
    bodyCalls.set(name, macro.descendantsOfType(['macro_call', 'instruction', 'data_definition']).flatMap((call) => {
      const callee = call && calledName(call)?.toLowerCase();
      return call && callee ? [{ callee, parameters: callArguments(call).map(parameterOf) }] : [];
    }));
    const opens = macro.descendantsOfType('procedure_head')
      .map((head) => parameterOf(head?.childForFieldName('name') ?? undefined))
      .find((index) => index !== undefined);
    const closes = macro.descendantsOfType('procedure_tail').length > 0;
    if (opens !== undefined || closes) wrappers.set(name, { ...(opens === undefined ? {} : { opens }), closes });
    else wrappers.delete(name);
  }
  return throughCalls(wrappers, bodyCalls);
}

/**
 * The wrappers with each macro that calls one made a wrapper too: it opens
 * the procedure its parameter names where that is the argument naming the
 * callee's (`Outer n` → `MyBegin n` → `BeginProc n`), and closes one where
 * the callee does. Each round reaches one call deeper, as deep as the
 * lowering follows (MAX_WRAPPER_NESTING); a round that changes nothing ends
 * it early, so macros that call one another end.
 */
function throughCalls(own: Map<string, ProcedureWrapper>, bodyCalls: ReadonlyMap<string, readonly BodyCall[]>): Map<string, ProcedureWrapper> {
  let wrappers = own;
  for (let depth = 0; depth < MAX_WRAPPER_NESTING; depth++) {
    const next = new Map(wrappers);
    let changed = false;
    for (const [name, calls] of bodyCalls) {
      const known = wrappers.get(name);
      const opens = known?.opens ?? calls.map(({ callee, parameters }) => {
        const opened = wrappers.get(callee)?.opens;
        return opened === undefined ? undefined : parameters[opened];
      }).find((index) => index !== undefined);
      const closes = known?.closes === true || calls.some(({ callee }) => wrappers.get(callee)?.closes === true);
      if (opens === known?.opens && closes === (known?.closes === true)) continue;
      next.set(name, { ...(opens === undefined ? {} : { opens }), closes });
      changed = true;
    }
    if (!changed) break;
    wrappers = next;
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
