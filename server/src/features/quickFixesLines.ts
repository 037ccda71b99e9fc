import type { Position, Range, TextEdit } from 'vscode-languageserver';

// Line-level reading of assembler source for the quick fixes. The fixes edit
// text the user wrote, so they work on the exact characters of a line (offsets
// are UTF-16 columns, as LSP counts them) rather than on the parse tree, which
// would lose the spacing and case the edits have to copy.

export type FixDialect = 'masm' | 'objasm' | 'basic';

/** The text of a document as lines, with the line ending that added lines must use. */
export interface FixDocument {
  readonly uri: string;
  readonly dialect: FixDialect;
  readonly lines: readonly string[];
  readonly eol: string;
}

export function fixDocument(uri: string, dialect: FixDialect, text: string): FixDocument {
  // The lines of the document as LSP ranges count them.
  return { uri, dialect, lines: text.split(/\r\n|\r|\n/), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** One instruction line: `indent mnemonic gap operands comment`. */
export interface AsmLine {
  readonly line: number;
  readonly indent: string;
  readonly mnemonic: string;
  readonly mnemonicStart: number;
  /** The whitespace between mnemonic and operands; empty without operands. */
  readonly gap: string;
  readonly operands: string;
  readonly operandsStart: number;
  /** Where the instruction ends (before trailing blanks and the comment). */
  readonly end: number;
}

const COMMENT_START: Record<FixDialect, RegExp> = { masm: /;/, objasm: /;/, basic: /[;\\]/ };

/** Where the code of `text` ends: at a comment outside quotes, or at the end. */
export function codeEnd(text: string, dialect: FixDialect): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || (c === "'" && dialect === 'masm')) {
      quote = c;
    } else if (COMMENT_START[dialect].test(c)) {
      return i;
    }
  }
  return text.length;
}

/**
 * The instruction on `line`, when it is the only thing there: a line that
 * carries a label (which would have to move with an inserted instruction) or
 * several BASIC statements is not one the fixes can safely edit around.
 */
export function asmLine(doc: FixDocument, line: number): AsmLine | undefined {
  const text = doc.lines[line];
  if (text === undefined) return undefined;
  const code = text.slice(0, codeEnd(text, doc.dialect)).trimEnd();
  const m = /^(\s+)([A-Za-z_][\w.]*)(?:(\s+)(\S.*))?$/.exec(code);
  if (!m) return undefined;
  const [, indent = '', mnemonic = '', gap = '', operands = ''] = m;
  if (doc.dialect === 'basic' && /:/.test(operands.replace(/"[^"]*"/g, ''))) return undefined;
  return { line, indent, mnemonic, mnemonicStart: indent.length, gap, operands, operandsStart: indent.length + mnemonic.length + gap.length, end: code.length };
}

/** Lines that hold neither code nor a label: blank or comment only. */
export function isBlankOrComment(doc: FixDocument, line: number): boolean {
  const text = doc.lines[line] ?? '';
  return text.slice(0, codeEnd(text, doc.dialect)).trim() === '' || (doc.dialect === 'basic' && /^\s*REM\b/i.test(text));
}

/** The next line after `line` that holds code, skipping blank and comment lines. */
export function nextCodeLine(doc: FixDocument, line: number): number | undefined {
  for (let l = line + 1; l < doc.lines.length; l++) if (!isBlankOrComment(doc, l)) return l;
  return undefined;
}

/** How the file writes instructions: case of mnemonics and the column of operands. */
export interface AsmStyle {
  readonly indent: string;
  readonly upper: boolean;
  /** Spaces from the mnemonic's start to its operands, or a tab gap. */
  readonly operandOffset: number | '\t';
}

export function styleOf(sample: AsmLine, indent = sample.indent): AsmStyle {
  const letters = sample.mnemonic.replace(/[^A-Za-z]/g, '');
  return {
    indent,
    upper: letters !== '' && letters === letters.toUpperCase(),
    operandOffset: sample.gap.includes('\t') ? '\t' : sample.mnemonic.length + Math.max(1, sample.gap.length),
  };
}

/** Whitespace after `mnemonic` that puts its operands where the style has them. */
export function gapAfter(style: AsmStyle, mnemonic: string): string {
  return style.operandOffset === '\t' ? '\t' : ' '.repeat(Math.max(1, style.operandOffset - mnemonic.length));
}

/** `mnemonic operands` as an instruction in the style (case applies to the mnemonic only). */
export function instruction(style: AsmStyle, mnemonic: string, operands: string): string {
  const m = style.upper ? mnemonic.toUpperCase() : mnemonic.toLowerCase();
  return `${style.indent}${m}${gapAfter(style, m)}${operands}`;
}

/** Writes `word` in the case of `like` (all upper, all lower, or as given). */
export function inCaseOf(like: string, word: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like === like.toLowerCase() && like !== like.toUpperCase()) return word.toLowerCase();
  return word;
}

export const at = (line: number, character: number): Position => ({ line, character });
export const span = (line: number, start: number, end: number): Range => ({ start: at(line, start), end: at(line, end) });

export function replace(line: number, start: number, end: number, newText: string): TextEdit {
  return { range: span(line, start, end), newText };
}

/**
 * Replaces columns `start`-`end` of the code on `line`, and keeps a comment
 * after the code in its column where the spaces before it allow.
 */
export function replaceCode(doc: FixDocument, line: number, start: number, end: number, newText: string): TextEdit {
  const text = doc.lines[line] ?? '';
  const comment = codeEnd(text, doc.dialect);
  const code = text.slice(0, comment).trimEnd().length;
  const spaces = text.slice(code, comment);
  const delta = newText.length - (end - start);
  if (comment === text.length || end > code || delta === 0 || !/^ +$/.test(spaces)) return replace(line, start, end, newText);
  return replace(line, start, comment, `${newText}${text.slice(end, code)}${' '.repeat(Math.max(1, spaces.length - delta))}`);
}

/** Whole new lines directly after `line`. */
export function linesAfter(doc: FixDocument, line: number, added: readonly string[]): TextEdit {
  const end = (doc.lines[line] ?? '').length;
  return { range: span(line, end, end), newText: added.map((l) => doc.eol + l).join('') };
}

/** Whole new lines directly before `line`. */
export function linesBefore(doc: FixDocument, line: number, added: readonly string[]): TextEdit {
  return { range: span(line, 0, 0), newText: added.map((l) => l + doc.eol).join('') };
}

/** One code action's worth of edits to a single document. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Only where the fix is the one obvious repair of the finding. */
  readonly preferred: boolean;
}
