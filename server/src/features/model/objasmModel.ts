import type { Node } from 'web-tree-sitter';
import type { Extraction } from './masmModel.js';
import { spanOf, type Definition } from './sourceModel.js';
import { armsOf } from './objasmConditions.js';
import { commentAbove, walkNamed } from './treeWalk.js';

const stripComment = (text: string): string | undefined => /^\s*;+\s?(.*)$/.exec(text)?.[1]?.trimEnd();

/**
 * ObjAsm definitions. A storage-map field keeps the expressions its offset
 * is made of (the `^` start and the sizes of the fields before it), because
 * they often name equates from a GET file that only the scope can evaluate.
 */
export function extractObjasm(uri: string, root: Node, lines: readonly string[]): Extraction {
  const definitions: Definition[] = [];
  const settings = new Map<string, NonNullable<Definition['settings']>[number][]>();
  const set = (name: Node, value: Node | null, at: Node): void => {
    settings.set(name.text, [...settings.get(name.text) ?? [], { line: at.startPosition.row, ...(value ? { value } : {}), arms: armsOf(at) }]);
  };
  const occurrences: Extraction['occurrences'] = [];
  const includes: Extraction['includes'] = [];
  let area: string | undefined;
  let routine: string | undefined;
  let map: { start: Node | undefined; sizes: Node[]; base: string } = { start: undefined, sizes: [], base: '' };

  const define = (nameNode: Node, kind: Definition['kind'], extentNode: Node, extra: Partial<Definition> = {}): void => {
    if (nameNode.text.startsWith('$')) return;
    definitions.push({
      name: nameNode.text, kind, uri, span: spanOf(nameNode), extent: spanOf(extentNode),
      line: (lines[nameNode.startPosition.row] ?? '').trim(),
      comment: commentAbove(lines, extentNode.startPosition.row, stripComment), ...extra,
    });
  };
  const parent = (): Partial<Definition> => {
    const p = routine ?? area;
    return p ? { parent: p } : {};
  };

  walkNamed(root, (n, type) => {
    switch (type) {
      case 'identifier':
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
      case 'routine': {
        const name = n.childForFieldName('name');
        if (name) {
          define(name, 'label', n, { ...(area ? { parent: area } : {}) });
          routine = name.text;
        }
        return true;
      }
      case 'label': {
        const name = n.childForFieldName('name');
        if (name) define(name, 'label', n, parent());
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
        if (name && type === 'variable_set') set(name, value, n);
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
        }
        return false;
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
  return { definitions: withSettings, occurrences, includes };
}
