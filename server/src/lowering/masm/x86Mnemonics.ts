import { FLOATING_POINT_MNEMONICS } from '../../../../emulator/src/index.js';

// The x86 mnemonics a 32-bit VxD may use, the FPU's and MMX's among them. A
// name outside this list that is no macro either is an unknown macro (from
// an include the lowering does not have), not an instruction.

const CONDITIONS = ['o', 'no', 'b', 'nae', 'c', 'nb', 'ae', 'nc', 'e', 'z', 'ne', 'nz', 'be', 'na', 'nbe', 'a', 's', 'ns', 'p', 'pe', 'np', 'po', 'l', 'nge', 'nl', 'ge', 'le', 'ng', 'nle', 'g'];

const PLAIN = `
aaa aad aam aas adc add and arpl bound bsf bsr bswap bt btc btr bts call cbw cdq clc cld cli clts cmc cmp cmps cmpsb
cmpsd cmpsw cmpxchg cmpxchg8b cpuid cwd cwde daa das dec div enter hlt idiv imul in inc ins insb insd insw int int3 into
invd invlpg iret iretd jcxz jecxz jmp lahf lar lds lea leave les lfs lgdt lgs lidt lldt lmsw lock lods lodsb lodsd lodsw
loop loope loopne loopnz loopz lsl lss ltr mov movs movsb movsd movsw movsx movzx mul neg nop not or out outs outsb outsd
outsw pause pop popa popad popf popfd push pusha pushad pushf pushfd rcl rcr rdmsr rdpmc rdtsc ret retf retn rol ror rsm
sahf sal sar sbb scas scasb scasd scasw sgdt shl shld shr shrd sidt sldt smsw stc std sti stos stosb stosd stosw str sub
sysenter sysexit test ud2 verr verw wait wbinvd wrmsr xadd xchg xlat xlatb xor
`.trim().split(/\s+/);

/**
 * MASM 6's PUSH and POP with the operand size in the name, in bytes: an
 * immediate or a segment register has none of its own (`pushd 0`, `pushw ds`).
 */
const SIZED_STACK: ReadonlyMap<string, 2 | 4> = new Map([['pushd', 4], ['pushw', 2], ['popd', 4], ['popw', 2]]);

const MNEMONICS = new Set([...PLAIN, ...SIZED_STACK.keys(), ...FLOATING_POINT_MNEMONICS, ...CONDITIONS.flatMap((c) => [`j${c}`, `set${c}`, `cmov${c}`])]);

export function isX86Mnemonic(name: string): boolean {
  return MNEMONICS.has(name.toLowerCase());
}

/** The bytes a PUSHD, PUSHW, POPD or POPW moves; undefined for any other mnemonic. */
export function sizedStackBytes(mnemonic: string): 2 | 4 | undefined {
  return SIZED_STACK.get(mnemonic);
}

const BRANCHES = new Set(['jmp', 'call', 'loop', 'loope', 'loopne', 'loopnz', 'loopz', 'jcxz', 'jecxz', ...CONDITIONS.map((c) => `j${c}`)]);

/** Instructions whose operand is a code address. */
export function isBranch(mnemonic: string): boolean {
  return BRANCHES.has(mnemonic);
}

/**
 * Branches whose target must be a label of the program itself: no header
 * declares a label a program jumps to on a condition or loops back to.
 */
export function isLocalBranch(mnemonic: string): boolean {
  return isBranch(mnemonic) && mnemonic !== 'jmp' && mnemonic !== 'call';
}
