import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ToldFacts } from '../../src/explore/told-facts.js';
import { and, bv, eq, not, or, sym, ult } from '../../src/values/expr.js';

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

  it('a negated condition told decides a later guard that negates it; a disjunction it decides only in part stays whole', () => {
    const facts = new ToldFacts();
    facts.assume(not(eq(esi, bv(0))));
    assert.equal(facts.untold(or(eq(esi, bv(0)), ult(ecx, bv(4)))), or(eq(esi, bv(0)), ult(ecx, bv(4))));
    assert.equal(facts.untold(not(eq(esi, bv(0)))), undefined);
  });
});
