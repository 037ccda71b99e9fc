import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { checkRandomByteEdits, type ByteEditDialect } from './support/byteEdits.js';
import { Random, replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';
import { repoRoot } from './support/paths.js';

// An instruction inserted into or removed from VxD code moves the code after
// it on by its size: the entries that reach that code are analysed again,
// and those that reach none of it keep their results. A VMM call's link code
// (the dword after its `int 20h`, 1xxxxh) names no code however the layout
// falls, so a call above the edit whose link code lands on a label below it
// is kept too; a dword after an `int 20h` that a label lets code read as data
// is followed as any other. Whatever was kept, the document's state after
// each edit must be a fresh analysis's of the same text.

const LANGUAGE = 'vxd-masm';

// The data segment starts the first slot, at 10000h: Pad puts Values at 10001h, the link code of Get_Cur_VM_Handle.
// Calls_Service's link lands on Values, and Reads_Own_Link reads the dword at 10001h through its own labelled link.
const LINKS = `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Pad             db      0
Values  dd      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
        dd      17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
Limit           dd      10
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Reads_Own_Link
        int     20h
Own_Link dd     10001h
        mov     eax, [Own_Link]
        mov     ecx, [eax]
        ret
EndProc Reads_Own_Link

BeginProc Calls_Service
        VMMcall Get_Cur_VM_Handle
        mov     eax, ebx
        ret
EndProc Calls_Service

BeginProc Counts
        mov     ecx, 4
        ret
EndProc Counts

VxD_LOCKED_CODE_ENDS
        END
`;

const DIALECT: ByteEditDialect = {
  code: /^\w*:?\s+(mov|add|sub|cmp|test|xor|and|or|inc|dec|push|pop|lea|shl|shr|VMMcall|VxDcall)\s/i,
  instructions: ['        mov     eax, eax', '        nop', '        push    eax\n        pop     eax'],
};

const LINKS_FILE = '/work/links/links.asm';

describe('VxD edits that move code by bytes', { timeout: 600_000 }, () => {
  test('a byte before the data a link code lands on runs again the entry that reads the link as data, not the call', async () => {
    const { document, state } = await KeptDocument.open(LANGUAGE, LINKS_FILE, LINKS);
    assert.deepEqual(state.statistics, { analysed: 3, reused: 0 });
    const after = await document.edit(replaced(document.current, 'Pad             db      0\n', 'Pad             db      0, 0\n'));
    // Reads_Own_Link, whose read of 10001h now finds what lies before Values; Calls_Service and Counts are kept.
    assert.deepEqual(after.statistics, { analysed: 1, reused: 2 });
    await document.checked(after, 'byte before Values');
  });

  test('an edit of a procedure runs again the one that runs on into it across padding', async () => {
    const text = [
      '        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG',
      'BeginProc Runs_On', '        mov     eax, 1', '        ALIGN   64', 'EndProc Runs_On',
      'BeginProc Next_One', '        mov     ecx, 2', '        ret', 'EndProc Next_One',
      'VxD_LOCKED_CODE_ENDS', '        END', '',
    ].join('\n');
    const { document } = await KeptDocument.open(LANGUAGE, '/work/padding/padding.asm', text);
    const after = await document.edit(replaced(document.current, 'mov     ecx, 2', 'mov     ecx, 3'));
    assert.deepEqual(after.statistics, { analysed: 2, reused: 0 });
    await document.checked(after, 'Next_One edited');
  });

  const sources: readonly (readonly [string, string])[] = [
    [LINKS_FILE, LINKS],
    ...['dmabuf.asm', 'ringlog.asm'].map((name): [string, string] => {
      const file = join(repoRoot, 'examples', 'corpus', LANGUAGE, name);
      return [file, readFileSync(file, 'utf8')];
    }),
    [join(repoRoot, 'examples', 'corpus', LANGUAGE, 'generated.asm'), generateSource(LANGUAGE, 700)],
  ];
  for (const [index, [file, text]] of sources.entries()) {
    test(`random instructions inserted and removed in ${file.slice(file.lastIndexOf('/') + 1)} leave what a fresh analysis finds, and keep entries`, async () => {
      await checkRandomByteEdits(LANGUAGE, file, text, new Random(6151 * (index + 1)), DIALECT);
    });
  }
});
