import { basicWords } from '../languages/basicWords.js';
import type { LanguageId } from '../languages/languageId.js';
import { ARM_CONDITIONS, ARM_MNEMONICS } from './knowledge/armMnemonics.js';
import { findDirective } from './knowledge/directives.js';
import { armRegisterDoc, x86RegisterDoc } from './knowledge/registers.js';
import { X86_MNEMONICS } from './knowledge/x86Mnemonics.js';

// Words a rename must not produce: the assembler would read them as a
// register, an instruction or a directive, not as the renamed symbol.

/** MASM's expression operators and type names, which are reserved words too. */
const MASM_OPERATORS = new Set([
  'and', 'or', 'xor', 'not', 'shl', 'shr', 'mod', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'type', 'seg', 'short', 'near', 'far', 'this',
  'high', 'low', 'byte', 'sbyte', 'word', 'sword', 'dword', 'sdword', 'fword', 'qword', 'tbyte', 'real4', 'real8', 'real10', 'st',
]);

const isDirective = (dialect: LanguageId, name: string): boolean => findDirective(dialect, name)?.kind === 'directive';

/** ObjAsm reads an instruction written all in capitals or all in lower case, with or without a condition. */
function isArmInstruction(name: string): boolean {
  if (name !== name.toUpperCase() && name !== name.toLowerCase()) return false;
  const upper = name.toUpperCase();
  return ARM_MNEMONICS.has(upper) || ARM_CONDITIONS.some(([c]) => upper.endsWith(c) && ARM_MNEMONICS.has(upper.slice(0, -c.length)));
}

/** Why `name` cannot be a user symbol's name in `dialect`; undefined when it can. */
export function reservedNameReason(dialect: LanguageId, name: string): string | undefined {
  switch (dialect) {
    case 'vxd-masm': {
      if (x86RegisterDoc(name) !== undefined) return 'is a register';
      const lower = name.toLowerCase();
      return X86_MNEMONICS.has(lower) || MASM_OPERATORS.has(lower) || isDirective(dialect, name) ? 'is a reserved word' : undefined;
    }
    case 'riscos-objasm':
      if (armRegisterDoc(name) !== undefined) return 'is a register';
      return isArmInstruction(name) || isDirective(dialect, name) ? 'is a reserved word' : undefined;
    case 'riscos-bbcbasic': {
      // The BASIC assembler reads R0-R15 and PC as registers before it looks for a variable.
      if (/^(?:r(?:1[0-5]|\d)|pc)$/i.test(name)) return 'is a register';
      const words = basicWords(name);
      return words.length === 1 && words[0]?.kind !== 'keyword' && words[0]?.text === name ? undefined : 'is read as a BASIC keyword';
    }
  }
}
