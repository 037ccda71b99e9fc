import assert from 'node:assert/strict';
import { test } from 'node:test';
import { armProgram, expr, Program, type ArmInstruction, type ArmOperand } from '../../emulator/src/index.js';
import { codeCreations, CreationMemory } from '../src/lowering/riscos/areaCreations.js';

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

/** The program with its items as they are and other labels or another data item. */
function remade(labels: ReadonlyMap<string, bigint>, flags = program.items[5]): Program<ArmInstruction> {
  const items = [...program.items.slice(0, 5), ...(flags ? [flags] : [])];
  return new Program({ arch: 'arm', items, labels, symbols: program.symbols, storage: program.storage, entries: [] }, program);
}

test('a region whose items, labels and words read alike keeps its creations; another label or word is tracked again', () => {
  const memory = new CreationMemory();
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
