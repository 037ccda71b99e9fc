import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegisterFacts } from '../../src/explore/register-facts.js';
import type { InstructionItem } from '../../src/ir/program.js';
import { bv, eq, ite, sym, type Expr } from '../../src/values/expr.js';

const item = {
  kind: 'instruction', address: 0x1000n, size: 1, instruction: { mnemonic: 'nop' },
  source: { file: 'x.asm', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } },
} as unknown as InstructionItem;

function observe(eax: Expr): string | undefined {
  const facts = new RegisterFacts('x86', 'masm');
  facts.observe(item, new Map([['eax', eax]]), []);
  return facts.summary()[0]?.values.find((v) => v.register === 'EAX')?.value;
}

describe('register facts for hover', () => {
  it('lists the constants a joined value may be', () => {
    assert.equal(observe(ite(eq(sym('a'), bv(0)), bv(1), ite(eq(sym('b'), bv(0)), bv(2), bv(3)))), '1 or 2 or 3');
  });

  it('leaves out a value whose joins share arms instead of unfolding it as a tree', () => {
    // Each level holds the one below in both arms: 60 levels are 60 nodes, but 2^60 paths through them.
    let value: Expr = bv(1);
    for (let i = 0; i < 60; i++) value = ite(eq(sym(`s${i}`), bv(0)), ite(eq(sym(`t${i}`), bv(0)), bv(1), value), value);
    assert.equal(observe(value), undefined);
  });
});
