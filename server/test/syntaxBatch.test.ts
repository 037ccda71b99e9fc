import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { DocumentContent } from '../src/parsing/documentTrees.js';
import { BatchingWorker } from './support/workerBatches.js';

// A document's syntax errors need only its tree: on its first analysis the
// worker sends them as soon as it has parsed the text, before it copies the
// tree and lowers it. Later analyses send none ahead of the rest of their
// first batch: the editor shows the last version's findings, and a batch of
// syntax errors alone would take the others off it until the next. Second
// calls First, so that an edit of First runs it again and the job sends a
// batch before it is done.

const SOURCE = `        .386p
        include vmm.inc
        include nothere.inc
VxD_LOCKED_CODE_SEG
BeginProc First
        mov     eax, 1
        ))) broken
        ret
EndProc First
BeginProc Second
        mov     eax, 2
        call    First
        ret
EndProc Second
VxD_LOCKED_CODE_ENDS
        END
`;

const FIXED = SOURCE.replace('        ))) broken\n', '');

/** The codes of each batch a job sent before it was done, in order. */
type Batches = string[][];

describe('syntax errors ahead of the first batch', { timeout: 120_000 }, () => {
  const worker = new BatchingWorker('vxd-masm', (document) => `/tmp/${document}.asm`);
  after(() => worker.terminate());

  const run = async (document: string, content: DocumentContent): Promise<Batches> =>
    (await worker.batches(document, content)).map((reports) => reports.program.map((f) => f.code).sort());

  test('an opened document\'s syntax errors go in a batch of their own, before what the lowering finds', async () => {
    const batches = await run('opened', { text: SOURCE });
    assert.deepEqual(batches[0], ['PW100']);
    assert.deepEqual(batches[1], ['PW103'], 'the include the lowering could not find comes in the next batch');
  });

  test('an opened document without syntax errors sends no batch ahead of its first', async () => {
    const batches = await run('clean', { text: FIXED });
    assert.deepEqual(batches[0], ['PW103']);
  });

  test('an edit sends its syntax errors with the rest of its first batch', async () => {
    await run('edited', { text: FIXED });
    const line = 6;
    const batches = await run('edited', { changes: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '        ))) broken\n' }] });
    assert.deepEqual(batches[0], ['PW100', 'PW103']);
  });
});
