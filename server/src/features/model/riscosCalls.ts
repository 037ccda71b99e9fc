import type { Node } from 'web-tree-sitter';
import { findSwi, findSwiByNumber, findSwiReason, type SwiMatch, type SwiReason } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import { evaluate, parseLiteral } from './evaluate.js';

const LOOKBACK = 24;

/** The SWI a `SWI` operand or a SYS name names: `XOS_Memory`, `"OS_Memory"` or `&20068`. */
export function swiOf(dialect: LanguageId, node: Node | null): SwiMatch | undefined {
  if (!node) return undefined;
  const text = node.text.replace(/^"|"$/g, '');
  const number = parseLiteral(dialect, text);
  return number === undefined ? findSwi(text) : findSwiByNumber(number);
}

const isR0 = (node: Node | null | undefined): boolean => node?.type === 'register' && /^(r0|a1)$/i.test(node.text);

/**
 * The reason a SWI with reasons is called with: the nearest preceding
 * instruction that writes R0, when it is `MOV r0, #n`. Anything else writing
 * R0 (or a label in between, where another path may join) leaves it unknown.
 */
export function reasonBefore(dialect: LanguageId, swiNode: Node, match: SwiMatch, lookup: (name: string) => number | undefined): SwiReason | undefined {
  if (!match.swi.reasons) return undefined;
  let node = swiNode.previousNamedSibling;
  for (let steps = 0; node && steps < LOOKBACK; steps++, node = node.previousNamedSibling) {
    if (node.type === 'label' || node.type === 'asm_label' || node.type === 'local_label') return undefined;
    if (node.type !== 'instruction') continue;
    const operands = node.childrenForFieldName('operand');
    if (!isR0(operands[0])) continue;
    const mnemonic = node.childForFieldName('mnemonic')?.text.toUpperCase();
    if (mnemonic === 'CMP' || mnemonic === 'TEQ' || mnemonic === 'TST' || mnemonic === 'CMN' || mnemonic?.startsWith('ST')) continue;
    const source = operands[1];
    const value = mnemonic === 'MOV' && source && !node.childForFieldName('condition') ? evaluate(dialect, source, lookup) : undefined;
    return value === undefined ? undefined : findSwiReason(match.swi.name, value);
  }
  return undefined;
}

/** The reason of a BASIC `SYS "Name", reason, ...`: its first argument. */
export function sysReason(dialect: LanguageId, sysNode: Node, match: SwiMatch, lookup: (name: string) => number | undefined): SwiReason | undefined {
  const first = sysNode.childrenForFieldName('argument')[0];
  const value = first ? evaluate(dialect, first, lookup) : undefined;
  return value === undefined || !match.swi.reasons ? undefined : findSwiReason(match.swi.name, value);
}
