import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { Evaluator } from './expressions.js';
import { argumentSlots, child, unbracketed } from './syntax.js';

// Conditional assembly: which branch of an IF/ELSEIF/ELSE chain assembles.

export interface ConditionHost {
  readonly evaluator: Evaluator;
  /** IFDEF: a symbol of the program or a define; catalogue constants do not count. */
  isDefined(name: string): boolean;
  /** `codeDiffers` as in `UnmodelledItem`: an IF not known picks a branch of assembly. */
  unmodelled(message: string, node: Node, codeDiffers?: boolean): void;
}

/** The result of one IF-family test; an unevaluable IF counts as false (and is noted). */
export function testCondition(clause: Node, host: ConditionHost): boolean {
  const directive = (child(clause, 'directive')?.text ?? '').toLowerCase().replace(/^else/, '');
  const slots = argumentSlots(clause, 'condition');
  const text = (i: number): string => {
    const n = slots[i];
    return n ? unbracketed(n) : '';
  };
  switch (directive) {
    case 'if': case 'ife': {
      const node = slots[0];
      const value = node && host.evaluator.constant(node);
      if (value === undefined) {
        host.unmodelled(`condition "${node?.text ?? ''}" cannot be evaluated; assembled as false`, node ?? clause, true);
        return false;
      }
      return directive === 'if' ? value !== 0n : value === 0n;
    }
    case 'ifdef': return host.isDefined(text(0));
    case 'ifndef': return !host.isDefined(text(0));
    case 'ifb': return text(0) === '';
    case 'ifnb': return text(0) !== '';
    case 'ifidn': return text(0) === text(1);
    case 'ifidni': return text(0).toLowerCase() === text(1).toLowerCase();
    case 'ifdif': return text(0) !== text(1);
    case 'ifdifi': return text(0).toLowerCase() !== text(1).toLowerCase();
    // MASM 6 assembles in one pass: IF1 holds, IF2 does not.
    case 'if1': return true;
    case 'if2': return false;
    default:
      host.unmodelled(`conditional ${directive} is not modelled; assembled as false`, clause, true);
      return false;
  }
}

/** The clause whose body assembles: the conditional itself, an ELSEIF, the ELSE, or none; `holds` tests the IF's and each ELSEIF's condition. */
export function chosenClause(conditional: Node, holds: (clause: Node) => boolean): Node | undefined {
  if (holds(conditional)) return conditional;
  for (const alt of conditional.childrenForFieldName('alternative')) {
    if (!alt) continue;
    if (alt.type === 'else_clause' || holds(alt)) return alt;
  }
  return undefined;
}
