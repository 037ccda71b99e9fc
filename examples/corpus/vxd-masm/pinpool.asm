        PAGE    58,132
;******************************************************************************
        TITLE   PINPOOL - a pool of pinned pages (MASM 6 procedures)
;******************************************************************************
;
;   PINPOOL keeps one block of pages and locks part of it on request. Its
;   helpers are MASM 6 procedures with a language, USES registers,
;   parameters and LOCAL variables, so MASM writes their frames: a STDCALL
;   helper removes its own arguments, a C one leaves them to the caller.
;
;******************************************************************************

        .386p
        .xlist
        include vmm.inc
        .list

POOL_PAGES      EQU     8

;   Set_Count dest [, value]: stores value, or 0 when none is given.
Set_Count MACRO dest, value
        IFB     <value>
        mov     dest, 0
        ELSE
        mov     dest, value
        ENDIF
        ENDM

Declare_Virtual_Device PINPOOL, 1, 0, PINPOOL_Control, Undefined_Device_ID, \
        Undefined_Init_Order, , ,

VxD_LOCKED_DATA_SEG

Pool_hMem       dd      0
Pool_Locked     dd      0

VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch PINPOOL
        Control_Dispatch Device_Init, PINPOOL_Init
        Control_Dispatch System_Exit, PINPOOL_Exit
End_Control_Dispatch PINPOOL

;------------------------------------------------------------------------------
;   Pin_Range locks nPages pages of hMem from page iFirst on.
;   EXIT: EAX non-zero on success. Keeps EBX, ESI, EDI.
;------------------------------------------------------------------------------

Pin_Range PROC STDCALL USES esi, hMem:DWORD, iFirst:DWORD, nPages:DWORD
        LOCAL   nAsked:DWORD

        mov     esi, hMem
        mov     eax, nPages
        mov     nAsked, eax
        VMMcall _PageLock, <esi, nAsked, iFirst, 0>
        ret

Pin_Range ENDP

;------------------------------------------------------------------------------
;   Clamp_Count returns the smaller of nWanted and nLimit in EAX.
;------------------------------------------------------------------------------

Clamp_Count PROC C nWanted:DWORD, nLimit:DWORD

        mov     eax, nWanted
        cmp     eax, nLimit
        jbe     @F
        mov     eax, nLimit
@@:     ret

Clamp_Count ENDP

;   Device_Init: allocate the pool and pin its first half.

BeginProc PINPOOL_Init

        VMMcall _PageAllocate, <POOL_PAGES, PG_SYS, 0, 0, 0, 0, 0, 0>
        test    eax, eax
        jz      PI_Fail
        mov     [Pool_hMem], eax

        push    POOL_PAGES
        push    POOL_PAGES / 2
        call    Clamp_Count
        add     esp, 8

        push    eax
        push    0
        push    [Pool_hMem]
        call    Pin_Range
        test    eax, eax
        jz      PI_Unpinned
        Set_Count [Pool_Locked], POOL_PAGES / 2
PI_Unpinned:
        clc
        ret
PI_Fail:
        stc
        ret

EndProc PINPOOL_Init

;   System_Exit: unlock what is pinned and free the pool.

BeginProc PINPOOL_Exit

        mov     eax, [Pool_hMem]
        test    eax, eax
        jz      PX_Done
        mov     ecx, [Pool_Locked]
        jecxz   PX_Free
        VMMcall _PageUnLock, <eax, ecx, 0, 0>
        Set_Count [Pool_Locked]
PX_Free:
        VMMcall _PageFree, <[Pool_hMem], 0>
        mov     [Pool_hMem], 0
PX_Done:
        clc
        ret

EndProc PINPOOL_Exit

VxD_LOCKED_CODE_ENDS

        END
