import type { Node } from 'web-tree-sitter';
import { findSwi } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import { evaluate } from './evaluate.js';
import { spanOf, type HandlerLabel } from './sourceModel.js';
import { walkNamed } from './treeWalk.js';

const NON_WRITING = new Set(['CMP', 'CMN', 'TEQ', 'TST', 'STR', 'STM', 'STMFD', 'STMIA', 'STMDB', 'PUSH']);
const ADDRESS_LOADS = new Set(['ADR', 'ADRL', 'MOV', 'LDR']);

const registerNumber = (node: Node | undefined): number | undefined => {
  if (node?.type !== 'register') return undefined;
  const match = /^r(\d+)$/i.exec(node.text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** The label an operand names: `Handler`, `=Handler` or `handler%`. */
const labelOperand = (node: Node | undefined): Node | undefined => {
  if (node?.type === 'identifier') return node;
  if (node?.type === 'pool_literal') return labelOperand(node.childForFieldName('value') ?? undefined);
  return undefined;
};

const swiName = (node: Node | null): string => node?.text.replace(/^"|"$/g, '') ?? '';

/**
 * Labels registered as dynamic-area handlers: R6 of an OS_DynamicArea 0 call,
 * tracked through straight-line `MOV r0, #0` / `ADR r6, label` before the
 * SWI, or the seventh argument of a BASIC `SYS "OS_DynamicArea", 0, ...`.
 */
export function findHandlerRegistrations(dialect: LanguageId, root: Node): HandlerLabel[] {
  const handlers: HandlerLabel[] = [];
  let r0: number | undefined;
  let r6: Node | undefined;
  const register = (label: Node | undefined): void => {
    if (label) handlers.push({ name: label.text, span: spanOf(label) });
  };
  walkNamed(root, (n, type) => {
    if (type === 'instruction') {
      const mnemonic = n.childForFieldName('mnemonic')?.text.toUpperCase() ?? '';
      const operands = n.childrenForFieldName('operand').filter((o): o is Node => o !== null);
      const target = registerNumber(operands[0]);
      if (target === undefined || NON_WRITING.has(mnemonic)) return false;
      if (target === 0) r0 = mnemonic === 'MOV' && operands[1] ? evaluate(dialect, operands[1], () => undefined) : undefined;
      if (target === 6) r6 = ADDRESS_LOADS.has(mnemonic) ? labelOperand(operands[1]) : undefined;
      return false;
    }
    if (type === 'swi') {
      if (findSwi(swiName(n.childForFieldName('name')))?.swi.name === 'OS_DynamicArea' && r0 === 0) register(r6);
      return false;
    }
    if (type === 'sys_call') {
      const args = n.childrenForFieldName('argument').filter((a): a is Node => a !== null);
      const first = args[0];
      if (findSwi(swiName(n.childForFieldName('name')))?.swi.name === 'OS_DynamicArea' && first && evaluate(dialect, first, () => undefined) === 0) {
        register(labelOperand(args[6]));
      }
      return false;
    }
    return true;
  });
  return handlers;
}
