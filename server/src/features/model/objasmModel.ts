import type { Node } from 'web-tree-sitter';
import type { Extraction } from './masmModel.js';
import { spanOf, type Definition, type SourceModel } from './sourceModel.js';
import { armsOf, type Arm } from './objasmConditions.js';
import { applyCall, inLoop, macroSettings, type MacroSettings } from './objasmMacroSettings.js';
import { VariableTexts } from './objasmNames.js';
import { commentAbove, walkNamed } from './treeWalk.js';

const stripComment = (text: string): string | undefined => /^\s*;+\s?(.*)$/.exec(text)?.[1]?.trimEnd();

/**
 * ObjAsm definitions. A storage-map field keeps the expressions its offset
 * is made of (the `^` start and the sizes of the fields before it), because
 * they often name equates from a GET file that only the scope can evaluate.
 */
export function extractObjasm(
  uri: string, root: Node, lines: readonly string[], included?: ReadonlyMap<string, string | undefined>,
): Extraction & Pick<SourceModel, 'variableValues' | 'namesFromIncludes'> {
  const definitions: Definition[] = [];
  const settings = new Map<string, NonNullable<Definition['settings']>[number][]>();
  const set = (name: Node, value: Node | null, at: Node): Arm[] => {
    const arms = armsOf(at);
    settings.set(name.text, [...settings.get(name.text) ?? [], { line: at.startPosition.row, ...(value ? { value } : {}), arms }]);
    return arms;
  };
  const occurrences: Extraction['occurrences'] = [];
  const includes: Extraction['includes'] = [];
  let area: string | undefined;
  let routine: string | undefined;
  let map: { start: Node | undefined; sizes: Node[]; base: string } = { start: undefined, sizes: [], base: '' };
  const variables = new VariableTexts(included);
  // Only the macros whose bodies set a variable the caller sees: a call of any other changes nothing, and most files
  // define none, so their calls (hundreds in a large module) cost no look-up of the name.
  const macros = new Map<string, MacroSettings>();
  // The names of labels and routines as ObjAsm reads them, by their name node, for that node's occurrence.
  const substituted = new Map<number, string>();
  /** A label's or routine's name, its variables substituted; the name as written as well where that differs. */
  const labelName = (nameNode: Node): { name: string; written?: string } => {
    const name = variables.substituted(nameNode.text);
    if (name === nameNode.text) return { name };
    substituted.set(nameNode.id, name);
    return { name, written: nameNode.text };
  };

  const define = (nameNode: Node, kind: Definition['kind'], extentNode: Node, extra: Partial<Definition> = {}): void => {
    // A `$label` left is a macro's parameter, or a variable this file does not set.
    const name = extra.name ?? nameNode.text;
    if (name.startsWith('$')) return;
    const arms = armsOf(extentNode);
    definitions.push({
      name, kind, uri, span: spanOf(nameNode), extent: spanOf(extentNode),
      line: (lines[nameNode.startPosition.row] ?? '').trim(),
      comment: commentAbove(lines, extentNode.startPosition.row, stripComment), ...(arms.length > 0 ? { arms } : {}), ...extra,
    });
  };
  const parent = (): Partial<Definition> => {
    const p = routine ?? area;
    return p ? { parent: p } : {};
  };

  walkNamed(root, (n, type) => {
    switch (type) {
      case 'identifier':
        occurrences.push({ name: substituted.get(n.id) ?? n.text, span: spanOf(n) });
        return false;
      // A name between bars in an operand (`B |plain|`) or an AREA: `nameKey` makes it the name without them.
      case 'bar_symbol':
        occurrences.push({ name: n.text, span: spanOf(n) });
        return false;
      case 'include': {
        const path = n.childForFieldName('path');
        if (path) includes.push({ path: path.text, span: spanOf(path) });
        return false;
      }
      case 'area': {
        const name = n.childForFieldName('name');
        if (name) {
          define(name, 'area', n);
          area = name.text;
          routine = undefined;
        }
        return true;
      }
      // A ROUT in a conditional's arm or a loop opens a routine as one outside does, where that arm is assembled.
      case 'routine':
      case 'rout_statement': {
        const name = n.childForFieldName('name');
        if (name) {
          const named = labelName(name);
          define(name, 'label', n, { ...named, ...(area ? { parent: area } : {}) });
          routine = named.name;
        }
        return true;
      }
      case 'label': {
        const name = n.childForFieldName('name');
        if (name) define(name, 'label', n, { ...labelName(name), ...parent() });
        return true;
      }
      case 'equate': {
        const name = n.childForFieldName('name');
        const value = n.childForFieldName('value');
        if (name) define(name, 'equate', n, value ? { value } : {});
        if (name) set(name, value, n);
        return true;
      }
      case 'register_alias': {
        const name = n.childForFieldName('name');
        const value = n.childForFieldName('register');
        if (name) define(name, 'register-alias', n, value ? { value } : {});
        return true;
      }
      case 'variable_declaration':
      case 'variable_set': {
        const name = n.childForFieldName('name');
        const value = n.childForFieldName('value');
        if (name && !definitions.some((d) => d.kind === 'variable' && d.name === name.text)) define(name, 'variable', n, value ? { value } : {});
        if (name && type === 'variable_set') variables.set(name.text, value, set(name, value, n).length > 0 || inLoop(n));
        return true;
      }
      case 'storage_map':
        map = { start: n.childForFieldName('offset') ?? undefined, sizes: [], base: n.childForFieldName('base')?.text ?? '' };
        return true;
      case 'storage_field': {
        const name = n.childForFieldName('name');
        const size = n.childForFieldName('size');
        if (name) {
          define(name, 'storage-field', n, {
            layout: { ...(map.start ? { start: map.start } : {}), sizes: [...map.sizes] },
            ...(size ? { value: size } : {}),
            ...(map.base ? { container: map.base } : {}),
          });
        }
        if (size) map.sizes.push(size);
        return true;
      }
      case 'macro_definition': {
        const prototype = n.childForFieldName('prototype');
        const name = prototype?.childForFieldName('name');
        if (name && prototype) {
          const parameters = prototype.childrenForFieldName('parameter').map((p) => p?.childForFieldName('name')?.text ?? '').filter(Boolean);
          define(name, 'macro', n, { parameters });
          occurrences.push({ name: name.text, span: spanOf(name) });
          const settings = macroSettings(n);
          // A redefinition replaces the macro for the calls after it.
          if (settings.settings.length > 0) macros.set(name.text, settings);
          else macros.delete(name.text);
        }
        return false;
      }
      case 'macro_call': {
        const macro = macros.size > 0 ? macros.get(n.childForFieldName('name')?.text ?? '') : undefined;
        if (macro) applyCall(n, macro, variables, armsOf(n).length > 0 || inLoop(n));
        return true;
      }
      default:
        return true;
    }
  });
  // A name set in an arm of a conditional keeps each place that sets it: the assembly takes the arms whose conditions hold.
  // A variable its GBLA, GBLL or GBLS declares has the value of its one SETA, SETL or SETS.
  const withSettings = definitions.map((d) => {
    const places = d.kind === 'variable' || d.kind === 'equate' ? settings.get(d.name) ?? [] : [];
    if (places.some((p) => (p.arms ?? []).length > 0)) return { ...d, settings: places };
    const [only] = places;
    return places.length === 1 && !d.value && only?.value ? { ...d, value: only.value } : d;
  });
  return { definitions: withSettings, occurrences, includes, variableValues: variables.values(), namesFromIncludes: variables.unset };
}
