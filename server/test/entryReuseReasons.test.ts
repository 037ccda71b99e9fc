import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';

// A handler's runs end at the entries of their reasons: an edit elsewhere
// that takes such an entry away (another handler's dispatch sends a second
// reason to the same code) must run the handler again, which now explores
// that code itself.

const MODULE = [
  '        AREA    |M|, CODE, READONLY',
  'Init    ROUT', '        MOV     r0, #0', '        MOV     r4, #0', '        ADR     r6, Handler', '        SWI     XOS_DynamicArea', '        MOV     pc, lr',
  'Handler ROUT', '        TEQ     r0, #0', '        BEQ     Grow', '        CMP     r0, #0', '        MOV     pc, lr',
  'Other   ROUT', '        TEQ     r0, #1', '        BEQ     Grow', '        CMP     r0, #0', '        MOV     pc, lr',
  'Grow    ROUT', '        LDR     r2, [r1]', '        CMP     r0, #0', '        MOV     pc, lr',
  '        END', '',
].join('\n');

test('a creation whose handler sends a second reason to a reason entry runs the first handler again, which reads through R1 itself', async () => {
  const { document, state } = await KeptDocument.open('riscos-objasm', '/work/reasons/s/Mod', MODULE);
  assert.deepEqual(state.findings.map((f) => [f.code, f.range.start.line]), [['PW307', 18]]);
  const second = '        MOV     r0, #0\n        MOV     r4, #0\n        ADR     r6, Other\n        SWI     XOS_DynamicArea\n';
  const after = await document.edit(replaced(document.current, '        MOV     pc, lr\nHandler', `${second}        MOV     pc, lr\nHandler`));
  await document.checked(after, 'a second creation');
});
