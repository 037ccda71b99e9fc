import type { Node } from 'web-tree-sitter';
import { commentAbove, walkNamed } from './treeWalk.js';
import { spanOf, type Definition, type IncludeRef, type Occurrence } from './sourceModel.js';
import { callArguments, calledName, procedureWrappers } from '../../parsing/masmWrappers.js';

export interface Extraction {
  readonly definitions: Definition[];
  readonly occurrences: Occurrence[];
  readonly includes: IncludeRef[];
}

const DATA_SIZES: Readonly<Record<string, number>> = { db: 1, byte: 1, sbyte: 1, dw: 2, word: 2, sword: 2, dd: 4, dword: 4, sdword: 4, df: 6, dp: 6, fword: 6, dq: 8, qword: 8, dt: 10, tbyte: 10 };

/** What a GROUP, RECORD, TYPEDEF or PROTO line names; the text functions name text equates. */
const DEFINED_KINDS: Readonly<Record<string, Definition['kind']>> = { group: 'segment', record: 'struct', typedef: 'struct', proto: 'procedure' };

const stripComment = (text: string): string | undefined => /^\s*;+\s?(.*)$/.exec(text)?.[1]?.trimEnd();

/** Bytes one `data_definition` takes, and per element: element size times the number of elements. */
function dataSize(node: Node, structSizes: ReadonlyMap<string, number>): { readonly size: number; readonly unit: number } {
  const type = node.childForFieldName('type')?.text.toLowerCase() ?? '';
  const unit = DATA_SIZES[type] ?? structSizes.get(type) ?? 0;
  let count = 0;
  for (const value of node.childrenForFieldName('value')) {
    if (!value) continue;
    if (value.type === 'string' && unit === 1) count += Math.max(1, value.text.length - 2);
    else if (value.type === 'dup_expression') count += Number(value.childForFieldName('count')?.text.replace(/[^0-9]/g, '') || 1);
    else count += 1;
  }
  return { size: unit * Math.max(1, count), unit };
}

/** A procedure (or segment) whose opening lines conditional assembly chooses is named by the first of them. */
function firstHeadName(container: Node, headType: 'procedure_head' | 'segment_head'): Node | null {
  const head = container.childForFieldName('header')?.descendantsOfType(headType)[0];
  return head?.childForFieldName('name') ?? head?.childForFieldName('begin') ?? null;
}

function insideMacro(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'macro_definition') return true;
  return false;
}

/** `included`: the trees of the files the file includes, whose wrapper macros its calls may call. */
export function extractMasm(uri: string, root: Node, lines: readonly string[], included: readonly Node[] = []): Extraction {
  const definitions: Definition[] = [];
  const occurrences: Occurrence[] = [];
  const includes: IncludeRef[] = [];
  const structSizes = new Map<string, number>();

  const define = (nameNode: Node, kind: Definition['kind'], extentNode: Node, extra: Partial<Definition> = {}): void => {
    const row = nameNode.startPosition.row;
    definitions.push({
      name: nameNode.text, kind, uri, span: spanOf(nameNode), extent: spanOf(extentNode),
      line: (lines[row] ?? '').trim(), comment: commentAbove(lines, extentNode.startPosition.row, stripComment), ...extra,
    });
  };

  const wrappers = procedureWrappers(root, included);
  /** A procedure a wrapper macro's call opened: the definitions after it are its own until a call closes it. */
  let wrapped: { readonly name: string; readonly definition: number } | undefined;

  /** A call of a wrapper macro: it may close the procedure an earlier call opened and open one. */
  const wrapperCall = (call: Node, parent: string | undefined): boolean => {
    const wrapper = wrappers.get(calledName(call)?.toLowerCase() ?? '');
    // In a macro body the call names a parameter, not a procedure.
    if (!wrapper || insideMacro(call)) return false;
    const opened = definitions[wrapped?.definition ?? -1];
    if (wrapper.closes && wrapped && opened) {
      definitions[wrapped.definition] = { ...opened, extent: { start: opened.extent.start, end: spanOf(call).end } };
      wrapped = undefined;
    }
    const name = wrapper.opens === undefined ? undefined : callArguments(call)[wrapper.opens];
    if (name?.type === 'identifier') {
      define(name, 'procedure', call, parent ? { parent } : {});
      if (!wrapper.closes) wrapped = { name: name.text, definition: definitions.length - 1 };
    }
    return true;
  };

  const visit = (node: Node, parent: string | undefined): void => {
    walkNamed(node, (n, type) => {
      if (n.id === node.id) return true;
      switch (type) {
        case 'macro_call': case 'instruction': {
          wrapperCall(n, parent);
          return true;
        }
        case 'identifier':
          occurrences.push({ name: n.text, span: spanOf(n) });
          return false;
        case 'include_directive': {
          const path = n.childForFieldName('path');
          if (path) includes.push({ path: path.text.replace(/^<|>$/g, ''), span: spanOf(path) });
          return false;
        }
        case 'label': {
          const name = n.childForFieldName('name');
          // `@@:` labels are told apart by position, not name (localLabels.ts).
          if (name?.text === '@@') return false;
          const owner = wrapped?.name ?? parent;
          if (name) define(name, 'label', n, owner ? { parent: owner } : {});
          return true;
        }
        case 'label_directive': {
          const name = n.childForFieldName('name');
          if (name) define(name, 'variable', n, parent ? { parent } : {});
          return true;
        }
        case 'data_definition': {
          if (wrapperCall(n, parent)) return true;
          const name = n.childForFieldName('name');
          if (name) define(name, 'variable', n, { ...(parent ? { parent } : {}), ...dataSize(n, structSizes) });
          return true;
        }
        case 'equate': {
          const name = n.childForFieldName('name');
          const value = n.childForFieldName('value');
          if (name) define(name, 'equate', n, value ? { value } : {});
          return true;
        }
        case 'definition_directive': {
          const name = n.childForFieldName('name');
          const directive = n.childForFieldName('directive')?.text.toLowerCase() ?? '';
          if (name) define(name, DEFINED_KINDS[directive] ?? 'equate', n, parent ? { parent } : {});
          return true;
        }
        case 'procedure': {
          const name = n.childForFieldName('name') ?? firstHeadName(n, 'procedure_head');
          if (name) define(name, 'procedure', n, parent ? { parent } : {});
          visit(n, name?.text ?? parent);
          return false;
        }
        case 'segment': {
          const name = n.childForFieldName('name') ?? n.childForFieldName('begin') ?? firstHeadName(n, 'segment_head');
          if (name) define(name, 'segment', n);
          visit(n, name?.text);
          return false;
        }
        case 'macro_definition': {
          const name = n.childForFieldName('name');
          const parameters = n.childrenForFieldName('parameter').map((p) => p?.childForFieldName('name')?.text ?? '').filter(Boolean);
          if (name) define(name, 'macro', n, { parameters });
          visit(n, name?.text);
          return false;
        }
        case 'struc_definition': {
          const name = n.childForFieldName('name');
          if (!name) return true;
          const struct = definitions.length;
          define(name, 'struct', n);
          occurrences.push({ name: name.text, span: spanOf(name) });
          const end = n.childForFieldName('end_name');
          if (end) occurrences.push({ name: end.text, span: spanOf(end) });
          let offset = 0;
          for (const field of n.childrenForFieldName('body')) {
            if (field?.type !== 'data_definition') continue;
            const { size, unit } = dataSize(field, structSizes);
            const fieldName = field.childForFieldName('name');
            if (fieldName) {
              define(fieldName, 'field', field, { container: name.text, offset, size, unit });
              occurrences.push({ name: fieldName.text, span: spanOf(fieldName) });
            }
            offset += size;
          }
          structSizes.set(name.text.toLowerCase(), offset);
          const defined = definitions[struct];
          if (defined) definitions[struct] = { ...defined, size: offset, unit: offset };
          return false;
        }
        default:
          return true;
      }
    });
  };
  visit(root, undefined);
  return { definitions, occurrences, includes };
}
