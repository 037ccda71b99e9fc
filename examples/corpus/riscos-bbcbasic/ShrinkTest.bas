REM >ShrinkTest
REM
REM Exercises a Shrinkable dynamic area.  When free memory runs short the
REM kernel may take pages back from Shrinkable areas: it asks TestShrink
REM (reason 4) how much could go and then runs PreShrink/PostShrink.  This
REM program creates such an area, fills part of it with "live" records and
REM then squeezes the free pool by growing a second, ordinary area until the
REM kernel has to shrink ours.  The handler must never give up the live part.
REM
REM Handler dispatch is a CMP chain on named reasons.

ON ERROR PROCfail : END

REM ---- reasons (names as in the PRM) -------------------------------------
DAH_PreGrow%    = 0
DAH_PostGrow%   = 1
DAH_PreShrink%  = 2
DAH_PostShrink% = 3
DAH_TestShrink% = 4

REM ---- area flags ---------------------------------------------------------
DAF_Shrinkable% = 1 << 9

REM ---- workspace ----------------------------------------------------------
WS_Size%     = 0                 : REM current size
WS_Live%     = 4                 : REM bytes of live records at the bottom
WS_Tests%    = 8                 : REM TestShrink calls
WS_Shrunk%   = 12                : REM bytes given back in PostShrink
WS_Refused%  = 16                : REM PreShrink refusals
WS_Len%      = 20

area% = 0 : hog% = 0 : code% = 0 : ws% = 0

SYS "OS_ReadMemMapInfo" TO pagesize%, totalpages%
PRINT "Page size "; pagesize%; ", "; totalpages%; " pages of RAM"

SYS "OS_Module", 6,,, 1024 TO ,, code%
SYS "OS_Module", 6,,, WS_Len% TO ,, ws%
FOR i% = 0 TO WS_Len% - 4 STEP 4 : ws%!i% = 0 : NEXT

PROCassemble

REM ---- the shrinkable area: 4MB, a quarter of it live ----------------------
size% = 4 << 20
SYS "OS_DynamicArea", 0, -1, size%, -1, DAF_Shrinkable%, size%, code%, ws%, "Shrinkable test" TO ,area%,,base%
ws%!WS_Live% = size% DIV 4
FOR i% = 0 TO ws%!WS_Live% - 4 STEP 4
  base%!i% = i% EOR &5A5A5A5A
NEXT
PRINT "Created area "; area%; ", "; ws%!WS_Size% DIV 1024; "K, live "; ws%!WS_Live% DIV 1024; "K"

REM ---- how much could the kernel take right now? --------------------------
SYS "OS_DynamicArea", 5, -1 TO ,, free_all%
SYS "OS_DynamicArea", 5, area% TO ,, free_others%
PRINT "Free incl. shrinkables: "; free_all% DIV 1024; "K"
PRINT "Free excl. our area   : "; free_others% DIV 1024; "K"
PRINT "(difference is what our TestShrink offered)"

REM ---- squeeze: grow a plain area into all the free memory ------------------
SYS "OS_DynamicArea", 0, -1, 0, -1, 0, totalpages% * pagesize%, 0, -1, "Memory hog" TO ,hog%
SYS "XOS_ChangeDynamicArea", hog%, free_all% TO ,got%;flags%
PRINT "Hog got "; got% DIV 1024; "K"; : IF flags% AND 1 THEN PRINT " (not all)" ELSE PRINT
PRINT "Our area is now "; ws%!WS_Size% DIV 1024; "K"
PRINT "TestShrink calls: "; ws%!WS_Tests%; ", given back "; ws%!WS_Shrunk% DIV 1024; "K, refusals "; ws%!WS_Refused%

bad% = 0
FOR i% = 0 TO ws%!WS_Live% - 4 STEP 4
  IF base%!i% <> (i% EOR &5A5A5A5A) THEN bad% += 1
NEXT
IF bad% THEN PRINT "LIVE DATA DAMAGED: "; bad% ELSE PRINT "Live data intact"

PROCtidy
END

REM ==========================================================================
DEF PROCassemble
LOCAL pass%
FOR pass% = 0 TO 2 STEP 2
P% = code%
[OPT pass%
.handler
        CMP     R0, #DAH_PreGrow%
        BEQ     pregrow
        CMP     R0, #DAH_PostGrow%
        BEQ     postgrow
        CMP     R0, #DAH_PreShrink%
        BEQ     preshrink
        CMP     R0, #DAH_PostShrink%
        BEQ     postshrink
        CMP     R0, #DAH_TestShrink%
        BEQ     testshrink
        ADR     R0, err_reason
        MSR     CPSR_f, #1 << 28
        MOV     PC, R14

; PreGrow - plain area, R1 is 0 and stays untouched.  Always agree.
.pregrow
        CMP     R0, #0
        MOV     PC, R14

; PostGrow - R4 = new size
.postgrow
        STR     R4, [R12, #WS_Size%]
        CMP     R0, #0
        MOV     PC, R14

; PreShrink - R3 = wanted, R4 = current size, R5 = page size
; Allowed = min(R3, spare) rounded down to pages, spare = R4 - live.
.preshrink
        STMFD   R13!, {R1, R2, R14}
        BL      spare_bytes             ; -> R2
        CMP     R3, R2
        MOVHI   R3, R2
        SUB     R1, R5, #1
        BICS    R3, R3, R1
        BEQ     preshrink_refuse
        CMP     R0, #0
        LDMFD   R13!, {R1, R2, PC}
.preshrink_refuse
        LDR     R1, [R12, #WS_Refused%]
        ADD     R1, R1, #1
        STR     R1, [R12, #WS_Refused%]
        MOV     R3, #0
        ADR     R0, err_live
        MSR     CPSR_f, #1 << 28
        LDMFD   R13!, {R1, R2, PC}

; PostShrink - R3 = bytes taken, R4 = new size
.postshrink
        STMFD   R13!, {R1, R14}
        STR     R4, [R12, #WS_Size%]
        LDR     R1, [R12, #WS_Shrunk%]
        ADD     R1, R1, R3
        STR     R1, [R12, #WS_Shrunk%]
        CMP     R0, #0
        LDMFD   R13!, {R1, PC}

; TestShrink - R4 = current size, R5 = page size; out R3 = could give up
.testshrink
        STMFD   R13!, {R1, R2, R14}
        LDR     R1, [R12, #WS_Tests%]
        ADD     R1, R1, #1
        STR     R1, [R12, #WS_Tests%]
        BL      spare_bytes
        SUB     R1, R5, #1
        BIC     R3, R2, R1
        CMP     R0, #0
        LDMFD   R13!, {R1, R2, PC}

; spare_bytes - R2 = R4 - live, or 0; corrupts nothing else
.spare_bytes
        LDR     R2, [R12, #WS_Live%]
        SUBS    R2, R4, R2
        MOVLS   R2, #0
        MOV     PC, R14

.err_reason
        EQUD    &820E60
        EQUS    "ShrinkTest handler - unknown reason" + CHR$0
        ALIGN
.err_live
        EQUD    &820E61
        EQUS    "ShrinkTest area holds live records" + CHR$0
        ALIGN
]
NEXT pass%
ENDPROC

REM ==========================================================================
DEF PROCtidy
IF hog% THEN SYS "OS_DynamicArea", 1, hog% : hog% = 0
IF area% THEN
  ws%!WS_Live% = 0               : REM let the whole area go
  SYS "OS_DynamicArea", 1, area%
  area% = 0
ENDIF
IF ws% THEN SYS "OS_Module", 7,, ws% : ws% = 0
IF code% THEN SYS "OS_Module", 7,, code% : code% = 0
ENDPROC

DEF PROCfail
ON ERROR OFF
PROCtidy
PRINT REPORT$; " at line "; ERL
ENDPROC
