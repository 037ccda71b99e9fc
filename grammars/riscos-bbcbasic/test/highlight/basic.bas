REM > DynArea
REM <- comment
DEF PROCassemble
REM <- keyword
REM ^ function
FOR pass% = 0 TO 2 STEP 2
REM <- keyword
REM ^ variable
REM         ^ number
REM           ^ keyword
[ OPT pass%
; <- punctuation.special
; ^ keyword.directive
.loop   LDMFDVS sp!, {r0-r3, pc}^
;^ label
;       ^ keyword
;          ^ keyword
;            ^ keyword
;               ^ variable.builtin
;                      ^ variable.builtin
        swi     "OS_IntOn"  ; comment
;       ^ keyword
;               ^ string
;                           ^ comment
        EQUD    0
;       ^ keyword.directive
]
NEXT pass%
REM <- keyword
REM  ^ variable
SYS "OS_DynamicArea", 0, -1 TO ,area%
REM <- keyword
REM ^ string
REM                         ^ keyword
ENDPROC
REM <- keyword
PROCassemble
REM <- function.call
x% = LEN(a$)
REM  ^ function.builtin
