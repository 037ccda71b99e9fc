        PAGE    58,132
;******************************************************************************
        TITLE   MEMSTAT - memory statistics snapshot (MASM 6 style)
;******************************************************************************
;
;   MEMSTAT answers one DeviceIoControl with a snapshot of VMM's free page
;   counts and of its own sample block. It is written MASM 6 style: plain
;   PROC/ENDP helpers next to BeginProc, STRUCT, [reg].Field member access,
;   OFFSET FLAT: and (Type PTR [reg]).Field casts.
;
;   The snapshot is approximate by nature: _GetFreePageCount's numbers are
;   stale as soon as they are returned.
;
;******************************************************************************

        .386p
        .xlist
        include vmm.inc
        include vwin32.inc
        .list

MEMSTAT_Version         EQU     0100h
SAMPLE_PAGES            EQU     2

MEMSTAT_IOCTL_SNAPSHOT  EQU     1

Mem_Snapshot STRUCT
MSS_Version     dd      ?
MSS_Free        dd      ?               ; pages on the free list
MSS_Lockable    dd      ?               ; pages that could be locked
MSS_Sample_Size dd      ?               ; pages in our sample block
MSS_Sample_Lin  dd      ?
Mem_Snapshot ENDS

Declare_Virtual_Device MEMSTAT, 1, 0, MEMSTAT_Control, Undefined_Device_ID, \
        Undefined_Init_Order, , ,

VxD_LOCKED_DATA_SEG

Sample_hMem     dd      0
Last_Snapshot   Mem_Snapshot <MEMSTAT_Version, 0, 0, 0, 0>

VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch MEMSTAT
        Control_Dispatch Device_Init, MEMSTAT_Init
        Control_Dispatch System_Exit, MEMSTAT_Exit
        Control_Dispatch W32_DEVICEIOCONTROL, MEMSTAT_Ioctl
End_Control_Dispatch MEMSTAT

;   Device_Init: a small pageable sample block whose size we report back,
;   so the monitor can see _PageGetSizeAddr working on a live handle.

BeginProc MEMSTAT_Init

        VMMcall _PageAllocate, <SAMPLE_PAGES, PG_SYS, 0, 0, 0, 0, 0, 0>
        test    eax, eax
        jz      MI_Fail
        mov     [Sample_hMem], eax
        clc
        ret
MI_Fail:
        stc
        ret

EndProc MEMSTAT_Init

BeginProc MEMSTAT_Exit

        mov     eax, [Sample_hMem]
        test    eax, eax
        jz      @F
        VMMcall _PageFree, <eax, 0>
        mov     [Sample_hMem], 0
@@:     clc
        ret

EndProc MEMSTAT_Exit

;------------------------------------------------------------------------------
;   Take_Snapshot fills Last_Snapshot. Plain MASM PROC: it is only called
;   from this file, so it needs none of BeginProc's bookkeeping.
;   Keeps EBX, ESI, EDI; destroys EAX, ECX, EDX.
;------------------------------------------------------------------------------

Take_Snapshot PROC NEAR

        push    esi
        mov     esi, OFFSET FLAT:Last_Snapshot

        VMMcall _GetFreePageCount, <0>
        mov     [esi].Mem_Snapshot.MSS_Free, eax
        mov     [esi].MSS_Lockable, edx

        mov     [esi].MSS_Sample_Size, 0
        mov     [esi].MSS_Sample_Lin, 0
        mov     eax, [Sample_hMem]
        test    eax, eax
        jz      TS_Done
        VMMcall _PageGetSizeAddr, <eax, 0>
        test    eax, eax
        jz      TS_Done
        mov     (Mem_Snapshot PTR [esi]).MSS_Sample_Size, eax
        mov     (Mem_Snapshot PTR [esi]).MSS_Sample_Lin, edx
TS_Done:
        pop     esi
        ret

Take_Snapshot ENDP

;------------------------------------------------------------------------------
;   Copy_Out copies ECX bytes from ESI to the DIOC output buffer.
;   ENTRY: EBX -> DIOCParams. EXIT: EAX = Win32 error code.
;------------------------------------------------------------------------------

Copy_Out PROC NEAR

        push    edi
        mov     edi, [ebx].lpvOutBuffer
        test    edi, edi
        jz      CO_Bad
        cmp     [ebx].cbOutBuffer, ecx
        jb      CO_Bad
        mov     edx, [ebx].lpcbBytesReturned
        test    edx, edx
        jz      @F
        mov     dword ptr [edx], ecx
@@:     cld
        rep     movsb
        xor     eax, eax
        pop     edi
        ret
CO_Bad:
        mov     eax, ERROR_INSUFFICIENT_BUFFER
        pop     edi
        ret

Copy_Out ENDP

;   W32_DEVICEIOCONTROL handler. ENTRY: ESI -> DIOCParams.

BeginProc MEMSTAT_Ioctl

        mov     eax, [esi].dwIoControlCode
        cmp     eax, DIOC_OPEN
        je      MI_Zero
        cmp     eax, DIOC_CLOSEHANDLE
        je      MI_Zero
        cmp     eax, MEMSTAT_IOCTL_SNAPSHOT
        jne     MI_Unsupported

        SaveReg <ebx, esi>
        mov     ebx, esi
        call    Take_Snapshot
        mov     esi, OFFSET32 Last_Snapshot
        mov     ecx, SIZE Mem_Snapshot
        call    Copy_Out
        RestoreReg <esi, ebx>
        ret

MI_Zero:
        xor     eax, eax
        ret
MI_Unsupported:
        mov     eax, ERROR_NOT_SUPPORTED
        ret

EndProc MEMSTAT_Ioctl

VxD_LOCKED_CODE_ENDS

        END
