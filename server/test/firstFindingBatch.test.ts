import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ReportChanges } from '../src/analysis/worker/messages.js';
import { BatchingWorker } from './support/workerBatches.js';
import { repoRoot } from './support/paths.js';

// A batch of entry points goes after each stretch of analysis time, but
// until a batch has carried a finding, the first entry point that finds
// one goes at once: a file whose first batch holds nothing shows the user
// nothing until then.

const sample = readFileSync(join(repoRoot, 'examples', 'vxd', 'DMABUF.ASM'), 'utf8').split('\n');
const HEADER = sample.slice(0, sample.indexOf('VxD_LOCKED_CODE_SEG') + 1);
/** The procedure with DMABUF.ASM's paging bugs. */
const BUGGY = sample.slice(sample.indexOf('BeginProc DMABUF_Alloc'), sample.indexOf('EndProc DMABUF_Alloc') + 1);

const clean = (n: number): string[] => [
  `BeginProc Clean_${n}`, '        mov     ecx, 8', `Clean_Next_${n}:`, '        add     eax, ecx', `        loop    Clean_Next_${n}`, '        ret', `EndProc Clean_${n}`,
];

/** `count` clean procedures, the buggy one before the one numbered `at`. */
const source = (at: number, count: number): string => [
  ...HEADER, ...Array.from({ length: count }, (_, n) => [...(n === at ? BUGGY : []), ...clean(n)]).flat(), 'VxD_LOCKED_CODE_ENDS', '        END', '',
].join('\n');

/** Each finding of `reports` as its code, line and entry point's index. */
const found = (reports: readonly ReportChanges[]): string[] =>
  reports.flatMap((r) => [...r.program.map((f) => `${f.code}@${f.range.start.line}`), ...r.entries.flatMap(([index, fs]) => fs.map((f) => `${f.code}@${f.range.start.line}#${index}`))]);

describe('the first findings of entry points go at once', { timeout: 120_000 }, () => {
  const worker = new BatchingWorker('vxd-masm', (document) => `/tmp/${document}.asm`);
  after(() => worker.terminate());

  test('the batch that carries the first finding ends with the entry point that found it', async () => {
    // A worker's first job runs cold, long enough for the stretch to end at any entry point.
    await worker.job('warm-up', { text: source(5, 60) });
    const { batches, done } = await worker.job('first-finding', { text: source(5, 60) });
    const carrying = batches.findIndex((b) => b.entries.some(([, fs]) => fs.length > 0));
    assert.ok(carrying > 0, `a batch after the first carries the finding: ${JSON.stringify(batches.map((b) => found([b])))}`);
    assert.deepEqual(batches.slice(0, carrying).flatMap((b) => found([b])), [], 'no finding before it');
    const entries = batches[carrying]?.entries ?? [];
    assert.ok((entries.at(-1)?.[1].length ?? 0) > 0, `the batch ends with the entry point that found something: ${JSON.stringify(entries.map(([i, fs]) => [i, fs.length]))}`);
    // Each batch is part of the whole: nothing is shown early that the complete findings do not hold.
    const whole = new Set(found([...batches, done.reports]));
    assert.ok(found(batches).every((f) => whole.has(f)));
    assert.deepEqual([...whole].map((f) => f.replace(/@.*/, '')), ['PW202']);
  });
});
