import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Expr } from '../../emulator/src/index.js';
import { lowerDocument } from '../src/analysis/lowerDocument.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadFile } from '../src/lowering/includeResolution.js';
import { readFromDisk } from '../src/lowering/includeResolution.js';
import { decodedText, sourceText } from '../src/source/decodeSource.js';
import { tempDir } from './support/tempDir.js';
import { sharedParsers } from './lowering-objasm-support.js';

// A source that is not UTF-8 is read as Latin-1, and a string in it
// assembles to the file's bytes: 80h–9Fh too, which windows-1252 (WHATWG's
// `latin1`) would read as other characters (80h as U+20AC), whose codes are
// not the bytes. Node's own TextDecoder reads `latin1` as ISO 8859-1 in
// some releases (20.18.3 on, 22.13–22.18, 24.0–24.6) and as windows-1252 in
// the others, as the standard says; the tests run with a decoder that does
// the standard's, so they hold whichever Node runs the analysis.

const NativeDecoder = globalThis.TextDecoder;

/** Windows-1252's characters for 80h and 9Fh, enough to tell it from ISO 8859-1. */
class StandardDecoder extends NativeDecoder {
  override decode(...args: Parameters<InstanceType<typeof NativeDecoder>['decode']>): string {
    const text = super.decode(...args);
    return this.encoding === 'windows-1252' ? text.replace(/\x80/g, '\u20ac').replace(/\x9f/g, '\u0178') : text;
  }
}

/** The file's bytes: `text` with each `<XX>` a byte of that value. */
const fileBytes = (text: string): Uint8Array =>
  Uint8Array.from(text.split(/(<[0-9A-F]{2}>)/).flatMap((part) => (/^<[0-9A-F]{2}>$/.test(part) ? [parseInt(part.slice(1, 3), 16)] : [...Buffer.from(part, 'ascii')])));

/** The bytes of the data items, as the lowering of the file's text lays them down, and the labels' addresses. */
async function lowered(
  languageId: LanguageId, bytes: Uint8Array, file = '/src/test', readFile: ReadFile = () => undefined,
): Promise<{ readonly bytes: number[]; readonly labels: ReadonlyMap<string, bigint> }> {
  // As the CLI reads a file: decoded, and told whether it was read as Latin-1.
  const { text, latin1 } = decodedText(bytes);
  const tree = await (await sharedParsers()).parse(languageId, text);
  try {
    const { program } = lowerDocument(languageId, { tree, text, file, settings: DEFAULT_SETTINGS, readFile, latin1 }).lowering;
    const byte = (e: Expr): number => (e.kind === 'const' ? Number(e.value) : NaN);
    return {
      bytes: program.items.flatMap((item) => (item.kind === 'data' ? item.values.filter((v) => v.bytes === 1).map((v) => byte(v.value)) : [])),
      labels: program.labels,
    };
  } finally {
    tree.delete();
  }
}

const dataBytes = async (languageId: LanguageId, source: string): Promise<number[]> => (await lowered(languageId, fileBytes(source))).bytes;

const STRING = 'A<80><8D><9F><A0><A3>';
const BYTES = [0x41, 0x80, 0x8d, 0x9f, 0xa0, 0xa3];

describe('a string in a Latin-1 source assembles to the file\'s bytes', () => {
  before(() => {
    globalThis.TextDecoder = StandardDecoder;
  });
  after(() => {
    globalThis.TextDecoder = NativeDecoder;
  });

  test('read as ISO 8859-1: each byte the character of its value', () => {
    assert.deepEqual([...sourceText(fileBytes(STRING))].map((c) => c.charCodeAt(0)), BYTES);
  });

  test('ObjAsm = and DCB', async () => {
    const source = `        AREA    |Test$$Data|, DATA\nMsg     =       "${STRING}", 0\n        DCB     "${STRING}"\n        END\n`;
    assert.deepEqual(await dataBytes('riscos-objasm', source), [...BYTES, 0, ...BYTES]);
  });

  test('BBC BASIC EQUS', async () => {
    const source = `DIM code% 64\nP% = code%\n[ OPT 0\n.msg EQUS "${STRING}"\n]\n`;
    assert.deepEqual(await dataBytes('riscos-bbcbasic', source), BYTES);
  });

  test('MASM db', async () => {
    const source = `        .386p\n        include vmm.inc\nVxD_LOCKED_DATA_SEG\nMsg     db      '${STRING}', 0\nVxD_LOCKED_DATA_ENDS\n        END\n`;
    assert.deepEqual(await dataBytes('vxd-masm', source), [...BYTES, 0]);
  });
});

describe('a string in a UTF-8 source with a character above FFh assembles to the file\'s bytes', () => {
  // é and € in two and three bytes, the emoji (two UTF-16 units) in four: a byte a character was 5, the low byte of each unit.
  const STRING = 'é€😀';
  const UTF8 = [...Buffer.from(STRING, 'utf8')];
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  test('ObjAsm = and DCB, and the label after them', async () => {
    const source = `        AREA    |Test$$Data|, DATA\nMsg     =       "${STRING}", 0\n        DCB     "${STRING}"\nAfter   DCB     1\n        END\n`;
    const { bytes, labels } = await lowered('riscos-objasm', utf8(source));
    assert.deepEqual(bytes, [...UTF8, 0, ...UTF8, 1]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), BigInt(2 * UTF8.length + 1));
  });

  test('MASM db, and the label after it', async () => {
    const source = `        .386p\n        include vmm.inc\nVxD_LOCKED_DATA_SEG\nMsg     db      '${STRING}', 0\nAfter   db      1\nVxD_LOCKED_DATA_ENDS\n        END\n`;
    const { bytes, labels } = await lowered('vxd-masm', utf8(source));
    assert.deepEqual(bytes, [...UTF8, 0, 1]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), BigInt(UTF8.length + 1));
  });
});

describe('a string in a UTF-8 source assembles to its UTF-8, the file\'s bytes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const E_ACUTE = [0xc3, 0xa9];

  test('MASM db: é is C3 A9, and the label after it two bytes on', async () => {
    const source = `        .386p\n        include vmm.inc\nVxD_LOCKED_DATA_SEG\nMsg     db      "é"\nAfter   db      1\nVxD_LOCKED_DATA_ENDS\n        END\n`;
    const { bytes, labels } = await lowered('vxd-masm', utf8(source));
    assert.deepEqual(bytes, [...E_ACUTE, 1]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), 2n);
  });

  test('ObjAsm =, :LEN: counting bytes, and :CHR: still one byte', async () => {
    const source = `        AREA    |Test$$Data|, DATA\nMsg     =       "é"\nAfter   DCB     :LEN: "é"\n        =       :CHR: 200\n        END\n`;
    const { bytes, labels } = await lowered('riscos-objasm', utf8(source));
    assert.deepEqual(bytes, [...E_ACUTE, 2, 200]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), 2n);
  });

  test('ObjAsm $name of a string variable in a line: its text again, é two bytes as written, not four', async () => {
    const source = (e: string): string => `        GBLS    s\ns       SETS    "${e}"\n        AREA    |Test$$Data|, DATA\nMsg     DCB     "$s"\nAfter   DCB     :LEN: "$s"\n        END\n`;
    const { bytes, labels } = await lowered('riscos-objasm', utf8(source('é')));
    assert.deepEqual(bytes, [...E_ACUTE, 2]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), 2n);
    assert.deepEqual((await lowered('riscos-objasm', fileBytes(source('<E9>')))).bytes, [0xe9, 1]);
  });

  test('BBC BASIC EQUS, and CHR$ still one byte', async () => {
    const source = `DIM code% 64\nP% = code%\n[ OPT 0\n.msg EQUS "é"\n.after EQUB LEN("é")\nEQUS CHR$(200)\n]\n`;
    assert.deepEqual((await lowered('riscos-bbcbasic', utf8(source))).bytes, [...E_ACUTE, 2, 200]);
  });

  test('MASM character constants are the file\'s bytes too: \'é\' is C3A9h in a UTF-8 file, E9h in a Latin-1 one', async () => {
    const source = (e: string): string => `        .386p\n        include vmm.inc\nVal     equ     '${e}'\nVxD_LOCKED_DATA_SEG\n        db      Val SHR 8, Val AND 0FFh\n        db      ('${e}' + 1) AND 0FFh\nVxD_LOCKED_DATA_ENDS\n        END\n`;
    assert.deepEqual((await lowered('vxd-masm', utf8(source('é')))).bytes, [0xc3, 0xa9, 0xaa]);
    assert.deepEqual((await lowered('vxd-masm', fileBytes(source('<E9>')))).bytes, [0, 0xe9, 0xea]);
  });

  test('a Latin-1 file\'s E9 stays one byte, and the label after it one on', async () => {
    const source = `        .386p\n        include vmm.inc\nVxD_LOCKED_DATA_SEG\nMsg     db      "<E9>"\nAfter   db      1\nVxD_LOCKED_DATA_ENDS\n        END\n`;
    const { bytes, labels } = await lowered('vxd-masm', fileBytes(source));
    assert.deepEqual(bytes, [0xe9, 1]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), 1n);
  });
});

describe('an included file\'s strings are its own bytes', () => {
  const root = tempDir('pagewarden-latin1-');
  const main = (include: string): string => `        .386p\n        include vmm.inc\nVxD_LOCKED_DATA_SEG\n        include ${include}\nVxD_LOCKED_DATA_ENDS\n        END\n`;
  writeFileSync(join(root, 'latin1.inc'), Buffer.from('Msg     db      "\xe9", 0\n', 'latin1'));
  writeFileSync(join(root, 'utf8.inc'), 'Msg     db      "é", 0\n');

  test('a Latin-1 include on disk in a UTF-8 file: E9', async () => {
    assert.deepEqual((await lowered('vxd-masm', new TextEncoder().encode(main('latin1.inc')), join(root, 'main.asm'), readFromDisk)).bytes, [0xe9, 0]);
  });

  test('a UTF-8 include on disk in a Latin-1 file: C3 A9', async () => {
    const bytes = Uint8Array.from([...Buffer.from(`; \xa9 1995\n${main('utf8.inc')}`, 'latin1')]);
    assert.deepEqual((await lowered('vxd-masm', bytes, join(root, 'main.asm'), readFromDisk)).bytes, [0xc3, 0xa9, 0]);
  });

  test('an editor\'s open document is Unicode text, saved as UTF-8: C3 A9 though its é is one character', async () => {
    const open: ReadFile = (path) => (path === join(root, 'open.inc') ? 'Msg     db      "é", 0\n' : readFromDisk(path));
    assert.deepEqual((await lowered('vxd-masm', new TextEncoder().encode(main('open.inc')), join(root, 'main.asm'), open)).bytes, [0xc3, 0xa9, 0]);
  });
});

describe('ObjAsm string values are bytes in either encoding', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const objasm = (lines: string): string => `        GBLS    s\n        GBLS    t\n${lines}        END\n`;

  test(':CHR: 200 in a string variable substituted into a line stays the byte C8 in a UTF-8 file, beside an é that stays C3 A9', async () => {
    const source = objasm(`s       SETS    :CHR: 200\nt       SETS    "é" :CC: s\n        AREA    |Test$$Data|, DATA\nMsg     DCB     "$s"\n        =       "$t", :LEN: "$s", :LEN: "$t"\nAfter   DCB     1\n`);
    const { bytes, labels } = await lowered('riscos-objasm', utf8(source));
    assert.deepEqual(bytes, [0xc8, 0xc3, 0xa9, 0xc8, 1, 3, 1]);
    assert.equal((labels.get('After') ?? 0n) - (labels.get('Msg') ?? 0n), 6n);
  });

  test(':CHR: 200 in a string variable substituted into a line stays the byte C8 in a Latin-1 file, beside an E9', async () => {
    const source = objasm(`s       SETS    :CHR: 200\nt       SETS    "<E9>" :CC: s\n        AREA    |Test$$Data|, DATA\nMsg     DCB     "$s"\n        =       "$t", :LEN: "$s", :LEN: "$t"\n`);
    assert.deepEqual((await lowered('riscos-objasm', fileBytes(source))).bytes, [0xc8, 0xe9, 0xc8, 1, 2]);
  });

  test('the byte stays one through SETS of the substituted variable and a macro\'s parameter, in either encoding', async () => {
    const source = (e: string): string => `        MACRO\n        Bytes   $a\n        DCB     "$a", :LEN: "$a"\n        MEND\n${objasm(`s       SETS    "${e}" :CC: :CHR: 200\nt       SETS    "$s"\n        AREA    |Test$$Data|, DATA\n        DCB     t, :LEN: t\n        Bytes   "$s"\n`)}`;
    assert.deepEqual((await lowered('riscos-objasm', utf8(source('é')))).bytes, [0xc3, 0xa9, 0xc8, 3, 0xc3, 0xa9, 0xc8, 3]);
    assert.deepEqual((await lowered('riscos-objasm', fileBytes(source('<E9>')))).bytes, [0xe9, 0xc8, 2, 0xe9, 0xc8, 2]);
  });

  test('an unquoted macro argument with a character outside ASCII is its text: é C3 A9 in a UTF-8 file, E9 in a Latin-1 one', async () => {
    const source = (e: string): string => `        MACRO\n        Bytes   $a, $b\n        DCB     "$a", :LEN: "$a", "$b"\n        MEND\n        AREA    |Test$$Data|, DATA\n        Bytes   caf${e}, x\n        END\n`;
    assert.deepEqual((await lowered('riscos-objasm', utf8(source('é')))).bytes, [...Buffer.from('café', 'utf8'), 5, 0x78]);
    assert.deepEqual((await lowered('riscos-objasm', fileBytes(source('<E9>')))).bytes, [...Buffer.from('caf\xe9', 'latin1'), 4, 0x78]);
  });

  test('a string variable of UTF-8 characters substituted into a line is still those characters\' bytes', async () => {
    const source = objasm(`s       SETS    "é€"\n        AREA    |Test$$Data|, DATA\n        DCB     "$s", :LEN: "$s"\n`);
    assert.deepEqual((await lowered('riscos-objasm', utf8(source))).bytes, [...Buffer.from('é€', 'utf8'), 5]);
  });

  test(':UPPERCASE: and :LOWERCASE: map ASCII letters and leave a UTF-8 file\'s bytes alone', async () => {
    const source = objasm(`        AREA    |Test$$Data|, DATA\n        DCB     :UPPERCASE: "aµz", :LOWERCASE: "AÉZ", :LEN: :UPPERCASE: :CHR: &DF\n`);
    assert.deepEqual((await lowered('riscos-objasm', utf8(source))).bytes, [0x41, 0xc2, 0xb5, 0x5a, 0x61, 0xc3, 0x89, 0x7a, 1]);
  });

  test(':UPPERCASE: and :LOWERCASE: map ASCII letters and leave a Latin-1 file\'s bytes alone', async () => {
    const source = objasm(`        AREA    |Test$$Data|, DATA\n        DCB     :UPPERCASE: "a<E9><FF>z", :LOWERCASE: "A<C9>Z"\n`);
    assert.deepEqual((await lowered('riscos-objasm', fileBytes(source))).bytes, [0x41, 0xe9, 0xff, 0x5a, 0x61, 0xc9, 0x7a]);
  });
});
