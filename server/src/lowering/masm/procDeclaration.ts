import { expr, type Expr, type SourceSpan, type X86Instruction, type X86Operand, type X86Reg } from '../../../../emulator/src/index.js';
import { splitTopLevel } from './macroText.js';
import { generalRegister } from './operands.js';
import type { MasmSymbol } from './symbols.js';

// A MASM 6 `Name PROC [distance] [language] [visibility] [<prologue
// argument>] [USES registers] [, parameter:type]...` line, read for the frame
// code MASM writes around the procedure's own lines: the prologue before its
// first instruction and an epilogue at each `ret`. What a procedure's stack
// holds (parameters, saved registers) decides what its `ret` and its callers
// see, so a detail that cannot be known leaves the values unknown instead of
// being guessed.

/** MASM's language types (`@Interface` numbers them 1 to 6, in this order). */
const LANGUAGES = ['c', 'syscall', 'stdcall', 'pascal', 'fortran', 'basic'] as const;
export type Language = (typeof LANGUAGES)[number];

export function languageNamed(name: string): Language | undefined {
  const lower = name.toLowerCase();
  return LANGUAGES.find((l) => l === lower);
}

/** The value MASM gives `@Interface` for a language, and back. */
export function interfaceNumber(language: Language): number {
  return LANGUAGES.indexOf(language) + 1;
}

export function languageNumbered(n: number): Language | undefined {
  return LANGUAGES[n - 1];
}

const ATTRIBUTES = new Set(['near', 'far', 'near16', 'near32', 'far16', 'far32', 'public', 'private', 'export']);

export interface ProcParameter {
  readonly name: string;
  /** The type as written (`DWORD`, `PTR BYTE`, a structure's name); empty when none is given. */
  readonly type: string;
}

export interface ProcDeclaration {
  /** The language written on the line; otherwise the file's default applies. */
  readonly language: Language | undefined;
  readonly far: boolean;
  /** USES registers in the order they are pushed. */
  readonly uses: readonly X86Reg[];
  /** USES items that name no register (MASM refuses them). */
  readonly badUses: readonly string[];
  readonly parameters: readonly ProcParameter[];
  /** The last parameter is `:VARARG`: the caller removes the arguments. */
  readonly vararg: boolean;
}

/** `name:type`, `name`, or a PROTO's nameless `:type` (an empty name). */
function parameter(text: string): ProcParameter | undefined {
  const m = /^([A-Za-z_@$?][\w@$?]*)?\s*(?::\s*(.*))?$/.exec(text.trim());
  return m && (m[1] !== undefined || m[2] !== undefined) ? { name: m[1] ?? '', type: (m[2] ?? '').trim() } : undefined;
}

/** A keyword glued to a PROTO's first, nameless parameter by the spacing rule (`C:DWORD` from `C :DWORD`) is two words. */
function unglued(word: string): string[] {
  const head = word.slice(0, Math.max(0, word.indexOf(':')));
  return languageNamed(head) || ATTRIBUTES.has(head.toLowerCase()) ? [head, word.slice(head.length)] : [word];
}

/** The part of a PROC or PROTO line after the directive. */
export function parseProcDeclaration(options: string): ProcDeclaration {
  // `a : DWORD` and `a:DWORD` read alike.
  const parts = splitTopLevel(options.replace(/\s*:\s*/g, ':'));
  const words = (parts[0] ?? '').split(/\s+/).filter((w) => w !== '').flatMap(unglued);
  let language: Language | undefined;
  let far = false;
  const uses: X86Reg[] = [];
  const badUses: string[] = [];
  const parameters: ProcParameter[] = [];
  let inUses = false;
  // The first part holds the attributes, then USES registers, and may run on into the first parameter.
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    if (word.includes(':')) {
      const p = parameter(words.slice(i).join(' '));
      if (p) parameters.push(p);
      break;
    }
    if (inUses) {
      const r = generalRegister(word);
      if (r) uses.push(r);
      else badUses.push(word);
    } else if (lower === 'uses') {
      inUses = true;
    } else if (languageNamed(word)) {
      language = languageNamed(word);
    } else if (ATTRIBUTES.has(lower)) {
      far ||= lower.startsWith('far');
    }
    // `<prologue argument>` only reaches a user-defined prologue macro.
  }
  for (const part of parts.slice(1)) {
    const p = parameter(part);
    if (p) parameters.push(p);
  }
  const vararg = parameters.at(-1)?.type.toLowerCase() === 'vararg';
  return { language, far, uses, badUses, parameters: vararg ? parameters.slice(0, -1) : parameters, vararg };
}

/** What INVOKE, and a call the analysis does not follow, need of a procedure: read from its PROTO or PROC line. */
export interface Prototype {
  readonly language: Language | undefined;
  readonly vararg: boolean;
  /** Bytes of each fixed parameter; undefined where its type is unknown. */
  readonly sizes: readonly (number | undefined)[];
}

/** The bytes a procedure takes off the stack as it returns; undefined when that cannot be known. */
export function prototypePops(prototype: Prototype): number | undefined {
  return returnBytes(prototype.language, prototype.vararg, parameterOffsets(prototype.sizes, undefined).total);
}

/** Sizes a type name has in a 32-bit segment; structures and other names are the caller's to resolve. */
const TYPE_SIZES: Readonly<Record<string, number>> = {
  byte: 1, sbyte: 1, word: 2, sword: 2, dword: 4, sdword: 4, real4: 4, near: 4, near32: 4,
  fword: 6, far: 6, far32: 6, qword: 8, real8: 8, tbyte: 10, real10: 10, near16: 2, far16: 4,
};

/** Bytes one item of a parameter or local of this type takes; undefined when the type is unknown. */
export function typeSize(type: string, named: (name: string) => number | undefined): number | undefined {
  const words = type.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 4;
  // `PTR X`, `NEAR PTR X`: a flat near pointer.
  if (words.some((w) => w.toLowerCase() === 'ptr')) return /^far/i.test(words[0] ?? '') ? 6 : 4;
  if (words.length > 1) return undefined;
  const word = words[0] ?? '';
  return TYPE_SIZES[word.toLowerCase()] ?? named(word);
}

const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;

/** Where each parameter lives once the prologue ran (EBP + offset), and the bytes all of them take. */
export function parameterOffsets(sizes: readonly (number | undefined)[], language: Language | undefined): { offsets: (number | undefined)[]; total: number | undefined } {
  // Each parameter takes whole stack words; C, SYSCALL and STDCALL push the last first, so the first is nearest.
  const slots = sizes.map((s) => (s === undefined ? undefined : roundUp(s, 4)));
  const total = slots.every((s) => s !== undefined) ? slots.reduce<number>((a, s) => a + (s ?? 0), 0) : undefined;
  const order = language === 'pascal' || language === 'fortran' || language === 'basic' ? [...slots.keys()].reverse() : [...slots.keys()];
  const offsets: (number | undefined)[] = sizes.map(() => undefined);
  let at: number | undefined = language === undefined ? undefined : 8;
  for (const i of order) {
    offsets[i] = at;
    const slot = slots[i];
    at = at === undefined || slot === undefined ? undefined : at + slot;
  }
  return { offsets, total };
}

/** Bytes `ret` removes: undefined when that cannot be known. */
export function returnBytes(language: Language | undefined, vararg: boolean, parameterBytes: number | undefined): number | undefined {
  if (language === undefined) return parameterBytes === 0 && !vararg ? 0 : undefined;
  if (language === 'c' || language === 'syscall' || vararg) return 0;
  return parameterBytes;
}

/**
 * The argument bytes a procedure known only by its decorated name takes off
 * the stack as it returns: `_Name@8` is stdcall, all 8; `@Name@12` is
 * fastcall, all but the two dwords passed in ECX and EDX.
 */
export function decoratedPops(name: string): number | undefined {
  const m = /^([_@])[A-Za-z_?$][\w?$]*@(\d+)$/.exec(name);
  if (!m?.[2]) return undefined;
  const bytes = Number(m[2]);
  return m[1] === '@' ? Math.max(0, bytes - 8) : bytes;
}

/** The next local's offset below EBP: MASM aligns each to its item size, at most a stack word. */
export function localOffset(below: number, itemSize: number, count: number): number {
  const end = below + itemSize * count;
  return itemSize === 0 ? end : roundUp(end, Math.min(itemSize, 4));
}

/** The frame code MASM writes for a PROC line's procedure, filled in as its LOCAL lines are read. */
export interface GeneratedFrame {
  /** Parameters on the stack: with locals, they make MASM set up EBP. */
  readonly stackParameters: boolean;
  readonly uses: readonly X86Reg[];
  /** Bytes of locals; undefined once one of unknown size was declared. */
  localBytes: number | undefined;
  readonly returnBytes: number | undefined;
  readonly far: boolean;
  /** OPTION PROLOGUE/EPILOGUE:NONE leave the frame code to the source. */
  readonly prologue: boolean;
  readonly epilogue: boolean;
  prologueWritten: boolean;
  /** Where the frame code points: the PROC line. */
  readonly source: SourceSpan;
  readonly line: string;
  /** The names parameters and locals hide for the procedure's length, with what they hid. */
  readonly hidden: [name: string, symbol: MasmSymbol | undefined][];
}

const reg = (name: X86Reg): X86Operand => ({ kind: 'reg', reg: name });
const imm = (value: Expr): X86Operand => ({ kind: 'imm', value });
const insn = (mnemonic: string, operands: X86Operand[] = []): X86Instruction => ({ arch: 'x86', mnemonic, operands });

function hasBasePointer(frame: GeneratedFrame): boolean {
  return frame.stackParameters || frame.localBytes !== 0;
}

/** push ebp / mov ebp, esp / sub esp, locals, then the USES pushes. */
export function prologue(frame: GeneratedFrame, unknownLocals: Expr): X86Instruction[] {
  if (!frame.prologue) return [];
  const out: X86Instruction[] = [];
  if (hasBasePointer(frame)) {
    out.push(insn('push', [reg('ebp')]), insn('mov', [reg('ebp'), reg('esp')]));
    // MASM keeps ESP on a stack word: the locals' total is rounded up to 4.
    if (frame.localBytes !== 0) out.push(insn('sub', [reg('esp'), imm(frame.localBytes === undefined ? unknownLocals : expr.bv(roundUp(frame.localBytes, 4)))]));
  }
  for (const r of frame.uses) out.push(insn('push', [reg(r)]));
  return out;
}

/**
 * What a `ret` (or `iretd`) in the procedure assembles to: the USES pops in
 * reverse, `leave` when EBP was set up (what MASM writes for .386 code), and
 * the return, removing the parameters where the language has the procedure
 * do so; an operand written on the `ret` is kept.
 */
export function epilogue(frame: GeneratedFrame, mnemonic: string, operands: readonly X86Operand[], unknownCount: Expr): X86Instruction[] {
  const out: X86Instruction[] = [];
  if (frame.epilogue) {
    for (const r of [...frame.uses].reverse()) out.push(insn('pop', [reg(r)]));
    if (hasBasePointer(frame)) out.push(insn('leave'));
  }
  if (mnemonic !== 'ret') return [...out, insn(mnemonic, [...operands])];
  const name = frame.far ? 'retf' : 'ret';
  if (operands.length > 0 || !frame.epilogue) return [...out, insn(name, [...operands])];
  // An unknown count stays symbolic: the CPU stops there rather than return to a guessed stack.
  const count = frame.returnBytes === undefined ? unknownCount : frame.returnBytes > 0 ? expr.bv(frame.returnBytes) : undefined;
  return [...out, insn(name, count ? [imm(count)] : [])];
}
