import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_REGS, REGION, REGION_SIZE, SCRATCH_SIZE, STACK_CHECKED, STACK_TOP, type Sequence } from './x86-gen.js';

// Runs the sequences on this CPU in 32-bit mode. run_seq loads the input
// registers with popad and EFLAGS with popfd, switches to a private stack at
// a fixed address and jumps to the sequence; every sequence ends by jumping
// to seq_done, which stores EFLAGS and the registers with pushfd/pushad
// (neither touches a flag) before restoring the C stack.

export interface HardwareResult {
  readonly regs: Readonly<Record<'eax' | 'ecx' | 'edx' | 'ebx' | 'esp' | 'ebp' | 'esi' | 'edi', number>>;
  readonly eflags: number;
  readonly scratch: Uint8Array;
  /** The STACK_CHECKED bytes below STACK_TOP. */
  readonly stack: Uint8Array;
}

function nasmSource(sequences: readonly Sequence[]): string {
  const out: string[] = [
    'bits 32',
    'section .data',
    'saved_esp: dd 0',
    'target: dd 0',
    'out_end: dd 0',
    'global result_esp',
    'result_esp: dd 0',
    'seq_table:',
    ...sequences.map((s) => `  dd seq_${s.index}`),
    'section .text',
    'global run_seq',
    '; void run_seq(int index, const uint32_t in[9], uint32_t out[9]); in/out in popad order, then EFLAGS',
    'run_seq:',
    '  push ebp',
    '  push ebx',
    '  push esi',
    '  push edi',
    '  mov [saved_esp], esp',
    '  mov eax, [esp+20]',
    '  mov eax, [seq_table+eax*4]',
    '  mov [target], eax',
    '  mov eax, [esp+28]',
    '  add eax, 36',
    '  mov [out_end], eax',
    '  mov esp, [esp+24]',
    '  popad',
    '  popfd',
    `  mov esp, 0x${STACK_TOP.toString(16)}`,
    '  jmp [target]',
    'seq_done:',
    '  mov [result_esp], esp',
    '  mov esp, [out_end]',
    '  pushfd',
    '  pushad',
    '  cld',
    '  mov esp, [saved_esp]',
    '  pop edi',
    '  pop esi',
    '  pop ebx',
    '  pop ebp',
    '  ret',
  ];
  for (const s of sequences) {
    out.push(`seq_${s.index}:`);
    for (const item of s.items) out.push('label' in item ? `.${item.label}:` : `  ${item.text}`);
    out.push('  jmp seq_done');
  }
  return out.join('\n') + '\n';
}

const C_SOURCE = `
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
extern void run_seq(int index, const uint32_t *in, uint32_t *out);
extern uint32_t result_esp;
int main(void) {
  uint8_t *region = mmap((void *)${REGION}u, ${REGION_SIZE}, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (region != (uint8_t *)${REGION}u) { perror("mmap"); return 2; }
  /* record: eax ecx edx ebx ebp esi edi eflags, then the scratch bytes */
  uint32_t rec[8];
  uint8_t scratch[${SCRATCH_SIZE}];
  for (int index = 0; fread(rec, 4, 8, stdin) == 8 && fread(scratch, 1, sizeof scratch, stdin) == sizeof scratch; index++) {
    memset(region, 0, ${REGION_SIZE});
    memcpy(region, scratch, sizeof scratch);
    uint32_t in[9] = { rec[6], rec[5], rec[4], 0, rec[3], rec[2], rec[1], rec[0], rec[7] };
    uint32_t out[9];
    run_seq(index, in, out);
    printf("%d %08x %08x %08x %08x %08x %08x %08x %08x %08x ", index,
           out[7], out[6], out[5], out[4], result_esp, out[2], out[1], out[0], out[8]);
    for (int i = 0; i < ${SCRATCH_SIZE}; i++) printf("%02x", region[i]);
    putchar(' ');
    for (int i = ${STACK_TOP - REGION - STACK_CHECKED}; i < ${STACK_TOP - REGION}; i++) printf("%02x", region[i]);
    putchar('\\n');
  }
  return 0;
}
`;

function inputRecords(sequences: readonly Sequence[]): Buffer {
  const record = 8 * 4 + SCRATCH_SIZE;
  const buffer = Buffer.alloc(record * sequences.length);
  sequences.forEach((s, i) => {
    const at = i * record;
    DATA_REGS.forEach((r, k) => buffer.writeUInt32LE(s.regs[r], at + 4 * k));
    buffer.writeUInt32LE(s.eflags, at + 28);
    Buffer.from(s.scratch).copy(buffer, at + 32);
  });
  return buffer;
}

function bytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function parse(line: string): HardwareResult {
  const [, ...fields] = line.split(' ');
  const n = fields.slice(0, 9).map((f) => parseInt(f, 16));
  const [eax, ecx, edx, ebx, esp, ebp, esi, edi, eflags] = n as [number, number, number, number, number, number, number, number, number];
  return { regs: { eax, ecx, edx, ebx, esp, ebp, esi, edi }, eflags, scratch: bytes(fields[9] ?? ''), stack: bytes(fields[10] ?? '') };
}

function tool(name: string, args: string[]): void {
  try {
    execFileSync(name, args, { stdio: 'pipe' });
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error(`${name} not found: the x86 differential test needs the Debian packages nasm and gcc-multilib`, { cause: error });
    throw new Error(`${name} failed: ${e.stderr?.toString() ?? String(error)}`, { cause: error });
  }
}

/** Assembles, links and runs every sequence; throws (never skips) when nasm or gcc -m32 is missing. */
export function runOnHardware(sequences: readonly Sequence[]): HardwareResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'pagewarden-x86-diff-'));
  try {
    // DATA_REGS order (eax ecx edx ebx ebp esi edi) is the record order the C side reads.
    if (DATA_REGS.join() !== 'eax,ecx,edx,ebx,ebp,esi,edi') throw new Error('record layout changed');
    writeFileSync(join(dir, 'seqs.asm'), nasmSource(sequences));
    writeFileSync(join(dir, 'harness.c'), C_SOURCE);
    tool('nasm', ['-f', 'elf32', '-w-all', '-o', join(dir, 'seqs.o'), join(dir, 'seqs.asm')]);
    tool('gcc', ['-m32', '-O1', '-no-pie', '-o', join(dir, 'harness'), join(dir, 'harness.c'), join(dir, 'seqs.o')]);
    const output = execFileSync(join(dir, 'harness'), { input: inputRecords(sequences), maxBuffer: 64 << 20 }).toString();
    const lines = output.trimEnd().split('\n');
    if (lines.length !== sequences.length) throw new Error(`harness printed ${lines.length} results for ${sequences.length} sequences`);
    return lines.map(parse);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
