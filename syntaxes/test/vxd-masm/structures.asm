My_Struc        STRUC
MS_Handle       dd      ?
MS_Flags        dw      0
MS_Pad          db      2 dup (0)
My_Struc        ENDS
.errnz  SIZE My_Struc - 8
.err    My_Struc is not supported

Blank           EQU     <>
Count           =       1
Msg             db      "PAGEVXD: out of pages", 0
Msg_Len         equ     $ - Msg
Info            My_Struc <0>
Lock            My_Struc <>
Type            My_Struc 2 dup (<>)
Table           dd      8 dup (0)
Bits            equ     1010b

        mov     eax, [esi.MS_Handle]
        mov     ecx, [ebp.Client_EAX]
        mov     edx, [esp.Pushad_ECX+2*4]
        movzx   eax, [esi].MS_Flags
        mov     eax, dword ptr (My_Struc ptr [ecx]).MS_Handle
        mov     eax, [ecx][eax]
        lea     edi, [eax*4][esi]
        mov     bl, byte ptr fs:[eax]
        mov     eax, Table[4]
        mov     eax, OFFSET32 Info
        mov     eax, TYPE [ebx]
