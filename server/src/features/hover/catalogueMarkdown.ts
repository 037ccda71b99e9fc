// Markdown for catalogue entries. Every fact comes from the emulator's
// catalogue; only the layout is decided here.

import {
  findConstant, findHandlerReason,
  type ArmContract, type ArmSlot, type HandlerReason, type NamedConstant, type ServiceParam,
  type SwiMatch, type SwiReason, type VmmService, type ZeroCondition,
} from '../../../../emulator/src/index.js';

const WINDOWS_OF_VMM: Readonly<Record<VmmService['since'], string>> = {
  '3.0': 'Windows 3.0 and later', '3.1': 'Windows 3.1 and later', '4.0': 'Windows 95 and later',
  '4.10': 'Windows 98 and later', '4.90': 'Windows Me',
};
const TARGET_NAMES: Readonly<Record<string, string>> = { W31: 'Win 3.1', W95: 'Win 95', W98: 'Win 98' };

export const hex = (value: number, width = 0): string => {
  const digits = (value >>> 0).toString(16).toUpperCase().padStart(width, '0');
  return `${/^[A-F]/.test(digits) ? '0' : ''}${digits}h`;
};
export const riscHex = (value: number): string => `&${(value >>> 0).toString(16).toUpperCase()}`;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const targets = (list: readonly string[]): string => list.map((t) => TARGET_NAMES[t] ?? t).join(', ');

function zeroWhen(when: ZeroCondition): string {
  switch (when.kind) {
    case 'always': return 'must be 0';
    case 'when-equals': return `must be 0 when ${when.param} = ${when.constant}`;
    case 'when-one-of': return `must be 0 when ${when.param} is ${when.constants.join('/')}`;
    case 'when-flag': return `must be 0 when ${when.param} has ${when.constant}`;
  }
}

const flagText = (name: string, note?: string): string => {
  const value = findConstant(name)?.value;
  return `\`${name}\`${value === undefined ? '' : ` (${hex(value)})`}${note ? ` — ${note}` : ''}`;
};

function allowed(param: ServiceParam): string {
  const parts: string[] = [];
  if (param.flags) parts.push(param.flags.length === 0 ? 'no flags defined' : param.flags.map((f) => flagText(f.name, [f.targets ? `${targets(f.targets)} only` : '', f.note ?? ''].filter(Boolean).join('; '))).join(', '));
  if (param.values) parts.push(`one of ${param.values.map((v) => (typeof v === 'number' ? hex(v) : flagText(v))).join(', ')}`);
  if (param.specialValues) parts.push(`or ${param.specialValues.map((v) => flagText(v)).join(', ')}`);
  if (param.range) parts.push(`${hex(param.range.min)}–${hex(param.range.max)}`);
  for (const rule of param.mustBeZero ?? []) parts.push(`${zeroWhen(rule.when)} (${targets(rule.targets)})${rule.disputed ? ' — disputed' : ''}`);
  if (param.bitsMustBeZero) parts.push(`bits ${hex(param.bitsMustBeZero)} must be 0`);
  if (param.bitsMustBeOne) parts.push(`bits ${hex(param.bitsMustBeOne)} must be 1`);
  return parts.join('; ');
}

const CONVENTION_TEXT: Readonly<Record<VmmService['convention'], string>> = {
  c: 'C calling convention',
  stdcall: 'stdcall calling convention (the service removes its arguments)',
  fastcall: 'fastcall calling convention (first two arguments in ECX and EDX)',
  register: 'register calling convention',
};

/**
 * The argument list a `VMMcall` of the service takes: the catalogued names,
 * else, for a stdcall or fastcall service whose header gives only a count,
 * ECX and EDX for a fastcall service's first two (VxDCall accepts nothing
 * else there) and numbered placeholders for the rest.
 */
export function serviceArguments(service: VmmService): readonly string[] {
  const params = service.semantics?.params ?? [];
  if (service.convention === 'register') return [];
  if (params.length > 0 || service.convention === 'c') return params.map((p) => p.name);
  return Array.from({ length: service.arity ?? 0 }, (_, i) => (service.convention === 'fastcall' && i < 2 ? ['ecx', 'edx'][i] ?? '' : `arg${i + 1}`));
}

/** `VMMcall _PageAllocate, <nPages, pType, ...>` or the bare call of a service without arguments. */
export function serviceSignature(service: VmmService): string {
  const args = serviceArguments(service);
  return args.length > 0 ? `VMMcall ${service.name}, <${args.join(', ')}>` : `VMMcall ${service.name}`;
}

export function paramMarkdown(param: ServiceParam): string {
  const extra = allowed(param);
  return `\`${param.name}\` (${param.role}): ${param.description}${extra ? `\n\nAllowed: ${extra}` : ''}`;
}

export function serviceMarkdown(service: VmmService): string {
  const s = service.semantics;
  const out: string[] = [
    '```vxd-masm', serviceSignature(service), '```',
    `**${service.name}** — VMM service ${hex(service.ordinal, 3)}${service.ordinalCertain ? '' : ' (ordinal from one source only)'}, ${CONVENTION_TEXT[service.convention]}`,
    '', service.description,
  ];
  if (service.formerName) out.push('', `Also called \`${service.formerName}\` (the Windows 95 OSR2 DDK's name).`);
  if (s && s.params.length > 0) {
    out.push('', '| parameter | role | meaning | allowed |', '|---|---|---|---|');
    for (const p of s.params) out.push(`| \`${p.name}\` | ${p.role} | ${cell(p.description)} | ${cell(allowed(p))} |`);
  }
  if (s && s.inputs.length > 0) {
    out.push('', '**Entry**', '', '| register | name | meaning |', '|---|---|---|');
    for (const i of s.inputs) out.push(`| ${i.register} | ${i.name} | ${cell(i.description)} |`);
  }
  if (s && s.outputs.length > 0) {
    out.push('', '**Exit**', '', '| register | name | meaning |', '|---|---|---|');
    for (const o of s.outputs) out.push(`| ${o.register} | ${o.name} | ${cell(o.description)} |`);
  }
  for (const result of s?.results ?? []) {
    out.push('', `**Returns** (${targets(result.targets)}): ${result.registers.map((r) => `${r.register} = ${r.meaning}`).join(' ')}`);
  }
  if (s?.failure) {
    const f = s.failure;
    out.push('', `**Fails** with ${f.value === 0 ? '0' : '0FFFFFFFFh'} in ${f.registers.join(', ')} — test with \`${f.test}\`${f.notFailures?.length ? `; not failures: ${f.notFailures.map((n) => `${hex(n.value)} (${n.meaning})`).join(', ')}` : ''}`);
  } else if (s) out.push('', s.noReturn ? '**Does not return.**' : '**No failure value.**');
  if (service.clobbers) out.push('', `**Clobbers** ${service.clobbers.join(', ')}`);
  out.push('', `**Windows**: VMM ${service.since}+ (${WINDOWS_OF_VMM[service.since]})${s?.initOnly ? '; only during initialisation' : ''}; async: ${service.async}`);
  for (const note of s?.versionNotes ?? []) out.push(`- ${targets(note.targets)}: ${note.text}`);
  if (s && s.related.length > 0) out.push('', `**Related**: ${s.related.join(', ')}`);
  return out.join('\n');
}

/** `zero`: how the table says a slot's clear bits (whoever sets the register must clear them; a SWI's results come back with them clear). */
function slotTable(title: string, slots: readonly ArmSlot[], zero: string): string[] {
  if (slots.length === 0) return [];
  const rows = slots.map((slot) => {
    const extra = [slot.flags?.length ? `flags: ${slot.flags.join(', ')}` : '', slot.mustBeZeroMask ? `bits ${riscHex(slot.mustBeZeroMask)} ${zero}` : ''].filter(Boolean).join('; ');
    return `| ${slot.register} | ${slot.name} | ${cell(slot.description)}${extra ? ` (${cell(extra)})` : ''} |`;
  });
  return ['', `**${title}**`, '', '| register | name | meaning |', '|---|---|---|', ...rows];
}

export function contractMarkdown(contract: ArmContract): string[] {
  const out = [...slotTable('On entry', contract.entry, 'must be 0'), ...slotTable('On exit', contract.exit, 'are 0')];
  out.push('', `Preserved: ${contract.preserved === 'all-others' ? 'all other registers' : contract.preserved.join(', ')}${contract.certain ? '' : ' (layout not verified)'}`);
  if (contract.errors?.length) out.push('', `**Errors**: ${contract.errors.join(', ')}`);
  return out;
}

export function reasonMarkdown(swiName: string, reason: SwiReason): string[] {
  const out = ['', `### ${swiName} ${reason.code} — ${reason.name}`, '', reason.description];
  const facts = [reason.since ? `RISC OS ${reason.since}+` : '', reason.vendor !== 'all' ? `${reason.vendor} only` : '', reason.internal ? 'kernel-internal' : '', reason.resizes ? 'resizes an area (not from inside a handler)' : ''].filter(Boolean);
  if (facts.length > 0) out.push('', facts.join('; '));
  if (reason.contract) out.push(...contractMarkdown(reason.contract));
  return out;
}

/** A SWI, with every reason's register table, or only `onlyReason`'s when the caller knows R0. */
export function swiMarkdown(match: SwiMatch, onlyReason?: SwiReason): string {
  const { swi } = match;
  const x = swi.number | 0x20000;
  const out = [
    `**${match.name}** — SWI ${riscHex(match.number)}${match.x ? ` (X form of ${swi.name} ${riscHex(swi.number)})` : ` (X form X${swi.name} = ${riscHex(x)})`}${swi.numberCertain ? '' : ', number from some tables only'}`,
    '', swi.description,
  ];
  if (match.character !== undefined) out.push('', `Writes character ${match.character}.`);
  if (match.x) out.push('', 'The X form returns errors with V set and R0 pointing at the error block instead of raising them.');
  if (swi.noReturn) out.push('', 'Always fails: the plain form does not return, and the X form always returns V set.');
  if (swi.resumes === 'never') out.push('', 'Does not return.');
  if (swi.resumes === 'after-inline-string') out.push('', 'Returns to the word after the zero-terminated string that follows the SWI instruction.');
  if (swi.resizes) out.push('', 'Resizes a dynamic area: must not be called from inside that area\'s handler.');
  if (swi.contract) out.push(...contractMarkdown(swi.contract));
  if (swi.reasons) {
    out.push('', `Reason code in ${swi.reasonRegister ?? 'R0'}${swi.reasonMask && swi.reasonMask !== 0xffffffff ? ` bits ${riscHex(swi.reasonMask)} (the rest are flags)` : ''}.`);
    if (onlyReason) out.push(...reasonMarkdown(swi.name, onlyReason));
    else {
      const detailed = swi.reasons.filter((r) => r.contract);
      out.push('', '| R0 | reason | what |', '|---|---|---|', ...swi.reasons.map((r) => `| ${r.code} | ${r.name} | ${cell(r.description)} |`));
      for (const reason of detailed) out.push(...reasonMarkdown(swi.name, reason));
    }
  }
  return out.join('\n');
}

export function handlerReasonMarkdown(reason: HandlerReason): string {
  const out = [
    `**${reason.name}** — dynamic-area handler reason ${reason.code} (R0 = ${reason.code})`,
    '', reason.description, '', `Applies to ${reason.appliesTo}${reason.since ? `; RISC OS ${reason.since}+` : ''}.`,
    ...slotTable('On entry', reason.entry, 'must be 0'),
    ...slotTable('Handler sets', reason.outputs, 'must be 0'),
    '', `**Must preserve**: ${reason.mustPreserve.join(', ') || 'nothing'}${reason.kernelReuses.length ? ` (the kernel reads back ${reason.kernelReuses.join(', ')})` : ''}`,
    '', reason.canRefuse ? `May refuse by returning V set${reason.zeroOnError.length ? ` with ${reason.zeroOnError.join(', ')} = 0` : ''}.` : 'Errors (V set) are ignored.',
    '', `R0 on success: ${reason.r0OnSuccess === 'preserved' ? 'preserved' : 'preserved, or DAHandler_RESV'}.`,
  ];
  return out.join('\n');
}

/** The whole handler protocol, for a label registered as a handler. */
export function handlerMarkdown(label: string, reasons: readonly HandlerReason[]): string {
  const out = [
    `**${label}** — dynamic-area handler (R6 of OS_DynamicArea 0)`,
    '', 'The kernel calls it with R0 = reason, R12 = workspace (R7 at create time); V set on return reports an error.',
    '', '| R0 | reason | entry | must preserve | may refuse |', '|---|---|---|---|---|',
    ...reasons.map((r) => `| ${r.code} | ${r.shortName} | ${r.entry.map((e) => `${e.register} ${e.name}`).join(', ')} | ${r.mustPreserve.join(' ') || '—'} | ${r.canRefuse ? 'yes' : 'no'} |`),
  ];
  return out.join('\n');
}

export function constantMarkdown(constant: NamedConstant): string {
  const value = constant.platform === 'vmm' ? hex(constant.value) : riscHex(constant.value);
  const out = [
    `**${constant.name}** = ${value} (${constant.value}) — ${constant.platform === 'vmm' ? 'VMM' : 'RISC OS'} ${constant.family} constant${constant.certain ? '' : ' (value from one source only)'}`,
    '', constant.meaning,
  ];
  if (constant.fieldMask) out.push('', `Field mask ${constant.platform === 'vmm' ? hex(constant.fieldMask) : riscHex(constant.fieldMask)}.`);
  if (constant.since) out.push('', `Since ${constant.since}.`);
  const reason = constant.family === 'DAHandler' ? findHandlerReason(constant.name) : undefined;
  if (reason) out.push('', '---', '', handlerReasonMarkdown(reason));
  return out.join('\n');
}

