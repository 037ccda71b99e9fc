import type { Node } from 'web-tree-sitter';
import type { Extraction } from './masmModel.js';
import { spanOf, type Definition } from './sourceModel.js';
import { commentAbove, walkNamed } from './treeWalk.js';

/** REM lines, and `;` or `\` comments inside assembler, each with an optional line number. */
const stripComment = (text: string): string | undefined => /^\s*(?:\d+\s*)?(?:REM|;|\\)\s?(.*)$/i.exec(text)?.[1]?.trimEnd();

/**
 * BBC BASIC definitions: PROC/FN, assembler labels (which are BASIC variables
 * the assembler assigns) and the first assignment of each variable, with
 * every place that sets it when there are several; and the libraries
 * LIBRARY/INSTALL load.
 */
export function extractBasic(uri: string, root: Node, lines: readonly string[]): Extraction {
  const definitions: Definition[] = [];
  const occurrences: Extraction['occurrences'] = [];
  const includes: Extraction['includes'] = [];
  const seen = new Set<string>();
  /** The places each variable is set, by `=`, `+=`, FOR or DIM, in the order of the text. */
  const settings = new Map<string, { readonly line: number; readonly value?: Node }[]>();
  let procedure: string | undefined;

  const define = (nameNode: Node, kind: Definition['kind'], extentNode: Node, extra: Partial<Definition> = {}): void => {
    definitions.push({
      name: nameNode.text, kind, uri, span: spanOf(nameNode), extent: spanOf(extentNode),
      line: (lines[nameNode.startPosition.row] ?? '').trim(),
      comment: commentAbove(lines, extentNode.startPosition.row, stripComment),
      ...(procedure ? { parent: procedure } : {}), ...extra,
    });
    seen.add(nameNode.text);
  };
  const variable = (nameNode: Node | null, extentNode: Node, value?: Node | null): void => {
    if (nameNode?.type !== 'identifier') return;
    settings.set(nameNode.text, [...settings.get(nameNode.text) ?? [], { line: extentNode.startPosition.row, ...(value ? { value } : {}) }]);
    if (!seen.has(nameNode.text)) define(nameNode, 'variable', extentNode, value ? { value } : {});
  };

  walkNamed(root, (n, type) => {
    switch (type) {
      case 'identifier':
      case 'proc_name':
      case 'fn_name':
        occurrences.push({ name: n.text, span: spanOf(n) });
        return false;
      case 'procedure_definition':
      case 'function_definition': {
        const name = n.childForFieldName('name');
        if (!name) return true;
        procedure = undefined;
        const parameters = (n.childForFieldName('parameters')?.childrenForFieldName('parameter') ?? []).map((p) => p?.text ?? '').filter(Boolean);
        define(name, type === 'procedure_definition' ? 'procedure' : 'function', n, { parameters });
        procedure = name.text;
        return true;
      }
      case 'asm_label': {
        const name = n.childForFieldName('name');
        const identifier = name?.type === 'array_element' ? name.childForFieldName('name') : name;
        if (identifier) define(identifier, 'label', n);
        return true;
      }
      case 'assignment': {
        // `+=` and `-=` give a value worked out from the one before, not the right-hand side's.
        const plain = (n.childForFieldName('operator')?.text ?? '=') === '=';
        variable(n.childForFieldName('left'), n, plain ? n.childForFieldName('right') : undefined);
        return true;
      }
      case 'sys_call':
        // `SYS … TO ,, code%` sets code% to what the SWI returns: a place that sets it, though not its definition.
        for (const output of [...n.childrenForFieldName('output'), ...n.childrenForFieldName('flags')]) {
          if (output?.type === 'identifier') settings.set(output.text, [...settings.get(output.text) ?? [], { line: n.startPosition.row }]);
        }
        return true;
      case 'for_statement':
        variable(n.childForFieldName('variable'), n);
        return true;
      case 'dim_item':
        variable(n.childForFieldName('name'), n);
        return true;
      case 'basic_statement': {
        // LIBRARY and INSTALL load PROCs and FNs from another BASIC file.
        const keyword = n.childForFieldName('keyword')?.text.toUpperCase();
        const argument = n.childForFieldName('arguments');
        const path = argument && /^"([^"]+)"/.exec(argument.text)?.[1];
        if ((keyword === 'LIBRARY' || keyword === 'INSTALL') && argument && path) {
          const start = spanOf(argument).start;
          includes.push({ path, span: { start: { line: start.line, character: start.character + 1 }, end: { line: start.line, character: start.character + 1 + path.length } } });
        }
        return true;
      }
      default:
        return true;
    }
  });
  const withSettings = definitions.map((d) => {
    const places = d.kind === 'variable' ? settings.get(d.name) ?? [] : [];
    return places.length > 1 ? { ...d, settings: places } : d;
  });
  return { definitions: withSettings, occurrences, includes };
}
