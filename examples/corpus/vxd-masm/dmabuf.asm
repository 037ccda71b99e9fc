        PAGE    58,132
;******************************************************************************
        TITLE   DMABUF - contiguous DMA buffer service for a bus-master card
;******************************************************************************
;
;   DMABUF owns one physically contiguous, 64K-aligned buffer below 16MB that
;   an ISA bus-master card can reach, plus a small pool of pageable staging
;   blocks that are locked only while a transfer is in flight.
;
;   Why the buffer is taken at Device_Init: PageUseAlign is only honoured
;   while the system is initialising, and the physical address is reported
;   through PhysAddr only when PageContig and PageUseAlign are both given.
;
;   Register rules followed throughout: every C-convention VMM service may
;   trash EAX, ECX, EDX and the flags, so anything that must survive a
;   VMMcall lives in EBX, ESI, EDI or memory.
;
;******************************************************************************

        .386p

        .xlist
        include vmm.inc
        include vwin32.inc
        include debug.inc
        .list

;------------------------------------------------------------------------------
;   Device identification
;------------------------------------------------------------------------------

DMABUF_Major_Ver        EQU     1
DMABUF_Minor_Ver        EQU     2
DMABUF_Device_ID        EQU     Undefined_Device_ID

;------------------------------------------------------------------------------
;   Buffer geometry
;------------------------------------------------------------------------------

DMA_PAGES               EQU     16              ; 64K of contiguous memory
DMA_ALIGN_64K           EQU     0Fh             ; align mask: 16 pages
DMA_MAX_PHYS_PAGE       EQU     1000h           ; below 16MB (page number)
STAGE_COUNT             EQU     4               ; pageable staging blocks
STAGE_PAGES             EQU     2

.errnz  DMA_PAGES - 16
.erre   STAGE_COUNT LE 8

;------------------------------------------------------------------------------
;   DeviceIoControl codes (match the Win32 helper DLL)
;------------------------------------------------------------------------------

DMABUF_IOCTL_GET_VERSION EQU    1
DMABUF_IOCTL_GET_PHYS    EQU    2
DMABUF_IOCTL_BEGIN_XFER  EQU    3
DMABUF_IOCTL_END_XFER    EQU    4
DMABUF_IOCTL_MAX         EQU    4

;------------------------------------------------------------------------------
;   Per staging block bookkeeping
;------------------------------------------------------------------------------

Stage_Block STRUC
SB_hMem         dd      ?               ; memory handle from _PageAllocate
SB_Lin          dd      ?               ; ring-0 linear address
SB_Lock_Count   dd      ?               ; how many times we locked it
SB_Flags        dd      ?
Stage_Block ENDS

SBF_IN_USE      EQU     00000001h
SBF_LOCKED      EQU     00000002h

.errnz  SIZE Stage_Block - 16

;==============================================================================
;               V I R T U A L   D E V I C E   D E C L A R A T I O N
;==============================================================================

Declare_Virtual_Device DMABUF, DMABUF_Major_Ver, DMABUF_Minor_Ver, \
        DMABUF_Control, DMABUF_Device_ID, Undefined_Init_Order, , ,

;==============================================================================
;                            L O C K E D   D A T A
;==============================================================================

VxD_LOCKED_DATA_SEG

Dma_hMem        dd      0               ; handle of the contiguous buffer
Dma_Lin         dd      0               ; its ring-0 linear address
Dma_Phys        dd      0               ; physical start, filled by VMM
Dma_Busy        dd      0               ; non-zero while the card owns it

Stages          Stage_Block STAGE_COUNT dup (<>)

Open_Count      dd      0

IFDEF DEBUG
Dbg_Alloc_Fail  dd      0
Dbg_Lock_Fail   dd      0
ENDIF

VxD_LOCKED_DATA_ENDS

;==============================================================================
;                      I N I T I A L I S A T I O N   C O D E
;==============================================================================

VxD_ICODE_SEG

;******************************************************************************
;
;   DMABUF_Device_Init
;
;   DESCRIPTION:
;       Takes the contiguous DMA buffer while PageUseAlign is still allowed,
;       then the pageable staging blocks.
;
;   ENTRY:
;       EBX = System VM handle
;
;   EXIT:
;       Carry clear on success, set if the device should not load.
;
;   USES:
;       EAX, ECX, EDX, ESI, EDI, Flags
;
;******************************************************************************

BeginProc DMABUF_Device_Init

        Trace_Out "DMABUF: Device_Init"

        VMMcall _PageAllocate, <DMA_PAGES, PG_SYS, 0, DMA_ALIGN_64K, 0, \
                DMA_MAX_PHYS_PAGE, <OFFSET32 Dma_Phys>, \
                PageUseAlign+PageContig+PageFixed>
        test    eax, eax
        jz      DI_No_Buffer
        mov     [Dma_hMem], eax
        mov     [Dma_Lin], edx

;   The staging blocks are plain pageable memory; they are locked per
;   transfer so that idle blocks can be paged out.

        mov     esi, OFFSET32 Stages
        mov     edi, STAGE_COUNT
DI_Stage_Loop:
        VMMcall _PageAllocate, <STAGE_PAGES, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
        test    eax, eax
        jz      DI_Stage_Fail
        mov     [esi.SB_hMem], eax
        mov     [esi.SB_Lin], edx
        mov     [esi.SB_Lock_Count], 0
        mov     [esi.SB_Flags], 0
        add     esi, SIZE Stage_Block
        dec     edi
        jnz     DI_Stage_Loop

        clc
        ret

;   A staging block could not be had: give back everything taken so far,
;   newest first, then the DMA buffer.

DI_Stage_Fail:
IFDEF DEBUG
        inc     [Dbg_Alloc_Fail]
ENDIF
        cmp     esi, OFFSET32 Stages
        je      DI_Free_Dma
        sub     esi, SIZE Stage_Block
        VMMcall _PageFree, <[esi.SB_hMem], 0>
        mov     [esi.SB_hMem], 0
        jmp     DI_Stage_Fail

DI_Free_Dma:
        VMMcall _PageFree, <[Dma_hMem], 0>
        mov     [Dma_hMem], 0
        mov     [Dma_Lin], 0

DI_No_Buffer:
        Debug_Out "DMABUF: no contiguous buffer below 16MB"
        stc
        ret

EndProc DMABUF_Device_Init

VxD_ICODE_ENDS

;==============================================================================
;                            L O C K E D   C O D E
;==============================================================================

VxD_LOCKED_CODE_SEG

;******************************************************************************
;
;   DMABUF_Control
;
;   DESCRIPTION:
;       Control message dispatcher.
;
;******************************************************************************

Begin_Control_Dispatch DMABUF
        Control_Dispatch Device_Init, DMABUF_Device_Init
        Control_Dispatch System_Exit, DMABUF_System_Exit
        Control_Dispatch W32_DEVICEIOCONTROL, DMABUF_Ioctl
End_Control_Dispatch DMABUF

;******************************************************************************
;
;   DMABUF_System_Exit
;
;   DESCRIPTION:
;       Unlocks whatever a crashed client left locked and frees every block.
;       PG_SYS memory need not be freed at exit, but doing it keeps the
;       debug kernel's leak report clean.
;
;******************************************************************************

BeginProc DMABUF_System_Exit

        SaveReg <ebx, esi, edi>

        mov     esi, OFFSET32 Stages
        mov     edi, STAGE_COUNT
SE_Next:
        cmp     [esi.SB_hMem], 0
        je      SE_Skip
        mov     ebx, [esi.SB_Lock_Count]
SE_Unlock:
        test    ebx, ebx
        jz      SE_Free
        VMMcall _PageUnLock, <[esi.SB_hMem], STAGE_PAGES, 0, 0>
        dec     ebx
        jmp     SE_Unlock
SE_Free:
        mov     [esi.SB_Lock_Count], 0
        VMMcall _PageFree, <[esi.SB_hMem], 0>
        mov     [esi.SB_hMem], 0
        mov     [esi.SB_Lin], 0
SE_Skip:
        add     esi, SIZE Stage_Block
        dec     edi
        jnz     SE_Next

        cmp     [Dma_hMem], 0
        je      SE_Done
        VMMcall _PageFree, <[Dma_hMem], 0>
        mov     [Dma_hMem], 0
        mov     [Dma_Lin], 0
SE_Done:
        RestoreReg <edi, esi, ebx>
        clc
        ret

EndProc DMABUF_System_Exit

;******************************************************************************
;
;   DMABUF_Ioctl
;
;   DESCRIPTION:
;       W32_DEVICEIOCONTROL handler.
;
;   ENTRY:
;       ESI -> DIOCParams
;
;   EXIT:
;       EAX = 0 on success, an error code otherwise
;
;******************************************************************************

BeginProc DMABUF_Ioctl

        mov     ecx, [esi.dwIoControlCode]
        cmp     ecx, DIOC_OPEN
        je      Ioctl_Open
        cmp     ecx, DIOC_CLOSEHANDLE
        je      Ioctl_Close
        cmp     ecx, DMABUF_IOCTL_MAX
        ja      Ioctl_Bad
        jmp     [Ioctl_Table+ecx*4]

Ioctl_Open:
        inc     [Open_Count]
        xor     eax, eax
        ret

Ioctl_Close:
        cmp     [Open_Count], 0
        je      @F
        dec     [Open_Count]
@@:     xor     eax, eax
        ret

Ioctl_Bad:
        mov     eax, ERROR_NOT_SUPPORTED
        ret

EndProc DMABUF_Ioctl

        ALIGN   4
Ioctl_Table     label dword
        dd      OFFSET32 DMABUF_Ioctl_Bad_Code
        dd      OFFSET32 DMABUF_Get_Version
        dd      OFFSET32 DMABUF_Get_Phys
        dd      OFFSET32 DMABUF_Begin_Xfer
        dd      OFFSET32 DMABUF_End_Xfer

BeginProc DMABUF_Ioctl_Bad_Code
        mov     eax, ERROR_NOT_SUPPORTED
        ret
EndProc DMABUF_Ioctl_Bad_Code

;******************************************************************************
;
;   DMABUF_Get_Version
;
;   ENTRY:  ESI -> DIOCParams, output buffer of at least 4 bytes
;
;******************************************************************************

BeginProc DMABUF_Get_Version

        cmp     [esi.cbOutBuffer], 4
        jb      GV_Small
        mov     edx, [esi.lpvOutBuffer]
        test    edx, edx
        jz      GV_Small
        mov     dword ptr [edx], (DMABUF_Major_Ver SHL 8) OR DMABUF_Minor_Ver
        mov     ecx, [esi.lpcbBytesReturned]
        jecxz   @F
        mov     dword ptr [ecx], 4
@@:     xor     eax, eax
        ret

GV_Small:
        mov     eax, ERROR_INSUFFICIENT_BUFFER
        ret

EndProc DMABUF_Get_Version

;******************************************************************************
;
;   DMABUF_Get_Phys
;
;   DESCRIPTION:
;       Reports the physical address and size of the DMA buffer so the
;       user-mode driver can program the card.
;
;******************************************************************************

BeginProc DMABUF_Get_Phys

        cmp     [Dma_hMem], 0
        je      GP_None
        cmp     [esi.cbOutBuffer], 8
        jb      GP_Small
        mov     edx, [esi.lpvOutBuffer]
        test    edx, edx
        jz      GP_Small
        mov     eax, [Dma_Phys]
        mov     [edx], eax
        mov     dword ptr [edx+4], DMA_PAGES * 1000h
        mov     ecx, [esi.lpcbBytesReturned]
        jecxz   @F
        mov     dword ptr [ecx], 8
@@:     xor     eax, eax
        ret

GP_None:
        mov     eax, ERROR_NOT_READY
        ret

GP_Small:
        mov     eax, ERROR_INSUFFICIENT_BUFFER
        ret

EndProc DMABUF_Get_Phys

;******************************************************************************
;
;   DMABUF_Begin_Xfer
;
;   DESCRIPTION:
;       Picks a free staging block and locks it for the duration of a
;       transfer. The block index goes back to the caller.
;
;   ENTRY:  ESI -> DIOCParams
;
;   EXIT:   EAX = 0 and the block index in the output buffer, or an error
;
;******************************************************************************

BeginProc DMABUF_Begin_Xfer

        SaveReg <ebx, edi>

        mov     edi, [esi.lpvOutBuffer]
        test    edi, edi
        jz      BX_Small
        cmp     [esi.cbOutBuffer], 4
        jb      BX_Small

        mov     ebx, OFFSET32 Stages
        xor     edx, edx
BX_Find:
        test    [ebx.SB_Flags], SBF_IN_USE
        jz      BX_Found
        add     ebx, SIZE Stage_Block
        inc     edx
        cmp     edx, STAGE_COUNT
        jb      BX_Find
        mov     eax, ERROR_BUSY
        jmp     BX_Exit

BX_Found:
        mov     [edi], edx              ; index out before EDX is lost
        VMMcall _PageLock, <[ebx.SB_hMem], STAGE_PAGES, 0, 0>
        test    eax, eax
        jz      BX_No_Lock
        inc     [ebx.SB_Lock_Count]
        or      [ebx.SB_Flags], SBF_IN_USE OR SBF_LOCKED
        xor     eax, eax
        jmp     BX_Exit

BX_No_Lock:
IFDEF DEBUG
        inc     [Dbg_Lock_Fail]
ENDIF
        mov     eax, ERROR_NOT_ENOUGH_MEMORY
        jmp     BX_Exit

BX_Small:
        mov     eax, ERROR_INSUFFICIENT_BUFFER
BX_Exit:
        RestoreReg <edi, ebx>
        ret

EndProc DMABUF_Begin_Xfer

;******************************************************************************
;
;   DMABUF_End_Xfer
;
;   DESCRIPTION:
;       Unlocks the staging block named in the input buffer. PageMarkPageOut
;       tells the pager the data is no longer interesting.
;
;******************************************************************************

BeginProc DMABUF_End_Xfer

        SaveReg <ebx>

        cmp     [esi.cbInBuffer], 4
        jb      EX_Bad
        mov     ecx, [esi.lpvInBuffer]
        test    ecx, ecx
        jz      EX_Bad
        mov     eax, [ecx]
        cmp     eax, STAGE_COUNT
        jae     EX_Bad
        imul    eax, eax, SIZE Stage_Block
        lea     ebx, Stages[eax]
        test    [ebx.SB_Flags], SBF_LOCKED
        jz      EX_Bad

        VMMcall _PageUnLock, <[ebx.SB_hMem], STAGE_PAGES, 0, PageMarkPageOut>
        test    eax, eax
        jz      EX_Bad
        dec     [ebx.SB_Lock_Count]
        and     [ebx.SB_Flags], NOT (SBF_IN_USE OR SBF_LOCKED)
        xor     eax, eax
        jmp     EX_Exit

EX_Bad:
        mov     eax, ERROR_INVALID_PARAMETER
EX_Exit:
        RestoreReg <ebx>
        ret

EndProc DMABUF_End_Xfer

VxD_LOCKED_CODE_ENDS

;==============================================================================
;                     R E A L   M O D E   I N I T   C O D E
;==============================================================================

VxD_REAL_INIT_SEG

;   Refuses to load twice: the second copy would fight over the card.

BeginProc DMABUF_Real_Init

        test    bx, Duplicate_Device_ID
        jnz     RI_Dup
        xor     bx, bx
        xor     si, si
        xor     edx, edx
        mov     ax, Device_Load_Ok
        ret
RI_Dup:
        mov     ah, 9
        mov     dx, OFFSET Dup_Msg
        int     21h
        xor     bx, bx
        xor     si, si
        mov     ax, Abort_Device_Load + No_Fail_Message
        ret

Dup_Msg db      "DMABUF: already loaded", 0Dh, 0Ah, "$"

EndProc DMABUF_Real_Init

VxD_REAL_INIT_ENDS

        END     DMABUF_Real_Init
