import type { Range, TextEdit } from 'vscode-languageserver';
import type { DiagnosticFix } from './quickFixesData.js';
import {
  asmLine, gapAfter, inCaseOf, instruction, linesAfter, linesBefore, nextCodeLine, replaceCode, styleOf,
  type AsmLine, type AsmStyle, type FixDocument, type QuickFix,
} from './quickFixesLines.js';

// PW312: a bound check in front of a reason dispatch, as the docs page
// describes it. The table's offsets are relative to the dispatch itself, so
// an instruction inserted before it moves nothing the table depends on.

const LABEL = 'UnknownReason';
const ERROR_LABEL = 'UnknownSWIError';
const PC = '(?:pc|r15)';
const ADD_DISPATCH = new RegExp(`^${PC}\\s*,\\s*${PC}\\s*,\\s*(r\\d+)\\s*,\\s*lsl\\s*#\\s*2$`, 'i');
const LDR_DISPATCH = new RegExp(`^${PC}\\s*,\\s*\\[\\s*${PC}\\s*,\\s*(r\\d+)\\s*,\\s*lsl\\s*#\\s*2\\s*\\]$`, 'i');

/** Lines of the table after the skipped slot: `n` unconditional branches, or `n` words of data. */
function tableEnd(doc: FixDocument, slot: number, entries: number, words: boolean): number | undefined {
  let line = slot, count = 0;
  while (count < entries) {
    const next = nextCodeLine(doc, line);
    const insn = next === undefined ? undefined : asmLine(doc, next);
    if (!insn) return undefined;
    if (words && /^(dcd|equd)$/i.test(insn.mnemonic)) count += insn.operands.split(',').length;
    else if (!words && /^b$/i.test(insn.mnemonic) && /^\S+$/.test(insn.operands)) count++;
    else return undefined;
    line = insn.line;
  }
  return count === entries ? line : undefined;
}

/**
 * Returns V set (BBC BASIC has no SETV, so both dialects set V by an
 * overflow) with R0 = 0, a handler's generic error, or elsewhere R0 pointing
 * at an error block: the kernel's "SWI not known", &1E6.
 */
function unknownReason(doc: FixDocument, style: AsmStyle, reg: (name: string) => string, handler: boolean): string[] {
  const basic = doc.dialect === 'basic';
  const label = (name: string): string => (basic ? `.${name}` : name);
  const error = handler ? [instruction(style, 'MOV', `${reg('r0')}, #0`)] : [instruction(style, 'ADR', `${reg('r0')}, ${ERROR_LABEL}`)];
  const block = handler ? [] : [
    label(ERROR_LABEL),
    ...(basic ? [instruction(style, 'EQUD', '&1E6'), instruction(style, 'EQUS', '"Unknown SWI" + CHR$0'), instruction(style, 'ALIGN', '').trimEnd()]
      : [instruction(style, 'DCD', '&1E6'), instruction(style, 'DCB', '"Unknown SWI", 0'), instruction(style, 'ALIGN', '').trimEnd()]),
  ];
  return [
    '',
    label(LABEL),
    instruction(style, 'MOV', `${reg('r0')}, #&80000000`),
    instruction(style, 'CMP', `${reg('r0')}, #1`),
    ...error,
    instruction(style, 'MOV', `${reg('pc')}, ${reg(basic ? 'r14' : 'lr')}`),
    ...block,
  ];
}

const definesLabel = (doc: FixDocument): boolean =>
  doc.lines.some((l) => (doc.dialect === 'basic' ? new RegExp(`(^|:)\\s*\\.${LABEL}\\b`) : new RegExp(`^${LABEL}\\b`)).test(l));

/** The instruction the PC+8 rule skips, when it is a no-op that can become the branch for out-of-range reasons. */
function noOpSlot(doc: FixDocument, dispatch: AsmLine): AsmLine | undefined {
  const line = nextCodeLine(doc, dispatch.line);
  const slot = line === undefined ? undefined : asmLine(doc, line);
  if (!slot) return undefined;
  const operands = slot.operands.replace(/\s+/g, '').toLowerCase();
  return (/^nop$/i.test(slot.mnemonic) && operands === '') || (/^mov$/i.test(slot.mnemonic) && operands === 'r0,r0') ? slot : undefined;
}

export function insertBoundCheck(doc: FixDocument, range: Range, fix: DiagnosticFix): QuickFix | undefined {
  if (fix.kind !== 'bound-check') return undefined;
  const dispatch = asmLine(doc, range.start.line);
  if (!dispatch) return undefined;
  const words = /^ldr$/i.test(dispatch.mnemonic);
  const index = (words ? LDR_DISPATCH : /^add$/i.test(dispatch.mnemonic) ? ADD_DISPATCH : undefined)?.exec(dispatch.operands)?.[1];
  if (index === undefined || Number(index.slice(1)) !== fix.register) return undefined;
  const entries = fix.bound;
  const style = styleOf(dispatch);
  const reg = (name: string): string => inCaseOf(index, name);
  // BBC BASIC's assembler spells "lower" CC; ObjAsm reads LO, the docs' spelling.
  const conditional = `${dispatch.mnemonic}${inCaseOf(dispatch.mnemonic, doc.dialect === 'basic' ? 'CC' : 'LO')}`;
  const edits: TextEdit[] = [
    linesBefore(doc, dispatch.line, [instruction(style, 'CMP', `${index}, #${entries}`)]),
    replaceCode(doc, dispatch.line, dispatch.mnemonicStart, dispatch.operandsStart, `${conditional}${gapAfter(style, conditional)}`),
  ];
  const slot = noOpSlot(doc, dispatch);
  const end = slot && !definesLabel(doc) ? tableEnd(doc, slot.line, entries, words) : undefined;
  if (slot && (end !== undefined || definesLabel(doc))) {
    const branch = inCaseOf(slot.mnemonic, 'B');
    edits.push(replaceCode(doc, slot.line, slot.mnemonicStart, slot.end, `${branch}${gapAfter(style, branch)}${LABEL}`));
    if (end !== undefined) edits.push(linesAfter(doc, end, unknownReason(doc, style, reg, fix.handler)));
  }
  return { title: `Check R${fix.register} < ${entries} before the dispatch`, edits, preferred: true };
}
