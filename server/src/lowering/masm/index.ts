export { directIncludes } from './includes.js';
export { lowerMasm } from './lowerMasm.js';
export type {
  LoweringNote, MasmLowering, MasmLoweringOptions, UnmodelledItem, VmmCallArgument, VmmCallMacro, VmmCallSite,
} from './types.js';
