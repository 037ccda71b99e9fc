VxD_REAL_INIT_SEG

BeginProc PAGEVXD_Real_Init
        mov     ah, 9
        mov     dx, OFFSET Banner
        int     21h
        xor     bx, bx
        xor     si, si
        mov     ax, Device_Load_Ok
        ret
EndProc PAGEVXD_Real_Init

Banner  db      'PAGEVXD loaded', 13, 10, '$'

VxD_REAL_INIT_ENDS

Helper  PROC NEAR
        local   Err:DWORD
        .IF eax == 0
        INVOKE  Other, eax, 1
        .ENDIF
        repne   scasb
        rep     movsd
        ret
Helper  ENDP
