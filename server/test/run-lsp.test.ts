import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { ListEntriesResult, RunHandlerResult } from '../src/run/protocol.js';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';

// pagewarden/listEntries and pagewarden/runHandler over the real server, on
// the bundled examples: what the runs show is what the models do.

const LIST = 'pagewarden/listEntries';
const RUN = 'pagewarden/runHandler';

const example = (path: string) => {
  const file = join(repoRoot, 'examples', path);
  return { uri: pathToFileURL(file).href, text: readFileSync(file, 'latin1') };
};
const FREECACH = example('vxd/FREECACH.ASM');
const MODULE = example('riscos/DynCache/s/Module');
const HANDLER = example('riscos/DynCache/s/Handler');
const BASIC = example('riscos/bas/MakeArea,fd1');

const owner = (result: RunHandlerResult, side: 'before' | 'after', page: number) => result[side].physical.find((p) => p.page === page)?.owner;

describe('pagewarden/listEntries and pagewarden/runHandler over LSP', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(join(repoRoot, 'examples')).href]);
    await client.open(FREECACH.uri, 'vxd-masm', FREECACH.text);
    await client.open(MODULE.uri, 'riscos-objasm', MODULE.text);
    await client.open(HANDLER.uri, 'riscos-objasm', HANDLER.text);
    await client.open(BASIC.uri, 'riscos-bbcbasic', BASIC.text);
  });
  after(async () => {
    await client.shutdown();
  });

  test('listEntries: VxD procedures and dispatch targets, with the region scenarios and the workspace file for Compact_Region', async () => {
    const { entries } = await client.request<ListEntriesResult>(LIST, { uri: FREECACH.uri });
    const compact = entries.find((e) => e.name === 'Compact_Region');
    assert.equal(compact?.kind, 'vmm-procedure');
    assert.equal(compact?.range.start.line, 66);
    assert.deepEqual(compact?.scenarios, [
      'Region of 8 pages, 4 present', 'Region of 8 pages, all present, free list empty', 'Region of 8 pages, none present', 'freecach-compact-region',
    ]);
    assert.ok(entries.some((e) => e.name === 'FREECACH_Device_Init' && e.kind === 'vmm-procedure'));
    // The procedure Device_Init gives _SetFreePhysRegCalBk is called as the callback, with EAX and ECX set.
    assert.deepEqual(entries.find((e) => e.name === 'Cache_Callback')?.scenarios, ['VMM wants 2 pages back', 'Pages were freed']);
    // A scenario file for another entry is not offered here.
    assert.ok(!entries.find((e) => e.name === 'Reserve_Window')?.scenarios.includes('freecach-compact-region'));
  });

  test('listEntries: the handler the module GETs, with every reason\'s scenarios and its file; the module\'s entry points as module code', async () => {
    const { entries } = await client.request<ListEntriesResult>(LIST, { uri: MODULE.uri });
    const handler = entries.find((e) => e.name === 'DynHandler');
    assert.equal(handler?.kind, 'da-handler');
    assert.equal(handler?.file, join(repoRoot, 'examples/riscos/DynCache/s/Handler'));
    assert.equal(handler?.scenarios[0], 'PreGrow, specific pages');
    for (const name of ['PreGrow, no specific pages', 'PreGrow, reserved page and another area\'s page', 'PreShrink, 2 of 4 pages', 'dyncache-pregrow']) {
      assert.ok(handler?.scenarios.includes(name), name);
    }
    // Its area is not Shrinkable (no flag bit 9): the kernel never asks it TestShrink.
    assert.ok(!handler?.scenarios.includes('TestShrink'));
    assert.ok(entries.every((e) => e.kind !== 'vmm-procedure'));
    assert.ok(entries.some((e) => e.kind === 'module-entry' && e.file === undefined && e.scenarios[0] === 'Module code, R0-R12 = 0'));
    // Alone, s/Handler does not say how DynHandler is called: a routine.
    const alone = (await client.request<ListEntriesResult>(LIST, { uri: HANDLER.uri })).entries.find((e) => e.name === 'DynHandler');
    assert.equal(alone?.kind, 'routine');
    // A routine is module code, not a VxD procedure: it runs as such.
    assert.deepEqual(alone?.scenarios, ['Module code, R0-R12 = 0']);
  });

  test('listEntries: the BASIC program\'s handler, an area without flag bit 8', async () => {
    const { entries } = await client.request<ListEntriesResult>(LIST, { uri: BASIC.uri });
    const handler = entries.find((e) => e.name === 'handler%');
    assert.equal(handler?.kind, 'da-handler');
    assert.equal(handler?.scenarios[0], 'PreGrow, no specific pages');
  });

  test('runHandler: Compact_Region by default starts from what Device_Init left and puts the page back where it took it', async () => {
    const result = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region' });
    assert.equal(result.scenario, 'Region of 8 pages, 4 present');
    assert.equal(result.verdict.ended, 'returned');
    assert.deepEqual(result.verdict.findings, []);
    const calls = result.steps.flatMap((s) => s.events.flatMap((e) => (e.kind === 'call' ? [e] : [])));
    assert.deepEqual(calls.map((c) => c.name), ['_XchgFreePhysReg', '_XchgFreePhysReg']);
    assert.equal(calls[0]?.results[0]?.value, '0x00100000');
    assert.match(JSON.stringify(result.steps[0]?.events), /FREECACH_Device_Init first/);
    assert.deepEqual(result.moved, []);
    assert.equal(owner(result, 'after', 0x100), 'region slot 0xC1000');
  });

  test('runHandler: the workspace scenario file moves slot 5 into slot 3, and the page slot 3 held leaves the region', async () => {
    const result = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', scenario: 'freecach-compact-region' });
    assert.equal(result.scenario, 'freecach-compact-region');
    assert.deepEqual(result.moved, [0x103, 0x105]);
    assert.equal(owner(result, 'before', 0x105), 'region slot 0xC1005');
    assert.equal(owner(result, 'after', 0x105), 'region slot 0xC1003');
    assert.equal(owner(result, 'after', 0x103), 'no page table');
    // The model takes the page EAX still holds at the return as handed to the caller: no PW220 on this path.
    assert.deepEqual(result.verdict.findings, []);
  });

  test('runHandler: an inline scenario whose second exchange fails drops the page (PW220 on the step of the second call)', async () => {
    const scenario = {
      entry: 'Compact_Region', kind: 'vmm-procedure',
      windows: { version: '3.1', freePhysicalRegion: { pages: 32, present: [0, 1, 2, 3, 5] }, freePages: 8, registers: { esi: 5, edi: 40 } },
    };
    const result = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', scenario });
    const [finding] = result.verdict.findings;
    assert.equal(finding?.code, 'PW220');
    assert.equal(finding?.range.start.line, 73);
    const step = result.steps[finding?.step ?? -1];
    assert.match(step?.text ?? '', /_XchgFreePhysReg/);
    assert.equal(owner(result, 'after', 0x105), 'no page table');
  });

  test('runHandler: a witness sets registers over the scenario and says which inputs the run keeps its own values for', async () => {
    const witness = { esi: '0x2', edi: '0x6', 'mem32[esi+4]': '0x1' };
    const result = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', witness });
    assert.deepEqual(result.moved, [0x102]);
    assert.equal(owner(result, 'after', 0x102), 'region slot 0xC1006');
    assert.match(JSON.stringify(result.steps[0]?.events), /the run keeps its own mem32\[esi\+4\]/);
  });

  test('runHandler: a witness\'s service results are the results of those calls, shown as values', async () => {
    // The first exchange succeeds, the second fails: the page the first took is dropped.
    const witness = { '_XchgFreePhysReg.eax#0': '0x1', '_XchgFreePhysReg.eax#1': '0xffffffff' };
    const result = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', witness });
    const calls = result.steps.flatMap((s) => s.events.flatMap((e) => (e.kind === 'call' ? [e] : [])));
    assert.deepEqual(calls.map((c) => c.results[0]?.value), ['0x00000001', '0xFFFFFFFF']);
    assert.deepEqual(result.verdict.findings.map((f) => f.code), ['PW220']);
    // Without the witness the closed world decides: both calls succeed.
    const plain = await client.request<RunHandlerResult>(RUN, { uri: FREECACH.uri, entry: 'Compact_Region' });
    assert.deepEqual(plain.verdict.findings, []);
  });

  test('runHandler: DynHandler from the module that GETs it, PreGrow with specific pages: PW301 and PW303, the grow refused', async () => {
    const result = await client.request<RunHandlerResult>(RUN, { uri: MODULE.uri, entry: 'DynHandler', scenario: 'PreGrow, specific pages' });
    assert.deepEqual(result.verdict.findings.map((f) => f.code).sort(), ['PW301', 'PW303']);
    assert.match(result.verdict.ended, /^returned; the kernel: Unable to get the requested physical memory/);
    // The handler's steps are in s/Handler; entry 0 of the page block is written, the others keep -1.
    assert.ok(result.steps.every((s) => s.file?.endsWith('Handler')));
    const block = result.steps.flatMap((s) => s.writes).filter((w) => w.address === '0x01C00000');
    assert.equal(block.length, 1);
    const calls = result.steps.flatMap((s) => s.events.flatMap((e) => (e.kind === 'call' ? [e.name] : [])));
    assert.deepEqual(calls, ['DAHandler_PreGrow', 'DAHandler_PostGrow']);
    assert.deepEqual(result.moved, []);
  });

  test('runHandler: the dyncache-pregrow file marks page 40 reserved and page 41 another area\'s', async () => {
    const result = await client.request<RunHandlerResult>(RUN, { uri: MODULE.uri, entry: 'DynHandler', scenario: 'dyncache-pregrow' });
    assert.deepEqual(result.verdict.findings.map((f) => f.code).sort(), ['PW301', 'PW303']);
    assert.equal(result.before.physical[40]?.state, 'reserved');
    assert.deepEqual(result.before.physical[41], { page: 41, owner: 'Another area', state: 'unavailable' });
  });

  test('runHandler: the BASIC handler grows its area by 4 pages, writes through the null R1 (PW307) and corrupts R9 (PW304)', async () => {
    const result = await client.request<RunHandlerResult>(RUN, { uri: BASIC.uri, entry: 'handler%' });
    assert.equal(result.scenario, 'PreGrow, no specific pages');
    assert.deepEqual(result.verdict.findings.map((f) => f.code), ['PW307', 'PW304']);
    assert.equal(result.moved.length, 4);
    assert.ok(result.moved.every((p) => owner(result, 'before', p) === 'Free pool' && owner(result, 'after', p) === 'Handler\'s area'));
    assert.equal(result.after.linear.length, 4);
  });

  test('runHandler: a byte that is not UTF-8 in a substituted line is written \\xC8 in what the run shows, no lone surrogate', async () => {
    // `:CHR: 200` in a UTF-8 file: the substituted line holds the byte as U+DCC8, and does not parse, so the run stops there.
    const uri = 'untitled:escaped-byte.s';
    await client.open(uri, 'riscos-objasm', '        GBLS    s\ns       SETS    :CHR: 200\n        AREA    |x|, CODE\nentry   ROUT\n        MOV     r0, #1\n        B       other$s\n        END\n');
    const result = await client.request<RunHandlerResult>(RUN, { uri, entry: 'entry' });
    assert.equal(result.verdict.ended, 'stopped: the line with its variables substituted has a syntax error: B other\\xC8');
    assert.doesNotMatch(JSON.stringify(result), /\\udc[89a-f]/i);
  });

  test('errors come back as ResponseErrors with a message, and the server keeps serving', async () => {
    await assert.rejects(client.request(RUN, { uri: FREECACH.uri, entry: 'No_Such_Proc' }), /No entry point No_Such_Proc/);
    await assert.rejects(client.request(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', scenario: 'nope' }), /No scenario "nope" for Compact_Region/);
    await assert.rejects(client.request(RUN, { uri: FREECACH.uri, entry: 'Compact_Region', scenario: { entry: 'Compact_Region', kind: 'vmm-procedure', windows: { version: '97' } } }),
      /windows\.version: must be "3\.1", "95" or "98"/);
    await assert.rejects(client.request(RUN, { uri: MODULE.uri, entry: 'DynHandler', scenario: 'freecach-compact-region' }), /is for Compact_Region/);
    await assert.rejects(client.request(LIST, { uri: 'file:///nowhere/closed.asm' }), /is not open/);
    const { entries } = await client.request<ListEntriesResult>(LIST, { uri: FREECACH.uri });
    assert.ok(entries.length > 0);
  });
});

// Every finding of the bug examples that a diagnostic can replay (it carries
// the entry and witness), by file, code and 0-based line. s/Handler's findings
// come from s/Module's analysis and replay there (fragments.test.ts); s/Handler
// is not opened here.
const REPLAYABLE: readonly (readonly [file: string, language: string, code: string, line: number])[] = [
  ['vxd/DMABUF.ASM', 'vxd-masm', 'PW201', 30],
  ['vxd/DMABUF.ASM', 'vxd-masm', 'PW202', 30],
  ['vxd/DMABUF.ASM', 'vxd-masm', 'PW230', 47],
  ['vxd/FREECACH.ASM', 'vxd-masm', 'PW202', 39],
  ['vxd/FREECACH.ASM', 'vxd-masm', 'PW210', 73],
  ['vxd/FREECACH.ASM', 'vxd-masm', 'PW220', 73],
  ['vxd/FREECACH.ASM', 'vxd-masm', 'PW210', 83],
  ['vxd/FREECACH.ASM', 'vxd-masm', 'PW240', 83],
  ['riscos/bas/MakeArea,fd1', 'riscos-bbcbasic', 'PW307', 15],
  ['riscos/bas/MakeArea,fd1', 'riscos-bbcbasic', 'PW304', 18],
  ['riscos/DynCache/s/Module', 'riscos-objasm', 'PW311', 52],
];

describe('replaying each example finding over LSP reaches its step with the same code', { timeout: 300_000 }, () => {
  let client: LspClient;
  const diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(join(repoRoot, 'examples')).href]);
    for (const file of new Set(REPLAYABLE.map(([f]) => f))) {
      const { uri, text } = example(file);
      const language = REPLAYABLE.find(([f]) => f === file)?.[1] ?? '';
      diagnostics.set(file, (await client.open(uri, language, text)).diagnostics);
    }
  });
  after(async () => {
    await client.shutdown();
  });

  test('the examples\' replayable diagnostics are exactly the table\'s', () => {
    const replayable = [...diagnostics].flatMap(([file, list]) => list.filter((d) => (d.data as { entry?: string } | undefined)?.entry !== undefined).map((d) => `${file} ${String(d.code)} ${d.range.start.line}`));
    assert.deepEqual(replayable.sort(), REPLAYABLE.map(([file, , code, line]) => `${file} ${code} ${line}`).sort());
  });

  for (const [file, , code, line] of REPLAYABLE) {
    test(`${code} in ${file} at line ${line + 1}`, async () => {
      const diagnostic = diagnostics.get(file)?.find((d) => d.code === code && d.range.start.line === line);
      const data = diagnostic?.data as { entry: string; witness: Record<string, string> } | undefined;
      assert.ok(data, 'the diagnostic carries its entry and witness');
      const result = await client.request<RunHandlerResult>(RUN, { uri: example(file).uri, entry: data.entry, witness: data.witness });
      const reached = result.verdict.findings.find((f) => f.code === code && f.range.start.line === line);
      assert.ok(reached, `the replay reports ${code} at line ${line + 1}: ${JSON.stringify(result.verdict.findings)}`);
      const step = result.steps[reached.step ?? -1];
      assert.equal(step?.range.start.line, line, 'the finding has the step that executed its line');
    });
  }
});

describe('runHandler in an untrusted workspace', { timeout: 60_000 }, () => {
  test('is refused: the analysis is disabled', async () => {
    const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    try {
      await client.initialize(null, { analysis: false });
      await client.open(FREECACH.uri, 'vxd-masm', FREECACH.text);
      await assert.rejects(client.request(RUN, { uri: FREECACH.uri, entry: 'Compact_Region' }), /untrusted workspace/);
      await assert.rejects(client.request(LIST, { uri: FREECACH.uri }), /untrusted workspace/);
    } finally {
      await client.shutdown();
    }
  });
});
