        PAGE    58,132
;******************************************************************************
        TITLE   FPRCACHE - read cache kept in a free physical region
;******************************************************************************
;
;   FPRCACHE parks physical pages that VMM would otherwise leave idle on its
;   free list in a free physical region (PageMapFreePhysReg), and uses them as
;   a read cache for a slow device. The pages are only borrowed:
;
;     - they are mapped from inside the free-region callback when VMM says
;       pages are free (EAX = 0), and unmapped again from inside the callback
;       when VMM wants them back (EAX = 1);
;     - the region itself lives for the whole session and is never freed;
;     - no slot is ever mapped with PageFixed, so every page can go back.
;
;   Present slots are kept packed at the bottom of the region. Discarding an
;   entry in the middle swaps its physical page with the top slot's page
;   through an _XchgFreePhysReg chain, so the callback can always give pages
;   back from the top with one _UnmapFreePhysReg.
;
;******************************************************************************

        .386p

        .xlist
        include vmm.inc
        include debug.inc
        .list

FPRC_Major_Ver          EQU     1
FPRC_Minor_Ver          EQU     0

REGION_PAGES            EQU     256             ; 1MB of linear space
MAX_MAP_AT_ONCE         EQU     32              ; don't grab everything

;   Callback reasons from VMM (EAX on entry)
FPR_PAGES_FREE          EQU     0
FPR_PAGES_WANTED        EQU     1

;   Slot states in Slot_State
SLOT_EMPTY              EQU     0               ; not present
SLOT_VALID              EQU     1               ; present, holds data
SLOT_STALE              EQU     2               ; present, data discarded

;------------------------------------------------------------------------------
;   Service table: other VxDs ask for statistics and discard entries.
;------------------------------------------------------------------------------

Create_FPRCACHE_Service_Table = 1

Begin_Service_Table FPRCACHE
FPRCACHE_Service FPRCACHE_Get_Version, VxD_LOCKED_CODE
FPRCACHE_Service FPRCACHE_Get_Stats, VxD_LOCKED_CODE
FPRCACHE_Service FPRCACHE_Discard, VxD_LOCKED_CODE
End_Service_Table FPRCACHE

Declare_Virtual_Device FPRCACHE, FPRC_Major_Ver, FPRC_Minor_Ver, \
        FPRCACHE_Control, Undefined_Device_ID, Undefined_Init_Order, , ,

;------------------------------------------------------------------------------
;   Statistics block handed to callers of FPRCACHE_Get_Stats
;------------------------------------------------------------------------------

FPR_Stats STRUC
FS_Present      dd      ?               ; slots currently present
FS_Mapped_Total dd      ?               ; pages ever mapped
FS_Given_Back   dd      ?               ; pages returned to VMM
FS_Swaps        dd      ?               ; discard swaps performed
FPR_Stats ENDS

;==============================================================================

VxD_LOCKED_DATA_SEG

Region_hMem     dd      0               ; never freed (not allowed)
Region_Lin      dd      0
Region_Base_Pg  dd      0               ; linear page number of slot 0

Stats           FPR_Stats <>

Slot_State      db      REGION_PAGES dup (SLOT_EMPTY)

Xchg_Fail_Msg   db      "FPRCACHE: physical page could not be put back", 0

IFDEF DEBUG
Dbg_Callbacks   dd      0
Dbg_Map_Fail    dd      0
ENDIF

VxD_LOCKED_DATA_ENDS

;==============================================================================

VxD_ICODE_SEG

;******************************************************************************
;
;   FPRCACHE_Device_Init
;
;   DESCRIPTION:
;       Reserves the region and registers the callback. Both services are
;       init-time only. A region allocation takes PG_SYS and zero for VM,
;       alignment, the physical limits and PhysAddr.
;
;   ENTRY:  EBX = System VM handle
;   EXIT:   CF clear to load
;
;******************************************************************************

BeginProc FPRCACHE_Device_Init

        VMMcall _PageAllocate, <REGION_PAGES, PG_SYS, 0, 0, 0, 0, 0, PageMapFreePhysReg>
        test    eax, eax
        jz      FDI_Fail
        mov     [Region_hMem], eax
        mov     [Region_Lin], edx
        shr     edx, 12
        mov     [Region_Base_Pg], edx

        VMMcall _SetFreePhysRegCalBk, <OFFSET32 FPRCACHE_Callback, 0>
        test    eax, eax
        jz      FDI_No_Callback

        Trace_Out "FPRCACHE: free physical region ready"
        clc
        ret

;   Without a callback the region is useless, but it cannot be freed either;
;   it simply stays empty for the session.

FDI_No_Callback:
        Debug_Out "FPRCACHE: _SetFreePhysRegCalBk failed"
FDI_Fail:
        stc
        ret

EndProc FPRCACHE_Device_Init

VxD_ICODE_ENDS

;==============================================================================

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch FPRCACHE
        Control_Dispatch Device_Init, FPRCACHE_Device_Init
End_Control_Dispatch FPRCACHE

;******************************************************************************
;
;   FPRCACHE_Callback
;
;   DESCRIPTION:
;       Called by VMM with EAX = 0 when pages went onto the free list and
;       EAX = 1 when VMM needs ECX pages back. Only _MapFreePhysReg and
;       _UnmapFreePhysReg are called from here. Everything except the
;       segment registers and EBP may be trashed.
;
;   ENTRY:  EAX = reason, ECX = page count
;   EXIT:   CF set if the request was fully satisfied
;
;******************************************************************************

BeginProc FPRCACHE_Callback

IFDEF DEBUG
        inc     [Dbg_Callbacks]
ENDIF
        mov     esi, ecx                ; count must survive the calls
        cmp     eax, FPR_PAGES_WANTED
        je      CB_Give_Back
        test    eax, eax
        jnz     CB_Not_Ours

;   Pages are free: take up to MAX_MAP_AT_ONCE of them into the slots just
;   above the present ones.

        mov     edi, [Stats.FS_Present]
        mov     ebx, REGION_PAGES
        sub     ebx, edi                ; empty slots left
        jz      CB_Not_Ours
        cmp     esi, ebx
        jbe     @F
        mov     esi, ebx
@@:     cmp     esi, MAX_MAP_AT_ONCE
        jbe     @F
        mov     esi, MAX_MAP_AT_ONCE
@@:     test    esi, esi
        jz      CB_Not_Ours

        mov     ebx, [Region_Base_Pg]
        add     ebx, edi                ; first empty slot's page number
        VMMcall _MapFreePhysReg, <ebx, esi, 0>
        test    eax, eax
        jz      CB_Map_Failed

        add     [Stats.FS_Present], esi
        add     [Stats.FS_Mapped_Total], esi
        lea     ebx, Slot_State[edi]
CB_Mark_Stale:
        mov     byte ptr [ebx], SLOT_STALE
        inc     ebx
        dec     esi
        jnz     CB_Mark_Stale

;   Never claim a "pages free" notice: other devices may want pages too.

CB_Not_Ours:
        clc
        ret

CB_Map_Failed:
IFDEF DEBUG
        inc     [Dbg_Map_Fail]
ENDIF
        clc
        ret

;   VMM wants ESI pages. Give back from the top of the present range; the
;   discard path keeps stale pages there.

CB_Give_Back:
        mov     edi, [Stats.FS_Present]
        test    edi, edi
        jz      CB_Not_Ours
        mov     ebx, esi
        cmp     ebx, edi
        jbe     @F
        mov     ebx, edi                ; can only give what we have
@@:     sub     edi, ebx                ; first slot to unmap
        mov     eax, [Region_Base_Pg]
        add     eax, edi
        VMMcall _UnmapFreePhysReg, <eax, ebx, 0>
        test    eax, eax
        jz      CB_Not_Ours

        sub     [Stats.FS_Present], ebx
        add     [Stats.FS_Given_Back], ebx
        push    ebx
        lea     edx, Slot_State[edi]
CB_Mark_Empty:
        mov     byte ptr [edx], SLOT_EMPTY
        inc     edx
        dec     ebx
        jnz     CB_Mark_Empty
        pop     ebx

        cmp     ebx, esi                ; all that was asked for?
        jb      CB_Partial
        stc
        ret
CB_Partial:
        clc
        ret

EndProc FPRCACHE_Callback

;******************************************************************************
;
;   FPRCACHE_Get_Version (service 0)
;
;   EXIT:   EAX = version, CF clear
;
;******************************************************************************

BeginProc FPRCACHE_Get_Version, SERVICE

        mov     eax, (FPRC_Major_Ver SHL 8) + FPRC_Minor_Ver
        clc
        ret

EndProc FPRCACHE_Get_Version

;******************************************************************************
;
;   FPRCACHE_Get_Stats (service 1)
;
;   ENTRY:  EDI -> FPR_Stats buffer
;
;******************************************************************************

BeginProc FPRCACHE_Get_Stats, SERVICE

        SaveReg <esi, edi>
        mov     esi, OFFSET32 Stats
        mov     ecx, (SIZE FPR_Stats) / 4
        cld
        rep     movsd
        RestoreReg <edi, esi>
        clc
        ret

EndProc FPRCACHE_Get_Stats

;******************************************************************************
;
;   FPRCACHE_Discard (service 2)
;
;   DESCRIPTION:
;       Drops the data of one slot. If the slot is not the top present slot
;       its physical page is exchanged with the top slot's page, so the
;       stale page ends up at the top where the callback gives pages back.
;
;       The exchange is a chain of _XchgFreePhysReg calls: each returned
;       physical address is fed into the next call, and the chain stops
;       when a call returns 0 (the target slot was not present).
;
;           1. top  <- 0        returns P_top  (top slot now not present)
;           2. slot <- P_top    returns P_slot
;           3. top  <- P_slot   returns 0      (end of chain)
;
;       0FFFFFFFFh means the call failed and nothing changed; 0 from the
;       first call is not an error (the top slot was not present).
;
;   ENTRY:  EAX = slot index
;   EXIT:   CF clear on success
;
;******************************************************************************

BeginProc FPRCACHE_Discard, SERVICE

        SaveReg <ebx, esi, edi>

        cmp     eax, REGION_PAGES
        jae     DS_Bad
        cmp     Slot_State[eax], SLOT_VALID
        jne     DS_Bad
        mov     esi, eax                        ; ESI = slot index
        mov     edi, [Stats.FS_Present]
        dec     edi                             ; EDI = top present slot
        cmp     esi, edi
        je      DS_Mark                         ; already at the top

;   Step 1: take the top slot's page out of the region.

        mov     eax, [Region_Base_Pg]
        add     eax, edi
        VMMcall _XchgFreePhysReg, <eax, 0, 0>
        cmp     eax, -1
        je      DS_Bad
        test    eax, eax
        jz      DS_Mark                         ; top not present: no swap
        mov     ebx, eax                        ; EBX = P_top, held only here

;   Step 2: put it into the discarded slot and take that slot's page.

        mov     eax, [Region_Base_Pg]
        add     eax, esi
        VMMcall _XchgFreePhysReg, <eax, ebx, 0>
        cmp     eax, -1
        je      DS_Restore_Top
        test    eax, eax
        jz      DS_Fill_Top_Empty               ; slot had no page after all
        mov     ebx, eax                        ; EBX = P_slot

;   Step 3: the discarded page goes to the top slot; this must return 0.

        mov     eax, [Region_Base_Pg]
        add     eax, edi
        VMMcall _XchgFreePhysReg, <eax, ebx, 0>
        cmp     eax, -1
        je      DS_Lost
        test    eax, eax
        jnz     DS_Lost
        inc     [Stats.FS_Swaps]
        mov     Slot_State[edi], SLOT_STALE
        mov     Slot_State[esi], SLOT_VALID     ; holds the old top's data
        jmp     DS_Ok

;   Step 2 failed: put P_top back where it came from.

DS_Restore_Top:
        mov     eax, [Region_Base_Pg]
        add     eax, edi
        VMMcall _XchgFreePhysReg, <eax, ebx, 0>
        cmp     eax, -1
        je      DS_Lost
        test    eax, eax
        jnz     DS_Lost
        jmp     DS_Bad

;   The discarded slot was not present: it now holds P_top and the top slot
;   is empty, so the present range simply shrinks by one.

DS_Fill_Top_Empty:
        mov     Slot_State[esi], SLOT_VALID
        mov     Slot_State[edi], SLOT_EMPTY
        dec     [Stats.FS_Present]
        jmp     DS_Ok

DS_Mark:
        mov     Slot_State[esi], SLOT_STALE
DS_Ok:
        RestoreReg <edi, esi, ebx>
        clc
        ret

DS_Bad:
        RestoreReg <edi, esi, ebx>
        stc
        ret

;   A physical page is in EBX and no slot will take it: the region is
;   corrupt and continuing would leak pages, so stop the system.

DS_Lost:
        mov     esi, OFFSET32 Xchg_Fail_Msg
        xor     eax, eax
        VMMcall Fatal_Error_Handler

EndProc FPRCACHE_Discard

VxD_LOCKED_CODE_ENDS

        END
