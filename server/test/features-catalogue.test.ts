import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { allConstants, allHandlerReasons, allServices, allSwis, type ArmSlot } from '../../emulator/src/index.js';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// The paging analysis is not what these tests are about, and on a busy
// machine it would share the server's thread with the requests under test.
const SYNTAX_ONLY = { analysis: false };

// Hover must document every catalogue entry that carries full semantics:
// this walks the catalogue itself, so a new entry is covered the day it lands.

const text = (hover: Awaited<ReturnType<LspClient['hover']>>): string => {
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};
const hex = (n: number): string => {
  const digits = n.toString(16).toUpperCase().padStart(3, '0');
  return `${/^[A-F]/.test(digits) ? '0' : ''}${digits}h`;
};

describe('hover documents every catalogue entry with full semantics', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
  });
  after(async () => {
    await client.shutdown();
  });

  test('every VMM service with semantics: signature, parameters, results, failure, clobbers, version, ordinal, related', async () => {
    const services = allServices().filter((s) => s.semantics);
    assert.ok(services.length >= 40);
    const uri = 'file:///catalogue/services.asm';
    await client.open(uri, 'vxd-masm', services.map((s) => `        VMMcall ${s.name}`).join('\n'));
    for (const [line, service] of services.entries()) {
      const value = text(await client.hover(uri, { line, character: 17 }));
      const s = service.semantics;
      assert.ok(s);
      assert.ok(value.includes(`**${service.name}**`), service.name);
      assert.ok(value.includes(`VMM service ${hex(service.ordinal)}`), `${service.name} ordinal`);
      for (const param of s.params) assert.ok(value.includes(`\`${param.name}\``), `${service.name} ${param.name}`);
      for (const flag of s.params.flatMap((p) => p.flags ?? [])) assert.ok(value.includes(flag.name), `${service.name} flag ${flag.name}`);
      for (const slot of [...s.inputs, ...s.outputs]) assert.ok(value.includes(`| ${slot.register} | ${slot.name} |`), `${service.name} ${slot.register}`);
      for (const result of s.results) for (const r of result.registers) assert.ok(value.includes(r.meaning), `${service.name} result ${r.register}`);
      if (s.failure) assert.ok(value.includes(`**Fails** with ${s.failure.value === 0 ? '0' : '0FFFFFFFFh'} in ${s.failure.registers.join(', ')}`), `${service.name} failure`);
      else assert.match(value, /No failure value|Does not return/, `${service.name} failure`);
      assert.ok(value.includes(`**Clobbers** ${(service.clobbers ?? []).join(', ')}`), `${service.name} clobbers`);
      assert.ok(value.includes(`VMM ${service.since}+`), `${service.name} version`);
      for (const related of s.related) assert.ok(value.includes(related), `${service.name} related ${related}`);
    }
  });

  test('every SWI with reasons or a register table: number, X form, reasons and registers', async () => {
    const swis = allSwis().filter((s) => s.reasons || s.contract);
    assert.ok(swis.length >= 4);
    const uri = 'file:///catalogue/swis.s';
    await client.open(uri, 'riscos-objasm', swis.map((s) => `        SWI     ${s.name}`).join('\n'));
    for (const [line, swi] of swis.entries()) {
      const value = text(await client.hover(uri, { line, character: 18 }));
      assert.ok(value.includes(`**${swi.name}** — SWI &${swi.number.toString(16).toUpperCase()}`), swi.name);
      assert.ok(value.includes(`X${swi.name} = &${(swi.number | 0x20000).toString(16).toUpperCase()}`), `${swi.name} X form`);
      for (const reason of swi.reasons ?? []) assert.ok(value.includes(`| ${reason.code} | ${reason.name} |`), `${swi.name} reason ${reason.name}`);
      const contracts = [...(swi.contract ? [swi.contract] : []), ...(swi.reasons ?? []).flatMap((r) => (r.contract ? [r.contract] : []))];
      for (const contract of contracts) {
        for (const slot of [...contract.entry, ...contract.exit]) assert.ok(value.includes(`| ${slot.register} | ${slot.name} |`), `${swi.name} ${slot.register} ${slot.name}`);
        // Clear bits are the caller's duty on entry, a promise on exit (a claimed block is word-aligned).
        const clear = (slot: ArmSlot, says: string) => (slot.mustBeZeroMask ? [`bits &${slot.mustBeZeroMask.toString(16).toUpperCase()} ${says}`] : []);
        for (const line of [...contract.entry.flatMap((s) => clear(s, 'must be 0')), ...contract.exit.flatMap((s) => clear(s, 'are 0'))]) assert.ok(value.includes(line), `${swi.name}: ${line}`);
        for (const error of contract.errors ?? []) assert.ok(value.includes(error), `${swi.name} error ${error}`);
      }
    }
  });

  test('stdcall and fastcall services: hover, signature help and completion show the convention and the declared arguments', async () => {
    const uri = 'file:///catalogue/conventions.asm';
    await client.open(uri, 'vxd-masm', ['        VMMcall HeapAllocateEx, <1, ', '        VMMcall KfRaiseIrql, <', '        VMMcall _HeapFree, <', '        VMMcall HeapFr'].join('\n'));
    const std = text(await client.hover(uri, { line: 0, character: 18 }));
    assert.ok(std.includes('VMMcall HeapAllocateEx, <arg1, arg2, arg3, arg4>'), std);
    assert.ok(std.includes('stdcall calling convention (the service removes its arguments)'), std);
    const fast = text(await client.hover(uri, { line: 1, character: 18 }));
    assert.ok(fast.includes('**ObsoleteKfRaiseIrql**'), 'the OSR2 name finds the Windows 98 entry');
    assert.ok(fast.includes('VMMcall ObsoleteKfRaiseIrql, <ecx>'), fast);
    assert.ok(fast.includes('fastcall calling convention (first two arguments in ECX and EDX)'), fast);
    assert.ok(fast.includes('Also called `KfRaiseIrql`'), fast);
    const c = text(await client.hover(uri, { line: 2, character: 18 }));
    assert.ok(c.includes('C calling convention'), c);

    const stdHelp = await client.signatureHelp(uri, { line: 0, character: 35 });
    assert.equal(stdHelp?.signatures[0]?.label, 'HeapAllocateEx <arg1, arg2, arg3, arg4>');
    assert.equal(stdHelp?.activeParameter, 1);
    const fastHelp = await client.signatureHelp(uri, { line: 1, character: 30 });
    assert.equal(fastHelp?.signatures[0]?.label, 'ObsoleteKfRaiseIrql <ecx>');
    const doc = fastHelp?.signatures[0]?.parameters?.[0]?.documentation;
    assert.match(typeof doc === 'object' ? doc.value : String(doc), /Passed in ECX, not pushed/);

    const items = await client.completion(uri, { line: 3, character: 22 });
    assert.equal(items.find((i) => i.label === 'HeapFreeEx')?.insertText, 'HeapFreeEx, <${1:arg1}, ${2:arg2}>');
  });

  test('paging services the spec gives only an ordinal and a version: hover names both, completion offers them, signature help has no list to show', async () => {
    const names = ['_PageCheckLinRange', '_PageAttach', '_PageModifyPermissions', '_PageOutPages', '_SetResetV86Pageable'];
    const uri = 'file:///catalogue/unspecified.asm';
    await client.open(uri, 'vxd-masm', [...names.map((n) => `        VMMcall ${n}, <`), '        VMMcall _PageOutP'].join('\n'));
    for (const [line, name] of names.entries()) {
      const service = allServices().find((s) => s.name === name);
      assert.ok(service && !service.semantics, name);
      const value = text(await client.hover(uri, { line, character: 17 }));
      assert.ok(value.includes(`**${name}** — VMM service ${hex(service.ordinal)}, C calling convention`), value);
      assert.ok(value.includes(service.description), value);
      assert.ok(value.includes(`VMM ${service.since}+`), value);
      assert.equal(await client.signatureHelp(uri, { line, character: 19 + name.length }), null, name);
    }
    const items = await client.completion(uri, { line: names.length, character: 24 });
    assert.equal(items.find((i) => i.label === '_PageOutPages')?.detail, 'VMMcall _PageOutPages');
  });

  test('every handler reason and every named constant', async () => {
    const constants = allConstants();
    const uri = 'file:///catalogue/constants.s';
    await client.open(uri, 'riscos-objasm', constants.map((c) => `        DCD     ${c.name}`).join('\n'));
    for (const [line, constant] of constants.entries()) {
      const value = text(await client.hover(uri, { line, character: 17 }));
      assert.ok(value.includes(`**${constant.name}** = `), constant.name);
      assert.ok(value.includes(`(${constant.value})`), `${constant.name} value`);
      assert.ok(value.includes(constant.meaning), `${constant.name} meaning`);
    }
    for (const reason of allHandlerReasons()) {
      const line = constants.findIndex((c) => c.name === reason.name);
      const value = text(await client.hover(uri, { line, character: 17 }));
      assert.ok(value.includes(`dynamic-area handler reason ${reason.code}`), reason.name);
      for (const slot of reason.entry) assert.ok(value.includes(`| ${slot.register} | ${slot.name} |`), `${reason.name} ${slot.register}`);
    }
  });
});
