        PAGE    58,132
;******************************************************************************
        TITLE   BLKPOOL - growable block pool service for other VxDs
;******************************************************************************
;
;   BLKPOOL hands out page-granular pools to client VxDs through a service
;   table. A pool can grow with _PageReAllocate, can be pinned for DMA with
;   _LinPageLock, and can report the physical pages behind it through
;   _CopyPageTable.
;
;   Rules this file lives by:
;     - _PageReAllocate's result is tested before it replaces the old
;       handle; on failure the old block is still valid and still ours;
;     - a lock is always paired with an unlock of the same page range;
;     - services take their arguments in registers and document what they
;       destroy, like VMM's own register services.
;
;******************************************************************************

        .386p

        .xlist
        include vmm.inc
        include debug.inc
        .list

BLKPOOL_Major_Ver       EQU     1
BLKPOOL_Minor_Ver       EQU     3
BLKPOOL_Device_ID       EQU     3C81h

MAX_POOLS               EQU     16
MAX_POOL_PAGES          EQU     256
LOW_WATER_PAGES         EQU     64          ; refuse to grow below this

;------------------------------------------------------------------------------
;   Pool descriptor
;------------------------------------------------------------------------------

Pool_Desc STRUC
PD_hMem         dd      ?               ; handle (W95: also the address)
PD_Lin          dd      ?               ; ring-0 linear address
PD_Pages        dd      ?               ; current size in pages
PD_Lock_Pages   dd      ?               ; pages locked with _LinPageLock
PD_Owner        dd      ?               ; owning device id
Pool_Desc ENDS

POOL_DESC_SIZE  EQU     SIZE Pool_Desc

;------------------------------------------------------------------------------
;   Service table
;------------------------------------------------------------------------------

Create_BLKPOOL_Service_Table = 1

Begin_Service_Table BLKPOOL
BLKPOOL_Service BLKPOOL_Get_Version, LOCAL
BLKPOOL_Service BLKPOOL_Create, LOCAL
BLKPOOL_Service BLKPOOL_Grow, LOCAL
BLKPOOL_Service BLKPOOL_Destroy, LOCAL
BLKPOOL_Service BLKPOOL_Pin, LOCAL
BLKPOOL_Service BLKPOOL_Unpin, LOCAL
BLKPOOL_Service BLKPOOL_Get_Phys, LOCAL
End_Service_Table BLKPOOL

Declare_Virtual_Device BLKPOOL, BLKPOOL_Major_Ver, BLKPOOL_Minor_Ver, \
        BLKPOOL_Control, BLKPOOL_Device_ID, Undefined_Init_Order, , ,

;==============================================================================

VxD_LOCKED_DATA_SEG

Pools           Pool_Desc MAX_POOLS dup (<0, 0, 0, 0, 0>)
Pool_Count      dd      0

VxD_LOCKED_DATA_ENDS

;==============================================================================

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch BLKPOOL
        Control_Dispatch Sys_Critical_Init, BLKPOOL_Init
        Control_Dispatch System_Exit, BLKPOOL_Exit
End_Control_Dispatch BLKPOOL

BeginProc BLKPOOL_Init

        SaveReg <edi>
        mov     edi, OFFSET32 Pools
        mov     ecx, (MAX_POOLS * POOL_DESC_SIZE) / 4
        xor     eax, eax
        cld
        rep     stosd
        mov     [Pool_Count], eax
        RestoreReg <edi>
        clc
        ret

EndProc BLKPOOL_Init

;******************************************************************************
;
;   BLKPOOL_Exit
;
;   DESCRIPTION:
;       Drops every lock still held and frees every pool.
;
;******************************************************************************

BeginProc BLKPOOL_Exit

        SaveReg <ebx, esi>
        mov     esi, OFFSET32 Pools
        mov     ebx, MAX_POOLS
BE_Next:
        cmp     [esi.PD_hMem], 0
        je      BE_Skip
        mov     eax, esi
        call    Pool_Release
BE_Skip:
        add     esi, POOL_DESC_SIZE
        dec     ebx
        jnz     BE_Next
        RestoreReg <esi, ebx>
        clc
        ret

EndProc BLKPOOL_Exit

;******************************************************************************
;
;   Pool_Release
;
;   DESCRIPTION:
;       Unpins and frees one pool.
;
;   ENTRY:  EAX -> Pool_Desc
;   USES:   EAX, ECX, EDX, Flags
;
;******************************************************************************

BeginProc Pool_Release

        push    esi
        mov     esi, eax
        mov     ecx, [esi.PD_Lock_Pages]
        jecxz   PR_Free
        mov     eax, [esi.PD_Lin]
        shr     eax, 12
        VMMcall _LinPageUnLock, <eax, ecx, 0>
        mov     [esi.PD_Lock_Pages], 0
PR_Free:
        VMMcall _PageFree, <[esi.PD_hMem], 0>
        mov     [esi.PD_hMem], 0
        mov     [esi.PD_Lin], 0
        mov     [esi.PD_Pages], 0
        dec     [Pool_Count]
        pop     esi
        ret

EndProc Pool_Release

;******************************************************************************
;
;   Pool_From_Index
;
;   ENTRY:  EAX = pool index
;   EXIT:   CF clear and EAX -> Pool_Desc of a live pool, or CF set
;
;******************************************************************************

BeginProc Pool_From_Index

        cmp     eax, MAX_POOLS
        jae     PFI_Bad
        imul    eax, eax, POOL_DESC_SIZE
        add     eax, OFFSET32 Pools
        cmp     [eax.PD_hMem], 0
        je      PFI_Bad
        clc
        ret
PFI_Bad:
        stc
        ret

EndProc Pool_From_Index

;******************************************************************************
;
;   BLKPOOL_Get_Version
;
;   EXIT:   EAX = version, CF clear
;
;******************************************************************************

BeginProc BLKPOOL_Get_Version, SERVICE

        mov     eax, (BLKPOOL_Major_Ver SHL 8) + BLKPOOL_Minor_Ver
        clc
        ret

EndProc BLKPOOL_Get_Version

;******************************************************************************
;
;   BLKPOOL_Create
;
;   DESCRIPTION:
;       Makes a new pool of ECX pages owned by device BX.
;
;   ENTRY:  ECX = pages (1..MAX_POOL_PAGES), BX = owner device id
;   EXIT:   CF clear, EAX = pool index, EDX = linear address; CF set on error
;   USES:   EAX, ECX, EDX, Flags
;
;******************************************************************************

BeginProc BLKPOOL_Create, SERVICE

        SaveReg <ebx, esi, edi>

        jecxz   BC_Bad
        cmp     ecx, MAX_POOL_PAGES
        ja      BC_Bad
        mov     edi, ecx                        ; page count survives calls
        movzx   ebx, bx

;   Find a free descriptor first so a failed search costs no memory.

        mov     esi, OFFSET32 Pools
        xor     eax, eax
BC_Find:
        cmp     [esi.PD_hMem], 0
        je      BC_Have_Slot
        add     esi, POOL_DESC_SIZE
        inc     eax
        cmp     eax, MAX_POOLS
        jb      BC_Find
        jmp     BC_Bad

BC_Have_Slot:
        VMMcall _PageAllocate, <edi, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
        test    eax, eax
        jz      BC_Bad
        mov     [esi.PD_hMem], eax
        mov     [esi.PD_Lin], edx
        mov     [esi.PD_Pages], edi
        mov     [esi.PD_Lock_Pages], 0
        mov     [esi.PD_Owner], ebx
        inc     [Pool_Count]

        mov     eax, esi
        sub     eax, OFFSET32 Pools
        xor     edx, edx
        mov     ecx, POOL_DESC_SIZE
        div     ecx                             ; EAX = index
        mov     edx, [esi.PD_Lin]
        RestoreReg <edi, esi, ebx>
        clc
        ret

BC_Bad:
        RestoreReg <edi, esi, ebx>
        stc
        ret

EndProc BLKPOOL_Create

;******************************************************************************
;
;   BLKPOOL_Grow
;
;   DESCRIPTION:
;       Grows a pool to ECX pages. The new handle is tested before it
;       replaces the old one: on failure VMM leaves the old block untouched
;       and it stays recorded. A pinned pool is not grown, because the
;       block may move.
;
;   ENTRY:  EAX = pool index, ECX = new size in pages
;   EXIT:   CF clear, EDX = (possibly new) linear address; CF set on error
;
;******************************************************************************

BeginProc BLKPOOL_Grow, SERVICE

        SaveReg <esi, edi>

        mov     edi, ecx
        call    Pool_From_Index
        jc      BG_Bad
        mov     esi, eax
        cmp     [esi.PD_Lock_Pages], 0
        jne     BG_Bad
        cmp     edi, [esi.PD_Pages]
        jbe     BG_Bad
        cmp     edi, MAX_POOL_PAGES
        ja      BG_Bad

;   Don't take the last free pages from the system for a cache-like pool.

        VMMcall _GetFreePageCount, <0>
        cmp     eax, LOW_WATER_PAGES
        jb      BG_Bad

        VMMcall _PageReAllocate, <[esi.PD_hMem], edi, PageZeroInit>
        test    eax, eax
        jz      BG_Bad                          ; old block still valid
        mov     [esi.PD_hMem], eax
        mov     [esi.PD_Lin], edx
        mov     [esi.PD_Pages], edi
        RestoreReg <edi, esi>
        clc
        ret

BG_Bad:
        RestoreReg <edi, esi>
        stc
        ret

EndProc BLKPOOL_Grow

;******************************************************************************
;
;   BLKPOOL_Destroy
;
;   ENTRY:  EAX = pool index
;   EXIT:   CF clear on success
;
;******************************************************************************

BeginProc BLKPOOL_Destroy, SERVICE

        call    Pool_From_Index
        jc      BD_Bad
        call    Pool_Release
        clc
        ret
BD_Bad:
        stc
        ret

EndProc BLKPOOL_Destroy

;******************************************************************************
;
;   BLKPOOL_Pin
;
;   DESCRIPTION:
;       Locks the whole pool for DMA. _LinPageLock takes a linear page
;       number, so the address is shifted first. Pinning twice is refused
;       to keep one lock per unlock.
;
;   ENTRY:  EAX = pool index
;   EXIT:   CF clear on success
;
;******************************************************************************

BeginProc BLKPOOL_Pin, SERVICE

        SaveReg <esi, edi>

        call    Pool_From_Index
        jc      BP_Bad
        mov     esi, eax
        cmp     [esi.PD_Lock_Pages], 0
        jne     BP_Bad
        mov     edi, [esi.PD_Pages]
        mov     eax, [esi.PD_Lin]
        shr     eax, 12
        VMMcall _LinPageLock, <eax, edi, 0>
        test    eax, eax
        jz      BP_Bad
        mov     [esi.PD_Lock_Pages], edi
        RestoreReg <edi, esi>
        clc
        ret

BP_Bad:
        RestoreReg <edi, esi>
        stc
        ret

EndProc BLKPOOL_Pin

;******************************************************************************
;
;   BLKPOOL_Unpin
;
;   ENTRY:  EAX = pool index
;   EXIT:   CF clear on success
;
;******************************************************************************

BeginProc BLKPOOL_Unpin, SERVICE

        push    esi
        call    Pool_From_Index
        jc      BU_Bad
        mov     esi, eax
        mov     ecx, [esi.PD_Lock_Pages]
        jecxz   BU_Bad                          ; not pinned
        mov     eax, [esi.PD_Lin]
        shr     eax, 12
        VMMcall _LinPageUnLock, <eax, ecx, 0>
        test    eax, eax
        jz      BU_Bad
        mov     [esi.PD_Lock_Pages], 0
        pop     esi
        clc
        ret

BU_Bad:
        pop     esi
        stc
        ret

EndProc BLKPOOL_Unpin

;******************************************************************************
;
;   BLKPOOL_Get_Phys
;
;   DESCRIPTION:
;       Copies the page table entries of a pinned pool into the caller's
;       buffer (one DWORD per page). Only a pinned pool is answered: the
;       entries of pageable memory are stale the moment they are read.
;
;   ENTRY:  EAX = pool index, EDI -> buffer of PD_Pages DWORDs
;   EXIT:   CF clear on success, ECX = entries written
;
;******************************************************************************

BeginProc BLKPOOL_Get_Phys, SERVICE

        SaveReg <esi, ebx>

        call    Pool_From_Index
        jc      GP_Bad
        mov     esi, eax
        mov     ebx, [esi.PD_Lock_Pages]
        test    ebx, ebx
        jz      GP_Bad
        mov     eax, [esi.PD_Lin]
        shr     eax, 12
        VMMcall _CopyPageTable, <eax, ebx, edi, 0>
        test    eax, eax
        jz      GP_Bad
        mov     ecx, ebx
        RestoreReg <ebx, esi>
        clc
        ret

GP_Bad:
        RestoreReg <ebx, esi>
        stc
        ret

EndProc BLKPOOL_Get_Phys

VxD_LOCKED_CODE_ENDS

        END
