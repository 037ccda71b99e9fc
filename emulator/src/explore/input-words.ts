import type { Expr } from '../values/expr.js';
import { formatNumber, type NumberStyle } from '../values/format.js';
import { symbolsOf } from '../values/key.js';
import type { AddressNames } from '../values/symbolic-memory.js';

// The names the analyses give their inputs are keys (a witness replays a
// path by them: `_PageLock.eax#0` is the EAX of a _PageLock call), not words
// for the source's reader. Path notes and the hover's register values name
// them as the reader would: "_PageLock's result (EAX)", "entry ESI", "the
// word at workspace". The handler inputs named for what they hold
// (`workspace`, `reason`, `VM`) read as they are.

const X86_ENTRY = /^(?:e[a-d]x|e[sd]i|e[bs]p|sp)$/;
/** What a service hands back: a register, or a flag (a register-convention service's CF). */
const SERVICE_RESULT = /^([A-Za-z_]\w*)\.(e[a-d]x|e[sd]i|ebp|cf|zf|sf|of|pf|af|df)$/;
const CLOBBERED = /^([A-Za-z_]\w*)\.clobbered\.(\w+)$/;
const PAGE_TABLE_ENTRY = /^([A-Za-z_]\w*)\.entry(\d+)$/;
const SWI_RESULT = /^swi\.result\.(\w+)(?:\.out)?\.r(\d+)$/;
const SWI_FAILED = /^swi\.failed\.(\w+)$/;
const SWI_ERROR = /^swi\.error\.(\w+)$/;
/** The address mode a `TEQ pc, pc` found (see models/riscos/mode-test.ts). */
const MODE_TEST = 'mode.32bit';
const MEMORY = /^mem(8|16|32)\[([\s\S]*)\]$/;
/** A byte of memory a loop's widening made unknown (see the explorer's `loop`), named by the input it would be read as. */
const WIDENED_MEMORY = /^loop\.(mem(?:8|16|32)\[[\s\S]*\])$/;
const OCCURRENCE = /#(\d+)$/;

const SIZES: Readonly<Record<'x86' | 'arm', Readonly<Record<string, string>>>> = {
  x86: { 8: 'byte', 16: 'word', 32: 'dword' },
  arm: { 8: 'byte', 16: 'halfword', 32: 'word' },
};

/** `name` without the count that tells one occurrence of an input from another (`_LinPageLock.eax#1`: a loop's second pass). */
export const inputBase = (name: string): string => name.replace(OCCURRENCE, '');

/**
 * `name`, an input's, in the words of the source's reader; a name of no
 * known shape as it is. `dataNames` names the program's data addresses, by
 * which a memory input read through a register names its table.
 */
export function inputWords(name: string, style: NumberStyle, dataNames?: AddressNames): string {
  const base = inputBase(name);
  const widened = WIDENED_MEMORY.exec(base)?.[1];
  if (widened) return `loop's result (${inputWords(widened, style, dataNames)})`;
  const memory = MEMORY.exec(base);
  if (memory) return `the ${SIZES[style === 'objasm' ? 'arm' : 'x86'][memory[1] as string] ?? ''} at ${addressWords(memory[2] ?? '', style, dataNames)}`;
  const entry = /^entry\.(r\d+)$/.exec(base)?.[1] ?? (X86_ENTRY.test(base) ? base : undefined);
  if (entry) return `entry ${entry.toUpperCase()}`;
  const swi = SWI_RESULT.exec(base);
  if (swi) return `${swi[1] ?? ''}'s result (R${swi[2] ?? ''})`;
  const failed = SWI_FAILED.exec(base)?.[1];
  if (failed) return `${failed}'s result (V)`;
  if (base === MODE_TEST) return 'TEQ pc, pc\'s result (Z, set in a 32-bit mode)';
  const error = SWI_ERROR.exec(base)?.[1];
  if (error) return `${error}'s error (R0)`;
  const clobbered = CLOBBERED.exec(base);
  if (clobbered) return `${(clobbered[2] ?? '').toUpperCase()} destroyed by ${clobbered[1] ?? ''}`;
  const result = SERVICE_RESULT.exec(base);
  if (result) return `${result[1] ?? ''}'s result (${(result[2] ?? '').toUpperCase()})`;
  const tableEntry = PAGE_TABLE_ENTRY.exec(base);
  if (tableEntry) return `page-table entry ${tableEntry[2] ?? ''} from ${tableEntry[1] ?? ''}`;
  return name;
}

/**
 * The address in a memory input's name, written as an expression of other
 * inputs (`entry.r12 + 0x4`): each input in it in words, each number in the
 * source's style. A sum whose number is an address of the program's data
 * (`loop.ecx#1 + 0x10000`, `Slot_Map[ecx]`) is that data's label plus the
 * rest ("Slot_Map + loop's result (ECX)"): the number is the layout's, which
 * matches nothing in the reader's listing.
 */
function addressWords(text: string, style: NumberStyle, dataNames?: AddressNames): string {
  const sum = /^(.+) \+ (0x[0-9A-Fa-f]+)$/.exec(text);
  const table = sum && dataNames?.(BigInt(sum[2] as string));
  if (sum && table !== undefined) return `${table} + ${addressWords(sum[1] as string, style, dataNames)}`;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const number = /^(?:0x[0-9A-Fa-f]+|\d+)\b/.exec(rest)?.[0];
    if (number) {
      out += formatNumber(BigInt(number), style);
      i += number.length;
      continue;
    }
    const token = /^[A-Za-z_$?][\w.$?@:]*(?:#\d+)?/.exec(rest)?.[0];
    if (!token) {
      out += text[i];
      i++;
      continue;
    }
    // A memory input read through another (`mem32[mem32[entry.r12]]`): up to its closing bracket and count.
    const end = /^(?:loop\.)?mem(?:8|16|32)$/.test(token) && text[i + token.length] === '[' ? closing(text, i + token.length) : undefined;
    if (end === undefined) {
      out += inputWords(token, style, dataNames);
      i += token.length;
      continue;
    }
    const count = /^#\d+/.exec(text.slice(end + 1))?.[0] ?? '';
    out += inputWords(text.slice(i, end + 1 + count.length), style, dataNames);
    i = end + 1 + count.length;
  }
  return out;
}

/** The index of the `]` that closes the `[` at `open`; the text's last index when it was cut short before it. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return text.length - 1;
}

const ORDINALS = ['earlier', 'later'];

/**
 * How the notes on `conditions`, a path's (or the text of one value), name
 * their inputs: `inputWords`, and where two inputs read alike (two
 * _PageAllocate calls' EAX), their order on the path as well, which their
 * counts give (a path makes its inputs in the order it reads them).
 */
export function inputNamer(conditions: readonly Expr[], style: NumberStyle, dataNames?: AddressNames): (name: string) => string {
  const symbols = new Map<string, Expr>();
  for (const condition of conditions) symbolsOf(condition, symbols);
  const byWords = new Map<string, string[]>();
  for (const name of symbols.keys()) {
    const words = inputWords(name, style, dataNames);
    const alike = byWords.get(words);
    if (alike) alike.push(name);
    else byWords.set(words, [name]);
  }
  const named = new Map<string, string>();
  for (const [words, names] of byWords) {
    if (names.length === 1) {
      named.set(names[0] as string, words);
      continue;
    }
    const count = (name: string): number => Number(OCCURRENCE.exec(name)?.[1] ?? -1);
    names.sort((a, b) => count(a) - count(b));
    names.forEach((name, i) => named.set(name, withOrder(words, names.length === 2 ? ORDINALS[i] as string : `${ordinal(i + 1)} of ${names.length}`)));
  }
  return (name) => named.get(name) ?? inputWords(name, style, dataNames);
}

/** `words` with an input's order: inside their closing parenthesis ("_PageLock's result (EAX, later)"), else after them. */
function withOrder(words: string, order: string): string {
  return words.endsWith(')') ? `${words.slice(0, -1)}, ${order})` : `${words} (${order})`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
