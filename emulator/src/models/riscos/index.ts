// The RISC OS dynamic-area model's public surface (re-exported by src/index.ts).
export { analyseDynamicAreaHandler, KERNEL_RETURN } from './analyse-handler.js';
export type { HandlerAnalysis, HandlerAnalysisOptions } from './analyse-handler.js';
export type { PageReservationSite } from './handler-checks.js';
export { analyseRiscOsCode, analyseServiceHandler, analyseSwiHandler } from './analyse-code.js';
export type { CodeAnalysisOptions } from './analyse-code.js';
export { calledOn, leadingDispatch, reasonsCalled } from './reason-dispatch.js';
export { areaFlagProblems } from './dynamic-area-swi.js';
export { resumesPastInlineString } from './inline-string.js';
export { tableRunsOnPast } from './dispatch-check.js';
export type { AreaFlagProblem } from './dynamic-area-swi.js';
export type { ReasonBranch } from './reason-dispatch.js';
export { runRiscOsScenario } from './scenario.js';
export type { ScenarioOptions, ScenarioResult } from './scenario.js';
export { createKernel, kernelViolation, APP_SPACE, FREE_POOL } from './kernel-state.js';
export type { Area, AreaKind, Kernel, KernelConfig, Page } from './kernel-state.js';
export type { RiscOsState } from './machine.js';
export { runHandlerScenario } from './handler-scenario.js';
export type { HandlerScenarioOptions, HandlerScenarioResult } from './handler-scenario.js';
