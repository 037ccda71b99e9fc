; The dynamic area handler: R0 is the reason code.
DAHandler ROUT
        CMP     r0, #4
        ADDCC   pc, pc, r0, LSL #2
        B       Unknown
        B       PreGrow
        B       PostGrow
        B       PreShrink
        B       PostShrink

PreGrow Entry   "r1-r3"
        LDR     r3, ws_count
10      SUBS    r2, r2, #1
        BMI     %FT90
        MOV     lr, #-1
        STR     lr, [r1], #12
        B       %BT10
90      LDR     r0, =DAHandler_RESV
        EXIT

PostGrow
        TEQ     r0, #2
        BEQ     %F20
        Push    "r0-r3, lr"
        SWI     XOS_DynamicArea
        Pull    "r0-r3, pc", VS
20      CLRV
        MOV     pc, lr

Unknown
        SETV
        MOVS    pc, lr
