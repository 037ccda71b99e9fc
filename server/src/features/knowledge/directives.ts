// Directives of the three assemblers and the macros of the headers every
// source includes (vmm.inc; Hdr:Macros and Hdr:Proc), one line each.

import type { LanguageId } from '../../languages/languageId.js';

export interface DirectiveInfo {
  readonly name: string;
  readonly doc: string;
  /** Snippet inserted by completion; the bare name when absent. */
  readonly snippet?: string;
  readonly kind: 'directive' | 'macro';
}

type Row = readonly [name: string, doc: string, snippet?: string];

const MASM_DIRECTIVES: readonly Row[] = [
  ['.386p', 'Enables 80386 instructions, privileged ones included.'],
  ['.486p', 'Enables 80486 instructions, privileged ones included.'],
  ['.xlist', 'Stops the listing (used around include vmm.inc).'],
  ['.list', 'Resumes the listing.'],
  ['include', 'Reads another source file here.', 'include ${1:vmm.inc}'],
  ['equ', 'Defines a constant (or a text equate with <...>).'],
  ['textequ', 'Defines a text macro.'],
  ['macro', 'Starts a macro definition; ENDM ends it.', '${1:Name} MACRO ${2:args}\n\t$0\nENDM'],
  ['endm', 'Ends a macro, REPT, IRP or IRPC body.'],
  ['local', 'Declares names local to a macro expansion or procedure.'],
  ['struc', 'Starts a structure; the fields\' offsets become constants.', '${1:Name} STRUC\n\t$0\n${1:Name} ENDS'],
  ['ends', 'Ends a structure or segment.'],
  ['segment', 'Starts a segment.'],
  ['proc', 'Starts a procedure (BeginProc wraps it in a VxD).'],
  ['endp', 'Ends a procedure.'],
  ['public', 'Exports names to the linker.'],
  ['extrn', 'Declares names defined in another module.'],
  ['label', 'Names the current location with a type.'],
  ['org', 'Sets the location counter.'],
  ['align', 'Pads to a multiple of the given size.'],
  ['even', 'Pads to an even address.'],
  ['db', 'Defines bytes.'], ['dw', 'Defines words.'], ['dd', 'Defines doublewords.'], ['dq', 'Defines quadwords.'], ['df', 'Defines 6-byte far pointers.'],
  ['dup', 'Repeats a value: count DUP (value).'],
  ['offset', 'The offset of a label within its segment.'],
  ['size', 'Bytes a variable or structure takes.'],
  ['length', 'Number of elements of a variable.'],
  ['ptr', 'Casts an operand to a size: dword ptr [esi].'],
  ['if', 'Assembles the block when the expression is non-zero.', 'IF ${1:expr}\n\t$0\nENDIF'],
  ['ifdef', 'Assembles the block when the name is defined.', 'IFDEF ${1:DEBUG}\n\t$0\nENDIF'],
  ['ifndef', 'Assembles the block when the name is not defined.', 'IFNDEF ${1:name}\n\t$0\nENDIF'],
  ['ifb', 'Assembles the block when the macro argument is blank.'],
  ['ifnb', 'Assembles the block when the macro argument is not blank.'],
  ['ifidni', 'Assembles the block when two texts are equal, ignoring case.'],
  ['else', 'Starts the alternative of a conditional block.'],
  ['elseif', 'Starts a further conditional alternative.'],
  ['endif', 'Ends a conditional block.'],
  ['.if', 'Runs the block when the condition holds (==, !=, <, &, &&, ||, !, ZERO?, CARRY? …): a compare and a jump.', '.IF ${1:eax} ${2:!=} ${3:0}\n\t$0\n.ENDIF'],
  ['.elseif', 'Starts a further alternative of a .IF block, with its own condition.'],
  ['.else', 'Starts the alternative of a .IF block.'],
  ['.endif', 'Ends a .IF block.'],
  ['.while', 'Repeats the block while the condition holds; the test sits at the bottom.', '.WHILE ${1:ecx} ${2:!=} ${3:0}\n\t$0\n.ENDW'],
  ['.endw', 'Ends a .WHILE block.'],
  ['.repeat', 'Repeats the block until the .UNTIL condition holds, or until ECX runs out with .UNTILCXZ.', '.REPEAT\n\t$0\n.UNTIL ${1:condition}'],
  ['.until', 'Ends a .REPEAT block: loops back while the condition does not hold.'],
  ['.untilcxz', 'Ends a .REPEAT block with LOOP, or LOOPE/LOOPNE after one == or != comparison.'],
  ['.break', 'Leaves the innermost .WHILE or .REPEAT; with .IF condition, only when it holds.'],
  ['.continue', 'Jumps to the innermost loop\'s test; with .IF condition, only when it holds.'],
  ['proto', 'Declares a procedure\'s language and parameters, which decide who removes its arguments.'],
  ['invoke', 'Pushes the arguments as the procedure\'s PROTO or PROC line says, calls it, and cleans up after a C one.', 'invoke ${1:Name}, ${2:args}'],
  ['rept', 'Repeats a block a number of times.'],
  ['irp', 'Repeats a block once per list element.'],
  ['irpc', 'Repeats a block once per character.'],
  ['.errnz', 'Assembly error unless the expression is 0 (a size or layout assertion).'],
  ['.erre', 'Assembly error when the expression is 0.'],
  ['title', 'Sets the listing title.'],
  ['subttl', 'Sets the listing subtitle.'],
  ['page', 'Sets the listing page size or starts a page.'],
  ['name', 'Names the module.'],
  ['%out', 'Prints a message while assembling.'],
  ['echo', 'Prints a message while assembling (MASM 6).'],
  ['end', 'Ends the source file, optionally naming the entry point.'],
];

const VMM_MACROS: readonly Row[] = [
  ['VMMcall', 'Calls a VMM service through the INT 20h dynamic link (C services take an argument list in < >).', 'VMMcall ${1:service}'],
  ['VMMjmp', 'Jumps to a VMM service (tail call) through the dynamic link.', 'VMMjmp ${1:service}'],
  ['VxDcall', 'Calls a service of another VxD through the dynamic link.', 'VxDcall ${1:service}'],
  ['VxDjmp', 'Jumps to a service of another VxD.', 'VxDjmp ${1:service}'],
  ['BeginProc', 'Starts a VxD procedure (options: PUBLIC, HIGH_FREQ, SERVICE, ASYNC_SERVICE, SCALL, ESP, Hook_Proc).', 'BeginProc ${1:Name}\n\t$0\nEndProc ${1:Name}'],
  ['EndProc', 'Ends a VxD procedure.'],
  ['Declare_Virtual_Device', 'Builds the Device Descriptor Block: name, version, control procedure, device id, init order.'],
  ['Begin_Control_Dispatch', 'Starts the control procedure\'s message dispatch table.', 'Begin_Control_Dispatch ${1:Device}\n\tControl_Dispatch ${2:Device_Init}, ${3:Handler}\nEnd_Control_Dispatch ${1:Device}'],
  ['Control_Dispatch', 'Routes one system control message to a procedure.', 'Control_Dispatch ${1:message}, ${2:procedure}'],
  ['End_Control_Dispatch', 'Ends the control dispatch table.'],
  ['Begin_Service_Table', 'Starts a VxD\'s own service table.'],
  ['End_Service_Table', 'Ends a VxD\'s service table.'],
  ['VxD_LOCKED_CODE_SEG', 'Starts locked (never paged) code: code that runs at interrupt time or from a page-fault path.'],
  ['VxD_LOCKED_CODE_ENDS', 'Ends locked code.'],
  ['VxD_LOCKED_DATA_SEG', 'Starts locked (never paged) data.'],
  ['VxD_LOCKED_DATA_ENDS', 'Ends locked data.'],
  ['VxD_CODE_SEG', 'Starts pageable code (Windows 95 and later).'],
  ['VxD_CODE_ENDS', 'Ends pageable code.'],
  ['VxD_DATA_SEG', 'Starts pageable data.'],
  ['VxD_DATA_ENDS', 'Ends pageable data.'],
  ['VxD_PAGEABLE_CODE_SEG', 'Starts pageable code.'],
  ['VxD_PAGEABLE_CODE_ENDS', 'Ends pageable code.'],
  ['VxD_ICODE_SEG', 'Starts initialisation code, discarded after Init_Complete.'],
  ['VxD_ICODE_ENDS', 'Ends initialisation code.'],
  ['VxD_IDATA_SEG', 'Starts initialisation data, discarded after Init_Complete.'],
  ['VxD_IDATA_ENDS', 'Ends initialisation data.'],
  ['VxD_REAL_INIT_SEG', 'Starts the real-mode initialisation segment (16-bit).'],
  ['VxD_REAL_INIT_ENDS', 'Ends the real-mode initialisation segment.'],
  ['OFFSET32', 'Flat 32-bit offset of a label (OFFSET FLAT:).'],
  ['ArgVar', 'Names a stack argument of a procedure.'],
  ['LocalVar', 'Names a local stack variable.'],
  ['EnterProc', 'Sets up the frame for ArgVar/LocalVar.'],
  ['LeaveProc', 'Tears down the frame set up by EnterProc.'],
  ['Return', 'Returns from a procedure with a frame.'],
  ['SaveReg', 'Pushes a list of registers.'],
  ['RestoreReg', 'Pops a list of registers pushed by SaveReg.'],
  ['CallRet', 'Calls a procedure and returns (jumps when debugging is off).'],
  ['cCall', 'Calls a C-convention procedure: pushes the arguments last to first, calls, then takes them off the stack again.', 'cCall ${1:procedure}, <${2:arguments}>'],
  ['sCall', 'Calls a stdcall procedure: pushes the arguments last to first; the procedure takes them off as it returns.', 'sCall ${1:procedure}, <${2:arguments}>'],
  ['pCall', 'Calls a pascal-convention procedure: pushes the arguments first to last; the procedure takes them off as it returns.', 'pCall ${1:procedure}, <${2:arguments}>'],
  ['Push_Client_State', 'Saves the client registers on the stack.'],
  ['Pop_Client_State', 'Restores the client registers saved by Push_Client_State.'],
  ['Trace_Out', 'Debug build only: prints a message (#reg substitutes a register).'],
  ['Debug_Out', 'Debug build only: prints a message and breaks into the debugger.'],
  ['Fatal_Error', 'Stops Windows with a message.'],
  ['Assert_VM_Handle', 'Debug build only: checks a VM handle.'],
  ['Assert_Ints_Disabled', 'Debug build only: checks that interrupts are off.'],
  ['SetFlag', 'Sets a bit in memory.'],
  ['ClrFlag', 'Clears a bit in memory.'],
  ['TestMem', 'Tests bits in memory.'],
];

const OBJASM_DIRECTIVES: readonly Row[] = [
  ['AREA', 'Starts a named section with attributes (CODE, DATA, READONLY, PIC, ALIGN=n).', 'AREA    |${1:Asm\\$\\$Code}|, CODE, READONLY'],
  ['ENTRY', 'Marks the entry point.'],
  ['END', 'Ends the source file.'],
  ['GET', 'Includes another source file (GET Hdr:ListOpts).', 'GET     ${1:Hdr:ListOpts}'],
  ['INCLUDE', 'Same as GET.'],
  ['LNK', 'Continues assembly in another file.'],
  ['TTL', 'Sets the listing title.'],
  ['SUBT', 'Sets the listing subtitle.'],
  ['EQU', 'Defines a constant; `*` is the same.'],
  ['*', 'Defines a constant (Name * value).'],
  ['RN', 'Names a register.'],
  ['^', 'Starts a storage map at an offset, optionally relative to a base register (^ 0, r12).'],
  ['#', 'Reserves bytes in the storage map and names their offset.'],
  ['DCD', 'Defines words.'], ['DCW', 'Defines halfwords.'], ['DCB', 'Defines bytes or strings.'],
  ['=', 'Defines bytes or strings (DCB).'], ['&', 'Defines words (DCD).'], ['%', 'Reserves zeroed bytes.'],
  ['ALIGN', 'Pads to a word (or given) boundary.'],
  ['ASSERT', 'Assembly error when the condition is false.'],
  ['ROUT', 'Starts a scope for numeric local labels.'],
  ['GBLA', 'Declares a global arithmetic variable.'], ['GBLL', 'Declares a global logical variable.'], ['GBLS', 'Declares a global string variable.'],
  ['LCLA', 'Declares a local arithmetic variable.'], ['LCLL', 'Declares a local logical variable.'], ['LCLS', 'Declares a local string variable.'],
  ['SETA', 'Sets an arithmetic variable.'], ['SETL', 'Sets a logical variable.'], ['SETS', 'Sets a string variable.'],
  ['MACRO', 'Starts a macro; the next line is its prototype, MEND ends it.', 'MACRO\n$$label ${1:Name} $$${2:arg}\n\t$0\nMEND'],
  ['MEND', 'Ends a macro.'],
  ['MEXIT', 'Leaves a macro expansion early.'],
  ['IF', 'Assembles the block when the condition is true (same as [).'],
  ['ELSE', 'Alternative of a conditional block (same as |).'],
  ['ELIF', 'Further conditional alternative.'],
  ['ENDIF', 'Ends a conditional block (same as ]).'],
  ['WHILE', 'Repeats a block while the condition holds.'],
  ['WEND', 'Ends a WHILE block.'],
  ['IMPORT', 'Declares a symbol defined elsewhere.'],
  ['EXPORT', 'Makes a symbol visible to the linker.'],
  ['LTORG', 'Places the literal pool here.'],
  ['ADR', 'Pseudo-instruction: address of a nearby label.'],
  ['ADRL', 'Pseudo-instruction: address of a label in two instructions.'],
];

const HDR_MACROS: readonly Row[] = [
  ['Push', 'Hdr:Macros: stores a register list on the stack (STMFD sp!).', 'Push    "${1:r0-r3, lr}"'],
  ['Pull', 'Hdr:Macros: loads a register list from the stack (LDMFD sp!), optionally conditional.', 'Pull    "${1:r0-r3, pc}"'],
  ['Entry', 'Hdr:Proc: saves registers at a routine entry; EXIT restores them.', 'Entry   "${1:r1-r3}"'],
  ['EXIT', 'Hdr:Proc: restores the registers Entry saved and returns.'],
  ['EntryS', 'Hdr:Proc: Entry that also saves the PSR below the registers, for EXITS and EXITV in 32-bit code.', 'EntryS  "${1:r1-r3}"'],
  ['ALTENTRY', 'Hdr:Proc: another entry into the body of the last Entry or EntryS, stacking the same registers.'],
  ['EXITS', 'Hdr:Proc: returns restoring the caller\'s flags too (the PSR EntryS saved; 26-bit: from R14).'],
  ['EXITV', 'Hdr:Proc: returns with the caller\'s flags but V as it is.'],
  ['EXITVS', 'Hdr:Proc: returns with the caller\'s flags and V set (an error).'],
  ['EXITVC', 'Hdr:Proc: returns with the caller\'s flags and V clear.'],
  ['PullEnv', 'Hdr:Proc: restores the registers Entry saved without returning.'],
  ['SETV', 'Sets the V flag (reports an error to the caller).'],
  ['CLRV', 'Clears the V flag.'],
  ['SETPSR', 'Sets PSR bits.'],
  ['CLRPSR', 'Clears PSR bits.'],
  ['PHPSEI', 'Saves the PSR and disables interrupts.'],
  ['PLP', 'Restores the PSR saved by PHPSEI.'],
  ['WritePSRc', 'Writes the PSR control field.'],
  ['MakeErrorBlock', 'Defines ErrorBlock_Name from ErrorNumber_Name and ErrorString_Name.'],
  ['addr', 'Puts the address of a label in a register.'],
  ['DREG', 'Debug output of a register.'],
];

const BASIC_DIRECTIVES: readonly Row[] = [
  ['OPT', 'Assembler options: bit 0 lists, bit 1 reports errors, bit 2 assembles at O% (offset assembly), bit 3 checks the range L%.', 'OPT ${1:pass%}'],
  ['EQUB', 'Stores a byte.'], ['EQUW', 'Stores a halfword.'], ['EQUD', 'Stores a word.'], ['EQUQ', 'Stores 8 bytes.'], ['EQUS', 'Stores a string.'],
  ['DCB', 'Stores bytes.'], ['DCW', 'Stores halfwords.'], ['DCD', 'Stores words.'], ['DCS', 'Stores a string.'],
  ['ALIGN', 'Pads P% to a word boundary.'],
  ['SYS', 'Calls a SWI from BASIC: SYS "Name", R0, R1, ... TO out0, out1 ; flags.', 'SYS "${1:OS_DynamicArea}", ${2:0}'],
  ['DIM', 'Reserves memory (DIM code% 1024) or an array.'],
  ['P%', 'Where the assembler puts the next instruction.'],
  ['O%', 'Where the code goes when OPT bit 2 (offset assembly) is set.'],
  ['L%', 'Limit checked when OPT bit 3 is set.'],
];

const table = (rows: readonly Row[], kind: DirectiveInfo['kind']): DirectiveInfo[] =>
  rows.map(([name, doc, snippet]) => ({ name, doc, kind, ...(snippet ? { snippet } : {}) }));

const BY_DIALECT: Record<LanguageId, readonly DirectiveInfo[]> = {
  'vxd-masm': [...table(MASM_DIRECTIVES, 'directive'), ...table(VMM_MACROS, 'macro')],
  'riscos-objasm': [...table(OBJASM_DIRECTIVES, 'directive'), ...table(HDR_MACROS, 'macro')],
  'riscos-bbcbasic': table(BASIC_DIRECTIVES, 'directive'),
};

const LOOKUP: Record<LanguageId, ReadonlyMap<string, DirectiveInfo>> = {
  'vxd-masm': new Map(BY_DIALECT['vxd-masm'].map((d) => [d.name.toLowerCase(), d])),
  'riscos-objasm': new Map(BY_DIALECT['riscos-objasm'].map((d) => [d.name.toLowerCase(), d])),
  'riscos-bbcbasic': new Map(BY_DIALECT['riscos-bbcbasic'].map((d) => [d.name.toLowerCase(), d])),
};

export function directivesOf(dialect: LanguageId): readonly DirectiveInfo[] {
  return BY_DIALECT[dialect];
}

export function findDirective(dialect: LanguageId, name: string): DirectiveInfo | undefined {
  return LOOKUP[dialect].get(name.toLowerCase());
}
