REM >StatArea
REM
REM A dynamic area that only keeps statistics on its own resizes.  The
REM handler is assembled inside a procedure, so its label is a global BASIC
REM variable by the time SYS "OS_DynamicArea" needs it, and its reason
REM table mixes branches with plain returns for the reasons it ignores:
REM PostGrow and PostShrink return at once from the table itself.

ON ERROR PRINT REPORT$;" at line ";ERL : END

WS_Grows%   = 0                 : REM PreGrow calls
WS_Pages%   = 4                 : REM pages asked for, in total
WS_Shrinks% = 8                 : REM PreShrink calls
WS_Len%     = 12

DIM code% 512, ws% WS_Len%, name% 32
$name% = "Statistics"
ws%!WS_Grows% = 0 : ws%!WS_Pages% = 0 : ws%!WS_Shrinks% = 0

PROCassemble

SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1024 * 1024, handler, ws%, name% TO , area%, , base%
SYS "OS_ChangeDynamicArea", area%, 64 * 1024
SYS "OS_ChangeDynamicArea", area%, -32 * 1024
PRINT "Grows: "; ws%!WS_Grows%; ", pages: "; ws%!WS_Pages%; ", shrinks: "; ws%!WS_Shrinks%
SYS "OS_DynamicArea", 1, area%
END

DEF PROCassemble
LOCAL pass%
FOR pass% = 0 TO 2 STEP 2
P% = code%
[OPT pass%
.handler
        CMP     R0, #5                  \ reasons 0-4; 5 and up return untouched
        ADDLO   PC, PC, R0, LSL #2
        MOV     PC, R14
        B       pregrow                 \ 0 PreGrow
        MOV     PC, R14                 \ 1 PostGrow, nothing to record
        B       preshrink               \ 2 PreShrink
        MOV     PC, R14                 \ 3 PostShrink, nothing to record
        B       testshrink              \ 4 TestShrink

.pregrow
        STMFD   R13!, {R4, R14}
        LDR     R4, [R12, #WS_Grows%]
        ADD     R4, R4, #1
        STR     R4, [R12, #WS_Grows%]
        LDR     R4, [R12, #WS_Pages%]
        ADD     R4, R4, R2
        STR     R4, [R12, #WS_Pages%]
        LDMFD   R13!, {R4, PC}

.preshrink
        STMFD   R13!, {R4, R14}
        LDR     R4, [R12, #WS_Shrinks%]
        ADD     R4, R4, #1
        STR     R4, [R12, #WS_Shrinks%]
        LDMFD   R13!, {R4, PC}          \ R3 as given, all of it may go

.testshrink
        MOV     R3, #0                  \ nothing is kept back, nothing offered
        MOV     PC, R14
]
NEXT pass%
ENDPROC
