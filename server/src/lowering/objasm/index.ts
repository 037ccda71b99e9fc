export { notesOfEveryPass } from './getsOfEveryPass.js';
export { directGets } from './includes.js';
export { lowerObjAsm } from './lowerObjAsm.js';
export type { AreaCreation, HandlerHint, LoweringNote, ObjAsmLowering, ObjAsmLoweringOptions, RiscOsLowering, UnmodelledItem } from './types.js';
