import type { Node } from 'web-tree-sitter';
import type { LanguageId } from '../../languages/languageId.js';
import { spanOf, type Span } from './sourceModel.js';
import { walkNamed } from './treeWalk.js';

/**
 * One definition of a label that has no name of its own — an ObjAsm numeric
 * local label (`10`) or a MASM anonymous label (`@@:`) — with the references
 * that reach it. The same text means different labels in different places,
 * so these are linked by position, the way the lowering resolves them.
 */
export interface LocalLabel {
  readonly definition: Span;
  readonly references: readonly Span[];
  /** The written label: `10`, `@@`. */
  readonly text: string;
  /** Definitions of the same number in the same ROUT scope (ObjAsm), which a renamed label must not collide with. */
  readonly siblings: readonly string[];
}

interface Definition {
  /** The written label, without the routine name an ObjAsm label may carry (`10Copy`). */
  readonly span: Span;
  readonly scope: number;
  readonly number: string;
  readonly order: number;
}

interface Reference {
  readonly span: Span;
  readonly scope: number;
  readonly number: string;
  readonly direction: 'B' | 'F' | undefined;
  readonly order: number;
}

function link(definitions: readonly Definition[], references: readonly Reference[], text: (d: Definition) => string): LocalLabel[] {
  const uses = new Map<Definition, Span[]>(definitions.map((d) => [d, []]));
  for (const ref of references) {
    const candidates = definitions.filter((d) => d.scope === ref.scope && d.number === ref.number);
    const backward = (): Definition | undefined => candidates.filter((d) => d.order < ref.order).at(-1);
    const forward = (): Definition | undefined => candidates.find((d) => d.order > ref.order);
    const target = ref.direction === 'B' ? backward() : ref.direction === 'F' ? forward() : backward() ?? forward();
    if (target) uses.get(target)?.push(ref.span);
  }
  return definitions.map((d) => ({
    definition: d.span,
    references: uses.get(d) ?? [],
    text: text(d),
    siblings: [...new Set(definitions.filter((o) => o.scope === d.scope).map((o) => o.number))],
  }));
}

/**
 * ObjAsm: each ROUT opens a new scope; `%B10` is the nearest 10 above in the
 * scope, `%F10` the nearest below, `%10` either, above first. The `A`/`T`
 * macro-level letters do not change which label is meant outside macros.
 */
function objasmLocalLabels(root: Node): LocalLabel[] {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  let scope = 0;
  let order = 0;
  walkNamed(root, (n, type) => {
    if (type === 'macro_definition') return false;
    if (type === 'routine' || type === 'rout_statement') scope++;
    else if (type === 'local_label') {
      const digits = /^\d+/.exec(n.text)?.[0] ?? '';
      const { start } = spanOf(n);
      const span = { start, end: { line: start.line, character: start.character + digits.length } };
      definitions.push({ span, scope, number: String(Number(digits)), order: order++ });
    } else if (type === 'local_label_ref') {
      const number = n.childForFieldName('number');
      const direction = n.childForFieldName('direction')?.text.toUpperCase();
      if (number) {
        references.push({
          span: spanOf(number), scope, number: String(Number(number.text)),
          direction: direction === 'B' || direction === 'F' ? direction : undefined, order: order++,
        });
      }
      return false;
    }
    return true;
  });
  return link(definitions, references, (d) => d.number);
}

/** MASM: `@B` is the nearest `@@:` above, `@F` the nearest below, across the whole file. */
function masmAnonymousLabels(root: Node): LocalLabel[] {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  let order = 0;
  walkNamed(root, (n, type) => {
    if (type === 'macro_definition') return false;
    if (type === 'label') {
      const name = n.childForFieldName('name');
      if (name?.text === '@@') definitions.push({ span: spanOf(name), scope: 0, number: '@@', order: order++ });
      return false;
    }
    if (type === 'anonymous_label_ref') {
      references.push({ span: spanOf(n), scope: 0, number: '@@', direction: n.text.toUpperCase() === '@B' ? 'B' : 'F', order: order++ });
      return false;
    }
    return true;
  });
  return link(definitions, references, () => '@@');
}

export function findLocalLabels(dialect: LanguageId, root: Node): LocalLabel[] {
  if (dialect === 'riscos-objasm') return objasmLocalLabels(root);
  if (dialect === 'vxd-masm') return masmAnonymousLabels(root);
  return [];
}
