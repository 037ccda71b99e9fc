import type { Expr, ProgramItem } from '../../../emulator/src/index.js';
import { avalanche, TwoLanes } from '../lowering/twoLanes.js';

// Entry keys digest the IR of a whole document on every edit. Spelling each
// value out as a string and hashing the strings with SHA-256 cost a tenth of
// an edit on a large file, most of it building, hashing and collecting the
// strings. Here a value is read once into a 64-bit print instead: its words
// (a tag before each value, lengths before strings and arrays, so that two
// different values never give the same words) are mixed into two 32-bit
// lanes of different hash functions as they are read, with nothing built.
// Two different items share a print by accident about once in 2^64. An
// object part's print is kept (weakly) with it, so an item the lowering
// hands over again is not read again; lines in the document are kept apart
// from the print, so a part whose lines moved keeps its print.

/**
 * How lines of the document itself are digested: as they are, kept apart
 * from the digest (which keeps their columns) in a layout of their own, or
 * left out.
 */
export type Lines = 'absolute' | 'apart' | 'none';

const enum Tag { Null = 1, Undefined, True, False, Int, Float, SmallBigint, Bigint, String, Array, Object, End, SpanHere, Const, Sym, Unary, Binary, Ite, Extract, Extend, Other }

/** Field numbers start above every tag, so an object's fields never read as its end. */
const FIELDS = 0x100;

/**
 * Field names are few and repeat in every item: each is mixed in as a
 * number made from its text (FNV-1a), the same in every worker whatever it
 * read before, since the workers share out entry points by their keys.
 */
const fieldNumbers = new Map<string, number>();

function fieldNumber(name: string): number {
  let n = fieldNumbers.get(name);
  if (n === undefined) {
    let hash = 0x811c_9dc5;
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x0100_0193);
    n = FIELDS + ((hash >>> 0) % (0x1_0000_0000 - FIELDS));
    fieldNumbers.set(name, n);
  }
  return n;
}

const EXPR_KINDS = new Set(['const', 'sym', 'unary', 'binary', 'ite', 'extract', 'extend']);

/** Expressions are read by structure: their interned `id` changes once the intern table has let a node go. */
function isExpr(value: object): value is Expr {
  return 'kind' in value && 'width' in value && typeof value.kind === 'string' && EXPR_KINDS.has(value.kind);
}

interface Span {
  readonly file: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
}

function isSpan(value: object): value is Span {
  return 'range' in value && 'file' in value;
}

const float = new Float64Array(1);
const floatWords = new Int32Array(float.buffer);
const TWO_32 = 0x1_0000_0000n;

/** The two lanes with the count of words they took, which the print ends with. */
class Mixer extends TwoLanes {
  private count = 0;

  override word(w: number): void {
    super.word(w);
    this.count++;
  }

  /** The print of the words so far. */
  finish(): Lanes {
    return { a: avalanche(this.a ^ this.count), b: avalanche(this.b ^ this.count) };
  }

  lanes(print: Lanes): void {
    this.word(print.a);
    this.word(print.b);
  }
}

interface Lanes {
  readonly a: number;
  readonly b: number;
}

/** An object's print: the digest of its words, and the lines of the spans in the document it holds, four numbers each, in reading order. */
interface Print extends Lanes {
  readonly spans: readonly number[];
}

const exprPrints = new WeakMap<Expr, Lanes>();

function mixString(m: Mixer, value: string): void {
  m.word(Tag.String);
  m.word(value.length);
  for (let i = 0; i < value.length; i += 2) m.word(value.charCodeAt(i) | (value.charCodeAt(i + 1) << 16));
}

function mixNumber(m: Mixer, value: number): void {
  if (Number.isInteger(value) && value >= -0x8000_0000 && value <= 0x7fff_ffff) {
    m.word(Tag.Int);
    m.word(value);
    return;
  }
  float[0] = value;
  m.word(Tag.Float);
  m.word(floatWords[0] as number);
  m.word(floatWords[1] as number);
}

function mixBigint(m: Mixer, value: bigint): void {
  if (value >= 0n && value < TWO_32) {
    m.word(Tag.SmallBigint);
    m.word(Number(value));
    return;
  }
  m.word(Tag.Bigint);
  mixString(m, value.toString(16));
}

/** An expression's print, kept per node: joined values share their nodes. */
function exprPrint(e: Exclude<Expr, { kind: 'const' }>): Lanes {
  let print = exprPrints.get(e);
  if (print !== undefined) return print;
  const m = new Mixer();
  switch (e.kind) {
    case 'sym': m.word(Tag.Sym); mixString(m, e.name); m.word(e.width); break;
    case 'unary': m.word(Tag.Unary); mixString(m, e.op); m.word(e.width); mixExpr(m, e.arg); break;
    case 'binary': m.word(Tag.Binary); mixString(m, e.op); m.word(e.width); mixExpr(m, e.left); mixExpr(m, e.right); break;
    case 'ite': m.word(Tag.Ite); m.word(e.width); mixExpr(m, e.cond); mixExpr(m, e.then); mixExpr(m, e.else); break;
    case 'extract': m.word(Tag.Extract); m.word(e.low); m.word(e.width); mixExpr(m, e.arg); break;
    case 'extend': m.word(Tag.Extend); m.word(e.signed ? 1 : 0); m.word(e.width); mixExpr(m, e.arg); break;
  }
  print = m.finish();
  exprPrints.set(e, print);
  return print;
}

function mixExpr(m: Mixer, e: Expr): void {
  if (e.kind === 'const') {
    m.word(Tag.Const);
    mixBigint(m, e.value);
    m.word(e.width);
    return;
  }
  m.lanes(exprPrint(e));
}

/** Reads `value` into `m`; the lines of the spans in `file` go to `spans`, a marker into `m`. */
function mixValue(m: Mixer, value: unknown, file: string, spans: number[]): void {
  switch (typeof value) {
    case 'number': mixNumber(m, value); return;
    case 'bigint': mixBigint(m, value); return;
    case 'string': mixString(m, value); return;
    case 'boolean': m.word(value ? Tag.True : Tag.False); return;
    case 'undefined': m.word(Tag.Undefined); return;
    case 'object': {
      if (value === null) { m.word(Tag.Null); return; }
      if (Array.isArray(value)) {
        m.word(Tag.Array);
        m.word(value.length);
        for (const element of value) mixValue(m, element, file, spans);
        return;
      }
      if (isExpr(value)) { mixExpr(m, value); return; }
      if (isSpan(value) && value.file === file) {
        m.word(Tag.SpanHere);
        const { start, end } = value.range;
        spans.push(start.line, start.character, end.line, end.character);
        return;
      }
      m.word(Tag.Object);
      for (const key in value) {
        m.word(fieldNumber(key));
        mixValue(m, (value as Record<string, unknown>)[key], file, spans);
      }
      m.word(Tag.End);
      return;
    }
    default:
      // Functions and symbols are not data.
      m.word(Tag.Other);
      mixString(m, String(value));
  }
}

/**
 * The prints made for each document's file. Kept by file so that a print
 * found is returned as it is: an open finds none, and reading the file of
 * one found, code the open never ran, deoptimised the keys at the first
 * edit ("insufficient type feedback").
 */
const printsByFile = new Map<string, WeakMap<object, Print>>();

function printsOf(file: string): WeakMap<object, Print> {
  let prints = printsByFile.get(file);
  if (!prints) {
    prints = new WeakMap();
    printsByFile.set(file, prints);
  }
  return prints;
}

function printOf(part: unknown, file: string, prints: WeakMap<object, Print>): Print {
  if (typeof part !== 'object' || part === null) return fresh(part, file);
  const known = prints.get(part);
  if (known !== undefined) return known;
  const print = fresh(part, file);
  prints.set(part, print);
  return print;
}

/** What a span of the document reads as: all of it is lines. */
const SPAN_HERE = ((): Lanes => {
  const m = new Mixer();
  m.word(Tag.SpanHere);
  return m.finish();
})();

function fresh(part: unknown, file: string): Print {
  const m = new Mixer();
  const spans: number[] = [];
  mixValue(m, part, file, spans);
  return { ...m.finish(), spans };
}

function hex(lane: number): string {
  return (lane >>> 0).toString(16).padStart(8, '0');
}

/**
 * The lines of the spans of the document that values hold, start and end of
 * each in reading order, counted from the first (`Digest.base`); `print`
 * tells two layouts apart without reading them.
 */
export interface LineLayout {
  readonly print: string;
  readonly offsets: readonly number[];
}

/** A digest of values, and where the lines of the document they hold lie when kept apart. */
export interface Digest {
  readonly hash: string;
  /** The first of those lines; undefined when nothing in the values is in the document or lines are not kept apart. */
  readonly base: number | undefined;
  readonly layout: LineLayout | undefined;
}

/** Every digest, made or moved, is made here: the keys read digests of both kinds after an edit, and a second shape would deoptimise them. */
export function asDigest(hash: string, base: number | undefined, layout: LineLayout | undefined): Digest {
  return { hash, base, layout };
}

function layoutOf(lines: number[]): Pick<Digest, 'base' | 'layout'> {
  const [base] = lines;
  if (base === undefined) return { base, layout: undefined };
  const m = new Mixer();
  for (let i = 0; i < lines.length; i++) {
    const offset = (lines[i] as number) - base;
    lines[i] = offset;
    m.word(offset);
  }
  const { a, b } = m.finish();
  return { base, layout: { print: hex(a) + hex(b), offsets: lines } };
}

/** What a part that is no object holds of the document's lines: none. */
const NO_SPANS: number[] = [];

/**
 * A digest read part by part. An object part is read as its print, kept
 * with it; a span of the document by its lines as `lines` says; anything
 * else is mixed in as it comes, so a number or string read as a part costs
 * no object of its own.
 */
export class DigestWriter {
  private readonly m = new Mixer();
  private readonly apart: number[] = [];
  private readonly prints: WeakMap<object, Print>;

  constructor(private readonly file: string, private readonly lines: Lines) {
    this.prints = printsOf(file);
  }

  part(part: unknown): void {
    const { m, file, lines } = this;
    if (typeof part !== 'object' || part === null) {
      mixValue(m, part, file, NO_SPANS);
      return;
    }
    if (isSpan(part) && part.file === file) {
      // Sources are read often, and in a moment: not worth keeping a print of.
      m.lanes(SPAN_HERE);
      if (lines === 'none') return;
      const { start, end } = part.range;
      if (lines === 'apart') this.apart.push(start.line, end.line);
      else {
        m.word(start.line);
        m.word(end.line);
      }
      m.word(start.character);
      m.word(end.character);
      return;
    }
    const print = printOf(part, file, this.prints);
    m.lanes(print);
    const { spans } = print;
    if (lines === 'none') return;
    for (let i = 0; i < spans.length; i += 2) {
      if (lines === 'apart') this.apart.push(spans[i] as number);
      else m.word(spans[i] as number);
      m.word(spans[i + 1] as number);
    }
  }

  finish(): Digest {
    const { a, b } = this.m.finish();
    const { base, layout } = layoutOf(this.apart);
    return asDigest(hex(a) + hex(b), base, layout);
  }
}

/**
 * The digest of `parts`. Lines of spans in `file` are digested as they are,
 * kept apart (the columns digested, the lines in the layout), or left out
 * with their columns.
 */
export function digestOf(parts: readonly unknown[], file: string, lines: Lines): Digest {
  const writer = new DigestWriter(file, lines);
  for (const part of parts) writer.part(part);
  return writer.finish();
}

/**
 * The digest of values `digest` read with their addresses counted from
 * `start`, for those values where they lie: it differs wherever the values
 * or `start` do, and keeps their lines.
 */
export function digestAt(digest: Digest, start: bigint): Digest {
  const m = new Mixer();
  mixString(m, digest.hash);
  mixBigint(m, start);
  const { a, b } = m.finish();
  return asDigest(hex(a) + hex(b), digest.base, digest.layout);
}

/** Whether an object holds a span of a file, found once: the lowering shares an instruction between an item and its moved copies. */
const holding = new WeakMap<object, { readonly file: string; readonly holds: boolean }>();

function holdsSpan(value: object, file: string): boolean {
  const known = holding.get(value);
  if (known?.file === file) return known.holds;
  let holds: boolean;
  if (isExpr(value)) holds = false;
  else if (isSpan(value)) holds = value.file === file;
  else holds = (Array.isArray(value) ? value : Object.values(value)).some((v) => typeof v === 'object' && v !== null && holdsSpan(v, file));
  holding.set(value, { file, holds });
  return holds;
}

function movedSpan(a: Span, b: Span, file: string, rows: number): boolean {
  const x = a.range;
  const y = b.range;
  const moved = a.file === file ? rows : 0;
  return a.file === b.file && y.start.line - x.start.line === moved && y.end.line - x.end.line === moved
    && x.start.character === y.start.character && x.end.character === y.end.character;
}

/**
 * `movedAlike` for two lists of program items, most of them a lowering's
 * moved copies: a copy shares its original's instruction or data values,
 * so only its scalars and its span are compared, without walking it. With
 * `bytes`, each of `b` lies that much further on than its original, and
 * only such copies are alike.
 */
export function movedItemsAlike(a: readonly ProgramItem[], b: readonly ProgramItem[], file: string, rows: number, bytes = 0n): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ProgramItem;
    const y = b[i] as ProgramItem;
    if (x === y ? (rows !== 0 && x.source.file === file) || bytes !== 0n : !movedCopy(x, y, file, rows, bytes) && (bytes !== 0n || !movedAlike(x, y, file, rows))) return false;
  }
  return true;
}

function movedCopy(a: ProgramItem, b: ProgramItem, file: string, rows: number, bytes: bigint): boolean {
  if (a.address + bytes !== b.address || a.size !== b.size || a.text !== b.text || !movedSpan(a.source, b.source, file, rows)) return false;
  if (a.kind === 'instruction') return b.kind === 'instruction' && a.instruction === b.instruction && movedAlike(a.instruction, b.instruction, file, rows);
  return b.kind === 'data' && a.values === b.values && a.writable === b.writable && movedAlike(a.values, b.values, file, rows);
}

/**
 * Whether `b` reads as `a` with every span in the document `file` `rows`
 * lines further down: then its digest with lines apart is `a`'s, with the
 * same layout at a base that much further down, and without lines the same. Read as the
 * digest reads values, so that moved copies of items are not read again.
 */
export function movedAlike(a: unknown, b: unknown, file: string, rows: number): boolean {
  if (a === b && (rows === 0 || typeof a !== 'object' || a === null || !holdsSpan(a, file))) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((element, i) => movedAlike(element, b[i], file, rows));
  // Expressions hold no spans: the same structure is the same node.
  if (isExpr(a)) return isExpr(b) && (a === b || (a.kind === 'const' && b.kind === 'const' && a.value === b.value && a.width === b.width));
  if (isSpan(a) && (a.file === file || (isSpan(b) && b.file === file))) return isSpan(b) && movedSpan(a, b, file, rows);
  // Fields in the order the digest reads them.
  const keys: string[] = [];
  for (const key in b) keys.push(key);
  let i = 0;
  for (const key in a) {
    if (keys[i++] !== key || !movedAlike((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], file, rows)) return false;
  }
  return i === keys.length;
}
