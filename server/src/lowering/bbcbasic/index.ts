export { lowerBbcBasic } from './lowerBbcBasic.js';
export type { AreaCreation, BbcBasicLoweringOptions, RiscOsLowering, UnmodelledItem } from './types.js';
