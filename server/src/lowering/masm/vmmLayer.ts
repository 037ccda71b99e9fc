import type { SyntaxNode as Node } from '../syntaxNode.js';
import {
  allConstants, expr, findService, vmmLinkCode, type Expr, type SourceSpan, type X86Operand,
} from '../../../../emulator/src/index.js';
import { sizeOfType, type Evaluator } from './expressions.js';
import type { StrucField } from './symbols.js';
import type { VmmCallArgument, VmmCallMacro, VmmCallSite } from './types.js';
import { argumentSlots, child } from './syntax.js';
import { CLIENT_REG_STRUC_SIZE } from './vmmDefinitions.js';
import type { GeneratedFrame } from './procDeclaration.js';
import { isDefinitionText, type Written } from './writtenText.js';

// The vmm.inc/debug.inc macro layer, implemented natively: each macro
// becomes the instructions its DDK expansion assembles to, so the emulator
// sees what the VMM would run. The DDK files themselves are never read.

const reg = (name: 'eax' | 'ebp' | 'esp' | 'esi' | 'edi'): X86Operand => ({ kind: 'reg', reg: name });
const imm = (value: bigint | number | Expr): X86Operand => ({ kind: 'imm', value: typeof value === 'object' ? value : expr.bv(value) });

/** The ebp frame of the procedure being assembled (ArgVar/LocalVar/EnterProc/Return). */
export interface ProcFrame {
  readonly name: string;
  /** sCall/pCall procedures pop their own arguments at `Return`. */
  readonly calleePops: boolean;
  argBytes: number;
  localBytes: number;
  /** A MASM 6 PROC line's procedure, or a BeginProc one with LOCAL lines: MASM writes its prologue and epilogues. */
  readonly generated?: GeneratedFrame;
  /** Where its code starts: LOCAL must come before the first instruction. */
  readonly start: bigint;
  /** A Hook_Proc's variable that holds the previous handler of the hooked service, which `jmp [it]` chains to. */
  readonly previous?: string;
}

export interface VmmHost {
  readonly evaluator: Evaluator;
  emit(mnemonic: string, operands: readonly X86Operand[], node: Node): bigint;
  /**
   * An instruction a macro makes of one of its arguments (pushes it, pops
   * it), at the argument: its text is the instruction, `push 0`, as the
   * macro's expansion has it, not the bare argument.
   */
  emitOfArgument(mnemonic: string, operands: readonly X86Operand[], argument: Node): bigint;
  /** A call to a procedure that takes `calleePops` bytes of arguments off the stack as it returns. */
  emitCall(target: X86Operand, calleePops: number, node: Node): bigint;
  emitLinkCode(value: Expr, node: Node): void;
  operand(node: Node): X86Operand | undefined;
  branchTarget(node: Node): X86Operand | undefined;
  span(node: Node): SourceSpan;
  /** In a macro expansion, where the text at `node` was written, and whether a macro's argument or a text macro put it there. */
  textOrigin(node: Node): { readonly written: Written; readonly passed: boolean } | undefined;
  unmodelled(message: string, node: Node): void;
  isDefined(name: string): boolean;
  frame(): ProcFrame | undefined;
  defineText(name: string, text: string): void;
  /** A fresh assembler-local label name (`??0001`). */
  localName(): string;
  defineCodeLabel(name: string): void;
  dispatchTarget(procedure: string, message: string, node: Node): void;
  recordCall(site: VmmCallSite): void;
  /** The link code of a service of this file's own service table. */
  ownService(name: string): number | undefined;
  field(name: string): StrucField | undefined;
}

/** Angle-bracket items of a SaveReg-style list, or the argument itself. */
function listItems(node: Node | undefined): Node[] {
  if (!node) return [];
  if (node.type !== 'angle_list') return [node];
  return argumentSlots(node, 'item').filter((n): n is Node => n !== undefined);
}

/** `<OFFSET32 x>` and `<NOT P_AVAIL>` are one argument in brackets of their own. */
function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'angle_list') {
    const items = argumentSlots(n, 'item');
    if (items.length !== 1 || !items[0]) break;
    n = items[0];
  }
  return n;
}

/** A dword stack argument: a memory operand without a size is pushed as a dword. */
function stackOperand(node: Node, host: VmmHost): X86Operand {
  const op = host.operand(unwrap(node));
  if (!op) return imm(expr.sym(node.text));
  if (op.kind === 'mem' && op.size === undefined) return { ...op, size: 4 };
  return op;
}

function linkCode(name: string, jump: boolean, node: Node, host: VmmHost): { value: Expr; code?: number } {
  const service = findService(name);
  if (service) {
    const code = vmmLinkCode(service.ordinal, jump);
    return { value: expr.bv(code), code };
  }
  const own = host.ownService(name);
  if (own !== undefined) {
    const code = (own | (jump ? 0x8000 : 0)) >>> 0;
    return { value: expr.bv(code), code };
  }
  host.unmodelled(`service ${name} is not in the catalogue: its link code is unknown`, node);
  return { value: expr.sym(`@@${name}`) };
}

/** Where a call's service name is written, and whether a macro's argument or a text macro gave it. */
function serviceSource(serviceNode: Node, host: VmmHost): Pick<VmmCallSite, 'serviceSource' | 'passed' | 'serviceText'> {
  const origin = host.textOrigin(serviceNode);
  if (!origin?.passed) return { serviceSource: host.span(serviceNode) };
  const { written } = origin;
  return isDefinitionText(written) ? { serviceSource: host.span(serviceNode), passed: true, serviceText: written } : { serviceSource: written, passed: true };
}

/**
 * `VMMcall Service, <a, b>` as VxDCall expands it: arguments pushed right to
 * left, `int 20h`, the link dword, and the caller's clean-up. Without a
 * list (`listed` false) the code has pushed the arguments itself. A fastcall
 * service's first two arguments are ECX and EDX themselves (the macro
 * accepts nothing else there), so they are not pushed; stdcall and fastcall
 * services remove their pushed arguments themselves, so no clean-up follows.
 */
export function serviceCall(
  macro: VmmCallMacro, serviceNode: Node, argNodes: readonly (Node | undefined)[], listed: boolean, node: Node, host: VmmHost,
): void {
  const name = serviceNode.text;
  const jump = /jmp$/i.test(macro);
  const service = findService(name);
  if (!service && host.ownService(name) === undefined) return foreignCall(macro, serviceNode, argNodes, node, host);
  const inRegisters = service?.convention === 'fastcall' ? 2 : 0;
  const pushes: { node: Node; address: bigint }[] = [];
  // MASM refuses a tail call's list (PW250), having no way to take it off after the jump: nothing is pushed.
  for (let i = argNodes.length - 1; i >= inRegisters && !jump; i--) {
    const arg = argNodes[i];
    if (!arg) {
      host.unmodelled(`empty argument ${i + 1} of ${name}`, node);
      continue;
    }
    pushes.unshift({ node: arg, address: host.emitOfArgument('push', [stackOperand(arg, host)], arg) });
  }
  const interruptAddress = host.emit('int', [imm(0x20)], node);
  const link = linkCode(name, jump, serviceNode, host);
  host.emitLinkCode(link.value, node);
  const calleePops = service?.convention === 'stdcall' || service?.convention === 'fastcall';
  if (!jump && !calleePops && pushes.length > 0) host.emit('add', [reg('esp'), imm(4 * pushes.length)], node);
  const registerArgs = argNodes.slice(0, inRegisters).flatMap((a) => (a ? [{ text: a.text, source: host.span(a), pushAddress: interruptAddress }] : []));
  const unpushed = jump ? argNodes.slice(inRegisters).flatMap((a) => (a ? [{ text: a.text, source: host.span(a), pushAddress: interruptAddress }] : [])) : [];
  const args: VmmCallArgument[] = [
    ...registerArgs, ...pushes.map((p) => ({ text: p.node.text, source: host.span(p.node), pushAddress: p.address })), ...unpushed,
  ];
  host.recordCall({
    macro, serviceName: name, jump, interruptAddress, arguments: args, ...(listed ? {} : { bare: true }),
    ...serviceSource(serviceNode, host), source: host.span(node),
    ...(service ? { service } : {}), ...(link.code !== undefined ? { linkCode: link.code } : {}),
  });
}

/**
 * A service of another device (VPICD, SHELL, …) whose link code no file we
 * read defines: the model's pseudo-instruction form, so the call is still a
 * call (unknown results in EAX, ECX, EDX and the flags) rather than an
 * `int 20h` with a link the model cannot decode.
 */
function foreignCall(
  macro: VmmCallMacro, serviceNode: Node, argNodes: readonly (Node | undefined)[], node: Node, host: VmmHost,
): void {
  const name = serviceNode.text;
  const jump = /jmp$/i.test(macro);
  const args = argNodes.map((a, i) => {
    if (!a) host.unmodelled(`empty argument ${i + 1} of ${name}`, node);
    return a ? stackOperand(a, host) : imm(expr.sym(`@@${name}.arg${i + 1}`));
  });
  const address = host.emit(jump ? 'vxdjmp' : 'vxdcall', [{ kind: 'target', label: name }, ...args], node);
  host.recordCall({
    macro, serviceName: name, jump, interruptAddress: address,
    arguments: argNodes.flatMap((a) => (a ? [{ text: a.text, source: host.span(a), pushAddress: address }] : [])),
    ...serviceSource(serviceNode, host), source: host.span(node),
  });
}

const MACRO_SPELLING: Readonly<Record<string, VmmCallMacro>> = { vmmcall: 'VMMcall', vxdcall: 'VxDcall', vmmjmp: 'VMMjmp', vxdjmp: 'VxDjmp' };

export function vmmCallStatement(node: Node, host: VmmHost): void {
  const macro = MACRO_SPELLING[(child(node, 'macro')?.text ?? '').toLowerCase()] ?? 'VMMcall';
  const service = child(node, 'service');
  if (!service) return;
  const args = child(node, 'arguments');
  const argNodes = !args ? [] : args.type === 'angle_list' ? argumentSlots(args, 'item') : [args];
  serviceCall(macro, service, argNodes, args !== undefined, node, host);
}

/** The control messages by number, as vmm.inc names them. */
const CONTROL_MESSAGES: ReadonlyMap<bigint, string> = new Map(allConstants({ platform: 'vmm', family: 'Control' }).map((c) => [BigInt(c.value), c.name]));

/**
 * The name of the control message a dispatch's message evaluates to: the
 * handler of `Control_Dispatch 1, Proc`, or of an equate of 1, runs for
 * Device_Init as much as `Control_Dispatch Device_Init, Proc`'s does.
 */
export function messageName(message: Expr): string | undefined {
  const value = expr.constValue(message);
  return value === undefined ? undefined : CONTROL_MESSAGES.get(value);
}

/**
 * `Control_Dispatch Msg, Proc`: `cmp eax, Msg / jz Proc`; with a calling
 * convention the handler is called with the listed registers and the
 * control procedure returns its result.
 */
export function controlDispatch(node: Node, host: VmmHost): void {
  const messageNode = child(node, 'message');
  const procNode = child(node, 'procedure');
  if (!messageNode || !procNode) return;
  const target = host.branchTarget(procNode);
  const message = host.evaluator.value(messageNode).expr;
  host.emit('cmp', [reg('eax'), imm(message)], node);
  host.dispatchTarget(procNode.text, messageName(message) ?? messageNode.text, node);
  const convention = child(node, 'convention')?.text.toLowerCase();
  if (!convention || !target) {
    if (target) host.emit('jz', [target], node);
    return;
  }
  const skip = host.localName();
  host.emit('jnz', [{ kind: 'target', label: skip }], node);
  const argList = child(node, 'arguments');
  conventionCall(convention, target, argList ? argumentSlots(argList, 'item').filter((n): n is Node => n !== undefined) : [], node, host);
  host.emit('ret', [], node);
  host.defineCodeLabel(skip);
}

/**
 * `cCall`, `sCall` or `pCall` of a procedure with its arguments (on its own,
 * or as a Control_Dispatch makes it): pascal pushes them first to last, the
 * others last to first; a cCall's caller takes them off again, an sCall or
 * pCall procedure itself.
 */
function conventionCall(convention: string, target: X86Operand, args: readonly Node[], node: Node, host: VmmHost): void {
  const order = convention === 'pcall' ? args : [...args].reverse();
  for (const a of order) host.emitOfArgument('push', [stackOperand(a, host)], a);
  if (convention === 'ccall') {
    host.emit('call', [target], node);
    if (args.length > 0) host.emit('add', [reg('esp'), imm(4 * args.length)], node);
  } else {
    host.emitCall(target, 4 * args.length, node);
  }
}

function callMacro(convention: 'ccall' | 'scall' | 'pcall'): Handler {
  return (args, node, host) => {
    const [procedure, list] = args;
    const target = procedure && host.branchTarget(procedure);
    if (!target) return host.unmodelled(`${node.text.split(/\s/)[0]} without a procedure`, node);
    conventionCall(convention, target, listItems(list), node, host);
  };
}

const NO_CODE = new Set([
  'trace_out', 'debug_out', 'queue_out', 'mono_out', 'makecdecl', 'dword_align', 'vxd_desc_block',
]);

/** The text symbol that holds the control procedure's name, under a name no source can spell. */
export const CONTROL_PROCEDURE = 'control procedure';
const SERVICE_MACROS = new Set(['begin_nest_exec', 'end_nest_exec', 'begin_nest_v86_exec', 'resume_exec']);

/** Whether `name` is a vmm.inc/debug.inc macro this layer implements. */
export function isVmmMacro(name: string): boolean {
  const n = name.toLowerCase();
  return NO_CODE.has(n) || SERVICE_MACROS.has(n) || n.startsWith('assert_') || n in HANDLERS;
}

type Handler = (args: readonly (Node | undefined)[], node: Node, host: VmmHost) => void;

const first = (args: readonly (Node | undefined)[]): Node | undefined => args[0];

function sizeArgument(node: Node | undefined, host: VmmHost): number {
  if (!node) return 4;
  const named = sizeOfType(node.text);
  const n = named ?? Number(host.evaluator.constant(node) ?? 4n);
  return Math.max(4, Math.ceil(n / 4) * 4);
}

const PTR: Readonly<Record<number, string>> = { 1: 'byte ptr ', 2: 'word ptr ', 4: 'dword ptr ' };

function frameOf(node: Node, host: VmmHost): ProcFrame | undefined {
  const f = host.frame();
  if (!f) host.unmodelled(`${node.text.split(/\s/)[0]} outside a procedure`, node);
  return f;
}

function flagOp(mnemonic: 'or' | 'and' | 'test', invert: boolean): Handler {
  return (args, node, host) => {
    const [dest, flag] = args;
    if (!dest || !flag) return host.unmodelled(`${node.text} needs two arguments`, node);
    const d = host.operand(dest);
    const value = host.evaluator.value(flag).expr;
    if (d) host.emit(mnemonic, [d, imm(invert ? expr.not(value) : value)], node);
  };
}

function clientState(save: boolean): Handler {
  // vmm.inc: the client frame lives on the stack between the two macros.
  return (_args, node, host) => {
    const size = CLIENT_REG_STRUC_SIZE;
    const service = save ? 'Save_Client_State' : 'Restore_Client_State';
    const pointer = save ? reg('edi') : reg('esi');
    if (save) host.emit('sub', [reg('esp'), imm(size)], node);
    host.emit('push', [pointer], node);
    host.emit('lea', [pointer, { kind: 'mem', base: 'esp', scale: 1, disp: expr.bv(4) }], node);
    serviceCallByName(service, node, node, host);
    host.emit('pop', [pointer], node);
    if (!save) host.emit('add', [reg('esp'), imm(size)], node);
  };
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  // The device descriptor block is data the VMM reads; what the analysis needs of it is which procedure the VMM calls with each message.
  declare_virtual_device: (args, _node, host) => {
    const control = args[3];
    if (control) host.defineText(CONTROL_PROCEDURE, control.text);
  },
  savereg: (args, _node, host) => {
    for (const n of args.flatMap(listItems)) {
      const op = host.operand(n);
      if (op) host.emitOfArgument('push', [op], n);
    }
  },
  restorereg: (args, _node, host) => {
    for (const n of args.flatMap(listItems)) {
      const op = host.operand(n);
      if (op) host.emitOfArgument('pop', [op], n);
    }
  },
  enterproc: (_args, node, host) => {
    const f = frameOf(node, host);
    host.emit('push', [reg('ebp')], node);
    host.emit('mov', [reg('ebp'), reg('esp')], node);
    if (f && f.localBytes > 0) host.emit('sub', [reg('esp'), imm(f.localBytes)], node);
  },
  leaveproc: (_args, node, host) => {
    host.emit('leave', [], node);
  },
  return: (_args, node, host) => {
    const f = host.frame();
    host.emit('ret', f?.calleePops && f.argBytes > 0 ? [imm(f.argBytes)] : [], node);
  },
  argvar: (args, node, host) => {
    const f = frameOf(node, host);
    const name = first(args);
    if (!f || !name) return;
    const size = sizeArgument(args[1], host);
    // [ebp+4] is the return address and [ebp] the caller's EBP once EnterProc ran.
    const offset = 8 + f.argBytes;
    f.argBytes += size;
    host.defineText(name.text, `${PTR[Math.min(size, 4)] ?? ''}[ebp+${offset}]`);
  },
  localvar: (args, node, host) => {
    const f = frameOf(node, host);
    const name = first(args);
    if (!f || !name) return;
    f.localBytes += sizeArgument(args[1], host);
    host.defineText(name.text, `${PTR[Math.min(sizeArgument(args[1], host), 4)] ?? ''}[ebp-${f.localBytes}]`);
  },
  callret: (args, node, host) => {
    // CallRet SHORT X or CallRet X: a jmp in retail builds, call + ret with DEBUG.
    const targetNode = args.length > 1 && /^short$/i.test(args[0]?.text ?? '') ? args[1] : args[0];
    const target = targetNode && host.branchTarget(targetNode);
    if (!target) return host.unmodelled('CallRet without a target', node);
    if (host.isDefined('DEBUG')) {
      host.emit('call', [target], node);
      host.emit('ret', [], node);
    } else {
      host.emit('jmp', [target], node);
    }
  },
  setflag: flagOp('or', false),
  clrflag: flagOp('and', true),
  testmem: flagOp('test', false),
  testreg: flagOp('test', false),
  fatal_error: (args, node, host) => {
    const [msg, flags] = args;
    const msgOp = msg && host.operand(unwrap(msg));
    host.emit(msgOp ? 'mov' : 'xor', msgOp ? [reg('esi'), msgOp] : [reg('esi'), reg('esi')], msg ?? node);
    const flagsOp = flags && host.operand(unwrap(flags));
    host.emit(flagsOp ? 'mov' : 'xor', flagsOp ? [reg('eax'), flagsOp] : [reg('eax'), reg('eax')], flags ?? node);
    const name = child(node, 'name') ?? child(node, 'mnemonic') ?? node;
    serviceCallByName('Fatal_Error_Handler', name, node, host);
  },
  getvxdserviceordinal: (args, node, host) => {
    const [dest, service] = args;
    const d = dest && host.operand(dest);
    if (!d || !service) return host.unmodelled('GetVxDServiceOrdinal needs a register and a service', node);
    host.emit('mov', [d, imm(linkCode(service.text, false, service, host).value)], node);
  },
  client_ptr_flat: (args, node, host) => {
    // Map_Flat takes the client segment and offset register as offsets into the client frame, in AH and AL.
    const [dest, seg, off] = args;
    const d = dest && host.operand(dest);
    const segField = seg && host.field(`Client_${seg.text}`);
    const offField = off && host.field(`Client_${off.text}`);
    if (!d || d.kind !== 'reg' || !segField || !offField) return host.unmodelled(`Client_Ptr_Flat ${node.text}`, node);
    const viaEax = d.reg === 'eax';
    if (!viaEax) host.emit('push', [reg('eax')], node);
    host.emit('mov', [{ kind: 'reg', reg: 'ax' }, imm(segField.offset * 0x100 + offField.offset)], node);
    serviceCallByName('Map_Flat', node, node, host);
    if (!viaEax) {
      host.emit('mov', [d, reg('eax')], node);
      host.emit('pop', [reg('eax')], node);
    }
  },
  push_client_state: clientState(true),
  pop_client_state: clientState(false),
  ccall: callMacro('ccall'),
  scall: callMacro('scall'),
  pcall: callMacro('pcall'),
};

/** A service call with no arguments written as another macro (`Fatal_Error`, `Begin_Nest_Exec`). */
function serviceCallByName(service: string, nameNode: Node, node: Node, host: VmmHost): void {
  const at = host.emit('int', [imm(0x20)], node);
  const link = linkCode(service, false, nameNode, host);
  host.emitLinkCode(link.value, node);
  const found = findService(service);
  host.recordCall({
    macro: 'VMMcall', serviceName: found?.name ?? service, jump: false, interruptAddress: at, arguments: [],
    serviceSource: host.span(nameNode), source: host.span(node), ...(found ? { service: found } : {}),
    ...(link.code !== undefined ? { linkCode: link.code } : {}),
  });
}

/** Lowers a vmm.inc macro call; the caller has checked `isVmmMacro`. */
export function vmmMacro(name: string, nameNode: Node, args: readonly (Node | undefined)[], node: Node, host: VmmHost): void {
  const n = name.toLowerCase();
  if (NO_CODE.has(n) || n.startsWith('assert_')) return;
  if (SERVICE_MACROS.has(n)) return serviceCallByName(name, nameNode, node, host);
  HANDLERS[n]?.(args, node, host);
}
