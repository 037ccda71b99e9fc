// A small MASM-shaped assembler for the VMM model tests: it builds IR with
// the program builder the way the MASM lowering lays code out, with
// `VMMcall S, <a, b>` expanded to pushes (right to left), `int 20h`, the link
// `dd` and `add esp, 4n` (no clean-up for stdcall and fastcall services, and
// no pushes for a fastcall service's ECX and EDX), and the macro sites
// recorded for PW250.
import assert from 'node:assert/strict';
import { findConstant, findService, vmmLinkCode } from '../src/catalogue/index.js';
import type { Finding } from '../src/checks/finding.js';
import { Program } from '../src/ir/program.js';
import { x86Program } from '../src/ir/builder.js';
import type { X86Instruction, X86Operand, X86Reg, X86Reg32 } from '../src/ir/x86.js';
import { bv, constValue } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { runVmmScenario } from '../src/models/vmm/index.js';
import type { MacroCallSite, VmmRun, VmmScenario } from '../src/models/vmm/index.js';

const REGS = new Set(['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh']);
const BRANCHES = /^(j[a-z]+|call|loop[a-z]*)$/;

export interface Assembled {
  readonly program: Program;
  readonly macroCalls: readonly MacroCallSite[];
  /** 0-based line of the first source line containing `text`. */
  line(text: string): number;
}

function split(list: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of list) {
    if (ch === '<' || ch === '[') depth++;
    if (ch === '>' || ch === ']') depth--;
    if (ch === ',' && depth === 0) { out.push(cur.trim()); cur = ''; } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function number(term: string, labels: ReadonlyMap<string, bigint>): bigint {
  const t = term.trim();
  if (/^-?\d+$/.test(t)) return BigInt(t);
  if (/^0x[0-9a-f]+$/i.test(t)) return BigInt(t);
  if (/^[0-9][0-9a-f]*h$/i.test(t)) return BigInt(`0x${t.slice(0, -1)}`);
  const c = findConstant(t);
  if (c) return BigInt(c.value >>> 0);
  const l = labels.get(t);
  if (l !== undefined) return l;
  throw new Error(`cannot evaluate ${t}`);
}

function value(text: string, labels: ReadonlyMap<string, bigint>): bigint {
  const t = text.replace(/^offset\s+|^OFFSET32\s+/i, '');
  let sum = 0n;
  for (const m of t.matchAll(/([+-]?)\s*([^+-]+)/g)) sum += (m[1] === '-' ? -1n : 1n) * number(m[2] ?? '', labels);
  return sum & 0xffffffffn;
}

function operand(text: string, labels: ReadonlyMap<string, bigint>): X86Operand {
  const t = text.trim().replace(/^(dword|word|byte)\s+ptr\s+/i, '');
  const size: 1 | 2 | 4 | undefined = /^dword/i.test(text.trim()) ? 4 : /^word/i.test(text.trim()) ? 2 : /^byte/i.test(text.trim()) ? 1 : undefined;
  if (REGS.has(t.toLowerCase())) return { kind: 'reg', reg: t.toLowerCase() as X86Reg };
  if (t.startsWith('[')) {
    let base: X86Reg32 | undefined, index: X86Reg32 | undefined, scale: 1 | 2 | 4 | 8 = 1, disp = 0n;
    for (const m of t.slice(1, -1).matchAll(/([+-]?)\s*([^+-]+)/g)) {
      const part = (m[2] ?? '').trim();
      const scaled = /^(\w+)\*(\d)$/.exec(part);
      if (scaled) { index = scaled[1] as X86Reg32; scale = Number(scaled[2]) as 1 | 2 | 4 | 8; continue; }
      if (REGS.has(part)) { if (base) index = part as X86Reg32; else base = part as X86Reg32; continue; }
      disp += (m[1] === '-' ? -1n : 1n) * number(part, labels);
    }
    return { kind: 'mem', ...(size ? { size } : {}), ...(base ? { base } : {}), ...(index ? { index } : {}), scale, disp: bv(disp, 32) };
  }
  const sized = size ? { size } : {};
  if (labels.has(t) && !/^offset/i.test(text)) return { kind: 'mem', ...sized, scale: 1, disp: bv(labels.get(t) ?? 0n, 32) };
  return { kind: 'imm', value: bv(value(t, labels), 32) };
}

/**
 * Assembles `source` (one statement per line; `label:`; `name dd value` for
 * data; `.data` / `.code` switch between writable and read-only data). Two
 * passes so that forward labels resolve.
 */
export function assemble(source: string, entries: readonly { name: string; label: string; contract?: Parameters<ReturnType<typeof x86Program>['entry']>[2] }[] = []): Assembled {
  const lines = source.split('\n').map((l) => l.replace(/;.*$/, '').trim());
  // The first pass only lays code out: every name reads as 0 there.
  let labels: ReadonlyMap<string, bigint> = new (class extends Map<string, bigint> {
    override get(): bigint { return 0n; }
    override has(): boolean { return true; }
  })();
  let result: Assembled | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const b = x86Program();
    const macroCalls: MacroCallSite[] = [];
    const found = new Map<string, bigint>();
    const itemLines: number[] = [];
    let current = 0;
    const emit = (insn: X86Instruction, text: string): void => { b.instruction(insn, text); itemLines.push(current); };
    const words = (v: bigint | number): void => { b.words(v); itemLines.push(current); };
    for (const [index, line] of lines.entries()) {
      current = index;
      if (!line) continue;
      const label = /^(\w+):\s*(.*)$/.exec(line);
      let rest = line;
      if (label) { found.set(label[1] ?? '', b.here); b.label(label[1] ?? ''); rest = label[2] ?? ''; if (!rest) continue; }
      if (/^\.(data|code)$/i.test(rest)) { b.section(rest.toLowerCase() === '.data' ? 'data' : 'code'); continue; }
      const data = /^(\w+)\s+dd\s+(.+)$/i.exec(rest);
      if (data) { found.set(data[1] ?? '', b.here); b.label(data[1] ?? ''); words(value(data[2] ?? '0', labels)); continue; }
      const dd = /^dd\s+(.+)$/i.exec(rest);
      if (dd) { words(value(dd[1] ?? '0', labels)); continue; }
      const [mnemonic = '', ...tail] = rest.split(/\s+/);
      const ops = tail.join(' ');
      const m = mnemonic.toLowerCase();
      if (/^(vmmcall|vxdcall|vmmjmp|vxdjmp)$/.test(m)) {
        const [name = '', list] = split(ops);
        const args = list ? split(list.replace(/^<|>$/g, '')) : [];
        const jump = m.endsWith('jmp');
        const service = findService(name);
        const pushed = args.slice(service?.convention === 'fastcall' ? 2 : 0);
        for (const a of [...pushed].reverse()) emit({ arch: 'x86', mnemonic: 'push', operands: [operand(a, labels)] }, rest);
        const at = b.here;
        emit({ arch: 'x86', mnemonic: 'int', operands: [{ kind: 'imm', value: bv(0x20) }] }, rest);
        words(service ? vmmLinkCode(service.ordinal, jump) : 0x7fff0000);
        const calleePops = service?.convention === 'stdcall' || service?.convention === 'fastcall';
        if (!jump && !calleePops && pushed.length > 0) emit({ arch: 'x86', mnemonic: 'add', operands: [{ kind: 'reg', reg: 'esp' }, { kind: 'imm', value: bv(4 * pushed.length) }] }, rest);
        macroCalls.push({ interruptAddress: at, arguments: args });
        continue;
      }
      const operands = split(ops).map((o) => (BRANCHES.test(m) && /^\w+$/.test(o) && !REGS.has(o) ? { kind: 'target' as const, label: o } : operand(o, labels)));
      emit({ arch: 'x86', mnemonic: m, operands }, rest);
    }
    for (const e of entries) b.entry(e.name, e.label, e.contract);
    labels = found;
    const built = b.build();
    const raw = source.split('\n');
    const program = new Program({
      ...built,
      items: built.items.map((item, i) => {
        const line = itemLines[i] ?? 0;
        return { ...item, source: { file: 'test.asm', range: { start: { line, character: 0 }, end: { line, character: raw[line]?.length ?? 0 } } } };
      }),
    });
    result = {
      program, macroCalls,
      line: (text) => {
        const i = source.split('\n').findIndex((l) => l.includes(text));
        assert.ok(i >= 0, `no line with ${text}`);
        return i;
      },
    };
  }
  if (!result) throw new Error('nothing assembled');
  return result;
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code).sort();
}

/** The one finding with `code`, asserting there is exactly one. */
export function only(findings: readonly Finding[], code: string): Finding {
  const hits = findings.filter((f) => f.code === code);
  assert.equal(hits.length, 1, `expected one ${code}, got ${JSON.stringify(findings, null, 1)}`);
  return hits[0] as Finding;
}

/** Runs `proc` of `source` concretely from the closed world `setup` describes. */
export function scenario(source: string, setup: VmmScenario = {}): VmmRun & { line(text: string): number } {
  const a = assemble(source);
  return { ...runVmmScenario(a.program, 'proc', { macroCalls: a.macroCalls, ...setup }), line: a.line };
}

/** The value a register had after the last step that changed it. */
export function finalRegister(run: VmmRun, name: string): bigint | undefined {
  const [trace] = run.traces;
  let value: Expr | undefined;
  for (const step of trace ?? []) for (const r of step.registers) if (r.name === name) value = r.after;
  return value ? constValue(value) : undefined;
}
