import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram, x86Program } from '../src/ir/builder.js';
import { Program, type ProgramItem } from '../src/ir/program.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { bv } from '../src/values/expr.js';

type ArmItem = ProgramItem<ArmInstruction>;

const mov: ArmInstruction = { arch: 'arm', mnemonic: 'mov', condition: 'al', setFlags: false, operands: [{ kind: 'reg', reg: 15 }, { kind: 'reg', reg: 14 }] };

test('ARM layout: 4 bytes per instruction, data at its real size, labels and tables resolved', () => {
  const p = armProgram({ origin: 0x8000n })
    .label('handler').instruction(mov, 'ADD pc, pc, r0, LSL #2')
    .instruction(mov, 'B unknown')
    .label('table').words('pregrow', 'postgrow')
    .label('msg').string('No')
    .align(4)
    .label('pregrow').instruction(mov, 'MOV pc, lr')
    .label('postgrow').instruction(mov, 'MOV pc, lr')
    .entry('handler', 'handler', { kind: 'da-handler', needsSpecificPages: true })
    .build();
  assert.equal(p.label('table'), 0x8008n);
  assert.equal(p.label('msg'), 0x8010n);
  assert.equal(p.label('pregrow'), 0x8014n);
  assert.equal(p.image(0x8008n), 0x14n);
  assert.equal(p.image(0x800cn), 0x18n);
  assert.equal(p.image(0x8010n), BigInt('N'.charCodeAt(0)));
  assert.equal(p.itemAt(0x8014n)?.kind, 'instruction');
  assert.deepEqual(p.entries[0]?.contract, { kind: 'da-handler', needsSpecificPages: true });
  assert.deepEqual(p.instructionsBetween(0x8000n, 0x8018n).map((i) => i.address), [0x8000n, 0x8004n, 0x8014n, 0x8018n]);
});

test('x86 layout: synthetic 16-byte instruction slots, the dd after int 20h is the next item', () => {
  const p = x86Program()
    .instruction({ arch: 'x86', mnemonic: 'int', operands: [{ kind: 'imm', value: bv(0x20) }] }, 'int 20h')
    .data([{ bytes: 4, value: bv(0x10053) }], 'dd 00010053h')
    .instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret')
    .build();
  const [int, dd, ret] = p.items;
  assert.equal(int && p.itemAfter(int), dd);
  assert.equal(ret?.address, (dd?.address ?? 0n) + 4n);
  assert.equal(int?.address, 0x1000n);
  assert.equal(dd?.source.range.start.line, 1);
});

test('writable data: the full image for concrete runs, only read-only bytes for procedure analyses, names by label', () => {
  const p = x86Program({ origin: 0x1000n })
    .label('table').words(0x11, 0x22)
    .section('data')
    .label('hBuf').words(0x33, 0x44)
    .section('code')
    .label('msg').string('A')
    .build();
  const hBuf = p.label('hBuf') ?? 0n;
  assert.equal(p.image(hBuf), 0x33n);
  assert.equal(p.constantImage(hBuf), undefined);
  assert.equal(p.constantImage(hBuf + 4n), undefined);
  assert.equal(p.constantImage(p.label('table') ?? 0n), 0x11n);
  assert.equal(p.constantImage(p.label('msg') ?? 0n), 0x41n);
  assert.deepEqual(p.items.map((i) => (i.kind === 'data' ? i.writable ?? false : undefined)), [false, true, false]);
  assert.equal(p.dataName(hBuf), 'hBuf');
  assert.equal(p.dataName(hBuf + 4n), 'hBuf+4');
  assert.equal(p.dataName(0x9000n), undefined);
  assert.equal(p.dataNames, p.dataNames, 'one naming function for the program\'s life');
  assert.equal(p.dataNames(hBuf + 4n), 'hBuf+4');
});

test('a program made again from the last one answers by address as one made afresh: items at the same addresses or moved, labels the same map or not', () => {
  const last = armProgram({ origin: 0x8000n })
    .label('first').instruction(mov, 'MOV pc, lr')
    .label('table').words('first', 'second')
    .label('second').instruction(mov, 'MOV pc, lr')
    .build();
  const parts = (items: typeof last.items, labels: ReadonlyMap<string, bigint> = last.labels) =>
    ({ arch: 'arm' as const, items, labels, symbols: last.symbols, storage: last.storage, entries: last.entries });
  const lookups = (p: Program<ArmInstruction>) => [0x8000n, 0x8004n, 0x8008n, 0x800cn, 0x8010n, 0x8014n].map((a) => {
    const item = p.itemAt(a);
    return [item, item && p.itemAfter(item), p.labelsAtAddress(a)];
  });
  const [first, table, second] = last.items as [ArmItem, ArmItem, ArmItem];
  // The same addresses: the second instruction remade (a moved copy, another source line), the labels the same map.
  const remade = { ...second, source: { ...second.source, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 10 } } } };
  const same = parts([first, table, remade]);
  assert.deepEqual(lookups(new Program(same, last)), lookups(new Program(same)));
  assert.equal(new Program(same, last).itemAt(second.address), remade);
  // An item more: everything after it lies four bytes on.
  const moved = { ...second, address: second.address + 4n };
  const grown = parts([first, table, { ...moved, address: second.address }, moved], new Map([['first', 0x8000n], ['table', 0x8004n], ['second', 0x8010n]]));
  assert.deepEqual(lookups(new Program(grown, last)), lookups(new Program(grown)));
  assert.deepEqual(new Program(grown, last).labelsAtAddress(0x8010n), ['second']);
  // Made again from a program that never looked a label up by address (the labels the same map), and that one after.
  const unread = new Program(parts([first, table, second]));
  assert.deepEqual(lookups(new Program(same, unread)), lookups(new Program(same)));
  assert.deepEqual(lookups(unread), lookups(last));
  // Items out of order are laid out in address order.
  assert.deepEqual(new Program(parts([table, second, first]), last).items, last.items);
});
