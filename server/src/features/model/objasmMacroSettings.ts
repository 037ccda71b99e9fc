import type { Node } from 'web-tree-sitter';
import { settingText, type VariableTexts } from './objasmNames.js';

// A macro whose body sets a variable the caller sees (`s SETS "Two"`, or
// `$var SETS "$val"` with the variable and value the call's arguments) sets
// it at each call, as the lowering expands the call. The editor follows the
// macros the file defines, where a call's arguments and the body's values
// are plain text; any other setting it cannot read leaves what it sets
// unknown, so that no name is made from a value the assembly does not have.
// Like a call outside a macro, a call in the body is not followed.

/** A setting in a macro's body: its variable as written, its value, and whether a conditional or loop of the body holds it. */
interface BodySetting {
  readonly name: string;
  readonly value: Node | null;
  readonly maybe: boolean;
}

/** What a macro defined in the file sets when called. */
export interface MacroSettings {
  /** The parameters' names, without their `$`, in order. */
  readonly parameters: readonly string[];
  readonly settings: readonly BodySetting[];
}

const HOLDERS = new Set(['conditional', 'elif_clause', 'else_clause', 'while_loop']);

/** Whether `node` lies in a WHILE loop: a setting there is made as many times as the loop runs, which may be none. */
export function inLoop(node: Node): boolean {
  for (let outer = node.parent; outer; outer = outer.parent) if (outer.type === 'while_loop') return true;
  return false;
}

/** The settings of the macro `definition` (a `macro_definition` node) of variables its caller sees: not its LCLA, LCLL or LCLS. */
export function macroSettings(definition: Node): MacroSettings {
  const parameters = (definition.childForFieldName('prototype')?.childrenForFieldName('parameter') ?? [])
    .map((p) => p?.childForFieldName('name')?.text.replace(/^\$/, '') ?? '');
  const locals = new Set<string>();
  const settings: BodySetting[] = [];
  const visit = (node: Node, maybe: boolean): void => {
    for (const part of node.namedChildren) {
      if (!part) continue;
      if (part.type === 'variable_declaration' && /^\s*LCL/i.test(part.text)) locals.add(part.childForFieldName('name')?.text ?? '');
      else if (part.type === 'variable_set') {
        const name = part.childForFieldName('name')?.text ?? '';
        if (!locals.has(name)) settings.push({ name, value: part.childForFieldName('value'), maybe });
      } else if (part.type !== 'macro_definition' && part.type !== 'macro_prototype') visit(part, maybe || HOLDERS.has(part.type));
    }
  };
  visit(definition, false);
  return { parameters, settings };
}

/**
 * The text of each of `call`'s arguments, by parameter, where it is plain (a name or a number); undefined for each
 * where an argument is left out (`Mac a,,c`), which the tree does not place.
 */
function argumentTexts(call: Node, macro: MacroSettings): Map<string, string | undefined> {
  const written = call.childrenForFieldName('argument');
  const placed = !/,\s*(,|$)/.test(call.text.slice((call.childForFieldName('name')?.endIndex ?? call.startIndex) - call.startIndex));
  return new Map(macro.parameters.map((parameter, k) => {
    const argument = written[k];
    const plain = placed && argument && (argument.type === 'identifier' || argument.type === 'number');
    return [parameter, plain ? argument.text : undefined];
  }));
}

/** A body's value with the call's arguments in place of the parameters it quotes (`"$val"`); undefined where that is not plain text. */
function valueText(value: Node | null, argumentsBy: ReadonlyMap<string, string | undefined>): string | undefined {
  if (!value) return undefined;
  if (value.type !== 'string' || !value.namedChildren.some((p) => p?.type === 'macro_variable')) return settingText(value);
  let text = '';
  for (const part of value.namedChildren) {
    if (part?.type === 'macro_variable') {
      const argument = argumentsBy.get(part.text.replace(/^\$/, '').replace(/\.$/, ''));
      if (argument === undefined) return undefined;
      text += argument;
    } else if (part?.type === 'string_content') text += part.text;
    else return undefined;
  }
  return text;
}

/** Sets `variables` as the call `call` of `macro` leaves them; `maybe`: the call may not be assembled, or be assembled more than once. */
export function applyCall(call: Node, macro: MacroSettings, variables: VariableTexts, maybe: boolean): void {
  const argumentsBy = argumentTexts(call, macro);
  for (const setting of macro.settings) {
    const name = setting.name.startsWith('$') ? argumentsBy.get(setting.name.slice(1)) : setting.name;
    if (name === undefined) {
      variables.forgetAll();
      return;
    }
    variables.setText(name, valueText(setting.value, argumentsBy), maybe || setting.maybe);
  }
}
