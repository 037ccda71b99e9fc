import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ToldFacts } from '../../src/explore/told-facts.js';
import { and, bv, eq, not, or, sub, sym, ult } from '../../src/values/expr.js';

const eax = sym('eax'), ecx = sym('ecx'), esi = sym('esi');

describe('what earlier notes told leaves a later guard', () => {
  it('a guard a pinned value decides is told all of; told nothing, a guard stays as it is', () => {
    const facts = new ToldFacts();
    const joined = and(or(eq(eax, bv(0)), or(eq(eax, bv(1)), eq(eax, bv(2)))), ult(bv(1), eax));
    assert.equal(facts.untold(joined), joined);
    facts.name(eq(eax, bv(2)), new Map([['eax', 2n]]));
    assert.equal(facts.untold(joined), undefined);
    // EAX == 3 is not what the note said: it stays.
    assert.equal(facts.untold(eq(eax, bv(3))), eq(eax, bv(3)));
  });

  it('of a guard some conjuncts of which were told, the rest stays, in a negated disjunction too', () => {
    const facts = new ToldFacts();
    facts.assume(and(eq(eax, bv(2)), ult(ecx, bv(8))));
    assert.equal(facts.untold(and(ult(ecx, bv(8)), eq(esi, bv(0)))), eq(esi, bv(0)));
    assert.equal(facts.untold(not(or(eq(eax, bv(5)), eq(esi, bv(0))))), not(eq(esi, bv(0))));
    // A bound the notes did not state (ECX <u 4 is not ECX <u 8) stays.
    assert.equal(facts.untold(ult(ecx, bv(4))), ult(ecx, bv(4)));
  });

  it('a negated condition told decides a later guard that negates it; of a disjunction it rules out in part, the rest stays', () => {
    const facts = new ToldFacts();
    facts.assume(not(eq(esi, bv(0))));
    assert.equal(facts.untold(or(eq(esi, bv(0)), ult(ecx, bv(4)))), ult(ecx, bv(4)));
    assert.equal(facts.untold(not(eq(esi, bv(0)))), undefined);
    // Told nothing of the disjunction's alternatives, it stays whole.
    assert.equal(facts.untold(or(eq(eax, bv(0)), ult(ecx, bv(4)))), or(eq(eax, bv(0)), ult(ecx, bv(4))));
  });

  it('of each alternative a pinned value leaves, only what it does not tell stays; alternatives it rules out go', () => {
    const facts = new ToldFacts();
    facts.name(eq(eax, bv(1)), new Map([['eax', 1n]]));
    const either = or(and(eq(eax, bv(1)), not(eq(esi, bv(0)))), and(eq(eax, bv(2)), ult(ecx, bv(4))));
    assert.equal(facts.untold(either), not(eq(esi, bv(0))));
    // In a negated conjunction (`~(a & b)`, either fails) and beside a conjunct, alike.
    assert.equal(facts.untold(and(not(and(eq(eax, bv(1)), eq(esi, bv(0)))), ult(ecx, bv(8)))), and(not(eq(esi, bv(0))), ult(ecx, bv(8))));
    // An alternative the pin makes true tells the whole disjunction.
    assert.equal(facts.untold(or(eq(eax, bv(1)), eq(esi, bv(0)))), undefined);
  });

  it('a guard that reads a pinned input is told with its value in, as the one value it leaves its other input where it leaves one', () => {
    const facts = new ToldFacts();
    facts.name(eq(eax, bv(1)), new Map([['eax', 1n]]));
    // EAX >u ECX, and as x86 flags read it after `cmp eax, ecx` / `ja`: ECX == 0 alone is left.
    assert.equal(facts.untold(ult(ecx, eax)), eq(ecx, bv(0)));
    assert.equal(facts.untold(not(or(ult(eax, ecx), eq(sub(eax, ecx), bv(0))))), eq(ecx, bv(0)));
    // ZF of the same compare: ECX == EAX is ECX == 1.
    assert.equal(facts.untold(eq(sub(eax, ecx), bv(0))), eq(ecx, bv(1)));
    // EAX <u ECX leaves ECX many values: the guard with the value in.
    assert.equal(facts.untold(ult(eax, ecx)), ult(bv(1), ecx));
    // A guard of inputs no note pinned stays as it is.
    assert.equal(facts.untold(ult(esi, ecx)), ult(esi, ecx));
  });
});
