VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch PAGEVXD
        Control_Dispatch Sys_Critical_Init, PAGEVXD_Critical_Init
        Control_Dispatch Device_Init, PAGEVXD_Device_Init
        Control_Dispatch W32_DEVICEIOCONTROL, PAGEVXD_Ioctl, sCall, <ecx, ebx, edx, esi>
        Control_Dispatch Sys_Dynamic_Device_Exit, PAGEVXD_Exit
End_Control_Dispatch PAGEVXD

BeginProc PAGEVXD_Hand_Control, LOCKED
        cmp     eax, Sys_VM_Terminate
        jne     short @F
        VMMjmp  Get_Cur_VM_Handle
@@:     clc
        ret
EndProc PAGEVXD_Hand_Control

VxD_LOCKED_CODE_ENDS

VXD_LOCKED_DATA_SEG
hMem    dd      0
VXD_LOCKED_DATA_ENDS
