// The Windows VMM memory-manager model (spec part A): what src/index.ts exports of it.
export { analyseVmmProcedure, runVmmScenario } from './analyse.js';
export type { MacroCallSite, ScenarioRegion, VmmAnalysis, VmmAnalysisOptions, VmmRun, VmmScenario } from './analyse.js';
export { MACRO_MNEMONICS } from './calls.js';
export { vmmEntryPhases } from './phases.js';
export type { CallContext, MemObject, ModelSetup, Phase, RegionSlot, Tracked, VmmModelState } from './state.js';
