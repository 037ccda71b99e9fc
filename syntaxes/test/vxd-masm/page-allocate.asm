VxD_PAGEABLE_CODE_SEG

BeginProc PAGEVXD_Device_Init, PUBLIC
        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, -1, 0, PageLocked>
        or      eax, eax                ; handle 0 means no memory
        jz      Init_Failed
        mov     [hMem], eax
        VMMCall _PageAllocate <edx, PG_SYS, 0, 0, 0, 0, 0, PAGEZEROINIT OR PAGELOCKED>
        VMMcall _PageAllocate,<ebx, 0A0h, 16, <NOT P_AVAIL>, eax, PG_HOOKED, 0>
        VMMcall _PageAllocate, <<SIZE My_Struc>, 0>
        VxDcall VPICD_Set_Int_Request
        cmp     eax, 0FFFFFFFFh
        je      short Init_Failed
        VMMcall _CopyPageTable, <[My_Flags], 1, <OFFSET32 My_Phys>, 0>
        GetVxDServiceOrdinal eax, _PageFree
        clc
        ret
Init_Failed:
        stc
        ret
EndProc PAGEVXD_Device_Init

BeginProc PAGEVXD_Exit, SCALL, PUBLIC, ESP
        ArgVar  pInfo, DWORD
        EnterProc
        SaveReg <ebx, esi>
        mov     esi, pInfo
        cCall   Log_Exit, <esi, [hMem]>
        VMMcall _PageFree, <[hMem], 0>
        LeaveProc
        return
EndProc PAGEVXD_Exit

VxD_PAGEABLE_CODE_ENDS
