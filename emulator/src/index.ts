// Public API of the PageWarden paging emulator. The server and CLI use only
// what is exported here.
export { CHECKS, findCheck } from './checks/codes.js';
export type { CheckCode, CheckDescription, Severity } from './checks/codes.js';
export type { Finding, FindingFix, LineReference, PathNote, Position, Range, WitnessValue } from './checks/finding.js';
export { findingMessage, readableText } from './checks/message.js';
export {
  allConstants, allHandlerReasons, allServices, allSwis, decodeVmmLink, findConstant, findHandlerReason,
  findService, findServiceByOrdinal, findSwi, findSwiByNumber, findSwiReason, nearestNames, serviceOnTarget, suggest, swiInOtherCase, swiResultRegisters, swiWritesCallerMemory, vmmLinkCode, WINDOWS_OF_VMM,
  SWI_X_BIT, DYN_AREA_FLAGS_RESERVED_ROOL, DYNAMIC_AREA_REASON_LIMIT, MEMORY_CONVERT_RESERVED, MEMORY_RESERVE_RESERVED,
  acceptsResv, DEFAULT_RISC_OS_VERSION, isRiscOsVersion, RISC_OS_VERSIONS,
} from './catalogue/index.js';
export type {
  ArmContract, ArmSlot, AsyncStatus, CallingConvention, FailureSpec, FlagAllowance, HandlerReason, MustBeZeroRule,
  NamedConstant, ParamRole, RegisterSlot, RiscOsVersion, ServiceParam, ServiceResult, Swi, SwiMatch, SwiReason, VmmService,
  VmmServiceSemantics, VmmVersion, WindowsTarget, ZeroCondition,
} from './catalogue/index.js';
export { itemHolding, Program, sameLabels } from './ir/program.js';
export { readsOwnAddress } from './cpu/ownAddress.js';
export { mayFallThrough } from './cpu/fallThrough.js';
export { linksFromPc } from './explore/machines/armLink.js';
export type {
  Arch, DataItem, DataValue, EntryContract, EntryPoint, Instruction, InstructionItem, ProgramItem, ProgramParts, SourceSpan, StorageField,
} from './ir/program.js';
export { ProgramBuilder, armProgram, x86Program } from './ir/builder.js';
export type { BuilderOptions, BuilderValue } from './ir/builder.js';
export * as expr from './values/expr.js';
export type { Expr, Width } from './values/expr.js';
export type { Memory } from './values/memory.js';
export { evaluate, substitute } from './values/evaluate.js';
export type { Assignment } from './values/evaluate.js';
export { exprEquals, exprKey, symbolsOf } from './values/key.js';
export { knownBits } from './values/known-bits.js';
export type { KnownBits } from './values/known-bits.js';
export { Solver } from './values/solver.js';
export type { SolverOptions, SolverResult } from './values/solver.js';
export { PathCondition } from './values/path-condition.js';
export { SymbolicMemory } from './values/symbolic-memory.js';
export type { AddressBounds, AddressNames, MemoryImage, MemoryInput, MemoryWrite } from './values/symbolic-memory.js';
export { ConcreteMemory } from './values/concrete-memory.js';
export { formatExpr, formatNumber } from './values/format.js';
export { bytesText } from './values/text.js';
export type { NumberStyle } from './values/format.js';
export { DEFAULT_BUDGET, explore, incompleteFinding, Interrupted, stoppedTrace } from './explore/engine.js';
export type { Budget, ExploreOptions, ExploreResult, Incomplete, PathEnd } from './explore/engine.js';
export type { DraftNote, FindingDraft, FindingPlace, Hooks, Invariant, ModelStates, Outcome, StepContext } from './explore/hooks.js';
export type { Fresh, Machine, StepEnv } from './explore/machine.js';
export { isCallNote } from './explore/history.js';
export { RegisterFacts } from './explore/register-facts.js';
export type { LineRegisterFacts, RegisterValue, StepObserver } from './explore/register-facts.js';
export type { NamedValue, RegisterChange, Trace, TraceEvent, TraceStep } from './explore/trace.js';
export { X86_REG32 } from './ir/x86.js';
export type { X86Instruction, X86Operand, X86Reg, X86Reg16, X86Reg32, X86Reg8, X86FloatRegister, X86Segment, X86SystemRegister } from './ir/x86.js';
export { X86_SYSTEM_REGISTERS } from './ir/x86.js';
export { FLOATING_POINT_MNEMONICS } from './cpu/x86/floating-point.js';
export { regWidth } from './cpu/x86/operands.js';
export type { ArmCondition, ArmInstruction, ArmOperand, ArmShift, ArmShiftType } from './ir/arm.js';
export type { ArmAddressMode } from './cpu/arm/index.js';
export { COPROCESSOR as ARM_COPROCESSOR_MNEMONICS } from './cpu/arm/coprocessor.js';
export { FPA as FPA_MNEMONICS } from './cpu/arm/fpa.js';
export { analyseVmmProcedure, runVmmScenario } from './models/vmm/index.js';
export { MACRO_MNEMONICS, vmmEntryPhases } from './models/vmm/index.js';
export type {
  MacroCallSite, MemObject, ModelSetup, Phase, RegionSlot, ScenarioRegion, Tracked, VmmAnalysis, VmmAnalysisOptions, VmmModelState, VmmRun, VmmScenario,
} from './models/vmm/index.js';
export {
  analyseDynamicAreaHandler, analyseRiscOsCode, analyseServiceHandler, analyseSwiHandler, runRiscOsScenario, createKernel, kernelViolation, APP_SPACE, FREE_POOL, KERNEL_RETURN,
  areaFlagProblems, calledOn, leadingDispatch, reasonsCalled, resumesPastInlineString, tableRunsOnPast,
} from './models/riscos/index.js';
export type {
  Area, AreaFlagProblem, AreaKind, CodeAnalysisOptions, HandlerAnalysis, HandlerAnalysisOptions, Kernel, KernelConfig, Page, PageReservationSite, RiscOsState, ScenarioOptions, ScenarioResult,
} from './models/riscos/index.js';
export * as riscOsMacros from './models/riscos/macros.js';
export { runHandlerScenario } from './models/riscos/index.js';
export type { HandlerScenarioOptions, HandlerScenarioResult } from './models/riscos/index.js';
