REM >Stress
REM
REM Randomised soak test for dynamic area handlers.  Creates several areas
REM with different flag combinations, each with the same assembled handler
REM (workspace per area), then performs random grows and shrinks and checks
REM the handler's bookkeeping against OS_DynamicArea 2 after every step.
REM
REM Usage:  *Run Stress [<iterations>]
REM
REM The handler is deliberately dull: it accepts every grow, allows every
REM shrink in whole pages unless the area is "pinned", keeps the size word
REM in its workspace, and counts calls per reason.  It never resizes
REM anything itself.

ON ERROR PROCabort : END

REM ---- parameters ------------------------------------------------------------
iterations% = 500
SYS "OS_GetEnv" TO env$
p% = INSTR(env$, "Stress ")
IF p% THEN iterations% = VAL(MID$(env$, p% + 7)) : IF iterations% < 1 THEN iterations% = 500
nareas% = 4

REM ---- flags -------------------------------------------------------------------
DAF_NotBufferable%   = 1 << 4
DAF_NotCacheable%    = 1 << 5
DAF_NotUserDraggable% = 1 << 7
DAF_Shrinkable%      = 1 << 9

REM ---- per-area workspace --------------------------------------------------------
AW_Size%   = 0
AW_Pinned% = 4
AW_Calls%  = 8                   : REM 5 words, one per reason 0-4
AW_Bad%    = 28                  : REM unknown reasons seen
AW_Len%    = 32

DIM area%(nareas% - 1), ws%(nareas% - 1), flags%(nareas% - 1), max%(nareas% - 1)
FOR a% = 0 TO nareas% - 1 : area%(a%) = 0 : ws%(a%) = 0 : NEXT
code% = 0

SYS "OS_ReadMemMapInfo" TO pagesize%

flags%(0) = 0
flags%(1) = DAF_NotUserDraggable%
flags%(2) = DAF_NotBufferable% OR DAF_NotCacheable%
flags%(3) = DAF_Shrinkable%
FOR a% = 0 TO nareas% - 1 : max%(a%) = (a% + 1) * 256 * 1024 : NEXT

PROCbuild_handler
PROCcreate_all

failures% = 0
FOR it% = 1 TO iterations%
  a% = RND(nareas%) - 1
  op% = RND(3)
  CASE op% OF
    WHEN 1 : PROCgrow(a%, RND(16) * pagesize%)
    WHEN 2 : PROCshrink(a%, RND(16) * pagesize%)
    WHEN 3 : PROCpin(a%)
  ENDCASE
  IF NOT FNconsistent(a%) THEN failures% += 1 : PRINT "Mismatch in area "; a%; " at step "; it%
  IF it% MOD 100 = 0 THEN PRINT "step "; it%; ", failures "; failures%
NEXT it%

PROCreport
PROCdestroy_all
IF failures% THEN PRINT failures%; " FAILURES" ELSE PRINT "PASSED"
END

REM =============================================================================
DEF PROCbuild_handler
LOCAL pass%, size%
size% = 512
SYS "OS_Module", 6,,, size% TO ,, code%
FOR pass% = 0 TO 2 STEP 2
P% = code%
[ OPT pass%
\ Shared handler.  R12 -> this area's AW_ block.
.handler
        CMP     R0, #5
        BHS     handler_bad
        STMFD   R13!, {R6, R14}
        ADD     R6, R12, #AW_Calls%
        LDR     R14, [R6, R0, LSL #2]
        ADD     R14, R14, #1
        STR     R14, [R6, R0, LSL #2]
        CMP     R0, #2
        BEQ     handler_preshrink
        CMP     R0, #4
        BEQ     handler_testshrink
        TEQ     R0, #0                  \ PreGrow - nothing to do
        STRNE   R4, [R12, #AW_Size%]    \ PostGrow / PostShrink - new size
        CMP     R0, #0                  \ V clear
        LDMFD   R13!, {R6, PC}

\ PreShrink - refuse when pinned, else allow R3 in whole pages
.handler_preshrink
        LDR     R6, [R12, #AW_Pinned%]
        TEQ     R6, #0
        BNE     handler_refuse
        SUB     R6, R5, #1
        BIC     R3, R3, R6
        CMP     R0, #0
        LDMFD   R13!, {R6, PC}
.handler_refuse
        MOV     R3, #0
        ADR     R0, err_pinned
        MSR     CPSR_f, #1 << 28
        LDMFD   R13!, {R6, PC}

\ TestShrink - all of it unless pinned, in whole pages
.handler_testshrink
        LDR     R6, [R12, #AW_Pinned%]
        TEQ     R6, #0
        MOVNE   R3, #0
        SUBEQ   R6, R5, #1
        BICEQ   R3, R4, R6
        CMP     R0, #0
        LDMFD   R13!, {R6, PC}

.handler_bad
        STMFD   R13!, {R6}
        LDR     R6, [R12, #AW_Bad%]
        ADD     R6, R6, #1
        STR     R6, [R12, #AW_Bad%]
        LDMFD   R13!, {R6}
        ADR     R0, err_reason
        MSR     CPSR_f, #1 << 28
        MOV     PC, R14

.err_pinned
        EQUD    &820EA0
        EQUS    "Stress area is pinned" + CHR$0
        ALIGN
.err_reason
        EQUD    &820EA1
        EQUS    "Stress handler - unexpected reason" + CHR$0
        ALIGN
]
NEXT pass%
IF P% > code% + size% THEN ERROR 1, "Handler overflowed its block"
ENDPROC

REM =============================================================================
DEF PROCcreate_all
LOCAL a%, w%, n$
FOR a% = 0 TO nareas% - 1
  SYS "OS_Module", 6,,, AW_Len% TO ,, w%
  FOR i% = 0 TO AW_Len% - 4 STEP 4 : w%!i% = 0 : NEXT
  ws%(a%) = w%
  n$ = "Stress " + STR$a%
  SYS "OS_DynamicArea", 0, -1, 0, -1, flags%(a%), max%(a%), handler, w%, n$ TO ,area%(a%)
NEXT a%
ENDPROC

DEF PROCdestroy_all
LOCAL a%
FOR a% = 0 TO nareas% - 1
  IF area%(a%) THEN
    ws%(a%)!AW_Pinned% = 0
    SYS "OS_DynamicArea", 1, area%(a%)
    area%(a%) = 0
  ENDIF
  IF ws%(a%) THEN SYS "OS_Module", 7,, ws%(a%) : ws%(a%) = 0
NEXT a%
IF code% THEN SYS "OS_Module", 7,, code% : code% = 0
ENDPROC

REM =============================================================================
DEF PROCgrow(a%, n%)
LOCAL size%, flags%
SYS "OS_DynamicArea", 2, area%(a%) TO ,, size%
IF size% + n% > max%(a%) THEN n% = max%(a%) - size%
IF n% <= 0 THEN ENDPROC
SYS "XOS_ChangeDynamicArea", area%(a%), n% TO ;flags%
ENDPROC

DEF PROCshrink(a%, n%)
LOCAL flags%
SYS "XOS_ChangeDynamicArea", area%(a%), -n% TO ;flags%
IF (flags% AND 1) AND ws%(a%)!AW_Pinned% = 0 THEN
  REM an unpinned area may only refuse when it is already empty
  IF ws%(a%)!AW_Size% <> 0 THEN PRINT "Unexpected refusal in area "; a%
ENDIF
ENDPROC

DEF PROCpin(a%)
ws%(a%)!AW_Pinned% = 1 - ws%(a%)!AW_Pinned%
ENDPROC

DEF FNconsistent(a%)
LOCAL size%
SYS "OS_DynamicArea", 2, area%(a%) TO ,, size%
= (size% = ws%(a%)!AW_Size%)

REM =============================================================================
DEF PROCreport
LOCAL a%, r%
PRINT
PRINT "Area  PreGrow PostGrow PreShrink PostShrink TestShrink  Bad"
FOR a% = 0 TO nareas% - 1
  PRINT ;a%;
  FOR r% = 0 TO 4
    PRINT TAB(6 + r% * 9); ws%(a%)!(AW_Calls% + 4 * r%);
  NEXT r%
  PRINT TAB(52); ws%(a%)!AW_Bad%
NEXT a%
ENDPROC

DEF PROCabort
ON ERROR OFF
PROCdestroy_all
PRINT REPORT$; " at line "; ERL
ENDPROC
