// Public API of the PageWarden paging emulator. The server and CLI use only
// what is exported here.
export { CHECKS, findCheck } from './checks/codes.js';
export type { CheckCode, CheckDescription, Severity } from './checks/codes.js';
export type { Finding, PathNote, Position, Range } from './checks/finding.js';
export {
  allConstants, allHandlerReasons, allServices, allSwis, decodeVmmLink, findConstant, findHandlerReason,
  findService, findServiceByOrdinal, findSwi, findSwiByNumber, findSwiReason, suggest, vmmLinkCode,
  SWI_X_BIT, DYN_AREA_FLAGS_RESERVED_ROOL, DYNAMIC_AREA_REASON_LIMIT, MEMORY_CONVERT_RESERVED, MEMORY_RESERVE_RESERVED,
} from './catalogue/index.js';
export type {
  ArmContract, ArmSlot, AsyncStatus, CallingConvention, FailureSpec, FlagAllowance, HandlerReason, MustBeZeroRule,
  NamedConstant, ParamRole, RegisterSlot, ServiceParam, ServiceResult, Swi, SwiMatch, SwiReason, VmmService,
  VmmServiceSemantics, VmmVersion, WindowsTarget, ZeroCondition,
} from './catalogue/index.js';
