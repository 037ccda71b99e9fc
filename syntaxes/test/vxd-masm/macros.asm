Create_PAGEVXD_Service_Table = 1

Begin_Service_Table PAGEVXD
PAGEVXD_Service _PAGEVXD_Get_Version, VxD_LOCKED_CODE
PAGEVXD_Service _PAGEVXD_Lock_Buffer
End_Service_Table PAGEVXD

Check_Page MACRO reg, fail
        LOCAL   ok
        cmp     reg, 0FFFFFFFFh         ;; -1 means no page
        jne     short ok
        jmp     fail
ok:
        ENDM

IFDEF DEBUG
        Trace_Out "PAGEVXD: handle #eax for VM #ebx"
        Assert_VM_Handle ebx
ELSE
        Debug_Out "release build"
ENDIF
IFB <extra>
        SetFlag [Flags], fLocked
ENDIF
IFIDNI <mode>, <SHARED>
        ClrFlag [Flags], fLocked
ENDIF

        EXTRN   Foo:NEAR
        PUBLIC  _PAGEVXD_Get_Version@0
        int     20h
        dd      00010053h
        MakeCDecl _PageReAllocate
        Fatal_Error <OFFSET32 Msg>
