        PAGE    58,132
;******************************************************************************
        TITLE   RINGLOG - grow-on-demand trace ring using reserve and commit
;******************************************************************************
;
;   RINGLOG keeps a large trace ring in the shared system arena. Only the
;   linear range is reserved at start; pages are committed in chunks as the
;   ring fills and decommitted again when a reader drains it, so an idle
;   system pays for one page.
;
;   It also maps the card's register window with _MapPhysToLinear, which
;   fails with 0FFFFFFFFh rather than 0.
;
;   Win95 and later only (_PageReserve and friends are 4.0 services).
;
;   Conventions used here:
;     - page numbers for _PageCommit/_PageDecommit are linear address SHR 12;
;       _PageReserve returns an address, never a page number;
;     - the reservation is freed with _PageFree on its base address.
;
;******************************************************************************

        .386p

        .xlist
        include vmm.inc
        include vwin32.inc
        include debug.inc
        .list

RINGLOG_Major_Ver       EQU     4
RINGLOG_Minor_Ver       EQU     0

RING_RESERVE_PAGES      EQU     256             ; 1MB of address space
RING_CHUNK_PAGES        EQU     8               ; commit granularity
RING_FIXED_PAGES        EQU     1               ; header page, always present

REG_WINDOW_PHYS         EQU     0FEBF0000h      ; default BAR, patched by INI
REG_WINDOW_BYTES        EQU     1000h

.errnz  RING_RESERVE_PAGES MOD RING_CHUNK_PAGES

;------------------------------------------------------------------------------
;   Ring header, kept in the first (fixed) page of the reservation
;------------------------------------------------------------------------------

Ring_Header STRUC
RH_Signature    dd      ?
RH_Head         dd      ?               ; byte offset of next write
RH_Tail         dd      ?               ; byte offset of next read
RH_Committed    dd      ?               ; pages committed after the header
RH_Dropped      dd      ?               ; records lost to a full ring
Ring_Header ENDS

RING_SIG        EQU     'GLNR'

;   One trace record
Ring_Record STRUC
RR_Time         dd      ?
RR_VM           dd      ?
RR_Code         dw      ?
RR_Length       dw      ?
RR_Data         db      16 dup (?)
Ring_Record ENDS

RECORD_SIZE     EQU     SIZE Ring_Record
.errnz  RECORD_SIZE - 28

Declare_Virtual_Device RINGLOG, RINGLOG_Major_Ver, RINGLOG_Minor_Ver, \
        RINGLOG_Control, Undefined_Device_ID, Undefined_Init_Order, , ,

;==============================================================================

VxD_LOCKED_DATA_SEG

Ring_Base       dd      0               ; linear base of the reservation
Ring_Base_Pg    dd      0               ; same, as a page number
Ring_Data_Lin   dd      0               ; first byte after the header page

Reg_Window      dd      0               ; linear alias of the card registers
Reg_Window_Phys dd      REG_WINDOW_PHYS

Ring_Lock_Sem   dd      0

Key_Reg_Phys    db      "RegWindow", 0

IFDEF DEBUG
Dbg_Commit_Fail dd      0
Dbg_Decommits   dd      0
ENDIF

VxD_LOCKED_DATA_ENDS

;==============================================================================

VxD_ICODE_SEG

;******************************************************************************
;
;   RINGLOG_Sys_Critical_Init
;
;   DESCRIPTION:
;       Reads an optional RegWindow= override from SYSTEM.INI and maps the
;       register window. Physical device memory is reached only through
;       _MapPhysToLinear; its failure value is 0FFFFFFFFh.
;
;******************************************************************************

BeginProc RINGLOG_Sys_Critical_Init

        mov     eax, [Reg_Window_Phys]
        mov     esi, OFFSET32 Key_Reg_Phys
        xor     edi, edi                ; [RINGLOG] section (device name)
        VMMcall Get_Profile_Hex_Int
        mov     [Reg_Window_Phys], eax

        VMMcall _MapPhysToLinear, <[Reg_Window_Phys], REG_WINDOW_BYTES, 0>
        cmp     eax, 0FFFFFFFFh
        je      SCI_No_Window
        mov     [Reg_Window], eax
        clc
        ret

SCI_No_Window:
        Debug_Out "RINGLOG: register window not addressable"
        mov     [Reg_Window], 0
        clc                             ; the ring works without the card
        ret

EndProc RINGLOG_Sys_Critical_Init

;******************************************************************************
;
;   RINGLOG_Device_Init
;
;   DESCRIPTION:
;       Reserves the whole ring and commits the fixed header page.
;
;******************************************************************************

BeginProc RINGLOG_Device_Init

        VMMcall _PageReserve, <PR_SYSTEM, RING_RESERVE_PAGES, 0>
        cmp     eax, -1
        je      DI_Fail
        mov     [Ring_Base], eax
        mov     esi, eax
        shr     eax, 12
        mov     [Ring_Base_Pg], eax
        mov     edi, eax

        VMMcall _PageCommit, <edi, RING_FIXED_PAGES, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>
        test    eax, eax
        jz      DI_Free_Reserve

        mov     [esi].RH_Signature, RING_SIG
        mov     [esi].RH_Head, 0
        mov     [esi].RH_Tail, 0
        mov     [esi].RH_Committed, 0
        mov     [esi].RH_Dropped, 0
        lea     eax, [esi+RING_FIXED_PAGES*1000h]
        mov     [Ring_Data_Lin], eax

        mov     ecx, 1                  ; one token: a plain mutex
        VMMcall Create_Semaphore
        jc      DI_Decommit
        mov     [Ring_Lock_Sem], eax

        clc
        ret

DI_Decommit:
        VMMcall _PageDecommit, <edi, RING_FIXED_PAGES, 0>
DI_Free_Reserve:
        VMMcall _PageFree, <[Ring_Base], 0>
        mov     [Ring_Base], 0
        mov     [Ring_Base_Pg], 0
DI_Fail:
        stc
        ret

EndProc RINGLOG_Device_Init

VxD_ICODE_ENDS

;==============================================================================

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch RINGLOG
        Control_Dispatch Sys_Critical_Init, RINGLOG_Sys_Critical_Init
        Control_Dispatch Device_Init, RINGLOG_Device_Init
        Control_Dispatch System_Exit, RINGLOG_System_Exit
        Control_Dispatch W32_DEVICEIOCONTROL, RINGLOG_Ioctl
End_Control_Dispatch RINGLOG

;******************************************************************************
;
;   RINGLOG_System_Exit
;
;   DESCRIPTION:
;       Freeing the reservation decommits whatever is still committed inside
;       it, so one _PageFree is enough.
;
;******************************************************************************

BeginProc RINGLOG_System_Exit

        mov     eax, [Ring_Base]
        test    eax, eax
        jz      SX_Done
        VMMcall _PageFree, <eax, 0>
        mov     [Ring_Base], 0
        mov     [Ring_Base_Pg], 0
        mov     [Ring_Data_Lin], 0
SX_Done:
        clc
        ret

EndProc RINGLOG_System_Exit

;******************************************************************************
;
;   Ring_Ensure_Committed
;
;   DESCRIPTION:
;       Makes sure the data page that holds byte offset EAX of the ring is
;       committed, committing whole chunks in order.
;
;   ENTRY:  EAX = byte offset into the data area
;           ESI -> Ring_Header
;   EXIT:   CF clear if the page is usable
;   USES:   EAX, ECX, EDX, Flags
;
;******************************************************************************

BeginProc Ring_Ensure_Committed

        push    ebx
        push    edi

        shr     eax, 12                         ; data page index
        cmp     eax, [esi].RH_Committed
        jb      EC_Ok                           ; already there

        mov     ebx, [esi].RH_Committed         ; first page to commit
        cmp     ebx, RING_RESERVE_PAGES - RING_FIXED_PAGES - RING_CHUNK_PAGES
        ja      EC_Full                         ; chunk would leave the reservation

        mov     edi, [Ring_Base_Pg]
        add     edi, RING_FIXED_PAGES
        add     edi, ebx                        ; linear page number

        VMMcall _PageCommit, <edi, RING_CHUNK_PAGES, PD_ZEROINIT, 0, PC_WRITEABLE+PC_LOCKED>
        test    eax, eax
        jz      EC_No_Memory
        add     [esi].RH_Committed, RING_CHUNK_PAGES

EC_Ok:
        pop     edi
        pop     ebx
        clc
        ret

EC_No_Memory:
IFDEF DEBUG
        inc     [Dbg_Commit_Fail]
ENDIF
EC_Full:
        pop     edi
        pop     ebx
        stc
        ret

EndProc Ring_Ensure_Committed

;******************************************************************************
;
;   Ring_Trim
;
;   DESCRIPTION:
;       After a drain empties the ring, gives back every committed chunk but
;       the first. _PageDecommit takes a page number range inside the one
;       reservation.
;
;   ENTRY:  ESI -> Ring_Header
;
;******************************************************************************

BeginProc Ring_Trim

        push    ebx
        mov     ebx, [esi].RH_Committed
        cmp     ebx, RING_CHUNK_PAGES
        jbe     RT_Done
        sub     ebx, RING_CHUNK_PAGES           ; pages to give back

        mov     eax, [Ring_Base_Pg]
        add     eax, RING_FIXED_PAGES + RING_CHUNK_PAGES
        VMMcall _PageDecommit, <eax, ebx, 0>
        test    eax, eax
        jz      RT_Done
        mov     [esi].RH_Committed, RING_CHUNK_PAGES
IFDEF DEBUG
        inc     [Dbg_Decommits]
ENDIF
RT_Done:
        pop     ebx
        ret

EndProc Ring_Trim

;******************************************************************************
;
;   RINGLOG_Write (called from other VxDs through the debug hook)
;
;   ENTRY:  BX  = record code
;           EDI -> up to 16 bytes of data
;           ECX = data length
;
;******************************************************************************

BeginProc RINGLOG_Write, PUBLIC

        SaveReg <ebx, esi, edi>

        mov     esi, [Ring_Base]
        test    esi, esi
        jz      WR_Exit
        cmp     ecx, 16
        jbe     @F
        mov     ecx, 16
@@:     push    ecx                             ; length, popped on both paths

        mov     eax, [esi].RH_Head
        add     eax, RECORD_SIZE - 1
        call    Ring_Ensure_Committed
        jc      WR_Drop

        mov     edx, [Ring_Data_Lin]
        add     edx, [esi].RH_Head
        mov     (Ring_Record ptr [edx]).RR_Code, bx
        mov     eax, [esp]
        mov     (Ring_Record ptr [edx]).RR_Length, ax
        push    edx
        VMMcall Get_Cur_VM_Handle
        pop     edx
        mov     [edx.RR_VM], ebx
        push    edx
        VMMcall Get_System_Time
        pop     edx
        mov     [edx.RR_Time], eax

        pop     ecx
        push    esi
        mov     esi, edi
        lea     edi, [edx.RR_Data]
        cld
        rep     movsb
        pop     esi

        add     [esi].RH_Head, RECORD_SIZE
        jmp     WR_Exit

WR_Drop:
        pop     ecx
        inc     [esi].RH_Dropped
WR_Exit:
        RestoreReg <edi, esi, ebx>
        ret

EndProc RINGLOG_Write

;******************************************************************************
;
;   RINGLOG_Ioctl
;
;   DESCRIPTION:
;       DIOC 1 copies the ring into the caller's buffer and resets it;
;       DIOC 2 reads the card's status register.
;
;   ENTRY:  ESI -> DIOCParams
;
;******************************************************************************

BeginProc RINGLOG_Ioctl

        mov     eax, [esi].dwIoControlCode
        cmp     eax, DIOC_GETVERSION
        je      IO_Ok
        cmp     eax, 1
        je      IO_Drain
        cmp     eax, 2
        je      IO_Status
        mov     eax, ERROR_NOT_SUPPORTED
        ret

IO_Ok:
        xor     eax, eax
        ret

IO_Status:
        mov     edx, [Reg_Window]
        test    edx, edx
        jz      IO_No_Card
        mov     ecx, [esi].lpvOutBuffer
        jecxz   IO_Bad
        cmp     [esi].cbOutBuffer, 4
        jb      IO_Bad
        mov     eax, [edx+10h]                  ; status register
        mov     [ecx], eax
        xor     eax, eax
        ret

IO_No_Card:
        mov     eax, ERROR_NOT_READY
        ret

IO_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
        ret

IO_Drain:
        SaveReg <ebx, esi, edi>
        mov     ebx, esi                        ; EBX -> DIOCParams
        mov     esi, [Ring_Base]
        test    esi, esi
        jz      DR_Empty

        mov     edi, [ebx].lpvOutBuffer
        test    edi, edi
        jz      DR_Bad
        mov     ecx, [esi].RH_Head
        sub     ecx, [esi].RH_Tail
        cmp     ecx, [ebx].cbOutBuffer
        jbe     @F
        mov     ecx, [ebx].cbOutBuffer
@@:     mov     edx, [ebx].lpcbBytesReturned
        test    edx, edx
        jz      @F
        mov     [edx], ecx
@@:     push    esi
        mov     eax, [esi].RH_Tail
        add     eax, [Ring_Data_Lin]
        mov     esi, eax
        cld
        rep     movsb
        pop     esi

        mov     [esi].RH_Head, 0
        mov     [esi].RH_Tail, 0
        call    Ring_Trim
        xor     eax, eax
        jmp     DR_Exit

DR_Empty:
        xor     eax, eax
        jmp     DR_Exit
DR_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
DR_Exit:
        RestoreReg <edi, esi, ebx>
        ret

EndProc RINGLOG_Ioctl

VxD_LOCKED_CODE_ENDS

        END
