// A module (init, final, service, SWI handler, a command, a dynamic-area
// handler created by init, a routine init calls) and after it a second
// module's header and code, as a file holding several modules' sources one
// after another does: only the first header is the module's, so the routine
// before the second header runs on, as far as the keys know, over the second
// module's code.
export const TWO_MODULES = `        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:ModHand
        GET     Hdr:Services

        AREA    |Two$$Module|, CODE, READONLY

Module_BaseAddr
        DCD     0
        DCD     Init - Module_BaseAddr
        DCD     Final - Module_BaseAddr
        DCD     Service - Module_BaseAddr
        DCD     Title - Module_BaseAddr
        DCD     Help - Module_BaseAddr
        DCD     Commands - Module_BaseAddr
        DCD     &4F000
        DCD     SWIs - Module_BaseAddr

Title   =       "TwoMods", 0
Help    =       "TwoMods", 9, "0.01 (21 Nov 2026)", 0
AreaName =      "Two cache", 0
Commands
        =       "TwoInfo", 0
        ALIGN
        DCD     Info - Module_BaseAddr
        DCD     0
        DCD     0
        DCD     0
        =       0
        ALIGN

        ^       0, r12
ws_area         #       4
ws_size         *       :INDEX: @

Init    Entry   "r1-r8"
        MOV     r0, #ModHandReason_Claim
        MOV     r3, #ws_size
        SWI     XOS_Module
        EXIT    VS
        STR     r2, [r12]
        MOV     r12, r2
        BL      Clear
        MOV     r0, #0
        MOV     r1, #-1
        MOV     r2, #0
        MOV     r3, #-1
        MOV     r4, #0
        MOV     r5, #4*1024*1024
        ADR     r6, Handler
        MOV     r7, r12
        ADR     r8, AreaName
        SWI     OS_DynamicArea
        STR     r1, ws_area
        EXIT

Final   Entry
        LDR     r12, [r12]
        MOV     r0, #1
        LDR     r1, ws_area
        SWI     XOS_DynamicArea
        CLRV
        EXIT

Service ROUT
        TEQ     r1, #Service_Reset
        MOVNE   pc, lr
        MOV     r0, #0
        MOV     pc, lr

SWIs    ROUT
        LDR     r12, [r12]
        MOV     r1, #0
        SWI     OS_ReadMemMapInfo
        MOV     pc, lr

Info    ROUT
        SWI     XOS_WriteS
        =       "Two modules", 0
        ALIGN
        MOV     pc, lr

Clear   ROUT
        MOV     r0, #0
        STR     r0, [r12]
        MOV     pc, lr

Handler ROUT
        CMP     r0, #4
        ADDLS   pc, pc, r0, LSL #2
        MOV     pc, lr
        B       Grow
        MOV     pc, lr
        MOV     pc, lr
        MOV     pc, lr
        MOV     pc, lr
Grow    MOV     r3, #&1000
        MOV     pc, lr

; The second module's source, assembled into the first one's code.

Second_Base
        DCD     0
        DCD     Init2 - Second_Base
        DCD     0
        DCD     0
        DCD     Title2 - Second_Base
        DCD     0

Title2  =       "Second", 0
        ALIGN

Init2   MOV     r0, #0
        BL      Helper2
        MOV     pc, lr

Helper2 ROUT
        MOV     r1, #1
        MOV     r2, #2
        MOV     pc, lr

        END
`;
