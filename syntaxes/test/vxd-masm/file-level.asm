PAGE 58,132
;******************************************************************************
TITLE PAGEVXD - keeps a locked buffer of physical pages
;******************************************************************************
        name    PAGEVXD
        .386p
        .xlist
        include vmm.inc
        INCLUDE VMM.INC
        include <inc\win95\vmm.inc>
        include debug.inc
        .list
        subttl  Device declaration
%OUT Building PAGEVXD
COMMENT ~
  Not code: mov eax, [
~ rest of the closing line
PAGEVXD_Major   equ     1
PAGEVXD_Minor   EQU     0
PAGEVXD_ID      EQU     18ABH

Declare_Virtual_Device PAGEVXD, PAGEVXD_Major, PAGEVXD_Minor, PAGEVXD_Control, \
        Undefined_Device_ID, Undefined_Init_Order, , ,

        END     PAGEVXD_Real_Init
