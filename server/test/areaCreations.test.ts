import assert from 'node:assert/strict';
import { test } from 'node:test';
import { armProgram, expr, Program, type ArmInstruction, type ArmOperand, type ProgramItem } from '../../emulator/src/index.js';
import { CallMemory, trackCalls } from '../src/lowering/riscos/areaCreations.js';

// What tracking found for a region's OS_DynamicArea calls is kept with what
// it read; the next program's discovery finds it again only while those
// reads answer alike.

const op = (mnemonic: string, ...operands: ArmOperand[]): ArmInstruction => ({ arch: 'arm', mnemonic, condition: 'al', setFlags: false, operands });
const reg = (n: number): ArmOperand => ({ kind: 'reg', reg: n });
const imm = (n: number): ArmOperand => ({ kind: 'imm', value: expr.bv(n) });

const program = armProgram({ origin: 0x8000n })
  .label('create').instruction(op('mov', reg(0), imm(0)))
  .instruction(op('adr', reg(6), { kind: 'target', label: 'handler' }))
  .instruction(op('ldr', reg(4), { kind: 'target', label: 'flags' }))
  .instruction(op('swi', imm(0x20066)))
  .label('handler').instruction(op('mov', reg(15), reg(14)))
  .label('flags').words(0x100)
  .build();
const calls = [3];
const starts = [0x8000n];

const codeCreations = (...args: Parameters<typeof trackCalls>) => trackCalls(...args).creations;

/** The program with its items as they are and other labels or another data item. */
function remade(labels: ReadonlyMap<string, bigint>, flags = program.items[5]): Program<ArmInstruction> {
  const items = [...program.items.slice(0, 5), ...(flags ? [flags] : [])];
  return new Program({ arch: 'arm', items, labels, symbols: program.symbols, storage: program.storage, entries: [] }, program);
}

test('a region whose items, labels and words read alike keeps its creations; another label or word is tracked again', () => {
  const memory = new CallMemory();
  const handler = program.label('handler') as bigint;
  assert.deepEqual(codeCreations(program, starts, calls, memory).map((c) => [c.handlerAddress, c.needsSpecificPages]), [[handler, true]]);
  assert.equal(memory.tracked, 1);
  assert.deepEqual(codeCreations(remade(program.labels), starts, calls, memory).map((c) => c.handlerAddress), [handler]);
  assert.equal(memory.tracked, 0, 'read alike');
  const elsewhere = new Map(program.labels).set('handler', handler + 4n);
  assert.deepEqual(codeCreations(remade(elsewhere), starts, calls, memory).map((c) => c.handlerAddress), [handler + 4n]);
  assert.equal(memory.tracked, 1, 'the handler label moved');
  const flags = program.items[5];
  assert.equal(flags?.kind, 'data');
  const cleared = flags?.kind === 'data' ? { ...flags, values: [{ bytes: 4 as const, value: expr.bv(0) }] } : flags;
  assert.deepEqual(codeCreations(remade(elsewhere, cleared), starts, calls, memory).map((c) => c.needsSpecificPages), [false]);
  assert.equal(memory.tracked, 1, 'the flags word changed');
});

// A BL between the argument registers and the call: a hand-written routine
// may return anything in any register, so only a routine followed to its
// return leaves what it did known.

const target = (label: string): ArmOperand => ({ kind: 'target', label });
const ret = op('mov', reg(15), reg(14));

/**
 * Init sets R4 = 0 and R5 = 1 MB, makes the call `call` (instructions that
 * end in the branch, `back` labelling where it returns), then creates the
 * area; Adjust is `body` then `end`.
 */
function withLinkedCall(call: readonly ArmInstruction[], body: readonly ArmInstruction[], end: ArmInstruction = ret): Program<ArmInstruction> {
  let b = armProgram({ origin: 0x8000n })
    .label('create').instruction(op('mov', reg(4), imm(0)))
    .instruction(op('mov', reg(5), imm(0x100000)));
  for (const i of call) b = b.instruction(i);
  b = b.label('back').instruction(op('mov', reg(0), imm(0)))
    .instruction(op('adr', reg(6), target('handler')))
    .instruction(op('swi', imm(0x20066)))
    .label('handler').instruction(ret)
    .label('adjust');
  for (const i of body) b = b.instruction(i);
  return b.instruction(end).build();
}
const created = (p: Program<ArmInstruction>) => codeCreations(p, starts, [p.items.findIndex((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'swi')])
  .map((c) => [c.needsSpecificPages, c.maxSize]);

/** Init calls Adjust with BL. */
const withCall = (body: readonly ArmInstruction[], end: ArmInstruction = ret): Program<ArmInstruction> => withLinkedCall([op('bl', target('adjust'))], body, end);

test('a BL to a routine that runs straight to its return is followed: what it does to R4 and R5 is what the area gets', () => {
  assert.deepEqual(created(withCall([op('orr', reg(4), reg(4), imm(0x180)), op('mov', reg(5), imm(0x200000))])), [[true, 0x200000n]]);
  assert.deepEqual(created(withCall([op('orr', reg(4), reg(4), imm(0x80))])), [[false, 0x100000n]], 'bit 8 still clear');
  const pull = op('ldm', reg(13), { kind: 'reglist', regs: [5, 15], caret: false });
  assert.deepEqual(created(withCall([op('orr', reg(4), reg(4), imm(0x100))], { ...pull, writeback: true })), [[true, undefined]], 'R5 pulled from the stack');
});

test('a BL whose routine does not run straight to one return may leave any register changed', () => {
  const branchy = withCall([op('cmp', reg(4), imm(0)), { ...op('orr', reg(4), reg(4), imm(0x100)), condition: 'eq' }, { ...ret, condition: 'eq' }, op('orr', reg(5), reg(5), imm(1))]);
  assert.deepEqual(created(branchy), [[undefined, undefined]]);
  const jumps = withCall([op('b', target('handler'))]);
  assert.deepEqual(created(jumps), [[undefined, undefined]]);
  const outside = armProgram({ origin: 0x8000n })
    .label('create').instruction(op('mov', reg(4), imm(0)))
    .instruction(op('bl', target('Imported')))
    .instruction(op('mov', reg(0), imm(0)))
    .instruction(op('swi', imm(0x20066)))
    .build();
  assert.deepEqual(codeCreations(outside, starts, [3]).map((c) => c.needsSpecificPages), [undefined]);
});

test('a branch after ADR lr is a call, followed as a BL is; after MOV lr, pc to an address in a register, or a plain branch away, any register may have changed', () => {
  const setsBit8 = [op('orr', reg(4), reg(4), imm(0x180))];
  assert.deepEqual(created(withLinkedCall([op('adr', reg(14), target('back')), op('b', target('adjust'))], setsBit8)), [[true, 0x100000n]]);
  assert.deepEqual(created(withLinkedCall([op('adr', reg(14), target('back')), op('b', target('adjust'))], [op('orr', reg(4), reg(4), imm(0x80))])), [[false, 0x100000n]], 'bit 8 still clear');
  const throughRegister = [op('adr', reg(0), target('adjust')), op('mov', reg(14), reg(15)), op('mov', reg(15), reg(0))];
  assert.deepEqual(created(withLinkedCall(throughRegister, setsBit8)), [[undefined, undefined]]);
  assert.deepEqual(created(withLinkedCall([op('b', target('adjust'))], setsBit8, op('b', target('back')))), [[undefined, undefined]], 'out and back by plain branches');
});

test('a SWI before the creation changes what its register table returns results in, any of its reasons\' when the reason is not known', () => {
  const creationAfter = (call: readonly ArmInstruction[]) => {
    const p = withLinkedCall(call, []);
    const swis = p.items.flatMap((i, k) => (i.kind === 'instruction' && i.instruction.mnemonic === 'swi' && i.instruction.operands[0]?.kind === 'imm'
      && expr.constValue(i.instruction.operands[0].value) === 0x20066n ? [k] : []));
    return codeCreations(p, starts, swis).map((c) => [c.needsSpecificPages, c.maxSize]);
  };
  // OS_DynamicArea 2 returns another area's flags in R4 and its limit in R5.
  assert.deepEqual(creationAfter([op('mov', reg(0), imm(2)), op('mov', reg(1), imm(7)), op('swi', imm(0x20066))]), [[undefined, undefined]]);
  assert.deepEqual(creationAfter([op('ldr', reg(0), { kind: 'mem', base: 12, offset: { kind: 'imm', value: expr.bv(0) }, preIndexed: true, writeback: false, subtract: false }), op('swi', imm(0x20066))]),
    [[undefined, undefined]], 'a reason not known');
  assert.deepEqual(creationAfter([op('swi', imm(0x20051))]), [[false, 0x100000n]], 'OS_ReadMemMapInfo returns in R0 and R1 only');
  assert.deepEqual(creationAfter([op('mov', reg(0), imm(5)), op('swi', imm(0x20066))]), [[false, 0x100000n]], 'OS_DynamicArea 5 returns in R2 only');
});

test('a region whose called routine changed is tracked again', () => {
  const memory = new CallMemory();
  const before = withCall([op('orr', reg(4), reg(4), imm(0x100))]);
  assert.deepEqual(codeCreations(before, starts, [5], memory).map((c) => c.needsSpecificPages), [true]);
  const items = [...before.items.slice(0, -2), { ...(before.items.at(-2) as ProgramItem<ArmInstruction>), instruction: op('orr', reg(4), reg(4), imm(0x80)) }, before.items.at(-1) as ProgramItem<ArmInstruction>];
  const after = new Program({ arch: 'arm', items, labels: before.labels, symbols: before.symbols, storage: before.storage, entries: [] }, before);
  assert.deepEqual(codeCreations(after, starts, [5], memory).map((c) => c.needsSpecificPages), [false]);
  assert.equal(memory.tracked, 1);
});

test('an OS_Memory call in the region is tracked with the creation: what it reserves is kept while the region reads alike', () => {
  const reserving = armProgram({ origin: 0x8000n })
    .label('init').instruction(op('mov', reg(0), imm(23)))
    .instruction(op('mov', reg(1), imm(0x400)))
    .instruction(op('ldr', reg(2), target('count')))
    .instruction(op('swi', imm(0x20068)))
    .instruction(op('mov', reg(0), imm(0)))
    .instruction(op('adr', reg(6), target('handler')))
    .instruction(op('swi', imm(0x20066)))
    .label('handler').instruction(ret)
    .label('count').words(16)
    .build();
  const remadeWith = (count: ProgramItem<ArmInstruction>): Program<ArmInstruction> =>
    new Program({ arch: 'arm', items: [...reserving.items.slice(0, -1), count], labels: reserving.labels, symbols: reserving.symbols, storage: reserving.storage, entries: [] }, reserving);
  const memory = new CallMemory();
  const first = trackCalls(reserving, starts, [3, 6], memory);
  const swiAt = (reserving.items[3] as ProgramItem<ArmInstruction>).source;
  assert.deepEqual(first.reservations, [{ at: 3, reservation: { release: false, pages: { first: 0x400n, count: 16n }, source: swiAt } }]);
  assert.equal(first.creations.length, 1);
  assert.equal(memory.tracked, 2);
  const count = reserving.items.at(-1) as ProgramItem<ArmInstruction>;
  assert.deepEqual(trackCalls(remadeWith(count), starts, [3, 6], memory).reservations, first.reservations);
  assert.equal(memory.tracked, 0, 'read alike');
  const eight = count.kind === 'data' ? { ...count, values: [{ bytes: 4 as const, value: expr.bv(8) }] } : count;
  assert.deepEqual(trackCalls(remadeWith(eight), starts, [3, 6], memory).reservations, [{ at: 3, reservation: { release: false, pages: { first: 0x400n, count: 8n }, source: swiAt } }]);
  assert.equal(memory.tracked, 2, 'the count word changed');
  const load = op('ldr', reg(0), { kind: 'mem', base: 12, offset: { kind: 'imm', value: expr.bv(0) }, preIndexed: true, writeback: false, subtract: false });
  const unknown = armProgram({ origin: 0x8000n }).label('init').instruction(load).instruction(op('swi', imm(0x68))).build();
  assert.deepEqual(trackCalls(unknown, starts, [1]).reservations, [{ at: 1, reservation: { source: (unknown.items[1] as ProgramItem<ArmInstruction>).source } }], 'a reason not known');
});

// Flags stored to a workspace field and loaded back into R4 before the call
// (`STR r0, ws_flags` / … / `LDR r4, ws_flags`): the stored value is the
// flags while nothing may have stored to that word between.

const mem = (base: number, offset: number, more: Partial<{ preIndexed: boolean; writeback: boolean; subtract: boolean }> = {}): ArmOperand =>
  ({ kind: 'mem', base, offset: { kind: 'imm', value: expr.bv(offset) }, preIndexed: true, writeback: false, subtract: false, ...more });

/** Init stores NeedsSpecificPages to [r12, #4], does `between` (with `label` on its first instruction), loads the word into R4 and creates the area. */
function flagsInWorkspace(between: readonly ArmInstruction[], label?: string): Program<ArmInstruction> {
  let b = armProgram({ origin: 0x8000n })
    .label('create').instruction(op('mov', reg(0), imm(0x100)))
    .instruction(op('str', reg(0), mem(12, 4)));
  between.forEach((i, n) => {
    b = (n === 0 && label ? b.label(label) : b).instruction(i);
  });
  return b.instruction(op('ldr', reg(4), mem(12, 4)))
    .instruction(op('mov', reg(0), imm(0)))
    .instruction(op('adr', reg(6), target('handler')))
    .instruction(op('swi', imm(0x20066)))
    .label('handler').instruction(ret)
    .label('adjust').instruction(op('str', reg(1), mem(12, 4)))
    .instruction(ret)
    .build();
}
const workspaceFlags = (between: readonly ArmInstruction[], label?: string): (boolean | undefined)[] => {
  const p = flagsInWorkspace(between, label);
  return codeCreations(p, starts, [p.items.findLastIndex((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'swi')]).map((c) => c.needsSpecificPages);
};

test('flags stored to a workspace word and loaded back are the area\'s while nothing may have stored to the word between', () => {
  assert.deepEqual(workspaceFlags([]), [true]);
  const nop = op('mov', reg(3), reg(3));
  assert.deepEqual(workspaceFlags([nop, op('str', reg(3), mem(12, 8)), op('str', reg(3), mem(12, 0))]), [true], 'the words either side');
  assert.deepEqual(workspaceFlags([op('stm', reg(13), { kind: 'reglist', regs: [1, 2], caret: false }), nop].map((i, n) => (n === 0 ? { ...i, blockMode: 'db' as const, writeback: true } : i))), [true], 'a push');
  const unknown: readonly (readonly [string, readonly ArmInstruction[]])[] = [
    ['a store to the word at a condition', [{ ...op('str', reg(3), mem(12, 4)), condition: 'eq' }]],
    ['a byte stored into the word', [{ ...op('str', reg(3), mem(12, 5)), size: 'b' }]],
    ['a store through another register', [op('str', reg(3), mem(2, 0))]],
    ['a store with a register offset', [op('str', reg(3), { kind: 'mem', base: 12, offset: { kind: 'reg', reg: 1 }, preIndexed: true, writeback: false, subtract: false })]],
    ['the base register changed', [op('mov', reg(12), reg(2))]],
    ['a SWI without a register table, which may write where any register points', [op('swi', imm(0x20007))]],
    ['a SWI the catalogue does not have', [op('swi', imm(0x2abcd))]],
    ['OS_Memory 0, which fills the page block at R1', [op('mov', reg(0), imm(0x2200)), op('add', reg(1), reg(12), imm(8)), op('swi', imm(0x20068))]],
    ['OS_Memory 7, which fills a block no table describes', [op('mov', reg(0), imm(7)), op('swi', imm(0x20068))]],
    ['OS_Memory with a reason not known', [op('ldr', reg(0), mem(11, 0)), op('swi', imm(0x20068))]],
    ['OS_ChangeDynamicArea, whose resize runs a handler on its workspace', [op('swi', imm(0x2002a))]],
    ['a call that stores to the word', [op('bl', target('adjust'))]],
    ['a call not followed', [op('bl', target('Imported'))]],
  ];
  for (const [what, between] of unknown) assert.deepEqual(workspaceFlags(between), [undefined], what);
  // A SWI whose certain register table takes no pointer to write through writes nothing the routine owns.
  const kept: readonly (readonly [string, readonly ArmInstruction[]])[] = [
    ['OS_ReadMemMapInfo', [op('swi', imm(0x20051))]],
    ['OS_ReadMonotonicTime', [op('swi', imm(0x20042))]],
    ['OS_Memory 6', [op('mov', reg(0), imm(6)), op('swi', imm(0x20068))]],
    ['OS_Module 6, whose block is the RMA\'s', [op('mov', reg(0), imm(6)), op('mov', reg(3), imm(64)), op('swi', imm(0x2001e))]],
  ];
  for (const [what, between] of kept) assert.deepEqual(workspaceFlags(between), [true], what);
  assert.deepEqual(workspaceFlags([nop], 'again'), [undefined], 'a label between: the load may be reached from elsewhere, past the store');
});

test('a region whose workspace word is loaded after a label that came or went is tracked again', () => {
  const memory = new CallMemory();
  const nop = op('mov', reg(3), reg(3));
  const labelled = flagsInWorkspace([nop], 'again');
  const at = labelled.label('again') as bigint;
  assert.deepEqual(codeCreations(labelled, starts, [6], memory).map((c) => c.needsSpecificPages), [undefined]);
  const labels = new Map([...labelled.labels].filter(([name]) => name !== 'again'));
  const unlabelled = new Program({ arch: 'arm', items: labelled.items, labels, symbols: labelled.symbols, storage: labelled.storage, entries: [] }, labelled);
  assert.equal(unlabelled.labelsAtAddress(at).length, 0);
  assert.deepEqual(codeCreations(unlabelled, starts, [6], memory).map((c) => c.needsSpecificPages), [true]);
  assert.equal(memory.tracked, 1);
});
