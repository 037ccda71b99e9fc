import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// A finding at the call of a macro the document defines, made by a line of
// the macro's body, points at that line too (relatedInformation), and the
// line is where the body is after an edit that moves the calls away from
// the definition, or both.

const MASM = [
  'Zero_New MACRO', //                                                          0
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', //            1
  '        mov     dword ptr [edx], 0', //                                      2
  '        ENDM', //                                                            3
  'VxD_LOCKED_CODE_SEG', //                                                     4
  'BeginProc Mac_Init', //                                                      5
  '        Zero_New', //                                                        6
  '        ret', //                                                             7
  'EndProc Mac_Init', //                                                        8
  'VxD_LOCKED_CODE_ENDS', //                                                    9
  '',
].join('\n');

const BODY_NOTE = /in the macro's definition/;

/** Each diagnostic's line and the lines of its notes about the macro's body. */
const placed = (published: PublishDiagnosticsParams): string[] => published.diagnostics.map((d) =>
  `${String(d.code)} ${d.range.start.line} body ${(d.relatedInformation ?? []).filter((r) => BODY_NOTE.test(r.message)).map((r) => r.location.range.start.line).join(' ')}`);

describe('a finding made inside a macro\'s body', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null);
  });
  after(async () => {
    await client.shutdown();
  });

  test('points at the body\'s line, where the body is after edits that move the call, then both', async () => {
    const uri = 'untitled:Macro-1';
    assert.deepEqual(placed(await client.open(uri, 'vxd-masm', MASM)), ['PW211 6 body 2']);
    const between = client.nextDiagnostics(uri);
    await client.edit(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '; the buffer\n' }]);
    assert.deepEqual(placed(await between), ['PW211 7 body 2']);
    const above = client.nextDiagnostics(uri);
    await client.edit(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; MAC.ASM\n' }]);
    assert.deepEqual(placed(await above), ['PW211 8 body 3']);
  });
});
