import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LineRegisterFacts } from '../../emulator/src/index.js';
import type { LineMove } from '../src/analysis/lineTable.js';
import { joinCollected, RegisterCollector, type CollectedRegisters, type LineValues } from '../src/analysis/registerCollector.js';

// The language server keeps one register collector per document: each run
// adds the values of its entries (a reused entry brings the same array as
// before), and what the collector shows must be what a new collector given
// the same entries in the same order shows.

const FILE = '/doc.asm';

const facts = (...lines: [number, Record<string, string>][]): LineRegisterFacts[] =>
  lines.map(([line, values]) => ({ file: FILE, line, values: Object.entries(values).map(([register, value]) => ({ register, value })) }));

/** A file's lines as facts, in line order. */
function listed(lines: LineValues, file = FILE): LineRegisterFacts[] {
  const facts: LineRegisterFacts[] = [];
  lines.forEach((values, line) => facts.push({ file, line, values }));
  return facts.sort((a, b) => a.line - b.line);
}

/** A run of `entries`, after an edit that moved the document's lines as `moves` say. */
function run(collector: RegisterCollector, entries: readonly LineRegisterFacts[][], moves: readonly LineMove[] = []): LineRegisterFacts[] {
  collector.begin({ file: FILE, moves });
  for (const entry of entries) collector.add(entry);
  return listed(collector.of(FILE).lines);
}

const fresh = (entries: readonly LineRegisterFacts[][]): LineRegisterFacts[] => run(new RegisterCollector('vxd-masm'), entries);

describe('register values kept between runs', () => {
  const caller = facts([1, { EAX: '0' }], [2, { EAX: '0', ECX: '3' }], [10, { EAX: '0', EBX: 'entry EBX' }]);
  const helper = facts([10, { EAX: '1', EBX: 'entry EBX' }], [11, { EAX: '1 or 2' }]);
  const other = facts([10, { EAX: '5 to 9' }], [20, { EDX: '4' }]);

  test('a run with entries added, kept and dropped shows what a new collector shows', () => {
    const kept = new RegisterCollector('vxd-masm');
    assert.deepEqual(run(kept, [caller, helper]), fresh([caller, helper]));
    assert.deepEqual(run(kept, [helper, caller]), fresh([helper, caller]), 'the same entries in another order');
    assert.deepEqual(run(kept, [caller, other]), fresh([caller, other]));
    assert.deepEqual(run(kept, [helper, caller, other]), fresh([helper, caller, other]), 'the same entries in another order again');
    assert.deepEqual(run(kept, []), []);
    assert.deepEqual(run(kept, [helper]), fresh([helper]));
  });

  test('lists its lines in line order, whichever entries reached them first and whichever earlier runs kept', () => {
    const kept = new RegisterCollector('vxd-masm');
    const lines = (collector: RegisterCollector): number[] => {
      const numbers: number[] = [];
      collector.of(FILE).lines.forEach((_values, line) => numbers.push(line));
      return numbers;
    };
    kept.begin();
    kept.add(other);
    assert.deepEqual(lines(kept), [10, 20]);
    kept.begin();
    kept.add(other);
    kept.add(caller);
    assert.deepEqual(lines(kept), [1, 2, 10, 20]);
    const again = new RegisterCollector('vxd-masm');
    again.begin();
    again.add(helper);
    again.add(caller);
    assert.deepEqual(lines(again), [1, 2, 10, 11]);
  });

  test('joins entries that reach the same line: values of all, known to all, no mixed ranges', () => {
    const shown = fresh([caller, helper, other]);
    assert.deepEqual(shown.find((f) => f.line === 10)?.values, [], 'EAX ranges mixed with values, EBX unknown to one entry');
    assert.deepEqual(fresh([caller, helper]).find((f) => f.line === 10)?.values, [{ register: 'EAX', value: '0 or 1' }, { register: 'EBX', value: 'entry EBX' }]);
    assert.deepEqual(fresh([helper, caller]).find((f) => f.line === 10)?.values, fresh([caller, helper]).find((f) => f.line === 10)?.values, 'in any order of the entries');
  });

  test('alternatives are listed numbers first, by value, then by their text', () => {
    const values = facts([1, { EAX: 'result of _PageAllocate or 10h', R0: '&1F or 9', ECX: 'entry ECX' }]);
    const more = facts([1, { EAX: '0FFFFFFFFh or 2', R0: '&A or 12', ECX: 'VM' }]);
    assert.deepEqual(fresh([values, more])[0]?.values, [
      { register: 'EAX', value: '2 or 10h or 0FFFFFFFFh or result of _PageAllocate' },
      { register: 'R0', value: '9 or &A or 12 or &1F' },
      { register: 'ECX', value: 'VM or entry ECX' },
    ]);
  });

  test('joins entries that list a line\'s registers in other orders as entries in one order', () => {
    const one = facts([1, { EAX: '1', ECX: '2', EDX: '3', ESI: '4' }]);
    const other = facts([1, { ESI: '5', EDX: '3', EAX: '1' }]);
    assert.deepEqual(fresh([one, other])[0]?.values, [{ register: 'EAX', value: '1' }, { register: 'EDX', value: '3' }, { register: 'ESI', value: '4 or 5' }]);
    assert.deepEqual(fresh([other, one])[0]?.values, [{ register: 'ESI', value: '4 or 5' }, { register: 'EDX', value: '3' }, { register: 'EAX', value: '1' }]);
  });

  test('a line one entry reaches shows that entry\'s values as they are, but for its alternatives\' order', () => {
    const alone = facts([1, { EAX: '0', ECX: 'entry ECX' }], [2, { EAX: 'result of _PageAllocate or 10h', ECX: '3' }]);
    const shown = fresh([alone]);
    assert.equal(shown[0]?.values, alone[0]?.values, 'not joined again');
    assert.deepEqual(shown[1]?.values, [{ register: 'EAX', value: '10h or result of _PageAllocate' }, { register: 'ECX', value: '3' }]);
  });

  test('a line no added or dropped entry reaches keeps what it showed', () => {
    const kept = new RegisterCollector('vxd-masm');
    const first = run(kept, [caller, helper]);
    const second = run(kept, [caller, helper, other]);
    const values = (shown: LineRegisterFacts[], line: number): unknown => shown.find((f) => f.line === line)?.values;
    assert.equal(values(second, 2), values(first, 2), 'line 2: only the kept caller reaches it');
    assert.notEqual(values(second, 10), values(first, 10), 'line 10: the new entry reaches it');
  });
  test('lines an edit only moved show the very values they showed, whatever order the entries come back in', () => {
    const kept = new RegisterCollector('vxd-masm');
    const first = run(kept, [caller, helper, other]);
    // Lines added above: a reused entry brings its facts moved down, each with the values array it had.
    const down = (entry: LineRegisterFacts[]): LineRegisterFacts[] => entry.map((fact) => ({ ...fact, line: fact.line + 3 }));
    for (const [i, entries] of [[down(caller), down(helper), down(other)], [down(other), down(caller), down(helper)]].entries()) {
      const moved = run(kept, entries, i === 0 ? [{ from: 0, to: 0, by: 3 }] : []);
      assert.deepEqual(moved, fresh(entries));
      first.forEach((fact, i) => assert.deepEqual(moved[i]?.values, fact.values, `line ${fact.line} moved to ${moved[i]?.line}`));
    }
    const again = run(kept, [down(caller), down(helper), down(other)]);
    first.forEach((fact, i) => assert.equal(again[i]?.values, fact.values, `line ${fact.line}: the same array`));
    // A changed value at a moved line is joined anew.
    const changed = down(helper).map((fact) => (fact.line === 13 ? { ...fact, values: [{ register: 'EAX', value: '1' }, { register: 'EBX', value: 'entry EBX' }] } : fact));
    const entries = [down(caller), changed, down(other)];
    assert.deepEqual(run(kept, entries), fresh(entries));
  });
});

describe('register values of entries that moved', () => {
  // A reused entry's facts moved by an edit keep their values arrays; what
  // the collector shows after any sequence of runs must still be what a new
  // collector of the same entries shows.
  const REGISTERS = ['EAX', 'EBX', 'ECX', 'EDX'];
  const VALUES = ['0', '1', '2', '3', '5 to 9', 'entry EBX', 'result of _PageAllocate'];
  const OTHER = '/inc.inc';

  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number): (n: number) => number {
    let a = seed;
    return (n) => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  }

  function newEntry(pick: (n: number) => number): LineRegisterFacts[] {
    const start = pick(60);
    return Array.from({ length: 1 + pick(6) }, (_, i) => ({
      file: pick(8) === 0 ? OTHER : FILE,
      line: start + i * (1 + pick(3)) - pick(2),
      values: REGISTERS.filter(() => pick(3) > 0).map((register) => ({ register, value: VALUES[pick(VALUES.length)] as string })),
    }));
  }

  /** The entry after `rows` lines were added (or removed, when negative) at `at`: its facts of the document below move, each with the values array it had. */
  function moved(entry: LineRegisterFacts[], at: number, rows: number): LineRegisterFacts[] {
    if (entry.every((fact) => fact.file !== FILE || fact.line < at)) return entry;
    return entry.map((fact) => (fact.file === FILE && fact.line >= at ? { file: fact.file, line: fact.line + rows, values: fact.values } : fact));
  }

  test('after any sequence of lines added and removed, entries moved, re-run, added and dropped, shows what a new collector shows', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pick = random(seed);
      const kept = new RegisterCollector('vxd-masm');
      let entries = Array.from({ length: 2 + pick(6) }, () => newEntry(pick));
      for (let step = 0; step < 12; step++) {
        const at = pick(70);
        const rows = pick(4) - 1;
        entries = entries.map((entry) => {
          const roll = pick(10);
          if (roll === 0) return newEntry(pick);
          // Code that moved apart from the rest of its entry: only some of its facts move.
          if (roll === 1) return entry.map((fact) => (pick(2) === 0 ? { ...fact, line: fact.line + 1 } : fact));
          return moved(entry, at, rows);
        });
        if (pick(3) === 0) entries.splice(pick(entries.length + 1), 0, newEntry(pick));
        if (pick(3) === 0 && entries.length > 1) entries.splice(pick(entries.length), 1);
        if (pick(3) === 0) entries.reverse();
        // How the edit moved the lines, as its changes tell it; now and then a wrong guess, which the entries' facts must overrule.
        const edit: LineMove = rows >= 0 ? { from: at, to: at, by: rows } : { from: at - 1, to: at, by: -1 };
        const moves = pick(5) === 0 ? [{ from: pick(70), to: pick(2) === 0 ? 70 : 0, by: pick(3) }].map((m) => ({ ...m, to: Math.max(m.from, m.to) })) : [edit];
        assert.deepEqual(run(kept, entries, moves), fresh(entries), `seed ${seed}, step ${step}`);
        const other = new RegisterCollector('vxd-masm');
        run(other, entries);
        assert.deepEqual(listed(kept.of(OTHER).lines, OTHER), listed(other.of(OTHER).lines, OTHER), `seed ${seed}, step ${step}, ${OTHER}`);
      }
    }
  });

  test('a line whose entries all moved as the edit moved the lines shows the very array it showed, whatever order they come back in', () => {
    const kept = new RegisterCollector('vxd-masm');
    const a = facts([10, { EAX: '0', EBX: 'entry EBX' }], [11, { EAX: '1' }]);
    const b = facts([10, { EAX: '1', EBX: 'entry EBX' }], [12, { ECX: '3' }]);
    const first = run(kept, [a, b]);
    const down = (entry: LineRegisterFacts[]): LineRegisterFacts[] => entry.map((fact) => ({ ...fact, line: fact.line + 1 }));
    const again = run(kept, [down(b), down(a)], [{ from: 5, to: 5, by: 1 }]);
    assert.deepEqual(again, fresh([down(b), down(a)]));
    first.forEach((fact, i) => {
      assert.equal(again[i]?.line, fact.line + 1);
      assert.equal(again[i]?.values, fact.values, `line ${fact.line}: the same array`);
    });
  });

  test('a listing names the moves that brought the last run\'s lines to this one\'s, and moves none the next run', () => {
    const kept = new RegisterCollector('vxd-masm');
    const above = facts([1, { EAX: '0' }], [2, { EAX: '1' }]);
    const below = facts([10, { ECX: '3' }], [12, { ECX: '4' }]);
    run(kept, [above, below]);
    const first = kept.of(FILE).lines;
    const moves = [{ from: 4, to: 6, by: 1 }];
    const again = run(kept, [above, below.map((fact) => ({ ...fact, line: fact.line + 1 }))], moves);
    assert.deepEqual(kept.of(FILE).moves, moves);
    assert.deepEqual(again.map((fact) => fact.line), [1, 2, 11, 13]);
    assert.equal(again[0]?.values, first.get(1));
    assert.equal(again[2]?.values, first.get(10));
    run(kept, [above, below.map((fact) => ({ ...fact, line: fact.line + 1 }))]);
    assert.deepEqual(kept.of(FILE).moves, []);
  });

  test('an entry brought back as the same array keeps its place only where all its facts lie above the lines moved, in each file', () => {
    const kept = new RegisterCollector('vxd-masm');
    const above = facts([1, { EAX: '0' }], [3, { EAX: '1' }]);
    // Its last fact is below the edit, its first above: the array is not what the edit made of it.
    const across = facts([2, { ECX: '3' }], [10, { ECX: '4' }]);
    const elsewhere: LineRegisterFacts[] = [{ file: FILE, line: 4, values: [{ register: 'EDX', value: '5' }] }, { file: OTHER, line: 20, values: [{ register: 'EDX', value: '6' }] }];
    run(kept, [above, across, elsewhere]);
    const moves = [{ from: 5, to: 5, by: 2 }];
    assert.deepEqual(run(kept, [above, across, elsewhere], moves), fresh([above, across, elsewhere]));
    const first = kept.of(FILE).lines.get(1);
    assert.deepEqual(run(kept, [above, across, elsewhere], [{ from: 0, to: 0, by: 1 }]), fresh([above, across, elsewhere]));
    assert.equal(kept.of(FILE).lines.get(1), first, 'line 1 shows the very array it showed');
    const other = new RegisterCollector('vxd-masm');
    run(other, [above, across, elsewhere]);
    assert.deepEqual(listed(kept.of(OTHER).lines, OTHER), listed(other.of(OTHER).lines, OTHER));
    // Lines of another file moved below its fact there: the document's facts above the edit do not keep it in place.
    kept.begin({ file: OTHER, moves: [{ from: 10, to: 10, by: 1 }] });
    for (const entry of [above, across, elsewhere]) kept.add(entry);
    assert.deepEqual(listed(kept.of(OTHER).lines, OTHER), listed(other.of(OTHER).lines, OTHER));
    assert.deepEqual(listed(kept.of(FILE).lines), fresh([above, across, elsewhere]));
  });

  test('a run that does not finish leaves its moves to the next', () => {
    const kept = new RegisterCollector('vxd-masm');
    const below = facts([10, { ECX: '3' }]);
    run(kept, [below]);
    // Begun, then given up before its listing: a failed job.
    kept.begin({ file: FILE, moves: [{ from: 0, to: 0, by: 1 }] });
    const moved = below.map((fact) => ({ ...fact, line: fact.line + 3 }));
    assert.deepEqual(run(kept, [moved], [{ from: 0, to: 0, by: 2 }]), fresh([moved]));
    assert.deepEqual(kept.of(FILE).moves, [{ from: 0, to: 0, by: 1 }, { from: 0, to: 0, by: 2 }]);
    assert.equal(kept.of(FILE).lines.get(13), below[0]?.values);
  });
});

describe('register values of entries shared among workers', () => {
  // Four entries, as two workers would hold them: the join of the two joins is the join of all four.
  const entries = [
    facts([1, { EAX: '0', ECX: '3' }], [2, { EAX: '0 or 1' }]),
    facts([1, { EAX: '2', ECX: '3' }], [5, { EBX: '7' }]),
    facts([1, { EAX: '0', EDX: '4' }], [2, { EAX: '2' }], [6, { ESI: '1 to 8' }]),
    facts([2, { EAX: '3', ECX: '9' }], [6, { ESI: '2 to 4' }], [7, { EDI: '1' }]),
  ];
  const collected = (entriesOfShare: readonly LineRegisterFacts[][]): CollectedRegisters =>
    new Map([[FILE, new Map(fresh(entriesOfShare).map((fact) => [fact.line, fact.values]))]]);
  const joinedLines = (registers: CollectedRegisters): LineRegisterFacts[] => listed(registers.get(FILE) ?? new Map());

  test('each line shows what one collector of every entry shows', () => {
    const shares = [[entries[0], entries[1]], [entries[2], entries[3]]].map((share) => collected(share as LineRegisterFacts[][]));
    const joined = joinedLines(joinCollected(shares));
    assert.deepEqual(joined, fresh(entries));
    // Line 1: ECX unknown to the third entry, EAX with three alternatives; line 2: four; line 6: two ranges.
    assert.deepEqual(joined.map((l) => [l.line, l.values.map((v) => `${v.register}=${v.value}`)]), [
      [1, ['EAX=0 or 2']], [2, ['EAX=0 or 1 or 2 or 3']], [5, ['EBX=7']], [6, []], [7, ['EDI=1']],
    ]);
  });

  test('a line joined again from the same values gives the same join, and other values another', () => {
    const shares = [[entries[0], entries[1]], [entries[2], entries[3]]].map((share) => collected(share as LineRegisterFacts[][]));
    const first = joinCollected(shares).get(FILE)?.get(1);
    assert.equal(joinCollected(shares).get(FILE)?.get(1), first);
    const changed = [shares[0] as CollectedRegisters, collected([entries[3] as LineRegisterFacts[], facts([1, { EAX: '2', ECX: '3' }])])];
    assert.deepEqual(joinCollected(changed).get(FILE)?.get(1), [{ register: 'EAX', value: '0 or 2' }, { register: 'ECX', value: '3' }]);
  });

  test('five alternatives are too many, wherever they come from', () => {
    const five = [facts([1, { EAX: '0 or 1 or 2' }]), facts([1, { EAX: '3 or 4' }])];
    assert.deepEqual(joinedLines(joinCollected(five.map((entry) => collected([entry])))), [{ file: FILE, line: 1, values: [] }]);
    assert.deepEqual(joinedLines(joinCollected([collected([five[0] as LineRegisterFacts[]])])), fresh([five[0] as LineRegisterFacts[]]));
  });
});
