Create  ROUT
        ADRL    r6, DAHandler
        MOV     r7, wp
        ADR     r8, Title
        MOV     r0, #0
        SWI     XOS_DynamicArea
        STRVC   r1, area
        STRVCB  r0, [r12, #ws_flags]
        MOVVC   r0, #0
        LDMFDVS sp!, {r0-r3, pc}^
        SWINE   OS_Write0
        SWI     &20066
        ORRS    pc, lr, #V_bit
        TEQP    pc, #0
        ldr     r0, [r1, #4]!
        ldr     r0, [r1, -r2, LSL #2]
        str     r3, [r0], #12
        mov     r0, r1, ASR r2
        movs    r0, r0, RRX
        STMIA   r1, {r3-r4, r8}
        LDMIA   r0!, {r1, r2}
        MRS     r0, CPSR
        MSR     CPSR_c, r1
        BLEQ    Handler
        BLS     Done
        BL      |_kernel_swi|
        push    {lr}
        pop     {pc}
        NOP
        LDR     r0, ws_count
        WritePSRc SVC_mode + I_bit, r0
        PHPSEI
        PLP
        MCR     p15, 0, r0, c7, c10, 4
        LDFNED  f0, [r1], #8
        STFE    f1, [r0, #12]
        ADFEQSZ f2, f0, #1
        MVFD    f3, f2
        FIXZ    r2, f3
        CMFE    f0, f1
        SFMFD   f4, 4, [sp]!
        WFS     r1
Done    MOV     pc, lr
