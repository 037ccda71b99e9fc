// Differential test of the ARM semantics against QEMU: thousands of random
// short sequences are assembled into one static ELF that runs each from known
// registers, flags and scratch memory and dumps what it left; the emulator runs
// the same IR concretely and everything must match. Needs qemu-user and
// binutils-arm-linux-gnueabi; missing tools are a failure, not a skip.
//
//   node --import tsx --test emulator/test/differential/arm.differential.ts
//
// ARM_DIFF_SEED and ARM_DIFF_COUNT override the seed and the sequence count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bv, constValue } from '../../src/values/expr.js';
import { ArmState, ConcreteMemory, executeArm, MODE } from '../../src/cpu/arm/index.js';
import { cpsr } from '../../src/cpu/arm/psr.js';
import { generate, INDEX, labelName, POINTERS, random, SCRATCH_BYTES, type Sequence } from './arm-generator.js';

const SEED = Number(process.env.ARM_DIFF_SEED ?? 0x5eed2024);
const COUNT = Number(process.env.ARM_DIFF_COUNT ?? 2500);
/** r0-r12, r14, CPSR, then the scratch buffer. */
const RECORD = 15 * 4 + SCRATCH_BYTES;
const INIT = 16 * 4;
const QEMU_CPU = 'arm926';

function tool(command: string, args: string[], cwd: string): Buffer {
  const run = spawnSync(command, args, { cwd, maxBuffer: 1 << 30 });
  if (run.error) assert.fail(`${command} could not run (${run.error.message}); install qemu-user and binutils-arm-linux-gnueabi`);
  assert.equal(run.status, 0, `${command} ${args.join(' ')} failed:\n${run.stderr.toString().slice(0, 4000)}`);
  return run.stdout;
}

function assembly(sequences: Sequence[], template: Uint8Array): string {
  const lines = ['.syntax unified', '.arm', '.text', '.global _start', '_start:'];
  sequences.forEach((seq, i) => {
    lines.push(
      '  ldr r0, =template', '  ldr r1, =scratch', '  bl copy',
      `  ldr sp, =init+${i * INIT}`, '  ldr r0, [sp, #56]', '  msr cpsr_f, r0', '  ldmia sp, {r0-r12, lr}',
    );
    seq.insns.forEach((insn, k) => lines.push(`${labelName(i, k)}: ${insn.text}`));
    lines.push(
      `${labelName(i, seq.insns.length)}:`,
      `  ldr sp, =out+${i * RECORD}`, '  stmia sp, {r0-r12, lr}', '  mrs r0, cpsr', '  str r0, [sp, #56]',
      '  ldr r0, =scratch', '  add r1, sp, #60', '  bl copy', `  b X${i}`, '  .ltorg', `X${i}:`,
    );
  });
  lines.push(
    '  mov r0, #1', '  ldr r1, =out', `  ldr r2, =${sequences.length * RECORD}`, '  mov r7, #4', '  svc 0',
    '  mov r0, #0', '  mov r7, #1', '  svc 0',
    'copy:', `  mov r2, #${SCRATCH_BYTES}`, '1: ldr r3, [r0], #4', '  str r3, [r1], #4', '  subs r2, r2, #4', '  bne 1b', '  mov pc, lr',
    '  .ltorg', '.data', '.align 2', 'template:',
  );
  for (let k = 0; k < template.length; k += 16) lines.push(`  .byte ${[...template.subarray(k, k + 16)].join(', ')}`);
  lines.push('init:');
  for (const seq of sequences) {
    const words = seq.regs.map((v, r) => (POINTERS.includes(r as 8) ? `scratch+${v}` : `0x${(v >>> 0).toString(16)}`));
    words.splice(13, 1);
    lines.push(`  .word ${[...words, `0x${((seq.nzcv << 28) >>> 0).toString(16)}`, '0'].join(', ')}`);
  }
  lines.push('.bss', '.align 4', `scratch: .space ${SCRATCH_BYTES}`, `out: .space ${sequences.length * RECORD}`, '');
  return lines.join('\n');
}

interface Outcome { regs: number[]; cpsr: number; scratch: Uint8Array }

function emulate(seq: Sequence, index: number, symbols: Map<string, number>, template: Uint8Array): Outcome {
  const scratch = symbols.get('scratch') ?? assert.fail('no scratch symbol');
  const memory = new ConcreteMemory();
  memory.write(scratch, template);
  let state = new ArmState({ memory, mode: '32', psrMode: MODE.usr32 });
  seq.regs.forEach((v, r) => {
    state.regs[r] = bv(POINTERS.includes(r as 8) ? scratch + v : v);
  });
  state.n = bv(seq.nzcv >> 3, 1); state.z = bv(seq.nzcv >> 2, 1); state.c = bv(seq.nzcv >> 1, 1); state.v = bv(seq.nzcv, 1);

  const start = symbols.get(labelName(index, 0)) ?? assert.fail(`no start of sequence ${index}`);
  const end = start + 4 * seq.insns.length;
  const resolveLabel = (name: string): number | undefined => symbols.get(name);
  let pc = start;
  for (let steps = 0; pc !== end; steps++) {
    const insn = seq.insns[(pc - start) / 4];
    if (insn === undefined || steps > seq.insns.length) throw new Error(`sequence ${index} left its code at 0x${pc.toString(16)}`);
    const out = executeArm(state, insn.ir, { address: pc, next: pc + 4, resolveLabel });
    const [only] = out;
    if (out.length !== 1 || only === undefined || constValue(only.guard) !== 1n) throw new Error(`${insn.text}: not one concrete successor`);
    state = only.state;
    const c = only.control;
    if (c.kind === 'next') pc += 4;
    else if (c.kind === 'jump' || c.kind === 'call') {
      const t = 'address' in c.target ? constValue(c.target.address) : BigInt(symbols.get(c.target.label) ?? -1);
      pc = Number(t ?? -1n);
    } else throw new Error(`${insn.text}: unexpected control ${c.kind}`);
  }
  const value = (e: ReturnType<typeof bv>): number => Number(constValue(e) ?? assert.fail('symbolic result'));
  const regs = state.regs.map(value);
  regs.splice(13, 1);
  // Every step cloned the memory; the last state's copy holds the result.
  assert.ok(state.memory instanceof ConcreteMemory);
  return { regs, cpsr: value(cpsr(state)), scratch: state.memory.read(scratch, SCRATCH_BYTES) };
}

function fromQemu(output: Buffer, index: number): Outcome {
  const at = index * RECORD;
  const regs = Array.from({ length: 14 }, (_, k) => output.readUInt32LE(at + 4 * k));
  return { regs, cpsr: output.readUInt32LE(at + 56), scratch: new Uint8Array(output.subarray(at + 60, at + RECORD)) };
}

const REG_NAMES = [...Array.from({ length: 13 }, (_, k) => `r${k}`), 'lr'];

function differences(expected: Outcome, actual: Outcome): string[] {
  const out: string[] = [];
  expected.regs.forEach((v, k) => {
    if (actual.regs[k] !== v) out.push(`${REG_NAMES[k]}: qemu 0x${v.toString(16)} emulator 0x${(actual.regs[k] ?? 0).toString(16)}`);
  });
  if (expected.cpsr !== actual.cpsr) out.push(`cpsr: qemu 0x${expected.cpsr.toString(16)} emulator 0x${actual.cpsr.toString(16)}`);
  const byte = expected.scratch.findIndex((b, k) => actual.scratch[k] !== b);
  if (byte >= 0) out.push(`scratch+${byte}: qemu ${expected.scratch[byte]} emulator ${actual.scratch[byte]}`);
  return out;
}

test(`ARM semantics match qemu-arm on ${COUNT} random sequences (seed ${SEED})`, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'pagewarden-arm-diff-'));
  // Kept only when sequences mismatch, to rerun by hand; a tool that fails leaves nothing worth keeping.
  let keep = false;
  t.after(() => { if (!keep) rmSync(dir, { recursive: true, force: true }); });
  const sequences = generate(SEED, COUNT);
  const template = new Uint8Array(SCRATCH_BYTES);
  const rnd = random(SEED ^ 0x7e3a11);
  template.forEach((_, k) => { template[k] = Math.floor(rnd() * 256); });

  writeFileSync(join(dir, 'seqs.s'), assembly(sequences, template));
  tool('arm-linux-gnueabi-as', ['-march=armv5te', '-o', 'seqs.o', 'seqs.s'], dir);
  tool('arm-linux-gnueabi-ld', ['-static', '-o', 'seqs', 'seqs.o'], dir);
  const symbols = new Map<string, number>();
  for (const line of tool('arm-linux-gnueabi-nm', ['seqs'], dir).toString().split('\n')) {
    const [address, , name] = line.trim().split(/\s+/);
    if (address && name) symbols.set(name, parseInt(address, 16));
  }
  const output = tool('qemu-arm', ['-cpu', QEMU_CPU, './seqs'], dir);
  assert.equal(output.length, COUNT * RECORD, 'qemu output size');

  const failures: string[] = [];
  let matched = 0;
  sequences.forEach((seq, i) => {
    let diff: string[];
    try {
      diff = differences(fromQemu(output, i), emulate(seq, i, symbols, template));
    } catch (error) {
      diff = [`emulator: ${(error as Error).message}`];
    }
    if (diff.length === 0) matched++;
    else if (failures.length < 10) {
      const initial = seq.regs.map((v, r) => `r${r}=0x${(v >>> 0).toString(16)}`).join(' ');
      failures.push(`sequence ${i} (nzcv ${seq.nzcv.toString(2).padStart(4, '0')}; ${initial}; pointers are scratch offsets, r${INDEX} is the index):\n    ${seq.insns.map((x) => x.text).join('\n    ')}\n  ${diff.join('\n  ')}`);
    }
  });
  keep = matched !== COUNT;
  const kept = keep ? ` (artefacts kept in ${dir})` : '';
  console.log(`ARM differential: ${COUNT} sequences ran, ${matched} matched qemu-arm -cpu ${QEMU_CPU}${kept}`);
  assert.equal(matched, COUNT, `mismatches:\n${failures.join('\n')}`);
});
