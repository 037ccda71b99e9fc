import type { Range } from 'vscode-languageserver';
import type { DiagnosticFix } from './quickFixesData.js';
import {
  asmLine, gapAfter, inCaseOf, instruction, linesAfter, linesBefore, nextCodeLine, replace, replaceCode, styleOf,
  type AsmLine, type AsmStyle, type FixDocument, type QuickFix,
} from './quickFixesLines.js';
import { writtenCall } from './quickFixesVmmCall.js';

// PW210/PW211 fixes add the failure test a service call is missing. The
// finding sits on the use of the result; its fix data names the call, the
// register and the failure value, and the test goes right after that call.

/** Placeholder for the failure path: the assembler rejects it until it is renamed. */
const PLACEHOLDER = 'PW_Fail';
const ZERO_JUMPS = /^(jz|je|jnz|jne)$/i;

interface CallSite {
  readonly service: string;
  readonly insn: AsmLine;
  /** The call's last line, where the test goes after: a trailing `\\` may continue its argument list. */
  readonly lastLine: number;
  /** The register that holds the result, as the model names it (lower case). */
  readonly register: string;
}

/**
 * The `VMMcall` whose result the finding is about, when it is on this
 * document's lines as a macro call and the failure value is `failure`.
 */
function callSite(doc: FixDocument, fix: DiagnosticFix, failure: bigint): CallSite | undefined {
  if (fix.kind !== 'test-result' || !/^0x[0-9a-f]+$/i.test(fix.value) || BigInt(fix.value) !== failure) return undefined;
  const call = writtenCall(doc, fix.call.start.line);
  if (!call || call.service.toLowerCase() !== fix.service.toLowerCase() || !/^(vmmcall|vxdcall)$/i.test(call.insn.mnemonic)) return undefined;
  return { service: fix.service, insn: call.insn, lastLine: call.lastLine, register: fix.register.toLowerCase() };
}

/** The style of plain instructions near the call; a macro line's single space is not one. */
function styleNear(doc: FixDocument, call: AsmLine): AsmStyle {
  const plain = (line: number): AsmLine | undefined => {
    const insn = asmLine(doc, line);
    return insn && insn.gap !== '' && !/call$|jmp$/i.test(insn.mnemonic) ? insn : undefined;
  };
  for (let d = 1; d < doc.lines.length; d++) {
    const sample = plain(call.line + d) ?? plain(call.line - d);
    if (sample) return styleOf(sample, call.indent);
  }
  return styleOf(call);
}

const register = (style: AsmStyle, name: string): string => (style.upper ? name.toUpperCase() : name);

/** A zero test of the result's register right after the call (ending on `callEnd`), and the conditional jump that acts on it. */
function zeroTest(doc: FixDocument, callEnd: number, reg: string): { test: AsmLine; jump: AsmLine } | undefined {
  const testLine = nextCodeLine(doc, callEnd);
  const test = testLine === undefined ? undefined : asmLine(doc, testLine);
  if (!test) return undefined;
  const operands = test.operands.replace(/\s+/g, '').toLowerCase();
  const isZeroTest = (/^(test|or)$/i.test(test.mnemonic) && operands === `${reg},${reg}`) || (/^cmp$/i.test(test.mnemonic) && new RegExp(`^${reg},0+h?$`).test(operands));
  const jumpLine = nextCodeLine(doc, test.line);
  const jump = jumpLine === undefined ? undefined : asmLine(doc, jumpLine);
  if (!isZeroTest || !jump || !ZERO_JUMPS.test(jump.mnemonic) || !/^(short\s+)?[\w@$?]+$/i.test(jump.operands)) return undefined;
  return { test, jump };
}

/** `-1` where the file already compares with -1, the hexadecimal the docs use otherwise. */
const failureValue = (doc: FixDocument): string => (doc.lines.some((l) => /\bcmp\s+\w+\s*,\s*-1\b/i.test(l)) ? '-1' : '0FFFFFFFFh');

/**
 * PW210. A zero test right after the call is the test the author meant:
 * it becomes a test for 0FFFFFFFFh, and its jump keeps its target. For
 * _XchgFreePhysReg, 0 is a valid result the code may rely on, so the zero
 * test stays and the failure test goes in front of it, to the same target.
 */
export function testForAllOnes(doc: FixDocument, _range: Range, fix: DiagnosticFix): QuickFix | undefined {
  const site = callSite(doc, fix, 0xffffffffn);
  if (!site) return undefined;
  const failed = failureValue(doc);
  const title = `Test for ${failed} after ${site.service}`;
  const existing = zeroTest(doc, site.lastLine, site.register);
  if (existing && site.service !== '_XchgFreePhysReg') {
    const { test, jump } = existing;
    const style = styleOf(test);
    const cmp = inCaseOf(test.mnemonic, 'cmp');
    const reg = test.operands.slice(0, 3);
    const edits = [replaceCode(doc, test.line, test.mnemonicStart, test.end, `${cmp}${gapAfter(style, cmp)}${reg}, ${failed}`)];
    // jz/je are one instruction: the rename only makes the source read as a comparison.
    const equal = /^jz$/i.test(jump.mnemonic) ? 'je' : /^jnz$/i.test(jump.mnemonic) ? 'jne' : undefined;
    if (equal) edits.push(replace(jump.line, jump.mnemonicStart, jump.mnemonicStart + jump.mnemonic.length, inCaseOf(jump.mnemonic, equal)));
    return { title, edits, preferred: true };
  }
  if (existing && /^(jz|je)$/i.test(existing.jump.mnemonic)) {
    const before = styleOf(existing.test);
    const lines = [instruction(before, 'cmp', `${register(before, site.register)}, ${failed}`), instruction(before, 'je', existing.jump.operands)];
    return { title, edits: [linesBefore(doc, existing.test.line, lines)], preferred: true };
  }
  const style = styleNear(doc, site.insn);
  const lines = [instruction(style, 'cmp', `${register(style, site.register)}, ${failed}`), instruction(style, 'je', PLACEHOLDER)];
  return { title, edits: [linesAfter(doc, site.lastLine, lines)], preferred: true };
}

/** PW211: `test eax, eax` / `jz`, unless the call is already followed by a test (of the wrong kind), which is the user's to repair. */
export function testForZero(doc: FixDocument, _range: Range, fix: DiagnosticFix): QuickFix | undefined {
  const site = callSite(doc, fix, 0n);
  if (!site) return undefined;
  const nextLine = nextCodeLine(doc, site.lastLine);
  const next = nextLine === undefined ? undefined : asmLine(doc, nextLine);
  if (next && /^(test|cmp|or|and|inc|dec|not|neg)$/i.test(next.mnemonic) && /^e[ad]x\b/i.test(next.operands)) return undefined;
  const style = styleNear(doc, site.insn);
  const reg = register(style, site.register);
  const lines = [instruction(style, 'test', `${reg}, ${reg}`), instruction(style, 'jz', PLACEHOLDER)];
  return { title: `Test ${site.service}'s result for 0`, edits: [linesAfter(doc, site.lastLine, lines)], preferred: true };
}
