import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detokeniseBasic } from '../src/languages/detokeniseBasic.js';

// Programs are built byte by byte here, the way BASIC V stores them, so the
// tests do not depend on a tokeniser that could share the detokeniser's bugs.

const T = {
  AND: 0x80, ELSE: 0x8b, THEN: 0x8c, LINE_REF: 0x8d, TO: 0xb8, STEP: 0x88, DATA: 0xdc, DEF: 0xdd, DIM: 0xde,
  END: 0xe0, ENDPROC: 0xe1, FOR: 0xe3, GOTO: 0xe5, IF: 0xe7, NEXT: 0xed, PRINT: 0xf1, PROC: 0xf2, REM: 0xf4,
  OSCLI: 0xff, OTHERWISE: 0x7f, ENDCASE: 0xcb, CHR$: 0xbd, WHEN: 0xc9, OF: 0xca,
} as const;
const SYS = [0xc8, 0x99];
const CASE = [0xc8, 0x8e];
const SUM = [0xc6, 0x8e];
const INSTALL_COMMAND = [0xc7, 0x9f];

type Part = string | number | readonly number[];

function bytesOf(parts: readonly Part[]): number[] {
  return parts.flatMap((part) => {
    if (typeof part === 'number') return [part];
    if (typeof part === 'string') return [...part].map((c) => c.charCodeAt(0));
    return [...part];
  });
}

/** The three bytes BASIC stores after 0x8D for a line number. */
function lineRef(n: number): number[] {
  const low = n & 0xff;
  const high = n >> 8;
  return [T.LINE_REF, (((low & 0xc0) >> 2) | ((high & 0xc0) >> 4)) ^ 0x54, (low & 0x3f) | 0x40, (high & 0x3f) | 0x40];
}

function line(number: number, ...parts: Part[]): number[] {
  const body = bytesOf(parts);
  return [0x0d, number >> 8, number & 0xff, body.length + 4, ...body];
}

function program(...lines: number[][]): Uint8Array {
  return Uint8Array.from([...lines.flat(), 0x0d, 0xff]);
}

function listing(bytes: Uint8Array): string {
  const result = detokeniseBasic(bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

function failure(bytes: Uint8Array): string {
  const result = detokeniseBasic(bytes);
  assert.equal(result.ok, false, 'expected a failure');
  return result.ok ? '' : result.reason;
}

describe('detokeniseBasic', () => {
  test('lists a dynamic-area program with assembler, SYS, REM and a GOTO', () => {
    const bytes = program(
      line(10, ' ', T.REM, ' >DAHandler ', T.PRINT, ' stays text: ', 0xa9, ' 1995'),
      line(20, ' ', T.DIM, ' code% 256'),
      line(30, ' ', T.FOR, ' pass% = 0 ', T.TO, ' 2 ', T.STEP, ' 2'),
      line(40, ' P% = code%'),
      line(50, ' [ OPT pass%'),
      line(60, ' .handler ', T.AND, ' r0, r0, #3 ; ', T.TO, ' keep the reason'),
      line(70, ' CMP r0, #4:ADDCC pc, pc, r0, LSL #2'),
      line(80, ' SWI "OS_DynamicArea"'),
      line(90, ' ]'),
      line(100, ' ', T.NEXT, ' pass%'),
      line(110, ' ', SYS, ' "OS_DynamicArea", 0, -1, size%, -1, flags%, max%, code%, 0, name$ ', T.TO, ' ,area%'),
      line(120, ' ', T.IF, ' area% = 0 ', T.THEN, ' ', T.GOTO, ' ', lineRef(10), ' ', T.ELSE, ' ', lineRef(300)),
      line(130, ' ', T.PRINT, ' "', T.PRINT, ' in a string is just a byte: ', 0xe1, '"'),
      line(300, ' ', T.END),
    );
    assert.equal(listing(bytes), [
      '   10 REM >DAHandler \u00f1 stays text: \u00a9 1995',
      '   20 DIM code% 256',
      '   30 FOR pass% = 0 TO 2 STEP 2',
      '   40 P% = code%',
      '   50 [ OPT pass%',
      '   60 .handler AND r0, r0, #3 ; TO keep the reason',
      '   70 CMP r0, #4:ADDCC pc, pc, r0, LSL #2',
      '   80 SWI "OS_DynamicArea"',
      '   90 ]',
      '  100 NEXT pass%',
      '  110 SYS "OS_DynamicArea", 0, -1, size%, -1, flags%, max%, code%, 0, name$ TO ,area%',
      '  120 IF area% = 0 THEN GOTO 10 ELSE 300',
      '  130 PRINT "\u00f1 in a string is just a byte: \u00e1"',
      '  300 END',
      '',
    ].join('\n'));
  });

  test('decodes line number references across the whole range', () => {
    for (const target of [0, 1, 10, 63, 64, 255, 256, 1000, 16384, 32767, 65279]) {
      assert.equal(listing(program(line(5, T.GOTO, lineRef(target)))), `    5GOTO${target}\n`, `line ${target}`);
    }
  });

  test('expands the extended tokens behind 0xC6, 0xC7 and 0xC8', () => {
    const bytes = program(
      line(10, ' ', CASE, ' x% ', T.OF),
      line(20, ' ', T.WHEN, ' 1: ', T.PRINT, ' ', SUM, '(a%())'),
      line(30, ' ', T.OTHERWISE, ' ', INSTALL_COMMAND, ' "BASIC:Lib"'),
      line(40, ' ', T.ENDCASE),
    );
    assert.equal(listing(bytes), '   10 CASE x% OF\n   20 WHEN 1: PRINT SUM(a%())\n   30 OTHERWISE INSTALL "BASIC:Lib"\n   40 ENDCASE\n');
  });

  test('keeps DATA and star commands untokenised, but not a star inside an expression', () => {
    const bytes = program(
      line(10, ' ', T.DATA, ' 1, ', 0xe0, ', 3'),
      line(20, ' *FX 200,', 0xe0),
      line(30, ' a% = 2*', T.CHR$, '65: *Cat ', 0xf1),
      line(40, ' ', T.DEF, ' ', T.PROC, 'setup: ', T.OSCLI, ' "Cat": ', T.ENDPROC),
    );
    assert.equal(listing(bytes), '   10 DATA 1, \u00e0, 3\n   20 *FX 200,\u00e0\n   30 a% = 2*CHR$65: *Cat \u00f1\n   40 DEF PROCsetup: OSCLI "Cat": ENDPROC\n');
  });

  test('every single-byte token from 0x7F expands to a keyword', () => {
    const tokens = Array.from({ length: 0x81 }, (_, i) => 0x7f + i).filter((b) => b !== T.LINE_REF && (b < 0xc6 || b > 0xc8) && b !== T.REM && b !== T.DATA);
    const words = listing(program(line(1, ...tokens.flatMap((b) => [b, ' '])))).trim().replace(/^1/, '').split(' ');
    assert.equal(words.length, tokens.length);
    assert.ok(words.every((word) => /^[A-Z]+[$(]?\(?$/.test(word)), words.join(' '));
    assert.deepEqual([words[0], words.at(-1), words[tokens.indexOf(0xcf)], words[tokens.indexOf(0xc9)]], ['OTHERWISE', 'OSCLI', 'PTR', 'WHEN']);
  });

  test('an empty program lists as nothing', () => {
    assert.equal(listing(Uint8Array.from([0x0d, 0xff])), '');
  });

  test('stops at the end marker even if bytes follow it', () => {
    const bytes = Uint8Array.from([...line(10, T.END), 0x0d, 0xff, 0x00, 0x12, 0x34]);
    assert.equal(listing(bytes), '   10END\n');
  });

  describe('malformed input gives a reason and never throws', () => {
    test('empty file', () => {
      assert.match(failure(new Uint8Array()), /empty/);
    });

    test('text, not tokenised', () => {
      assert.match(failure(new TextEncoder().encode('10 PRINT "hi"\n')), /does not start with 0x0D/);
    });

    test('missing end marker', () => {
      assert.match(failure(Uint8Array.from(line(10, T.END))), /without the end marker/);
    });

    test('length shorter than the header', () => {
      assert.match(failure(Uint8Array.from([0x0d, 0x00, 0x0a, 0x02, 0x0d, 0xff])), /line 10 .* length of 2/);
    });

    test('length running past the end of the file', () => {
      assert.match(failure(Uint8Array.from([0x0d, 0x00, 0x0a, 0x40, 0xf1, 0x0d, 0xff])), /claims 64 bytes/);
    });

    test('header cut short', () => {
      assert.match(failure(Uint8Array.from([...line(10, T.END), 0x0d, 0x00])), /header .* cut short/);
    });

    test('a wrong length lands mid-line', () => {
      const bytes = program(line(10, ' ', T.PRINT, ' 1'), line(20, ' ', T.END));
      bytes[3] = 6;
      assert.match(failure(bytes), /line after 10 does not start with 0x0D/);
    });

    test('a bad line number reference', () => {
      assert.match(failure(program(line(10, T.GOTO, T.LINE_REF, 0x41, 0x42))), /line 10, byte 5: .*0x8D/);
      assert.match(failure(program(line(10, T.GOTO, T.LINE_REF, 0xff, 0x40, 0x40))), /line number reference/);
    });

    test('an unknown extended token', () => {
      assert.match(failure(program(line(10, 0xc8, 0xfe))), /0xC8 is followed by 0xFE/);
      assert.match(failure(program(line(10, 0xc6))), /0xC6 is followed by nothing/);
    });

    test('a stray 0x0D inside a line', () => {
      assert.match(failure(program(line(10, ' ', 0x0d, ' '))), /contains 0x0D/);
    });

    test('random bytes', () => {
      let seed = 1;
      for (let n = 0; n < 500; n++) {
        const bytes = Uint8Array.from({ length: n % 64 }, () => {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          return n % 3 === 0 && seed % 7 === 0 ? 0x0d : seed & 0xff;
        });
        assert.doesNotThrow(() => detokeniseBasic(bytes));
      }
    });
  });
});
