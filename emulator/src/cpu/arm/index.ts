// ARM A32 semantics (26- and 32-bit modes) as RISC OS code uses them.
export { executeArm, registersRead, stepArm } from './execute.js';
export { ArmState, MODE } from './state.js';
export type { ArmAddressMode, ArmEnv, ArmStateInit } from './state.js';
export { ConcreteMemory } from './concrete-memory.js';
export { stackLoads, stackStores } from './transfer.js';
