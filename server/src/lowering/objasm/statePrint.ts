import type { Expr } from '../../../../emulator/src/index.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { Value } from '../riscos/values.js';
import { avalanche, TwoLanes } from '../twoLanes.js';

// A 53-bit print of what a pass has done so far that later routines can
// read: the statements outside routines it lowered (by syntax node: a node
// kept between edits is the same object, with the same text), the files
// their GETs found, what they read of the previous pass, and the effects
// of each routine (chunks.ts). A pass is deterministic, so two passes with
// the same print stand in the same state, and a routine replayed or
// recorded in one state replays in it again without checking its reads of
// the pass's own tables. Two different states share a print by accident
// about once in 2^53.

/** What each part of a print is, a word before it: the parts read one way only. */
export const enum Part {
  Statement = -1, Paired = -2, ForwardLabel = -3, ForwardEquate = -4, ForwardLocal = -5, Get = -6, Routine = -7, Nonce = -8,
  Undefined = -9, True = -10, False = -11, String = -12, Const = -13, Big = -14,
}

const nodeNumbers = new WeakMap<SyntaxNode, number>();
let lastNode = 0;
/** Each print a pass can never meet again: what a routine nobody can record did. */
let lastNonce = 0;

function nodeNumber(node: SyntaxNode): number {
  let n = nodeNumbers.get(node);
  if (n === undefined) {
    n = ++lastNode;
    nodeNumbers.set(node, n);
  }
  return n;
}

/** A pass's state as the words it is printed in, read as one 53-bit number. */
export class StatePrint extends TwoLanes {
  string(s: string): void {
    this.word(Part.String);
    this.word(s.length);
    for (let i = 0; i < s.length; i += 2) this.word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  }

  bigint(n: bigint): void {
    if (n >= 0n && n < 0x8000_0000n) this.word(Number(n));
    else {
      this.word(Part.Big);
      this.string(n.toString(16));
    }
  }

  /** An expression by its interned node (equal structure is one node while either lives), a constant by value. */
  expr(e: Expr): void {
    if (e.kind === 'const') {
      this.word(Part.Const);
      this.word(e.width);
      this.bigint(e.value);
    } else this.word(e.id);
  }

  value(v: Value | undefined): void {
    if (v === undefined) this.word(Part.Undefined);
    else if (typeof v === 'boolean') this.word(v ? Part.True : Part.False);
    else if (typeof v === 'string') this.string(v);
    else this.expr(v);
  }

  /** A statement, by its syntax node. */
  node(node: SyntaxNode): void {
    this.word(Part.Statement);
    this.word(nodeNumber(node));
  }

  /** What a routine left, by its recording's print. */
  routine(print: number): void {
    this.word(Part.Routine);
    this.word(Math.floor(print / 0x20_0000));
    this.word(print % 0x20_0000);
  }

  /** A state no later pass will be in. */
  nonce(): void {
    this.word(Part.Nonce);
    this.word(++lastNonce);
  }

  /** The print so far as its two lanes, to print on from there again. */
  get lanes(): readonly [number, number] {
    return [this.a, this.b];
  }

  set lanes([a, b]: readonly [number, number]) {
    this.a = a;
    this.b = b;
  }

  /** The print so far, in the 53 bits a number holds exactly. */
  get key(): number {
    return (avalanche(this.a ^ 0x5bd1_e995) >>> 0) * 0x20_0000 + (avalanche(this.b) >>> 11);
  }
}
