import type { Range } from 'vscode-languageserver';
import { SWI_X_BIT } from '../../../emulator/src/index.js';
import type { DiagnosticFix } from './quickFixesData.js';
import { replaceCode, type FixDocument, type QuickFix } from './quickFixesLines.js';

// PW311: only the SWI operand changes. The finding's range is the SWI
// instruction itself, so the operand is read from exactly that text.
// PW101 on a SWI name in another case: the finding's range is the name
// (quoted in BBC BASIC, perhaps between bars in ObjAsm, one symbol of an
// expression there), written again as the SWI's.

/** The operand with bit 17 set, or undefined when it is not a plain name or number this can rewrite. */
function xForm(operand: string, name: string): string | undefined {
  const quoted = /^"(\w+)"$/.exec(operand)?.[1];
  const bare = /^[A-Za-z_]\w*$/.test(operand) ? operand : undefined;
  const swi = quoted ?? bare;
  if (swi !== undefined) {
    if (swi !== name) return undefined;
    // A SWI's name is written as the catalogue writes it (findSwi), so its X form starts with `X`.
    const x = `X${swi}`;
    return quoted === undefined ? x : `"${x}"`;
  }
  const number = /^(&|0x)([0-9a-f]+)$/i.exec(operand);
  const value = number?.[2] ? parseInt(number[2], 16) : /^\d+$/.test(operand) ? parseInt(operand, 10) : undefined;
  if (value === undefined || (value & SWI_X_BIT) !== 0) return undefined;
  const x = value | SWI_X_BIT;
  if (!number?.[2]) return String(x);
  const digits = x.toString(16);
  return `${number[1]}${/[A-F]/.test(number[2]) || !/[a-f]/.test(number[2]) ? digits.toUpperCase() : digits}`;
}

export function useXForm(doc: FixDocument, range: Range, fix: DiagnosticFix): QuickFix | undefined {
  if (fix.kind !== 'x-form') return undefined;
  const name = fix.swi;
  const { start, end } = range;
  const text = doc.lines[start.line]?.slice(start.character, end.character);
  if (text === undefined || start.line !== end.line) return undefined;
  const m = /^((?:SWI|SVC|SYS)[A-Z]*\s+)("[^"]*"|[^\s,]+)/i.exec(text);
  const operand = m?.[2];
  const replacement = operand === undefined ? undefined : xForm(operand, name);
  if (!m?.[1] || operand === undefined || replacement === undefined) return undefined;
  const from = start.character + m[1].length;
  return { title: `Use X${name}`, edits: [replaceCode(doc, start.line, from, from + operand.length, replacement)], preferred: true };
}

export function useSwiName(doc: FixDocument, range: Range, fix: DiagnosticFix): QuickFix | undefined {
  if (fix.kind !== 'swi-name') return undefined;
  const { start, end } = range;
  const text = doc.lines[start.line]?.slice(start.character, end.character);
  if (text === undefined || start.line !== end.line) return undefined;
  // Quoted in BBC BASIC, or an ObjAsm symbol between bars.
  const quoted = /^"[^"]*"$|^\|[^|]*\|$/.test(text);
  const name = quoted ? text.slice(1, -1) : text;
  // Only the same letters in another case: anything else is not the name the finding was made for.
  if (name === fix.swi || name.toLowerCase() !== fix.swi.toLowerCase()) return undefined;
  const from = start.character + (quoted ? 1 : 0);
  return { title: `Use ${fix.swi}`, edits: [replaceCode(doc, start.line, from, from + name.length, fix.swi)], preferred: true };
}
