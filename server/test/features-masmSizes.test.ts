import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

const SOURCE = [
  'Pair STRUC', //                        0
  '  p_Lo dd ?', //                       1
  '  p_Hi dw 3 dup (?)', //               2
  'Pair ENDS', //                         3
  'pr Pair <>', //                        4
  'tbl dd 4 dup (0)', //                  5
  'PAIR_BYTES EQU SIZE Pair', //          6
  'PR_BYTES EQU SIZEOF pr', //            7
  'TBL_COUNT EQU LENGTH tbl', //          8
  'TBL_UNIT EQU TYPE tbl', //             9
  'TBL_BYTES EQU SIZE tbl + 2', //        10
  'HI_COUNT EQU LENGTHOF p_Hi', //        11
  'PR_UNIT EQU TYPE pr', //               12
  'NOPE EQU SIZE Unknown', //             13
  '',
].join('\n');

const hoverText = async (client: LspClient, uri: string, line: number): Promise<string> => {
  const contents = (await client.hover(uri, { line, character: 1 }))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('MASM structure and data sizes in equates, over LSP', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///virtual/sizes.asm';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, { analysis: false });
    await client.open(uri, 'vxd-masm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('SIZE, SIZEOF, TYPE, LENGTH and LENGTHOF of structures, instances, data and fields are evaluated', async () => {
    assert.match(await hoverText(client, uri, 0), /structure of 10 bytes/);
    assert.match(await hoverText(client, uri, 6), /PAIR_BYTES\*\* — equate = 0Ah \(10\)/);
    assert.match(await hoverText(client, uri, 7), /PR_BYTES\*\* — equate = 0Ah \(10\)/, 'an instance takes its structure\'s size');
    assert.match(await hoverText(client, uri, 8), /TBL_COUNT\*\* — equate = 4/);
    assert.match(await hoverText(client, uri, 9), /TBL_UNIT\*\* — equate = 4/);
    assert.match(await hoverText(client, uri, 10), /TBL_BYTES\*\* — equate = 12h \(18\)/);
    assert.match(await hoverText(client, uri, 11), /HI_COUNT\*\* — equate = 3/);
    assert.match(await hoverText(client, uri, 12), /PR_UNIT\*\* — equate = 0Ah \(10\)/);
  });

  test('the size of an unknown name stays unknown rather than 0', async () => {
    const nope = await hoverText(client, uri, 13);
    assert.match(nope, /NOPE\*\* — equate/);
    assert.doesNotMatch(nope, /equate =/);
  });
});
