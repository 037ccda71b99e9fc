import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegisterFacts } from '../../src/explore/register-facts.js';
import type { InstructionItem } from '../../src/ir/program.js';
import { add, bv, eq, ite, not, sub, sym, type Expr } from '../../src/values/expr.js';
import { Solver } from '../../src/values/solver.js';

/** The refutations an exploration's solver gives the observer under one path condition. */
const under = (condition: readonly Expr[]) => (extra: Expr): boolean => new Solver().refutes(condition, extra);

const item = {
  kind: 'instruction', address: 0x1000n, size: 1, instruction: { mnemonic: 'nop' },
  source: { file: 'x.asm', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } },
} as unknown as InstructionItem;

function at(line: number): InstructionItem {
  const range = { start: { line, character: 0 }, end: { line, character: 3 } };
  return { ...item, address: BigInt(0x1000 + line), source: { file: 'x.asm', range } } as InstructionItem;
}

function observe(eax: Expr): string | undefined {
  const facts = new RegisterFacts('x86', 'masm');
  facts.observe(item, new Map([['eax', eax]]), [], under([]));
  return facts.summary()[0]?.values.find((v) => v.register === 'EAX')?.value;
}

/** Registers as a step passes them, recording the names read. */
function recording(values: Record<string, Expr>, read: string[]): ReadonlyMap<string, Expr> {
  const map = new Map(Object.entries(values));
  return { get: (name: string) => { read.push(name); return map.get(name); } } as unknown as ReadonlyMap<string, Expr>;
}

describe('register facts for hover', () => {
  it('lists the constants a joined value may be', () => {
    assert.equal(observe(ite(eq(sym('a'), bv(0)), bv(1), ite(eq(sym('b'), bv(0)), bv(2), bv(3)))), '1 or 2 or 3');
  });

  it('names inputs in the words of the path notes, not by their witness keys', () => {
    assert.equal(observe(sym('_PageAllocate.eax#0')), "0 or _PageAllocate's result (EAX)");
    assert.equal(observe(sym('_PageLock.clobbered.ecx#1')), 'ECX destroyed by _PageLock');
    assert.equal(observe(sym('mem32[Buf_h]#0')), 'the dword at Buf_h');
    assert.equal(observe(add(sym('mem32[ebx + 0x4]#2'), bv(1))), 'the dword at entry EBX + 4 + 1');
    assert.equal(observe(sub(sym('_PageLock.eax#1'), sym('_PageLock.eax#0'))), "_PageLock's result (EAX, later) - _PageLock's result (EAX, earlier)");
    assert.equal(observe(add(sym('esi'), sym('mem32[DeviceWorkspaceBufferOfTheVirtualDisplayDriver + 0x40]#0'))), undefined, 'too long to say');
    const arm = (r0: Expr): string | undefined => {
      const facts = new RegisterFacts('arm', 'objasm');
      facts.observe(item, new Map([['r0', r0]]), [], under([]));
      return facts.summary()[0]?.values.find((v) => v.register === 'R0')?.value;
    };
    assert.equal(arm(sym('swi.error.XOS_ReadDynamicArea#0')), "XOS_ReadDynamicArea's error (R0)");
    assert.equal(arm(add(sym('entry.r12'), bv(4))), 'entry R12 + 4');
    assert.equal(arm(sym('mem32[entry.r12 + 0x8]#0')), 'the word at entry R12 + 8');
  });

  it('names a table a value points into, or a word read through it, by the data\'s label where the program names its data', () => {
    const slotMap = (address: bigint): string | undefined => (address === 0x10000n ? 'Slot_Map' : undefined);
    const eax = (value: Expr, names?: (address: bigint) => string | undefined): string | undefined => {
      const facts = new RegisterFacts('x86', 'masm', names);
      facts.observe(item, new Map([['eax', value]]), [], under([]));
      return facts.summary()[0]?.values.find((v) => v.register === 'EAX')?.value;
    };
    const pointer = add(sym('ecx'), bv(0x10000));
    assert.equal(eax(pointer, slotMap), 'Slot_Map + entry ECX');
    assert.equal(eax(sym('mem32[ecx + 0x10000]#0'), slotMap), 'the dword at Slot_Map + entry ECX');
    assert.equal(eax(add(sym('ecx'), bv(0x20000)), slotMap), 'entry ECX + 20000h', 'a number no data lies at');
    assert.equal(eax(pointer), 'entry ECX + 10000h', 'a program that names no data');
  });

  it('leaves out a value whose joins share arms instead of unfolding it as a tree', () => {
    // Each level holds the one below in both arms: 60 levels are 60 nodes, but 2^60 paths through them.
    let value: Expr = bv(1);
    for (let i = 0; i < 60; i++) value = ite(eq(sym(`s${i}`), bv(0)), ite(eq(sym(`t${i}`), bv(0)), bv(1), value), value);
    assert.equal(observe(value), undefined);
  });

  it('decides a service result under each path condition, also for a value seen before', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const result = sym('_PageAllocate.eax#0');
    const value = ite(eq(sym('a'), bv(0)), bv(1), result);
    const failed = [eq(result, bv(0))];
    facts.observe(at(1), new Map([['eax', value]]), failed, under(failed));
    facts.observe(at(2), new Map([['eax', value]]), [not(eq(result, bv(0)))], under([not(eq(result, bv(0)))]));
    facts.observe(at(3), new Map([['eax', value]]), [], under([]));
    facts.observe(at(4), new Map([['eax', value]]), failed, under(failed));
    const eax = facts.summary().map((line) => [line.line, line.values.find((v) => v.register === 'EAX')?.value]);
    assert.deepEqual(eax, [
      [1, '0 or 1'], [2, "1 or _PageAllocate's result (EAX)"], [3, "0 or 1 or _PageAllocate's result (EAX)"], [4, '0 or 1'],
    ]);
  });

  it('shows a line by its lowest instruction, whichever of its instructions the runs reached first', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const on5 = (address: number): InstructionItem => ({ ...at(5), address: BigInt(address) }) as InstructionItem;
    facts.observe(on5(0x1010), new Map([['eax', bv(1)]]), [], under([]));
    facts.observe(on5(0x1008), new Map([['eax', bv(2)]]), [], under([]));
    facts.observe(on5(0x1010), new Map([['eax', bv(3)]]), [], under([]));
    facts.observe(on5(0x1008), new Map([['eax', bv(4)]]), [], under([]));
    assert.deepEqual(facts.summary(), [{ file: 'x.asm', line: 5, values: [{ register: 'EAX', value: '2 or 4' }] }]);
  });

  it('lists up to four values the runs of a line gave a register, each once, and past four constants their range', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const step = (eax: Expr, esi: Expr): void => facts.observe(at(5), new Map([['eax', eax], ['esi', esi]]), [], under([]));
    const shown = (): Record<string, string> => Object.fromEntries(facts.summary()[0]?.values.map((v) => [v.register, v.value]) ?? []);
    step(bv(3), sym('esi'));
    assert.deepEqual(shown(), { EAX: '3', ESI: 'entry ESI' });
    step(bv(1), sym('esi'));
    step(bv(3), sym('entry.r3'));
    step(bv(2), sym('esi'));
    assert.deepEqual(shown(), { EAX: '1 or 2 or 3', ESI: 'entry ESI or entry R3' });
    step(bv(0x40), sym('esi'));
    assert.deepEqual(shown(), { EAX: '1 or 2 or 3 or 40h', ESI: 'entry ESI or entry R3' });
    step(bv(0x20), sym('esi'));
    assert.deepEqual(shown(), { EAX: '1 to 40h', ESI: 'entry ESI or entry R3' });
    step(bv(0x80), sym('esi'));
    assert.deepEqual(shown(), { EAX: '1 to 80h', ESI: 'entry ESI or entry R3' });
  });

  it('shows a flag only while it has been one constant, and stops reading it once it cannot be shown', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const read: string[] = [];
    const zf = (value: Expr): ReadonlyMap<string, Expr> => recording({ zf: value, cf: bv(0, 1), sf: eq(sym('a'), bv(0)) }, read);
    // The same constant through a join still shows; a second constant hides ZF, a symbolic SF is hidden at once.
    facts.observe(item, zf(ite(eq(sym('b'), bv(0)), bv(1, 1), bv(1, 1))), [], under([]));
    facts.observe(item, zf(bv(1, 1)), [], under([]));
    assert.deepEqual(facts.summary()[0]?.values, [{ register: 'CF', value: '0' }, { register: 'ZF', value: '1' }]);
    facts.observe(item, zf(bv(0, 1)), [], under([]));
    read.length = 0;
    facts.observe(item, zf(bv(1, 1)), [], under([]));
    assert.deepEqual(facts.summary()[0]?.values, [{ register: 'CF', value: '0' }]);
    assert.deepEqual(read.filter((name) => ['cf', 'zf', 'sf'].includes(name)), ['cf']);
  });

  it('stops reading a register once its alternatives are more than a line shows', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const read: string[] = [];
    for (const value of [sym('a'), sym('b'), bv(1), bv(2), bv(3)]) facts.observe(item, recording({ eax: value }, read), [], under([]));
    assert.equal(facts.summary()[0]?.values.find((v) => v.register === 'EAX'), undefined);
    read.length = 0;
    facts.observe(item, recording({ eax: bv(4) }, read), [], under([]));
    assert.equal(read.includes('eax'), false);
    assert.equal(facts.summary()[0]?.values.find((v) => v.register === 'EAX'), undefined);
  });

  it('asks whether a service result can succeed only when it can fail, and not whether it can fail past a test that found no failure', () => {
    const result = sym('_PageAllocate.eax#0');
    const asked = (condition: readonly Expr[]): { shown: string | undefined; questions: number } => {
      const facts = new RegisterFacts('x86', 'masm');
      let questions = 0;
      const refutes = under(condition);
      facts.observe(item, new Map([['eax', result]]), condition, (extra) => { questions++; return refutes(extra); });
      return { shown: facts.summary()[0]?.values.find((v) => v.register === 'EAX')?.value, questions };
    };
    assert.deepEqual(asked([not(eq(result, bv(0)))]), { shown: "_PageAllocate's result (EAX)", questions: 0 }, 'the condition holds the test that found no failure');
    assert.deepEqual(asked([sym('a', 1), not(eq(result, bv(0)))]), { shown: "_PageAllocate's result (EAX)", questions: 0 });
    assert.deepEqual(asked([not(eq(result, bv(1)))]), { shown: "0 or _PageAllocate's result (EAX)", questions: 2 }, 'another test is the solver\'s to read');
    assert.deepEqual(asked([eq(result, bv(0))]), { shown: '0', questions: 2 });
    assert.deepEqual(asked([]), { shown: "0 or _PageAllocate's result (EAX)", questions: 2 });
  });

  it('decides a service result again when the same value comes back under another path condition', () => {
    const facts = new RegisterFacts('x86', 'masm');
    const result = sym('_PageAllocate.eax#0');
    const value = ite(eq(sym('a'), bv(0)), bv(1), result);
    facts.observe(at(1), new Map([['eax', value]]), [eq(result, bv(0))], under([eq(result, bv(0))]));
    facts.observe(at(1), new Map([['eax', value]]), [not(eq(result, bv(0)))], under([not(eq(result, bv(0)))]));
    assert.equal(facts.summary()[0]?.values.find((v) => v.register === 'EAX')?.value, "0 or 1 or _PageAllocate's result (EAX)");
  });
});
