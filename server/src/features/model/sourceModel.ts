import type { Node, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../../languages/languageId.js';
import type { LocalLabel } from './localLabels.js';
import type { Arm } from './objasmConditions.js';

/** 0-based line/UTF-16 column span, the LSP shape. */
export interface Span {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export type DefinitionKind =
  | 'label' | 'procedure' | 'equate' | 'variable' | 'macro' | 'struct' | 'field' | 'storage-field'
  | 'segment' | 'area' | 'register-alias' | 'function';

/** One named thing the source defines, with what hover and the outline need to know about it. */
export interface Definition {
  /** As the assembler reads it: an ObjAsm label's with its variables substituted (`lab$s` with `s SETS "One"` is labOne). */
  readonly name: string;
  /** The name as written, where the assembler reads another (its variables substituted). */
  readonly written?: string;
  readonly kind: DefinitionKind;
  readonly uri: string;
  /** The name itself. */
  readonly span: Span;
  /** The whole construct (a procedure from BeginProc to EndProc). */
  readonly extent: Span;
  /** The source line that defines it, trimmed. */
  readonly line: string;
  /** Comment lines directly above, without their comment markers. */
  readonly comment: readonly string[];
  /** Value expression of an equate or variable assignment; size expression of a storage-map field. */
  readonly value?: Node;
  readonly parameters?: readonly string[];
  /** Struct or storage map the field belongs to, and its byte offset there. */
  readonly container?: string;
  readonly offset?: number;
  /** Bytes: a field's, a data definition's, a whole structure's. */
  readonly size?: number;
  /** Bytes per element of a data definition or field (MASM `TYPE`); `size / unit` elements. */
  readonly unit?: number;
  /** Storage-map field: the map's start and the sizes of the fields before this one. */
  readonly layout?: { readonly start?: Node; readonly sizes: readonly Node[] };
  /** Enclosing procedure, routine, segment or area (for the outline). */
  readonly parent?: string;
  /**
   * Every place a BBC BASIC variable set at two or more is set (`=`,
   * `+=`, FOR, DIM, `SYS … TO`), in the order of the text: a run may hold
   * any of their values, the arms of an IF each theirs. `value` is the
   * right-hand side of a plain `=`, else absent. Of an ObjAsm variable or
   * equate set in an arm of `[ | ]` or IF/ELSE, each place (SETA, SETL,
   * SETS, EQU) with the conditions it stands under (`arms`), of which
   * the assembly takes the arms whose conditions hold.
   */
  readonly settings?: readonly { readonly line: number; readonly value?: Node; readonly arms?: readonly Arm[] }[];
  /** ObjAsm: the conditions of the `[ | ]` and IF arms the definition is written in, innermost first. */
  readonly arms?: readonly Arm[];
}

/** A use or definition of a name, the unit of references, rename and highlights. */
export interface Occurrence {
  readonly name: string;
  readonly span: Span;
}

export interface IncludeRef {
  readonly path: string;
  readonly span: Span;
}

/** A dynamic-area handler found from its registration (R6 of OS_DynamicArea 0). */
export interface HandlerLabel {
  readonly name: string;
  readonly span: Span;
}

export interface SourceModel {
  readonly uri: string;
  readonly dialect: LanguageId;
  readonly text: string;
  readonly lines: readonly string[];
  readonly tree: Tree;
  readonly definitions: readonly Definition[];
  readonly occurrences: readonly Occurrence[];
  readonly includes: readonly IncludeRef[];
  readonly handlers: readonly HandlerLabel[];
  readonly localLabels: readonly LocalLabel[];
  /** ObjAsm: the values the file leaves its variables with where they are known (`objasmNames.ts`), for the files that GET it. */
  readonly variableValues?: ReadonlyMap<string, string | undefined>;
  /** ObjAsm: a label's name keeps a `$name` of a variable the file does not set; one a file it GETs sets names it. */
  readonly namesFromIncludes?: boolean;
}

export const spanOf = (node: Node): Span => ({
  start: { line: node.startPosition.row, character: node.startPosition.column },
  end: { line: node.endPosition.row, character: node.endPosition.column },
});

/**
 * MASM names ignore case; ObjAsm and BASIC names do not. ObjAsm's bars only quote a name, so `|plain|` and `plain`
 * are one symbol, as the lowering's `symbolName` reads them.
 */
export function nameKey(dialect: LanguageId, name: string): string {
  if (dialect === 'vxd-masm') return name.toLowerCase();
  return dialect === 'riscos-objasm' && name.length > 2 && name.startsWith('|') && name.endsWith('|') ? name.slice(1, -1) : name;
}

export function contains(span: Span, line: number, character: number): boolean {
  if (line < span.start.line || line > span.end.line) return false;
  if (line === span.start.line && character < span.start.character) return false;
  return !(line === span.end.line && character > span.end.character);
}
