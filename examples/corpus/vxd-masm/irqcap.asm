        PAGE    58,132
;******************************************************************************
        TITLE   IRQCAP - capture card interrupt handling through events
;******************************************************************************
;
;   IRQCAP virtualises the IRQ of a data-capture card. The hardware
;   interrupt handler only acknowledges the card and schedules a global
;   event; everything that may call synchronous VMM services (reflecting
;   the interrupt into the owning VM, growing buffers) runs in the event,
;   never at interrupt time.
;
;   Capture data lands in a locked ring allocated at Device_Init. The ring
;   is locked because the interrupt handler writes into it.
;
;******************************************************************************

        .386p

        .xlist
        include vmm.inc
        include vpicd.inc
        include shell.inc
        include debug.inc
        .list

IRQCAP_Major_Ver        EQU     1
IRQCAP_Minor_Ver        EQU     0

CAP_DEFAULT_IRQ         EQU     10
CAP_DEFAULT_PORT        EQU     300h
CAP_RING_PAGES          EQU     4
CAP_RING_BYTES          EQU     CAP_RING_PAGES * 1000h
CAP_RING_MASK           EQU     CAP_RING_BYTES - 1

;   Card registers (offsets from the base port)
CAP_REG_DATA            EQU     0
CAP_REG_STATUS          EQU     1
CAP_REG_CONTROL         EQU     2

CAP_STAT_READY          EQU     01h
CAP_STAT_OVERRUN        EQU     80h
CAP_CTL_ACK             EQU     01h
CAP_CTL_ENABLE          EQU     02h

.errnz  CAP_RING_BYTES AND CAP_RING_MASK

Declare_Virtual_Device IRQCAP, IRQCAP_Major_Ver, IRQCAP_Minor_Ver, \
        IRQCAP_Control, Undefined_Device_ID, VPICD_Init_Order + 1, , ,

;==============================================================================

VxD_LOCKED_DATA_SEG

Cap_IRQ_Desc    VPICD_IRQ_Descriptor <CAP_DEFAULT_IRQ, 0, \
                OFFSET32 IRQCAP_Hw_Int, , OFFSET32 IRQCAP_EOI, , , 500>

Cap_IRQ_Handle  dd      0
Cap_Port        dd      CAP_DEFAULT_PORT
Cap_Owner_VM    dd      0               ; VM that opened the card, or 0

Ring_hMem       dd      0
Ring_Lin        dd      0
Ring_Head       dd      0               ; written at interrupt time
Ring_Tail       dd      0               ; read by the event

Event_Pending   dd      0               ; handle of a scheduled event
Overruns        dd      0
Samples         dd      0

Ini_Irq_Key     db      "CaptureIRQ", 0
Ini_Port_Key    db      "CapturePort", 0

Overrun_Title   db      "Capture card", 0
Overrun_Msg     db      "The capture card is delivering data faster than "
                db      "it can be read. Some samples were lost.", 0

VxD_LOCKED_DATA_ENDS

;==============================================================================

VxD_ICODE_SEG

;******************************************************************************
;
;   IRQCAP_Device_Init
;
;   DESCRIPTION:
;       Reads the IRQ and port from SYSTEM.INI, allocates the locked ring
;       and virtualises the IRQ. The ring is allocated before the IRQ is
;       hooked so that the interrupt handler never sees a missing ring.
;
;   ENTRY:  EBX = System VM handle
;
;******************************************************************************

BeginProc IRQCAP_Device_Init

        SaveReg <esi, edi>

        mov     eax, CAP_DEFAULT_IRQ
        mov     esi, OFFSET32 Ini_Irq_Key
        xor     edi, edi
        VMMcall Get_Profile_Decimal_Int
        mov     [Cap_IRQ_Desc.VID_IRQ_Number], ax

        mov     eax, [Cap_Port]
        mov     esi, OFFSET32 Ini_Port_Key
        xor     edi, edi
        VMMcall Get_Profile_Hex_Int
        mov     [Cap_Port], eax

        VMMcall _PageAllocate, <CAP_RING_PAGES, PG_SYS, 0, 0, 0, 0, 0, PageLocked+PageZeroInit>
        test    eax, eax
        jz      CDI_Fail
        mov     [Ring_hMem], eax
        mov     [Ring_Lin], edx

        mov     edi, OFFSET32 Cap_IRQ_Desc
        VxDcall VPICD_Virtualize_IRQ
        jc      CDI_No_Irq
        mov     [Cap_IRQ_Handle], eax

        RestoreReg <edi, esi>
        clc
        ret

CDI_No_Irq:
        Debug_Out "IRQCAP: IRQ already virtualised by another device"
        VMMcall _PageFree, <[Ring_hMem], 0>
        mov     [Ring_hMem], 0
        mov     [Ring_Lin], 0
CDI_Fail:
        RestoreReg <edi, esi>
        stc
        ret

EndProc IRQCAP_Device_Init

VxD_ICODE_ENDS

;==============================================================================

VxD_LOCKED_CODE_SEG

Begin_Control_Dispatch IRQCAP
        Control_Dispatch Device_Init, IRQCAP_Device_Init
        Control_Dispatch Destroy_VM, IRQCAP_Destroy_VM
        Control_Dispatch System_Exit, IRQCAP_System_Exit
End_Control_Dispatch IRQCAP

;******************************************************************************
;
;   IRQCAP_Hw_Int
;
;   DESCRIPTION:
;       Hardware interrupt handler. Runs with VMM possibly re-entered, so it
;       calls only asynchronous services: it drains the card's FIFO into
;       the locked ring, acknowledges the card and the PIC, and schedules
;       one global event for the rest.
;
;   ENTRY:  EAX = IRQ handle, EBX = current VM handle
;
;******************************************************************************

BeginProc IRQCAP_Hw_Int, HIGH_FREQ

        SaveReg <esi, edi>
        mov     esi, eax                        ; keep the IRQ handle
        mov     edi, [Ring_Lin]

HI_Drain:
        mov     edx, [Cap_Port]
        add     edx, CAP_REG_STATUS
        in      al, dx
        test    al, CAP_STAT_OVERRUN
        jz      @F
        inc     [Overruns]
@@:     test    al, CAP_STAT_READY
        jz      HI_Ack
        sub     edx, CAP_REG_STATUS - CAP_REG_DATA
        in      al, dx
        mov     ecx, [Ring_Head]
        mov     byte ptr [edi+ecx], al
        inc     ecx
        and     ecx, CAP_RING_MASK
        cmp     ecx, [Ring_Tail]
        je      HI_Full
        mov     [Ring_Head], ecx
        inc     [Samples]
        jmp     HI_Drain

HI_Full:
        inc     [Overruns]                      ; drop the sample

HI_Ack:
        mov     edx, [Cap_Port]
        add     edx, CAP_REG_CONTROL
        mov     al, CAP_CTL_ACK OR CAP_CTL_ENABLE
        out     dx, al

        mov     eax, esi
        VxDcall VPICD_Phys_EOI

        cmp     [Event_Pending], 0
        jne     HI_Exit
        mov     esi, OFFSET32 IRQCAP_Event
        xor     edx, edx
        VMMcall Schedule_Global_Event
        mov     [Event_Pending], esi

HI_Exit:
        RestoreReg <edi, esi>
        clc
        ret

EndProc IRQCAP_Hw_Int

;******************************************************************************
;
;   IRQCAP_Event
;
;   DESCRIPTION:
;       Global event scheduled by the interrupt handler. Reflects the IRQ
;       into the owning VM and warns the user once about overruns.
;
;   ENTRY:  EBX = current VM handle, EDX = reference data (unused)
;
;******************************************************************************

BeginProc IRQCAP_Event

        mov     [Event_Pending], 0

        mov     ebx, [Cap_Owner_VM]
        test    ebx, ebx
        jz      EV_Check_Overrun
        mov     eax, [Cap_IRQ_Handle]
        VxDcall VPICD_Set_Int_Request

EV_Check_Overrun:
        xor     eax, eax
        xchg    eax, [Overruns]
        test    eax, eax
        jz      EV_Done
        call    IRQCAP_Warn_User
EV_Done:
        ret

EndProc IRQCAP_Event

;******************************************************************************
;
;   IRQCAP_Warn_User
;
;   DESCRIPTION:
;       Posts a message box to the System VM without waiting for it.
;
;******************************************************************************

BeginProc IRQCAP_Warn_User

        SaveReg <ebx, ecx, esi, edi>
        VMMcall Get_Sys_VM_Handle
        mov     eax, MB_OK OR MB_ICONEXCLAMATION
        mov     ecx, OFFSET32 Overrun_Msg
        mov     edi, OFFSET32 Overrun_Title
        xor     esi, esi                        ; no callback
        VxDcall SHELL_Message
        RestoreReg <edi, esi, ecx, ebx>
        ret

EndProc IRQCAP_Warn_User

;******************************************************************************
;
;   IRQCAP_EOI
;
;   DESCRIPTION:
;       The owning VM issued EOI: end the virtual request.
;
;   ENTRY:  EAX = IRQ handle, EBX = VM handle
;
;******************************************************************************

BeginProc IRQCAP_EOI

        VxDcall VPICD_Clear_Int_Request
        VxDjmp  VPICD_Phys_EOI

EndProc IRQCAP_EOI

;******************************************************************************
;
;   IRQCAP_Claim (called by the card's Win32 helper through the API entry)
;
;   ENTRY:  EBX = VM handle, EBP -> Client_Reg_Struc
;   EXIT:   Client_EAX = 0 on success, 1 if another VM owns the card
;
;******************************************************************************

BeginProc IRQCAP_Claim

        cmp     [Cap_Owner_VM], 0
        je      CL_Take
        cmp     [Cap_Owner_VM], ebx
        je      CL_Ok
        mov     [ebp.Client_EAX], 1
        ret

CL_Take:
        mov     [Cap_Owner_VM], ebx
        mov     eax, [Cap_IRQ_Handle]
        VxDcall VPICD_Physically_Unmask
CL_Ok:
        mov     [ebp.Client_EAX], 0
        ret

EndProc IRQCAP_Claim

;******************************************************************************
;
;   IRQCAP_Read (V86/PM API: copies captured bytes into Client ES:DI)
;
;   ENTRY:  EBX = VM handle, EBP -> Client_Reg_Struc, Client_CX = max bytes
;   EXIT:   Client_CX = bytes copied
;
;******************************************************************************

BeginProc IRQCAP_Read

        SaveReg <esi, edi>

        Client_Ptr_Flat edi, ES, DI
        cmp     edi, -1
        je      RD_None
        movzx   ecx, [ebp.Client_CX]
        xor     edx, edx                        ; bytes copied

        cli                                     ; the interrupt moves Head
        mov     esi, [Ring_Tail]
RD_Loop:
        jecxz   RD_Done
        cmp     esi, [Ring_Head]
        je      RD_Done
        mov     eax, [Ring_Lin]
        mov     al, byte ptr [eax+esi]
        mov     [edi+edx], al
        inc     edx
        inc     esi
        and     esi, CAP_RING_MASK
        dec     ecx
        jmp     RD_Loop
RD_Done:
        mov     [Ring_Tail], esi
        sti
        mov     [ebp.Client_CX], dx
        RestoreReg <edi, esi>
        ret

RD_None:
        mov     [ebp.Client_CX], 0
        RestoreReg <edi, esi>
        ret

EndProc IRQCAP_Read

;******************************************************************************
;
;   IRQCAP_Destroy_VM
;
;   DESCRIPTION:
;       If the owner goes away, mask the IRQ so the card cannot interrupt
;       into nowhere.
;
;******************************************************************************

BeginProc IRQCAP_Destroy_VM

        cmp     [Cap_Owner_VM], ebx
        jne     DV_Done
        mov     [Cap_Owner_VM], 0
        mov     eax, [Cap_IRQ_Handle]
        VxDcall VPICD_Physically_Mask
DV_Done:
        clc
        ret

EndProc IRQCAP_Destroy_VM

;******************************************************************************
;
;   IRQCAP_System_Exit
;
;   DESCRIPTION:
;       Masks the IRQ, cancels a pending event and frees the ring, in that
;       order: nothing may write into the ring once it is gone.
;
;******************************************************************************

BeginProc IRQCAP_System_Exit

        push    esi
        mov     eax, [Cap_IRQ_Handle]
        test    eax, eax
        jz      SX_Event
        VxDcall VPICD_Physically_Mask
SX_Event:
        xor     esi, esi
        xchg    esi, [Event_Pending]
        test    esi, esi
        jz      SX_Ring
        VMMcall Cancel_Global_Event
SX_Ring:
        cmp     [Ring_hMem], 0
        je      SX_Done
        VMMcall _PageFree, <[Ring_hMem], 0>
        mov     [Ring_hMem], 0
        mov     [Ring_Lin], 0
SX_Done:
        pop     esi
        clc
        ret

EndProc IRQCAP_System_Exit

VxD_LOCKED_CODE_ENDS

        END
