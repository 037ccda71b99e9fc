        PAGE    58,132
;******************************************************************************
        TITLE   VMTRACK - per-VM page accounting with a locked shadow table
        subttl  Macros, structures and conditional debug support
;******************************************************************************
;
;   VMTRACK keeps, for every virtual machine, a small locked shadow block
;   with counters that a Win32 monitor reads through DeviceIoControl.
;   The shadow block is PG_VM memory owned by the VM it describes, so it is
;   allocated at Create_VM and must be freed at Destroy_VM.
;
;   This file is deliberately macro heavy: it defines its own helpers with
;   LOCAL labels, IRP/REPT blocks, conditional assembly and both MASM 5
;   ([esi.Field]) and MASM 6 ([esi].Field) member syntax.
;
;******************************************************************************

        .386p

        .xlist
        INCLUDE VMM.INC
        INCLUDE <VWIN32.INC>
        include debug.inc
        .list

        name    VMTRACK

VMTRACK_Major_Ver       EQU     2
VMTRACK_Minor_Ver       EQU     1

SHADOW_PAGES            EQU     1
MAX_TRACKED_VMS         EQU     32

;------------------------------------------------------------------------------
;   Build options
;------------------------------------------------------------------------------

IFNDEF VMTRACK_VERBOSE
VMTRACK_VERBOSE = 0
ENDIF

IFDEF DEBUG
VMTRACK_CHECKS  EQU     1
ELSE
VMTRACK_CHECKS  EQU     0
ENDIF

IF VMTRACK_VERBOSE GT 1
%OUT VMTRACK: very verbose tracing enabled
ENDIF

Blank_Text      EQU     <>
Msg_Prefix      EQU     <VMTRACK: >

;------------------------------------------------------------------------------
;   Structures
;------------------------------------------------------------------------------

Shadow_Counters STRUC
SC_Faults       dd      ?
SC_Commits      dd      ?
SC_Locks        dd      ?
SC_Unlocks      dd      ?
Shadow_Counters ENDS

VM_Shadow STRUC
VS_Signature    dd      ?
VS_VM           dd      ?               ; owning VM handle
VS_hMem         dd      ?               ; handle of this very block
VS_Counters     db      SIZE Shadow_Counters dup (?)
VS_Flags        dw      ?
VS_Id           dw      ?
VM_Shadow ENDS

VS_SIG          EQU     'WDHS'

VSF_SYSTEM      EQU     0001h
VSF_FROZEN      EQU     0002h

;   Per-VM control block extension (offset found at Device_Init)
VMT_CB_Data STRUC
VMT_pShadow     dd      ?
VMT_Id          dd      ?
VMT_CB_Data ENDS

;   Output record for the monitor
Monitor_Record STRUC
MR_Id           dd      ?
MR_Faults       dd      ?
MR_Commits      dd      ?
MR_Locks        dd      ?
MR_Unlocks      dd      ?
Monitor_Record ENDS

.errnz  SIZE Shadow_Counters - 16
.errnz  (SIZE Monitor_Record) - 20

;------------------------------------------------------------------------------
;   Macros
;------------------------------------------------------------------------------

;   Bump a shadow counter. The block pointer register and the counter field
;   name are parameters; the macro keeps flags undisturbed for callers that
;   test them afterwards.
Bump_Counter MACRO reg, fld
        pushfd
        inc     [reg.VS_Counters.fld]
        popfd
        ENDM

;   Point REG at the VMTRACK data in a control block.
Get_CB_Data MACRO reg, cb
        mov     reg, cb
        add     reg, [CB_Offset]
        ENDM

;   Verify a shadow block signature in debug builds only.
Check_Shadow MACRO reg
        LOCAL   ok
IF VMTRACK_CHECKS
        cmp     [reg].VS_Signature, VS_SIG
        je      ok
        Debug_Out "VMTRACK: bad shadow block #reg"
ok:
ENDIF
        ENDM

;   Save and restore a fixed register set.
Push_Work MACRO
        IRP     r, <ebx, esi, edi>
        push    r
        ENDM
        ENDM

Pop_Work MACRO
        IRP     r, <edi, esi, ebx>
        pop     r
        ENDM
        ENDM

;   Zero N dwords at EDI.
Zero_Dwords MACRO n
        LOCAL   zloop
IFB <n>
        .err    <Zero_Dwords needs a count>
ELSE
        push    ecx
        push    eax
        mov     ecx, n
        xor     eax, eax
zloop:  mov     [edi], eax
        add     edi, 4
        dec     ecx
        jnz     zloop
        pop     eax
        pop     ecx
ENDIF
        ENDM

;   Emit a trace line only when verbose tracing is on.
VT_Trace MACRO text
IF VMTRACK_VERBOSE
        Trace_Out text
ENDIF
        ENDM

;   Build the dispatch table entries for the ioctls.
Ioctl_Entry MACRO name
        dd      OFFSET32 VMTRACK_&name
        ENDM

;   Compare two register names at assembly time.
Same_Reg MACRO a, b
IFIDNI <a>, <b>
        ;; same register, nothing to move
ELSE
        mov     a, b
ENDIF
        ENDM

;==============================================================================
;               V I R T U A L   D E V I C E   D E C L A R A T I O N
;==============================================================================

Declare_Virtual_Device VMTRACK, VMTRACK_Major_Ver, VMTRACK_Minor_Ver, \
        VMTRACK_Control, Undefined_Device_ID, Undefined_Init_Order, , ,

;==============================================================================

VxD_LOCKED_DATA_SEG

CB_Offset       dd      0
Next_Id         dd      1
Tracked_Count   dd      0
Sys_Shadow      dd      0

Ioctl_Dispatch  label dword
        Ioctl_Entry Get_Version
        Ioctl_Entry Get_Count
        Ioctl_Entry Read_VM
Ioctl_Count     EQU     ($ - Ioctl_Dispatch) / 4

Shadow_Template VM_Shadow <VS_SIG, 0, 0, , 0, 0>

Padding         db      3 dup (0), 0FFh

VxD_LOCKED_DATA_ENDS

;==============================================================================

VxD_ICODE_SEG

;******************************************************************************
;
;   VMTRACK_Device_Init
;
;   DESCRIPTION:
;       Claims space in every control block, then makes the System VM's
;       shadow block (Create_VM is not sent for the System VM).
;
;   ENTRY:  EBX = System VM handle
;
;******************************************************************************

BeginProc VMTRACK_Device_Init

        VMMcall _Allocate_Device_CB_Area, <<SIZE VMT_CB_Data>, 0>
        test    eax, eax
        jz      VDI_Fail
        mov     [CB_Offset], eax

        call    VMTRACK_Make_Shadow
        jc      VDI_Fail
        Get_CB_Data edx, ebx
        mov     eax, [edx.VMT_pShadow]
        mov     [Sys_Shadow], eax
        or      [eax.VS_Flags], VSF_SYSTEM
        clc
        ret

VDI_Fail:
        Debug_Out "VMTRACK: init failed"
        stc
        ret

EndProc VMTRACK_Device_Init

VxD_ICODE_ENDS

;==============================================================================

VxD_LOCKED_CODE_SEG

;******************************************************************************
;
;   VMTRACK_Control
;
;   DESCRIPTION:
;       Hand-written control procedure (instead of Begin_Control_Dispatch)
;       so that the ioctl path can be given its arguments in registers.
;
;******************************************************************************

BeginProc VMTRACK_Control

        Control_Dispatch Device_Init, VMTRACK_Device_Init
        Control_Dispatch Create_VM, VMTRACK_Create_VM
        Control_Dispatch Destroy_VM, VMTRACK_Destroy_VM
        Control_Dispatch Sys_VM_Terminate, VMTRACK_Destroy_VM
        Control_Dispatch W32_DEVICEIOCONTROL, VMTRACK_Ioctl, sCall, <ecx, ebx, edx, esi>
        clc
        ret

EndProc VMTRACK_Control

;******************************************************************************
;
;   VMTRACK_Make_Shadow
;
;   DESCRIPTION:
;       Allocates and fills the shadow block for the VM in EBX. PG_VM memory
;       names its owner in the VM argument.
;
;   ENTRY:  EBX = VM handle
;   EXIT:   CF clear, control block points at the block; CF set on failure
;   USES:   EAX, ECX, EDX, Flags
;
;******************************************************************************

BeginProc VMTRACK_Make_Shadow

        Push_Work

        VMMcall _PageAllocate, <SHADOW_PAGES, PG_VM, ebx, 0, 0, 0, 0, PageLocked+PageZeroInit>
        test    eax, eax
        jz      MS_Fail
        mov     esi, eax                        ; handle
        mov     edi, edx                        ; linear address

        mov     [edi].VS_Signature, VS_SIG
        mov     [edi].VS_VM, ebx
        mov     [edi].VS_hMem, esi
        mov     eax, [Next_Id]
        mov     [edi].VS_Id, ax
        inc     [Next_Id]
        mov     [edi].VS_Flags, 0

        push    edi
        lea     edi, [edi.VS_Counters]
        Zero_Dwords <(SIZE Shadow_Counters) / 4>
        pop     edi

        Get_CB_Data edx, ebx
        mov     [edx.VMT_pShadow], edi
        movzx   eax, [edi].VS_Id
        mov     [edx.VMT_Id], eax
        inc     [Tracked_Count]

        VT_Trace "VMTRACK: shadow made"
        Pop_Work
        clc
        ret

MS_Fail:
        Pop_Work
        stc
        ret

EndProc VMTRACK_Make_Shadow

;******************************************************************************
;
;   VMTRACK_Create_VM / VMTRACK_Destroy_VM
;
;   ENTRY:  EBX = VM handle
;
;******************************************************************************

BeginProc VMTRACK_Create_VM

        cmp     [Tracked_Count], MAX_TRACKED_VMS
        jae     CV_Too_Many
        call    VMTRACK_Make_Shadow
        ret                                     ; CF from Make_Shadow

CV_Too_Many:
        clc                                     ; run the VM untracked
        ret

EndProc VMTRACK_Create_VM

BeginProc VMTRACK_Destroy_VM

        Push_Work

        Get_CB_Data esi, ebx
        mov     edi, [esi.VMT_pShadow]
        test    edi, edi
        jz      DV_Done
        Check_Shadow edi

;   The block records its own handle; take it out before the block goes.

        mov     eax, [edi].VS_hMem
        mov     [esi.VMT_pShadow], 0
        VMMcall _PageFree, <eax, 0>
        dec     [Tracked_Count]
DV_Done:
        Pop_Work
        clc
        ret

EndProc VMTRACK_Destroy_VM

;******************************************************************************
;
;   VMTRACK_Note_Lock
;
;   DESCRIPTION:
;       Called by the paging hooks when a VM locks or unlocks pages.
;
;   ENTRY:  EBX = VM handle, EAX = 0 for a lock, 1 for an unlock
;
;******************************************************************************

BeginProc VMTRACK_Note_Lock, HIGH_FREQ

        push    esi
        Get_CB_Data esi, ebx
        mov     esi, [esi.VMT_pShadow]
        test    esi, esi
        jz      NL_Done
        test    eax, eax
        jnz     NL_Unlock
        Bump_Counter esi, SC_Locks
        jmp     NL_Done
NL_Unlock:
        Bump_Counter esi, SC_Unlocks
NL_Done:
        pop     esi
        ret

EndProc VMTRACK_Note_Lock

;******************************************************************************
;
;   VMTRACK_Ioctl
;
;   DESCRIPTION:
;       Called through Control_Dispatch with the sCall convention:
;       (dwService, hDevice, ?, pDIOCParams) pushed by the macro.
;
;******************************************************************************

BeginProc VMTRACK_Ioctl, SCALL

        ArgVar  dwService, DWORD
        ArgVar  hDevice, DWORD
        ArgVar  dwUnused, DWORD
        ArgVar  pParams, DWORD

        EnterProc
        SaveReg <esi>

        mov     esi, pParams
        mov     eax, dwService
        cmp     eax, DIOC_GETVERSION
        je      VI_Zero
        cmp     eax, DIOC_CLOSEHANDLE
        je      VI_Zero
        dec     eax
        cmp     eax, Ioctl_Count
        jae     VI_Bad
        call    Ioctl_Dispatch[eax*4]
        jmp     VI_Exit

VI_Zero:
        xor     eax, eax
        jmp     VI_Exit
VI_Bad:
        mov     eax, ERROR_NOT_SUPPORTED
VI_Exit:
        RestoreReg <esi>
        LeaveProc
        Return

EndProc VMTRACK_Ioctl

;******************************************************************************
;   Ioctl workers. ENTRY: ESI -> DIOCParams. EXIT: EAX = Win32 error code.
;******************************************************************************

BeginProc VMTRACK_Get_Version

        mov     edx, [esi.lpvOutBuffer]
        test    edx, edx
        jz      GV_Bad
        cmp     [esi.cbOutBuffer], 4
        jb      GV_Bad
        mov     dword ptr [edx], (VMTRACK_Major_Ver SHL 16) OR VMTRACK_Minor_Ver
        xor     eax, eax
        ret
GV_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
        ret

EndProc VMTRACK_Get_Version

BeginProc VMTRACK_Get_Count

        mov     edx, [esi.lpvOutBuffer]
        test    edx, edx
        jz      GC_Bad
        cmp     [esi.cbOutBuffer], 4
        jb      GC_Bad
        mov     eax, [Tracked_Count]
        mov     [edx], eax
        xor     eax, eax
        ret
GC_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
        ret

EndProc VMTRACK_Get_Count

;   Reads the counters of the VM whose id is in the input buffer. The VM
;   list is walked with Get_Next_VM_Handle, which is register based and
;   leaves everything but EBX alone.

BeginProc VMTRACK_Read_VM

        Push_Work

        mov     ecx, [esi.lpvInBuffer]
        test    ecx, ecx
        jz      RV_Bad
        cmp     [esi.cbInBuffer], 4
        jb      RV_Bad
        mov     edi, [esi.lpvOutBuffer]
        test    edi, edi
        jz      RV_Bad
        cmp     [esi.cbOutBuffer], SIZE Monitor_Record
        jb      RV_Bad
        mov     edx, [ecx]                      ; wanted id

        VMMcall Get_Sys_VM_Handle
        mov     esi, ebx                        ; first VM, end marker
RV_Walk:
        Get_CB_Data eax, ebx
        cmp     [eax.VMT_Id], edx
        je      RV_Found
        VMMcall Get_Next_VM_Handle
        cmp     ebx, esi
        jne     RV_Walk
        mov     eax, ERROR_FILE_NOT_FOUND
        jmp     RV_Exit

RV_Found:
        mov     ecx, [eax.VMT_pShadow]
        jecxz   RV_Bad
        mov     [edi.MR_Id], edx
        mov     eax, [ecx.VS_Counters.SC_Faults]
        mov     [edi].MR_Faults, eax
        mov     eax, [ecx.VS_Counters.SC_Commits]
        mov     [edi].MR_Commits, eax
        mov     eax, [ecx.VS_Counters.SC_Locks]
        mov     [edi].MR_Locks, eax
        mov     eax, [ecx][VS_Counters.SC_Unlocks]
        mov     [edi].MR_Unlocks, eax
        xor     eax, eax
        jmp     RV_Exit

RV_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
RV_Exit:
        Pop_Work
        ret

EndProc VMTRACK_Read_VM

VxD_LOCKED_CODE_ENDS

        END
