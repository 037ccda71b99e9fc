import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { DocumentContent } from '../src/parsing/documentTrees.js';
import { BatchingWorker } from './support/workerBatches.js';

// On an ObjAsm document's first analysis the worker sends the missing GETs
// every pass of the lowering will report before the first pass, ahead of
// the rest of the first batch (the notes on entry points in code with a
// syntax error need the last pass's program; this file, with 26-bit
// idioms, is lowered again as 26-bit code before that).

const SOURCE = `        AREA    |Test$$Code|, CODE, READONLY
        GET     h.Missing
Handler ROUT
        MOVS    pc, lr
  [ {CONFIG} = 26
        MOV     r0, #1
  ]
Broken  ROUT
        MOV     r0, #2
        ))) broken
        MOV     pc, lr
        END
`;

const ONE_MODE = SOURCE.replace('MOVS    pc, lr', 'MOV     pc, lr');

/** The codes of each batch a job sent before it was done, in order. */
type Batches = string[][];

describe('an ObjAsm file\'s notes ahead of its first batch', { timeout: 120_000 }, () => {
  const worker = new BatchingWorker('riscos-objasm', (document) => `/tmp/${document}/s/Test`);
  after(() => worker.terminate());

  const run = async (document: string, content: DocumentContent): Promise<Batches> =>
    (await worker.batches(document, content)).map((reports) => [...reports.program, ...reports.entries.flatMap(([, f]) => f)].map((f) => f.code).sort());

  for (const [name, text] of [['lowered in both modes', SOURCE], ['lowered as 32-bit code', ONE_MODE]] as const) {
    test(`an opened document (${name}) sends its syntax errors, then its missing GETs, then the rest of its first batch`, async () => {
      const batches = await run(`opened-${name.length}`, { text });
      assert.deepEqual(batches.slice(0, 2), [['PW100'], ['PW103']]);
      assert.ok(batches[2]?.includes('PW900'), `the entry in broken code is noted in the first batch proper: ${JSON.stringify(batches)}`);
    });
  }

  test('an edit sends its notes with the rest of its first batch', async () => {
    await run('edited', { text: SOURCE });
    const batches = await run('edited', { changes: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '        MOV     r1, #3\n' }] });
    assert.ok(batches[0]?.includes('PW103') && batches[0].includes('PW900'), JSON.stringify(batches));
  });
});
