import type { DataItem, DataValue, EntryContract, EntryPoint, InstructionItem, SourceSpan, X86Instruction } from '../../../../emulator/src/index.js';

// The IR objects the MASM lowering makes, each kind by one function, whether
// lowered or moved with a replayed chunk: every object of a kind then has one
// shape, so the code that reads many of them (entry keys, the emulator)
// stays monomorphic, and a moved copy reads field for field as its original.

export function instructionItem(address: bigint, size: number, instruction: X86Instruction, source: SourceSpan, text: string | undefined): InstructionItem<X86Instruction> {
  return text ? { kind: 'instruction', address, size, instruction, source, text } : { kind: 'instruction', address, size, instruction, source };
}

export function dataItem(address: bigint, size: number, values: readonly DataValue[], source: SourceSpan, text: string | undefined, writable: boolean | undefined): DataItem {
  if (text) return writable ? { kind: 'data', address, size, values, source, text, writable } : { kind: 'data', address, size, values, source, text };
  return writable ? { kind: 'data', address, size, values, source, writable } : { kind: 'data', address, size, values, source };
}

export function entryPoint(name: string, address: bigint, contract: EntryContract, source: SourceSpan): EntryPoint {
  return { name, address, contract, source };
}
