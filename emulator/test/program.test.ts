import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram, x86Program } from '../src/ir/builder.js';
import { Program, type DataValue, type ProgramItem } from '../src/ir/program.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { add, bv, sym, type Expr } from '../src/values/expr.js';
import { symbolsOf } from '../src/values/key.js';

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

test('landingAt: where control that goes on at an address lands, across a gap in the layout to the next item', () => {
  const p = armProgram({ origin: 0x8000n }).instruction(mov, 'MOV pc, lr').string('Hi').build();
  const moved: ArmItem = { ...(p.items[0] as ArmItem), address: 0x9000n };
  const q = new Program({ ...p, items: [...p.items, moved] });
  assert.equal(q.landingAt(0x8004n), 0x8004n, 'an item starts there');
  assert.equal(q.landingAt(0x8005n), 0x8005n, 'inside an item: into data, as the explorer will say');
  assert.equal(q.landingAt(0x8008n), 0x9000n, 'nothing there: the next item');
  assert.equal(q.landingAt(0x9004n), 0x9004n, 'nothing after it: where no instruction is');
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

test('a byte deep inside a large data item is named by the label before it, found by a search, not by walking back byte by byte', () => {
  // The walk asked the labels at every address back to the label, and every byte a 32 KB `rep movsd` reads is named:
  // the copy was quadratic. The look-ups are counted, not timed: a few, however far the byte lies from its label.
  const span = { file: 'big.asm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
  const size = 1 << 20;
  const ring = 0x1010n, after = ring + BigInt(size);
  const p = new Program({
    arch: 'x86',
    items: [
      { kind: 'data', address: 0x1000n, size: 16, values: [], source: span, writable: true },
      { kind: 'data', address: ring, size, values: [], source: span, writable: true },
      { kind: 'data', address: after, size: 8, values: [], source: span, writable: true },
    ],
    labels: new Map([['Head', 0x1000n], ['Mid', 0x1008n], ['Ring', ring], ['Ring_Tail', after - 16n]]),
    symbols: new Map(), storage: new Map(), entries: [],
  });
  const get = Map.prototype.get;
  let lookUps = 0;
  Map.prototype.get = function counted<K, V>(this: Map<K, V>, key: K): V | undefined {
    lookUps++;
    return get.call(this, key) as V | undefined;
  };
  let names: (string | undefined)[];
  try {
    names = [after - 17n, after - 1n, 0x100cn, 0x1004n, after + 4n].map((address) => p.dataName(address));
  } finally {
    Map.prototype.get = get;
  }
  assert.deepEqual(names, [`Ring+${size - 17}`, 'Ring_Tail+15', 'Mid+4', 'Head+4', undefined], 'the label before the last names another item');
  assert.ok(lookUps < 100, `${lookUps} look-ups`);
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

test('a program made again after each kind of edit a lowering makes answers every look-up as one made afresh, asked after each edit or only after the last', () => {
  const span = (line: number) => ({ file: 'test.s', range: { start: { line, character: 0 }, end: { line, character: 4 } } });
  const movImm = (value: Expr): ArmInstruction => ({ ...mov, operands: [{ kind: 'reg', reg: 0 }, { kind: 'imm', value }] });
  const ins = (address: bigint, instruction: ArmInstruction, line: number): ArmItem => ({ kind: 'instruction', address, size: 4, instruction, source: span(line) });
  const dat = (address: bigint, values: readonly DataValue[], line: number, writable?: true): ArmItem =>
    ({ kind: 'data', address, size: values.reduce((n, v) => n + v.bytes, 0), values, source: span(line), ...(writable ? { writable } : {}) });
  const bytes = (...b: number[]): DataValue[] => b.map((v) => ({ bytes: 1, value: bv(v, 8) }));
  // Two slots: an edit in the first moves nothing in the second. An empty data item shares an address with the next.
  const items: ArmItem[] = [
    ins(0x8000n, movImm(sym('Reason')), 0),
    ins(0x8004n, mov, 1),
    dat(0x8008n, [{ bytes: 4, value: bv(0x9000, 32) }, { bytes: 4, value: sym('Header') }], 2),
    dat(0x8010n, [], 3),
    dat(0x8010n, bytes(0x48, 0x69, 0), 4),
    ins(0x9000n, movImm(sym('Reason')), 5),
    ins(0x9004n, movImm(add(sym('Other'), bv(1))), 6),
    dat(0x9008n, [{ bytes: 2, value: bv(0x1234, 16) }, { bytes: 2, value: bv(0x5678, 16) }], 7, true),
    dat(0x900cn, bytes(1, 2, 3, 4), 8),
  ];
  const labels = new Map([['start', 0x8000n], ['table', 0x8008n], ['msg', 0x8010n], ['later', 0x9000n], ['buf', 0x9008n], ['tail', 0x900cn]]);
  type Edit = { readonly items: readonly ArmItem[]; readonly labels: ReadonlyMap<string, bigint> };
  const movedDown = (item: ArmItem, rows: number): ArmItem => ({ ...item, source: span(item.source.range.start.line + rows) });
  const shifted = (item: ArmItem): ArmItem => ({ ...movedDown(item, 1), address: item.address + 4n });
  const edits: ((last: Edit) => Edit)[] = [
    // Lines added above the second slot: its items are moved copies at the same addresses, the labels the same map.
    (last) => ({ items: last.items.map((item) => (item.address >= 0x9000n ? movedDown(item, 2) : item)), labels: last.labels }),
    // An instruction inserted in the first slot: the rest of the slot lies 4 bytes on, the second slot only moves down.
    (last) => ({
      items: [...last.items.slice(0, 1), ins(0x8004n, movImm(sym('Inserted')), 1), ...last.items.slice(1).map((item) => (item.address < 0x9000n ? shifted(item) : movedDown(item, 1)))],
      labels: new Map([...last.labels].map(([name, address]) => [name, address > 0x8000n && address < 0x9000n ? address + 4n : address])),
    }),
    // An instruction and data values replaced in place, given out of address order.
    (last) => ({
      items: last.items.map((item) => (item.kind === 'instruction' && item.instruction.operands[1]?.kind === 'imm' && symbolsOf(item.instruction.operands[1].value).has('Other')
        ? ins(item.address, movImm(sym('Replaced')), 9)
        : item.kind === 'data' && item.address === 0x900cn ? dat(item.address, bytes(9, 8, 7, 6), 8) : item)).reverse(),
      labels: last.labels,
    }),
    // Items removed: the inserted instruction (the first slot moves back) and the data naming Header.
    (last) => ({
      items: last.items.filter((item) => !(item.kind === 'instruction' && item.address === 0x8004n) && !(item.kind === 'data' && item.address === 0x800cn))
        .map((item) => (item.address > 0x8004n && item.address < 0x9000n ? { ...item, address: item.address - 4n } : item)),
      labels: new Map([...last.labels].map(([name, address]) => [name, address > 0x8004n && address < 0x9000n ? address - 4n : address])),
    }),
    // Data made writable, and read-only again.
    (last) => ({ items: last.items.map((item) => (item.kind === 'data' && item.address === 0x900cn ? { ...item, writable: true } : item)), labels: last.labels }),
    (last) => ({ items: last.items.map((item) => (item.kind === 'data' && item.address === 0x9008n ? dat(item.address, item.values, 7) : item)), labels: last.labels }),
  ];
  const parts = (edit: Edit) => ({ arch: 'arm' as const, items: edit.items, labels: edit.labels, symbols: new Map(), storage: new Map(), entries: [] });
  const addresses = function* () {
    for (let a = 0x7ffcn; a < 0x8020n; a++) yield a;
    for (let a = 0x8ffcn; a < 0x9018n; a++) yield a;
  };
  const answers = (p: Program<ArmInstruction>) => ({
    each: [...addresses()].map((a) => {
      const item = p.itemAt(a);
      return [a, item, item && p.itemAfter(item), p.labelsAtAddress(a), p.image(a), p.constantImage(a)];
    }),
    text: [...p.textSymbols].sort(),
  });
  // What each look-up means, spelled out: the last item at an address (a later one at the same address wins), every byte of each data item.
  const meant = (edit: Edit) => {
    const sorted = [...edit.items].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    const last = (a: bigint) => sorted.findLastIndex((item) => item.address === a);
    const bytes = new Map<bigint, bigint>();
    const writable = new Set<bigint>();
    const text = new Set<string>();
    for (const item of sorted) {
      const exprs = item.kind === 'data' ? item.values.map((v) => v.value) : item.instruction.operands.flatMap((o) => (o.kind === 'imm' ? [o.value] : []));
      for (const e of exprs) for (const name of symbolsOf(e).keys()) text.add(name);
      if (item.kind !== 'data') continue;
      for (let b = 0n; b < BigInt(item.size); b++) if (item.writable) writable.add(item.address + b);
      let at = item.address;
      for (const v of item.values) {
        for (let b = 0; b < v.bytes; b++) if (v.value.kind === 'const') bytes.set(at + BigInt(b), (v.value.value >> BigInt(8 * b)) & 0xffn);
        at += BigInt(v.bytes);
      }
    }
    return {
      each: [...addresses()].map((a) => {
        const item = sorted[last(a)];
        return [a, item, item && sorted[last(item.address) + 1], [...edit.labels].filter(([, at]) => at === a).map(([name]) => name),
          bytes.get(a), writable.has(a) ? undefined : bytes.get(a)];
      }),
      text: [...text].sort(),
    };
  };
  const all = (p: Program<ArmInstruction>) => ({ ...answers(p), names: [...addresses()].map((a) => p.dataName(a)), between: p.instructionsBetween(0x8004n, 0x9004n), items: p.items });
  for (const askEach of [true, false]) {
    let edit: Edit = { items, labels };
    let program = new Program(parts(edit));
    assert.deepEqual(answers(program), meant(edit));
    for (const [n, make] of edits.entries()) {
      edit = make(edit);
      program = new Program(parts(edit), program);
      if (!askEach && n < edits.length - 1) continue;
      assert.deepEqual(answers(program), meant(edit), `after edit ${n}`);
      assert.deepEqual(all(program), all(new Program(parts(edit))), `after edit ${n}`);
    }
  }
});
