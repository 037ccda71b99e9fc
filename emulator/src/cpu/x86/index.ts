// x86-32 semantics: what the exploration and the tests use.
export { executeX86, stepX86 } from './execute.js';
export { ConcreteMemory } from './concrete-memory.js';
export { createX86State, DEFAULT_REP_LIMIT, X86SemanticsError } from './state.js';
export type { X86Env, X86FlagName, X86Flags, X86State } from './state.js';
export { MAX_CONCRETE_REP, stringAccess } from './string.js';
export { condition, isConditionCode, isUndefinedFlagSymbol } from './flags.js';
export { effectiveAddress, readReg } from './operands.js';
