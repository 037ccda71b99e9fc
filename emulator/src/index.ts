// Public API of the PageWarden paging emulator. The server and CLI use only
// what is exported here.
export { CHECKS, findCheck } from './checks/codes.js';
export type { CheckCode, CheckDescription, Severity } from './checks/codes.js';
export type { Finding, PathNote, Position, Range } from './checks/finding.js';
