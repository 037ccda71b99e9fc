; A short VxD fragment with highlight assertions.
        include vmm.inc
;       ^ keyword.directive
;               ^ string.special
MY_ID   EQU     18ABh
; <- constant
;       ^ keyword.directive
;               ^ number
VxD_LOCKED_CODE_SEG
; <- keyword.directive
BeginProc MyProc, PUBLIC
; <- keyword.directive
;         ^ function
        mov     eax, [esi.Field]
;       ^ function.builtin
;               ^ variable.builtin
;                     ^ variable.builtin
;                         ^ property
        VMMcall _PageFree, <eax, 0>
;       ^ function.macro
;               ^ function.call
;                          ^ punctuation.bracket
        SaveReg <ebx>
;       ^ function.macro
@@:     jz      short @F
; <- label
;               ^ keyword.operator
;                     ^ label
        Trace_Out "done"
;                 ^ string
        ret                     ; back to VMM
;                               ^ comment
EndProc MyProc
; <- keyword.directive
VxD_LOCKED_CODE_ENDS
