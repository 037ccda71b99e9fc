My_Struc STRUC
; <- type
;        ^ keyword.directive
Count   dd      ?
; <- variable
;       ^ keyword
;               ^ constant.builtin
My_Struc ENDS
; <- type
IFDEF DEBUG
; <- preproc
        mov     eax, dword ptr [ebx].Count
;                    ^ type
;                              ^ punctuation.bracket
;                                    ^ property
ELSE
; <- preproc
        nop
ENDIF
; <- preproc
Add_It  MACRO   reg, val
; <- function.macro
;       ^ keyword.directive
;               ^ variable.parameter
        add     reg, val
        GOTO    done
;       ^ keyword.directive
:done
;^ label
        ENDM
;       ^ keyword.directive
BeginProc Split
IFDEF DEBUG
        int     3
EndProc Split
; <- keyword.directive
;       ^ function
ELSE
EndProc Split
;       ^ function
ENDIF
; <- preproc
Lock    My_Struc <>
; <- variable
;       ^ type
