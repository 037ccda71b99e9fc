export { lowerMasm } from './lowerMasm.js';
export type {
  LoweringNote, MasmLowering, MasmLoweringOptions, UnmodelledItem, VmmCallArgument, VmmCallMacro, VmmCallSite,
} from './types.js';
