import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { RunHandlerResult } from '../src/run/protocol.js';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// Every way a file comes from disk tells the lowering it was read as
// Latin-1, as check does: a Latin-1 file's E9 is one byte, where a UTF-8
// file's é would be two (C3 A9) and move the label after it.

/** A procedure that loads the distance from a one-character string to the label after it. */
const LENGTH = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Len_Call',
  '        mov     eax, OFFSET32 After - OFFSET32 Msg',
  '        ret',
  'EndProc Len_Call',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');

/** The data and `include`, in Latin-1: the é is the one byte E9. */
const latin1 = (code: string): Buffer => Buffer.from([
  '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Msg     db      "\xe9"', 'After   db      1', 'VxD_LOCKED_DATA_ENDS', code, 'END', '',
].join('\n'), 'latin1');

/** What EAX holds after the run's first step, the `mov`. */
const eaxAfterMov = (result: RunHandlerResult): string | undefined => result.steps[0]?.registers.find((r) => r.name === 'eax')?.after;

test('pagewarden run reads a Latin-1 file as check does: its E9 is one byte', () => {
  const dir = tempDir('pw-latin1-run-');
  const file = join(dir, 'len.asm');
  writeFileSync(file, latin1(LENGTH));
  const run = runCli(['run', file, '--entry', 'Len_Call', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(eaxAfterMov(JSON.parse(run.stdout) as RunHandlerResult), '0x00000001');
});

describe('the language server reads a closed Latin-1 includer as check does', { timeout: 120_000 }, () => {
  const dir = tempDir('pw-latin1-lsp-');
  writeFileSync(join(dir, 'defs.asm'), latin1('include body.inc'));
  writeFileSync(join(dir, 'body.inc'), LENGTH);
  const body = pathToFileURL(join(dir, 'body.inc')).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('the open include\'s register values come from the includer\'s analysis with E9 one byte', async () => {
    await client.open(body, 'vxd-masm', LENGTH);
    const hover = await client.hover(body, { line: 3, character: 9 });
    const text = hover?.contents && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(text, /EAX = 1\b/);
  });

  test('a run of the closed includer: E9 one byte', async () => {
    const result = await client.request<RunHandlerResult>('pagewarden/runHandler', { uri: pathToFileURL(join(dir, 'defs.asm')).href, entry: 'Len_Call' });
    assert.equal(eaxAfterMov(result), '0x00000001');
  });
});

test('pagewarden run shows an error block\'s text as its file wrote it: a UTF-8 file\'s é (C3 A9) and a Latin-1 file\'s (E9) alike', () => {
  const dir = tempDir('pw-latin1-error-');
  const source = [
    '        AREA    |Test$$Code|, CODE, READONLY', 'Create', '        STMFD   sp!, {r0-r8, lr}', '        MOV     r0, #0', '        MOV     r1, #-1',
    '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, #0',
    '        ADR     r8, Name', '        SWI     XOS_DynamicArea', '        LDMFD   sp!, {r0-r8, pc}', 'Name    DCB     "Cache", 0', '        ALIGN',
    'Handler ROUT', '        CMP     r0, #2', '        BEQ     PreShrink', '        CLRV', '        MOV     pc, lr',
    'PreShrink', '        ADR     r0, Busy', '        MOV     r3, #0', '        SETV', '        MOV     pc, lr',
    'Busy    DCD     &1000', '        DCB     "Zone occupée", 0', '        ALIGN', '        END', '',
  ].join('\n');
  for (const encoding of ['utf8', 'latin1'] as const) {
    const file = join(dir, `${encoding},ffd`);
    writeFileSync(file, Buffer.from(source, encoding));
    const run = runCli(['run', file, '--entry', 'PreShrink']);
    assert.match(run.stdout, /^Verdict: returned; the kernel: Zone occupée; no findings$/m, `${encoding}: ${run.stdout}`);
  }
});
