import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, children } from '../riscos/syntax.js';

// User macros (MACRO … MEND) are expanded at text level and the expansion
// re-parsed with the same grammar: substitution can build any token
// (`RAMCache_$name`, `"$text"`), which a tree walk could not.

export interface MacroParameter {
  readonly name: string;
  readonly default?: string;
}

export interface MacroDefinition {
  readonly name: string;
  /** `$label` before the name in the prototype: the call's label goes there instead of being defined. */
  readonly label?: string;
  readonly parameters: readonly MacroParameter[];
  readonly body: string;
}

/** A MACRO node to its definition; `lines` are the source the node was parsed from. */
export function macroDefinition(node: Node, lines: readonly string[]): MacroDefinition | undefined {
  const proto = child(node, 'prototype');
  const name = proto && child(proto, 'name')?.text;
  if (!proto || !name) return undefined;
  const label = child(proto, 'label')?.text.slice(1);
  const parameters = children(proto, 'parameter').map((p) => {
    const pname = child(p, 'name')?.text.slice(1) ?? '';
    const def = child(p, 'default');
    return { name: pname, ...(def ? { default: unquote(def.text) } : {}) };
  });
  let mend = node.endPosition.row;
  while (mend > proto.endPosition.row && !/^\s*mend\b/i.test(lines[mend] ?? '')) mend--;
  const body = lines.slice(proto.endPosition.row + 1, mend).join('\n');
  return { name, ...(label ? { label } : {}), parameters, body: `${body}\n` };
}

function unquote(text: string): string {
  const t = text.trim();
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1) : t;
}

/** An argument that asks for the parameter's default: none, an empty one, or `|`. */
function defaultArgument(text: string | undefined): boolean {
  const a = text?.trim();
  return a === undefined || a === '' || a === '|';
}

/**
 * The body with `$param` (and `$param.`, the dot being a terminator)
 * replaced by the arguments; empty or missing arguments, and `|`, take the
 * default. A quoted argument loses its quotes, as in ObjAsm. Other `$names`
 * stay: they are variables, substituted when the line runs.
 */
export function expandMacro(def: MacroDefinition, args: readonly (string | undefined)[], label: string | undefined): string {
  const values = new Map<string, string>();
  def.parameters.forEach((p, k) => {
    const a = args[k];
    values.set(p.name, defaultArgument(a) ? (p.default ?? '') : unquote(a ?? ''));
  });
  if (def.label) values.set(def.label, label ?? '');
  return def.body.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\.?/g, (whole, name: string) => values.get(name) ?? whole);
}
