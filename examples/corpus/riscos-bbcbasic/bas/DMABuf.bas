REM >DMABuf
REM
REM Builds the "SoundBuf" module: a physically contiguous sample buffer for
REM a bus-mastering sound card, kept in a NeedsSpecificPages dynamic area.
REM
REM  * Init asks OS_Memory 12 for a contiguous run, reserves it with
REM    OS_Memory 23 and creates the area empty.
REM  * SoundBuf_Size (SWI 0) resizes the area with OS_ChangeDynamicArea.
REM  * The area's PreGrow lists the next reserved pages in every entry of the
REM    page block and answers "RESV"; the other handler reasons keep the
REM    size up to date or refuse to shrink while the card is playing.
REM  * Final removes the area and releases the reservation.
REM
REM Module code is assembled with offset assembly (OPT bit 2) at O%, with
REM P% running from 0 so that every EQUD in the header is an offset.

ON ERROR REPORT : PRINT " at line "; ERL : END

REM ---- constants ---------------------------------------------------------
swichunk%     = &5A300
bufpages%     = 32
alignlog2%    = 15
RESV%         = &56534552
NeedsSpecific% = 1 << 8
NotDraggable%  = 1 << 7
NCNB%          = (1 << 4) OR (1 << 5)
OSMem_Recommend% = 12
OSMem_Reserve%   = 23
OSMem_Release%   = 23 OR (1 << 8)
Svc_Reset%       = &27

REM workspace layout
w_area%     = 0
w_base%     = 4
w_size%     = 8
w_first%    = 12          : REM first reserved page
w_count%    = 16          : REM pages reserved, 0 = none
w_shift%    = 20          : REM log2 page size
w_playing%  = 24
w_phys%     = 28          : REM physical address of page 0 (from PostGrow)
w_len%      = 32

DIM code% 3000
FOR pass% = 4 TO 6 STEP 2
P% = 0 : O% = code%
[OPT pass%
.hdr
        EQUD    0
        EQUD    init
        EQUD    final
        EQUD    service
        EQUD    title
        EQUD    help
        EQUD    0
        EQUD    swichunk%
        EQUD    swi_entry
        EQUD    swi_names
        EQUD    0
        EQUD    0
        EQUD    flags

.title      EQUS "SoundBuf" + CHR$0
.help       EQUS "SoundBuf" + CHR$9 + CHR$9 + "0.09 (12 Oct 2024)" + CHR$0
.areaname   EQUS "Sound DMA buffer" + CHR$0
.swi_names  EQUS "SoundBuf" + CHR$0 + "Size" + CHR$0 + "Play" + CHR$0 + "Info" + CHR$0 + CHR$0
            ALIGN
.flags      EQUD 1

; ------------------------------------------------------------------------
; init
.init
        STMFD   R13!, {R7-R11, R14}
        MOV     R10, R12
        MOV     R0, #6
        MOV     R3, #w_len%
        SWI     "XOS_Module"
        BVS     init_out
        STR     R2, [R10]
        MOV     R12, R2
        MOV     R0, #0
        MOV     R1, #w_len%
.init_zero
        SUBS    R1, R1, #4
        STR     R0, [R12, R1]
        BNE     init_zero

        SWI     "XOS_ReadMemMapInfo"
        BVS     init_nows
        MOV     R1, #0
.init_log
        MOVS    R0, R0, LSR #1
        ADDNE   R1, R1, #1
        BNE     init_log
        STR     R1, [R12, #w_shift%]

        MOV     R0, #OSMem_Recommend%
        MOV     R2, #bufpages%
        MOV     R1, R2, LSL R1          ; bytes wanted
        MOV     R2, #alignlog2%
        SWI     "XOS_Memory"            ; R3 = first page
        BVS     init_nows
        MOV     R7, R3
        MOV     R0, #OSMem_Reserve%
        MOV     R1, R7
        MOV     R2, #bufpages%
        SWI     "XOS_Memory"
        BVS     init_nows
        STR     R7, [R12, #w_first%]
        MOV     R2, #bufpages%
        STR     R2, [R12, #w_count%]

        MOV     R0, #0
        MVN     R1, #0
        MOV     R2, #0
        MVN     R3, #0
        MOV     R4, #NeedsSpecific% OR NotDraggable% OR NCNB%
        LDR     R5, [R12, #w_shift%]
        MOV     R6, #bufpages%
        MOV     R5, R6, LSL R5
        ADR     R6, da_handler
        MOV     R7, R12
        ADR     R8, areaname
        SWI     "XOS_DynamicArea"
        BVS     init_unreserve
        STR     R1, [R12, #w_area%]
        STR     R3, [R12, #w_base%]
        CMP     R0, R0
        LDMFD   R13!, {R7-R11, PC}

.init_unreserve
        MOV     R7, R0
        MOV     R0, #OSMem_Release% AND &FF
        ORR     R0, R0, #OSMem_Release% AND &FF00
        LDR     R1, [R12, #w_first%]
        LDR     R2, [R12, #w_count%]
        SWI     "XOS_Memory"
        MOV     R0, R7
.init_nows
        MOV     R7, R0
        MOV     R0, #7
        MOV     R2, R12
        SWI     "XOS_Module"
        MOV     R0, #0
        STR     R0, [R10]
        MOV     R0, R7
        MSR     CPSR_f, #1 << 28
.init_out
        LDMFD   R13!, {R7-R11, PC}

; ------------------------------------------------------------------------
; final
.final
        STMFD   R13!, {R7-R11, R14}
        MOV     R10, R12
        LDR     R12, [R12]
        TEQ     R12, #0
        BEQ     final_done
        MOV     R0, #0
        STR     R0, [R12, #w_playing%]
        LDR     R1, [R12, #w_area%]
        TEQ     R1, #0
        BEQ     final_unreserve
        MOV     R0, #1
        SWI     "XOS_DynamicArea"
        BVS     final_out
        MOV     R0, #0
        STR     R0, [R12, #w_area%]
.final_unreserve
        LDR     R2, [R12, #w_count%]
        TEQ     R2, #0
        BEQ     final_freews
        MOV     R0, #OSMem_Release% AND &FF
        ORR     R0, R0, #OSMem_Release% AND &FF00
        LDR     R1, [R12, #w_first%]
        SWI     "XOS_Memory"
        BVS     final_out
        MOV     R0, #0
        STR     R0, [R12, #w_count%]
.final_freews
        MOV     R0, #7
        MOV     R2, R12
        SWI     "XOS_Module"
        BVS     final_out
        MOV     R0, #0
        STR     R0, [R10]
.final_done
        CMP     R0, R0
.final_out
        LDMFD   R13!, {R7-R11, PC}

; ------------------------------------------------------------------------
; service - Service_Reset stops playback (the card is reset too)
.service
        TEQ     R1, #Svc_Reset%
        MOVNE   PC, R14
        STMFD   R13!, {R0, R14}
        LDR     R12, [R12]
        TEQ     R12, #0
        MOVNE   R0, #0
        STRNE   R0, [R12, #w_playing%]
        LDMFD   R13!, {R0, PC}

; ------------------------------------------------------------------------
; SWIs
.swi_entry
        LDR     R12, [R12]
        CMP     R11, #3
        ADDLO   PC, PC, R11, LSL #2
        B       swi_bad
        B       swi_size
        B       swi_play
        B       swi_info
.swi_bad
        ADR     R0, err_swi
        MSR     CPSR_f, #1 << 28
        MOV     PC, R14

; SoundBuf_Size - R0 = bytes wanted (rounded up to pages by the kernel)
.swi_size
        STMFD   R13!, {R0-R1, R14}
        LDR     R1, [R12, #w_playing%]
        TEQ     R1, #0
        ADRNE   R0, err_busy
        BNE     swi_size_err
        LDR     R1, [R12, #w_size%]
        SUBS    R1, R0, R1              ; signed change
        BEQ     swi_size_ok
        LDR     R0, [R12, #w_area%]
        SWI     "XOS_ChangeDynamicArea"
        BVS     swi_size_err
.swi_size_ok
        CMP     R0, R0
        LDMFD   R13!, {R0-R1, PC}
.swi_size_err
        ADD     R13, R13, #4            ; drop stacked R0
        MSR     CPSR_f, #1 << 28
        LDMFD   R13!, {R1, PC}

; SoundBuf_Play - R0 = 0 stop, else start
.swi_play
        STR     R0, [R12, #w_playing%]
        CMP     R0, R0
        MOV     PC, R14

; SoundBuf_Info - out R0 = base, R1 = size, R2 = physical base
.swi_info
        LDR     R0, [R12, #w_base%]
        LDR     R1, [R12, #w_size%]
        LDR     R2, [R12, #w_phys%]
        CMP     R0, R0
        MOV     PC, R14

; ------------------------------------------------------------------------
; dynamic area handler, branch table with bound check
.da_handler
        CMP     R0, #4
        ADDCC   PC, PC, R0, LSL #2
        B       da_unknown
        B       da_pregrow
        B       da_postgrow
        B       da_preshrink
        B       da_postshrink
.da_unknown
        ADR     R0, err_reason
        MSR     CPSR_f, #1 << 28
        MOV     PC, R14

; PreGrow - R1 -> block, R2 = entries, R4 = current size
.da_pregrow
        STMFD   R13!, {R1-R3, R6-R7, R14}
        LDR     R6, [R12, #w_count%]
        TEQ     R6, #0
        BEQ     pregrow_no
        LDR     R7, [R12, #w_shift%]
        MOV     R7, R4, LSR R7
        ADD     R3, R7, R2
        CMP     R3, R6
        BHI     pregrow_no
        LDR     R6, [R12, #w_first%]
        ADD     R6, R6, R7
        MOV     R3, R1
        MOVS    R7, R2
        BEQ     pregrow_yes
.pregrow_fill
        STR     R6, [R3], #12
        ADD     R6, R6, #1
        SUBS    R7, R7, #1
        BNE     pregrow_fill
.pregrow_yes
        LDR     R0, resv_word
        MSR     CPSR_f, #0
        LDMFD   R13!, {R1-R3, R6-R7, PC}
.pregrow_no
        ADR     R0, err_full
        MSR     CPSR_f, #1 << 28
        LDMFD   R13!, {R1-R3, R6-R7, PC}
.resv_word
        EQUD    RESV%

; PostGrow - R1 -> filled block, R2 = entries (0 after a failed grow),
; R3 = bytes, R4 = new size.  Record the PA of page 0 when it arrives.
.da_postgrow
        STMFD   R13!, {R6, R14}
        STR     R4, [R12, #w_size%]
        TEQ     R2, #0
        BEQ     postgrow_out
        SUBS    R6, R4, R3
        LDREQ   R6, [R1, #8]
        STREQ   R6, [R12, #w_phys%]
.postgrow_out
        MSR     CPSR_f, #0
        LDMFD   R13!, {R6, PC}

; PreShrink - refuse while playing (R3 = 0, V set, R0 -> error)
.da_preshrink
        STMFD   R13!, {R6, R14}
        LDR     R6, [R12, #w_playing%]
        TEQ     R6, #0
        BNE     preshrink_no
        SUB     R6, R5, #1
        BIC     R3, R3, R6
        MSR     CPSR_f, #0
        LDMFD   R13!, {R6, PC}
.preshrink_no
        MOV     R3, #0
        ADR     R0, err_busy
        MSR     CPSR_f, #1 << 28
        LDMFD   R13!, {R6, PC}

; PostShrink - R4 = new size
.da_postshrink
        STR     R4, [R12, #w_size%]
        MSR     CPSR_f, #0
        MOV     PC, R14

.err_reason EQUD &820E80 : EQUS "SoundBuf handler reason not supported" + CHR$0 : ALIGN
.err_full   EQUD &820E81 : EQUS "SoundBuf reservation exhausted" + CHR$0 : ALIGN
.err_busy   EQUD &820E82 : EQUS "SoundBuf is playing" + CHR$0 : ALIGN
.err_swi    EQUD &1E6    : EQUS "Unknown SoundBuf operation" + CHR$0 : ALIGN
]
NEXT pass%

SYS "OS_File", 10, "SoundBuf", &FFA,, code%, O%
PRINT "SoundBuf: "; O% - code%; " bytes"
END
