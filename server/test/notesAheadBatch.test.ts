import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Tree } from 'web-tree-sitter';
import { reportFindings } from '../src/analysis/analyseSource.js';
import type { FindingsSink } from '../src/analysis/runFindings.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import type { DocumentContent } from '../src/parsing/documentTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { BatchingWorker } from './support/workerBatches.js';

// On an ObjAsm document's first analysis the worker sends the missing GETs
// every pass of the lowering will report, read from the parsed tree before
// its plain copy is made, ahead of the rest of the first batch (the notes on entry points in code with a
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

/** Plain copies of trees whose making goes into a log. */
class LoggedSyntaxTrees extends SyntaxTrees {
  constructor(private readonly log: string[]) {
    super();
  }

  override document(...args: Parameters<SyntaxTrees['document']>): ReturnType<SyntaxTrees['document']> {
    this.log.push('copy');
    return super.document(...args);
  }
}

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

  test('a first run sends the missing GETs before it copies the tree', async () => {
    const parsers = await Parsers.create();
    const log: string[] = [];
    let pending: string[] = [];
    const sink: FindingsSink = {
      program: (findings) => pending.push(...findings.map((f) => f.code)),
      certain: () => {
        if (pending.length > 0) log.push(`sent ${pending.sort().join(' ')}`);
        pending = [];
      },
      entry: () => {},
      suppressions: () => {},
      analysing: () => {},
      analysed: () => {},
      early: true,
    };
    const tree: Tree = await parsers.parse('riscos-objasm', ONE_MODE);
    try {
      await reportFindings(tree, { languageId: 'riscos-objasm', text: ONE_MODE, file: '/tmp/copied/s/Test', readFile: () => undefined, syntaxTrees: new LoggedSyntaxTrees(log) }, sink);
    } finally {
      tree.delete();
    }
    assert.deepEqual(log.slice(0, 3), ['sent PW100', 'sent PW103', 'copy']);
  });
});
