// What each register is for, in the words a VxD or RISC OS programmer uses.

const X86: Readonly<Record<string, string>> = {
  eax: 'Accumulator; C-convention VMM services return their result here (0 or 0FFFFFFFFh on failure).',
  ebx: 'Base register; by VxD convention the current VM handle.',
  ecx: 'Count register (loop, rep); changed by every C-convention VMM service.',
  edx: 'Data register; changed by every C-convention VMM service (_PageAllocate also returns the address here).',
  esi: 'Source index; preserved by VMM services.',
  edi: 'Destination index; preserved by VMM services.',
  ebp: 'Frame pointer; in a VxD often the client register structure (Client_Reg_Struc).',
  esp: 'Stack pointer.',
  ax: 'Low 16 bits of EAX.', bx: 'Low 16 bits of EBX.', cx: 'Low 16 bits of ECX.', dx: 'Low 16 bits of EDX.',
  si: 'Low 16 bits of ESI.', di: 'Low 16 bits of EDI.', bp: 'Low 16 bits of EBP.', sp: 'Low 16 bits of ESP.',
  al: 'Low byte of EAX.', ah: 'Bits 8-15 of EAX.', bl: 'Low byte of EBX.', bh: 'Bits 8-15 of EBX.',
  cl: 'Low byte of ECX (shift counts).', ch: 'Bits 8-15 of ECX.', dl: 'Low byte of EDX.', dh: 'Bits 8-15 of EDX.',
  cs: 'Code segment.', ds: 'Data segment (flat in a VxD).', es: 'Extra segment (flat in a VxD).', ss: 'Stack segment.',
  fs: 'Extra segment.', gs: 'Extra segment.',
  cr0: 'Control register 0 (paging and protection enable).', cr2: 'Faulting linear address of the last page fault.',
  cr3: 'Physical address of the page directory.', cr4: 'Control register 4 (page-size extensions).',
};

const ARM_ALIASES: Readonly<Record<string, number>> = {
  sp: 13, lr: 14, pc: 15, wp: 12, a1: 0, a2: 1, a3: 2, a4: 3, v1: 4, v2: 5, v3: 6, v4: 7, v5: 8, v6: 9, sl: 10, fp: 11, ip: 12,
};

const ARM_ROLES: readonly string[] = [
  'First argument and result; the reason code for SWIs with reasons and for dynamic-area handlers.',
  'Second argument; OS_DynamicArea area number, page block for handler grow reasons.',
  'Third argument; handler page count.', 'Fourth argument; handler byte count.', 'Handler: current or new area size.',
  'Handler: page size.', 'OS_DynamicArea 0: handler address.', 'OS_DynamicArea 0: handler workspace (R12 in the handler).',
  'OS_DynamicArea 0: area name.', 'OS_DynamicArea 0 (PMP): physical page count.', 'Stack limit in APCS (sl).', 'Frame pointer in APCS (fp).',
  'Module and handler workspace pointer (wp); the kernel sets it to the handler workspace.', 'Stack pointer (sp).',
  'Link register (lr): return address after BL; on 26-bit it also holds the PSR.', 'Program counter (pc); reads as the instruction address + 8.',
];

export function x86RegisterDoc(name: string): string | undefined {
  return X86[name.toLowerCase()];
}

export function armRegisterDoc(name: string): { readonly number: number; readonly doc: string } | undefined {
  const lower = name.toLowerCase();
  const match = /^r(\d{1,2})$/.exec(lower);
  const number = match ? Number(match[1]) : ARM_ALIASES[lower];
  const doc = number === undefined ? undefined : ARM_ROLES[number];
  return number === undefined || doc === undefined ? undefined : { number, doc };
}

export const X86_REGISTER_NAMES: readonly string[] = Object.keys(X86);
export const ARM_REGISTER_NAMES: readonly string[] = [...Array.from({ length: 16 }, (_, i) => `r${i}`), 'sp', 'lr', 'pc', 'wp'];
