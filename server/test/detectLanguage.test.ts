import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { detectByContent, detectLanguage, looksTokenisedBasic, nameSaysNotSource, type Detection } from '../src/languages/detectLanguage.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { repoRoot } from './support/paths.js';

const NOTHING = new Uint8Array();
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const source = (languageId: LanguageId): Detection => ({ kind: 'source', languageId });
const TOKENISED: Detection = { kind: 'tokenised-basic' };

const VXD = '.386p\ninclude vmm.inc\n\nVxD_LOCKED_CODE_SEG\nBeginProc Foo\n        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, -1, 0, PageLocked>\nEndProc Foo\n';
const OBJASM = '        AREA    |Asm$$Code|, CODE, READONLY\n        GET     Hdr:ListOpts\nHandler ROUT\n        SWI     XOS_DynamicArea\n        MOV     pc, lr\n        END\n';
const BASIC = 'REM >MakeDA\nDIM code% 256\nFOR pass% = 0 TO 2 STEP 2\nP% = code%\n[ OPT pass%\n.handler MOV pc, lr\n]\nNEXT pass%\nSYS "OS_DynamicArea", 0, -1, 4096, -1, 0, -1, code%, 0, "DA" TO ,area%\n';
const NUMBERED = '   10 REM >MakeDA\n   20 DIM code% 256\n   30 P% = code%\n  420   STMFD R13!, {R1-R12, R14}\n';
const TOKENISED_BYTES = Uint8Array.from([0x0d, 0x00, 0x0a, 0x06, 0x20, 0xe0, 0x0d, 0xff]);

describe('detectLanguage by name', () => {
  const cases: [string, LanguageId][] = [
    ['vxd/PAGEVXD.ASM', 'vxd-masm'],
    ['vxd/pagevxd.asm', 'vxd-masm'],
    ['vxd/Debug.Inc', 'vxd-masm'],
    ['C:\\DDK\\INC\\VMM.INC', 'vxd-masm'],
    ['module/s/Module', 'riscos-objasm'],
    ['module/S/Module', 'riscos-objasm'],
    ['module/hdr/Workspace', 'riscos-objasm'],
    ['module/s/Module,ffd', 'riscos-objasm'],
    ['export/Module,FFF', 'riscos-objasm'],
    ['src/module.s', 'riscos-objasm'],
    ['bas/MakeDA', 'riscos-bbcbasic'],
    ['tools/MakeDA,fd1', 'riscos-bbcbasic'],
    ['tools/MakeDA.bas', 'riscos-bbcbasic'],
    ['tools/MakeDA.BAS', 'riscos-bbcbasic'],
  ];
  for (const [path, languageId] of cases) {
    test(`${path} is ${languageId}`, () => {
      assert.deepEqual(detectLanguage(path, NOTHING), source(languageId));
    });
  }

  test('a ,ffb file is tokenised BASIC whatever it holds', () => {
    assert.deepEqual(detectLanguage('bas/MakeDA,ffb', NOTHING), TOKENISED);
  });

  test('other names are not candidates without content', () => {
    for (const path of ['README.md', 'Makefile', 'c/module', 'module.c', 's/module.c', 'Sprites,ff9']) {
      assert.deepEqual(detectLanguage(path, NOTHING), { kind: 'unknown' }, path);
    }
  });
});

describe('detectLanguage by content', () => {
  test('an ambiguous name follows what the text says', () => {
    assert.deepEqual(detectLanguage('s/Vxd', text(VXD)), source('vxd-masm'));
    assert.deepEqual(detectLanguage('src/handler.s', text(BASIC)), source('riscos-bbcbasic'));
    assert.deepEqual(detectLanguage('export/Tool,fff', text(NUMBERED)), source('riscos-bbcbasic'));
    assert.deepEqual(detectLanguage('hdr/Module', text(OBJASM)), source('riscos-objasm'));
  });

  test('a plain ,fff text in bas/ stays BASIC, elsewhere it is ObjAsm', () => {
    assert.deepEqual(detectLanguage('bas/Notes,fff', text('hello\n')), source('riscos-bbcbasic'));
    assert.deepEqual(detectLanguage('misc/Notes,fff', text('hello\n')), source('riscos-objasm'));
  });

  test('a definite extension is not overruled by content', () => {
    assert.deepEqual(detectLanguage('vxd/odd.asm', text(OBJASM)), source('vxd-masm'));
    assert.deepEqual(detectLanguage('bas/Thing', text(OBJASM)), source('riscos-bbcbasic'));
  });

  test('a file with an unknown name is recognised by content when it is read', () => {
    assert.deepEqual(detectLanguage('notes/pagevxd', text(VXD)), source('vxd-masm'));
    assert.deepEqual(detectLanguage('notes/readme.txt', text('Nothing to see here.\n')), { kind: 'unknown' });
  });

  test('each dialect scores on its own signs', () => {
    assert.equal(detectByContent(VXD), 'vxd-masm');
    assert.equal(detectByContent('INCLUDE VMM.INC\n'), 'vxd-masm');
    assert.equal(detectByContent('        vmmcall Get_Cur_VM_Handle\n'), 'vxd-masm');
    assert.equal(detectByContent(OBJASM), 'riscos-objasm');
    assert.equal(detectByContent('        swine   XOS_Memory\n'), 'riscos-objasm');
    assert.equal(detectByContent('Flags   *       1 :SHL: 7\n'), 'riscos-objasm');
    assert.equal(detectByContent('        ^       0, r12\nws_area #       4\n'), 'riscos-objasm');
    assert.equal(detectByContent(BASIC), 'riscos-bbcbasic');
    assert.equal(detectByContent('[opt opt%\n'), 'riscos-bbcbasic');
    assert.equal(detectByContent('Just prose.\n'), undefined);
  });

  test('line-numbered BASIC wins even when the lines are assembler', () => {
    const listing = '  400 [ OPT pass%\n  410 .entry\n  420   STMFD R13!, {R1-R12, R14}\n  430   SWI "XOS_DynamicArea"\n  440 ]\n';
    assert.equal(detectByContent(listing), 'riscos-bbcbasic');
  });

  test('column-1 numeric labels do not make ObjAsm look line-numbered', () => {
    const objasm = 'Loop    ROUT\n10      LDR     r0, [r1], #4\n        TEQ     r0, #0\n        BNE     %BT10\n20      MOV     pc, lr\n';
    assert.equal(detectByContent(objasm), 'riscos-objasm');
  });

  test('a numbering test is not spoiled by a sample cut mid-line', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `${(i + 1) * 10} PRINT ${i}`).join('\n');
    assert.deepEqual(detectLanguage('tools/Long', text(long)), source('riscos-bbcbasic'));
  });

  test('a UTF-16 text with a byte-order mark is judged by its characters, not its bytes', () => {
    const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
    const swapped = (b: Uint8Array): Uint8Array => b.map((_, i) => b[i ^ 1] as number);
    assert.deepEqual(detectLanguage('s/Vxd', utf16le(VXD)), source('vxd-masm'));
    assert.deepEqual(detectLanguage('s/Vxd', swapped(utf16le(VXD))), source('vxd-masm'));
    assert.deepEqual(detectLanguage('export/Tool,fff', utf16le(NUMBERED)), source('riscos-bbcbasic'));
  });

  test('a UTF-8 byte-order mark does not hide the first line', () => {
    assert.deepEqual(detectLanguage('export/Tool,fff', text(`\uFEFF${NUMBERED}`)), source('riscos-bbcbasic'));
  });
});

describe('tokenised BASIC', () => {
  test('is recognised by its first bytes whatever the name', () => {
    for (const path of ['bas/MakeDA', 'tools/MakeDA', 'tools/MakeDA,fd1', 's/Oops', 'src/oops.s', 'x/Prog,ffd']) {
      assert.deepEqual(detectLanguage(path, TOKENISED_BYTES), TOKENISED, path);
    }
  });

  test('is recognised after an editor has decoded it as UTF-8', () => {
    const damaged = text(new TextDecoder('utf-8').decode(TOKENISED_BYTES));
    assert.deepEqual(detectLanguage('bas/MakeDA', damaged), TOKENISED);
  });

  test('a PC assembler name is never tokenised BASIC', () => {
    assert.deepEqual(detectLanguage('vxd/odd.asm', TOKENISED_BYTES), source('vxd-masm'));
  });

  test('the empty program counts', () => {
    assert.equal(looksTokenisedBasic(Uint8Array.from([0x0d, 0xff])), true);
  });

  test('a CRLF text file that opens with a blank line is not tokenised', () => {
    const crlf = text('\r\n; \u00a9 1996 Someone\r\n        AREA    |Asm$$Code|, CODE\r\n');
    assert.equal(looksTokenisedBasic(crlf), false);
    assert.deepEqual(detectLanguage('s/Module', crlf), source('riscos-objasm'));
  });

  test('text without keyword bytes is not tokenised', () => {
    assert.equal(looksTokenisedBasic(text('\r  10 PRINT\r')), false);
    assert.equal(looksTokenisedBasic(Uint8Array.from([0x0d, 0x00, 0x0a, 0x02, 0xf1])), false);
  });
});

describe('detectLanguage and the client\'s file patterns', () => {
  // VS Code picks a language by the manifest's filenames, before its
  // filenamePatterns (case-insensitively); the server and the CLI by
  // detectLanguage. The two must agree on the files in s/, hdr/ and bas/,
  // dotfiles among them: VS Code's `*` matches a name that starts with a
  // dot, and `[!.]` is its range of any character but a dot.
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { languages: { id: string; filenames?: string[]; filenamePatterns?: string[] }[] } };
  /** A VS Code glob of `**`, `*` and `[!…]` (what the patterns use) as a RegExp on a path. */
  const globRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/\*\*\/|\*|\[!|[.]/g, (m) => ({ '**/': '(?:.*/)?', '*': '[^/]*', '[!': '[^', '.': '\\.' })[m] ?? m)}$`, 'i');
  /** The language of `path` in the editor, when it is one of ours. */
  const byPattern = (path: string): string | undefined => {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const { languages } = manifest.contributes;
    const language = languages.find((l) => (l.filenames ?? []).some((f) => f.toLowerCase() === name))
      ?? languages.find((l) => (l.filenamePatterns ?? []).some((p) => globRegExp(p).test(path)));
    return language?.id.startsWith('riscos-') ? language.id : undefined;
  };

  test('a file in s/, hdr/ or bas/ is the folder\'s dialect, a dotfile there is not', () => {
    const paths = ['mod/s/Handler', 'mod/hdr/Workspace', 'mod/bas/MakeDA', 'mod/s/.gitignore', 'mod/hdr/.gitattributes', 'mod/bas/.gitignore', 'mod/s/.Handler'];
    const detected = (path: string): string | undefined => {
      const detection = detectLanguage(path, text('*.o\n'));
      return detection.kind === 'source' ? detection.languageId : undefined;
    };
    assert.deepEqual(paths.map(byPattern), ['riscos-objasm', 'riscos-objasm', 'riscos-bbcbasic', undefined, undefined, undefined, undefined]);
    assert.deepEqual(paths.map(detected), paths.map(byPattern));
  });

  test('the build\'s and the reader\'s files in s/, hdr/ or bas/ are not source, under either name', () => {
    const paths = ['mod/s/Makefile', 'mod/s/makefile', 'mod/s/Makefile,fe1', 'mod/s/GNUmakefile', 'mod/s/ReadMe', 'mod/hdr/README', 'mod/s/ReadMe,fff', 'mod/bas/Licence', 'mod/s/LICENSE', 'mod/s/Copying'];
    const detected = (path: string): Detection['kind'] => detectLanguage(path, text(OBJASM)).kind;
    assert.deepEqual(paths.map(byPattern), paths.map(() => undefined));
    assert.deepEqual(paths.map(detected), paths.map(() => 'unknown'));
    // Only those names: one that starts the same is still the folder's.
    assert.deepEqual(['mod/s/MakefileGen', 'mod/s/ReadMeFirst'].map(byPattern), ['riscos-objasm', 'riscos-objasm']);
    assert.deepEqual(detectLanguage('mod/s/MakefileGen', NOTHING), source('riscos-objasm'));
    assert.deepEqual(detectLanguage('export/ReadMe,fff', text(OBJASM)), { kind: 'unknown' });
  });

  test('in s/, hdr/ or bas/ a name with another extension or filetype is not source, whatever its text', () => {
    const paths = ['mod/s/ReadMe.md', 'mod/s/Build,fe1', 'mod/hdr/Notes.txt', 'mod/bas/Old.bak', 'mod/s/Module.o', 'export/Build,FE1'];
    assert.deepEqual(paths.map((path) => detectLanguage(path, text(OBJASM)).kind), paths.map(() => 'unknown'));
    assert.deepEqual(paths.map(nameSaysNotSource), paths.map(() => true));
    // VS Code's pattern takes them, for the client to give them their own language again.
    assert.deepEqual(paths.slice(0, 5).map(byPattern), ['riscos-objasm', 'riscos-objasm', 'riscos-objasm', 'riscos-bbcbasic', 'riscos-objasm']);
    // The dialects' own extensions and filetypes, and none, are still the folder's.
    const ours = ['mod/s/Handler', 'mod/s/Handler.s', 'mod/s/Handler,ffd', 'mod/hdr/Defs,fff', 'mod/bas/Make,fd1', 'mod/s/Vxd.asm'];
    assert.deepEqual(ours.map(nameSaysNotSource), ours.map(() => false));
    assert.deepEqual(ours.map((path) => detectLanguage(path, NOTHING)),
      [source('riscos-objasm'), source('riscos-objasm'), source('riscos-objasm'), source('riscos-objasm'), source('riscos-bbcbasic'), source('vxd-masm')]);
  });

  test('a dotfile\'s text may still tell its dialect, as the client retags a document by content', () => {
    assert.deepEqual(detectLanguage('mod/s/.Handler', text(OBJASM)), source('riscos-objasm'));
    assert.deepEqual(detectLanguage('mod/bas/.MakeDA', text(BASIC)), source('riscos-bbcbasic'));
  });
});
