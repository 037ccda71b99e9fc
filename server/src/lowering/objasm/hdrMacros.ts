import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, riscOsMacros, type ArmAddressMode, type ArmCondition, type ArmInstruction, type DataValue } from '../../../../emulator/src/index.js';
import { conditionOf } from '../riscos/armInstruction.js';
import { lowercase } from '../riscos/syntax.js';
import { dataValue } from '../riscos/layout.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';

// The Hdr:Macros / Hdr:Proc macros, lowered natively through the RISC OS
// model's expansions (so the checks see exactly the IR they understand), and
// the debug macros, which assemble to nothing in a release build.

/**
 * What the last `Entry "list", frame` or `EntryS` saved, for the ALTENTRY,
 * EXIT, EXITS, EXITV and PullEnv after it: Hdr:Proc keeps it in global
 * variables (Proc_RegList, Proc_LocalStack, Proc_SavedCPSR) that only the
 * next Entry or EntryS sets, not a ROUT.
 */
export interface EntryFrame {
  readonly regs: readonly number[];
  readonly frame: number;
  /** EntryS pushed the PSR below the list (Proc_SavedCPSR). */
  readonly psr: boolean;
}

/** Hdr:Proc's globals before any Entry, as GBLS, GBLA and GBLL start them: an EXIT there pulls only the PC. */
export const NO_ENTRY_FRAME: EntryFrame = { regs: [], frame: 0, psr: false };

export interface HdrMacroHost {
  /** The address mode, read only by the macros it changes. */
  mode(): ArmAddressMode;
  emit(instructions: readonly ArmInstruction[]): void;
  data(values: readonly DataValue[]): void;
  align(): void;
  defineLabel(name: string): void;
  freshLabel(): string;
  value(node: Node): Value;
  lookup(name: string, node: Node): Value;
  registers(text: string, node: Node): number[] | undefined;
  entryFrame(): EntryFrame;
  setEntryFrame(frame: EntryFrame): void;
  unmodelled(message: string, node: Node): void;
}

const DEBUG_MACROS = new Set([
  'dreg', 'dline', 'dstring', 'dwrite', 'debug', 'debuga', 'debugreg', 'debugs', 'debugif', 'insertdebugroutines',
  'insertndrdebugroutines', 'debug_open', 'debug_close', 'dwritei', 'dwrite0', 'dnewline', 'bkpt_debug', 'debugtab',
]);

const INVERSE: Readonly<Record<string, ArmCondition>> = {
  eq: 'ne', ne: 'eq', cs: 'cc', cc: 'cs', mi: 'pl', pl: 'mi', vs: 'vc', vc: 'vs', hi: 'ls', ls: 'hi', ge: 'lt', lt: 'ge', gt: 'le', le: 'gt',
};

const SP = 13;

function unquoted(node: Node | undefined): string {
  const t = node?.text.trim() ?? '';
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

function conditionArg(node: Node | undefined, host: HdrMacroHost): ArmCondition | undefined {
  if (!node || node.text.trim() === '') return 'al';
  const c = conditionOf(node.text.trim());
  if (c === undefined) host.unmodelled(`${node.text} is not a condition`, node);
  return c;
}

const stackAdjust = (mnemonic: 'add' | 'sub', bytes: number, condition: ArmCondition): ArmInstruction =>
  ({ arch: 'arm', mnemonic, condition, setFlags: false, operands: [{ kind: 'reg', reg: SP }, { kind: 'reg', reg: SP }, { kind: 'imm', value: expr.bv(bytes) }] });

/** `ADD sp, sp, #bytes`, or nothing for none. */
const dropped = (bytes: number, condition: ArmCondition = 'al'): ArmInstruction[] => (bytes > 0 ? [stackAdjust('add', bytes, condition)] : []);

/** The PSR fields an EXITS or EXITV restores (`$fields`, the flags by default). */
function fieldsArg(node: Node | undefined, host: HdrMacroHost): string | undefined {
  const text = node?.text.trim().toLowerCase() ?? '';
  if (!node || text === '') return 'f';
  if (/^[fsxc]+$/.test(text)) return text;
  host.unmodelled(`${node.text} is not a set of PSR fields`, node);
  return undefined;
}

/** The Entry or EntryS of `frame`: its list and LR pushed, the PSR too for EntryS, then its local frame. */
function entryOf({ regs, frame, psr }: EntryFrame, host: HdrMacroHost): void {
  host.emit(psr ? riscOsMacros.entryS(regs) : riscOsMacros.entry(regs));
  if (frame > 0) host.emit([stackAdjust('sub', frame, 'al')]);
}

/** The V an EXITV (as it is), EXITVS (set) and EXITVC (clear) returns with. */
const EXIT_V: Readonly<Record<string, 'keep' | 'set' | 'clear'>> = { exitv: 'keep', exitvs: 'set', exitvc: 'clear' };

/** SETV/CLRV with a condition in 26-bit code: a branch around the unconditional form. */
function flagMacro(kind: 'setv' | 'clrv', condition: ArmCondition, host: HdrMacroHost): void {
  const make = kind === 'setv' ? riscOsMacros.setv : riscOsMacros.clrv;
  // Without a condition it expands alike in both modes: reading the mode would lower its routine again as 26-bit code.
  if (condition === 'al') {
    host.emit(make('32'));
    return;
  }
  if (host.mode() === '32') {
    host.emit(make('32', condition));
    return;
  }
  const skip = host.freshLabel();
  host.emit([{ arch: 'arm', mnemonic: 'b', condition: INVERSE[condition] ?? 'al', setFlags: false, operands: [{ kind: 'target', label: skip }] }]);
  host.emit(make(host.mode()));
  host.defineLabel(skip);
}

/** `MakeErrorBlock Name`: `ErrorBlock_Name` with `ErrorNumber_Name` and the string `ErrorString_Name`. */
function errorBlock(args: readonly (Node | undefined)[], host: HdrMacroHost, node: Node): void {
  const name = args[0]?.text.trim();
  if (!name) {
    host.unmodelled('MakeErrorBlock without a name', node);
    return;
  }
  host.align();
  host.defineLabel(`ErrorBlock_${name}`);
  host.data([dataValue(4, asNumber(host.lookup(`ErrorNumber_${name}`, args[0] ?? node)))]);
  const text = host.lookup(`ErrorString_${name}`, args[0] ?? node);
  const bytes = typeof text === 'string' ? [...Buffer.from(text, 'latin1')] : [];
  host.data([...bytes, 0].map((b) => dataValue(1, expr.bv(b))));
  host.align();
}

/**
 * Lowers a call of a known header macro; false when `name` is not one. Every
 * instruction it emits carries the call's source range.
 */
export function lowerHdrMacro(name: string, args: readonly (Node | undefined)[], node: Node, host: HdrMacroHost): boolean {
  const lower = lowercase(name);
  if (DEBUG_MACROS.has(lower)) return true;
  switch (lower) {
    case 'push': case 'pull': {
      const regs = host.registers(unquoted(args[0]), args[0] ?? node);
      const condition = conditionArg(args[1], host);
      if (regs && condition) host.emit(lower === 'push' ? riscOsMacros.push(regs, condition) : riscOsMacros.pull(regs, condition));
      return true;
    }
    case 'entry': case 'entrys': {
      const regs = args[0] && unquoted(args[0]) !== '' ? host.registers(unquoted(args[0]), args[0]) : [];
      const frame = args[1] ? Number(constantOf(host.value(args[1])) ?? 0n) : 0;
      if (!regs) return true;
      // EntryS saves the PSR as Hdr:Proc does for code that may run 32-bit, in either mode: in a 26-bit one MRS reads
      // the flags too, and the exits restore them alike.
      const entered = { regs, frame, psr: lower === 'entrys' };
      host.setEntryFrame(entered);
      entryOf(entered, host);
      return true;
    }
    case 'altentry':
      // Another way into the body of the last Entry or EntryS: the same registers stacked, the same frame.
      entryOf(host.entryFrame(), host);
      return true;
    case 'exits': {
      const condition = conditionArg(args[0], host);
      const fields = fieldsArg(args[1], host);
      if (!condition || !fields) return true;
      const { regs, frame, psr } = host.entryFrame();
      if (!psr) {
        host.emit([...dropped(frame, condition), ...riscOsMacros.exits(regs, host.mode(), condition)]);
        return true;
      }
      // Restoring the flags takes several instructions: a condition branches round them, on the flags it tests.
      const skip = condition === 'al' ? undefined : host.freshLabel();
      if (skip) host.emit([{ arch: 'arm', mnemonic: 'b', condition: INVERSE[condition] ?? 'al', setFlags: false, operands: [{ kind: 'target', label: skip }] }]);
      host.emit([...dropped(frame), ...riscOsMacros.exitsSaved(regs, fields)]);
      if (skip) host.defineLabel(skip);
      return true;
    }
    case 'exit': case 'pullenv': {
      const condition = conditionArg(args[0], host);
      if (!condition) return true;
      const { regs, frame, psr } = host.entryFrame();
      // The PSR word EntryS saved lies below the list, with the local frame.
      const unwind = dropped(frame + (psr ? 4 : 0), condition);
      host.emit([...unwind, ...(lower === 'exit' ? riscOsMacros.exit(regs, condition) : riscOsMacros.pullEnv(regs).map((i) => ({ ...i, condition })))]);
      return true;
    }
    case 'exitv': case 'exitvs': case 'exitvc': {
      const fields = fieldsArg(args[0], host);
      if (!fields) return true;
      const { regs, frame, psr } = host.entryFrame();
      host.emit([...dropped(frame), ...riscOsMacros.exitWithV(regs, EXIT_V[lower] ?? 'keep', psr, fields)]);
      return true;
    }
    case 'setv': case 'clrv': {
      const condition = conditionArg(args[0], host);
      if (condition) flagMacro(lower, condition, host);
      return true;
    }
    case 'makeerrorblock':
      errorBlock(args, host, node);
      return true;
  }
  return false;
}
