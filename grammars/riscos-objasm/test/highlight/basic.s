; header comment
; <- comment
        GET     Hdr:ListOpts
;       ^ keyword.import
;               ^ string.special.path
dyn_PreGrow * 0
; <- constant
;             ^ number
Handler ROUT
; <- function
;       ^ keyword.directive
        ADDCC   pc, pc, r0, LSL #2
;       ^ keyword
;          ^ keyword
;               ^ variable.builtin
;                           ^ keyword.operator
10      LDMFDVS sp!, {r0-r3, pc}^
; <- label
;       ^ keyword
;          ^ keyword
;            ^ keyword
;               ^ variable.builtin
        SWI     XOS_DynamicArea
;       ^ keyword
;               ^ function.call
        BNE     %BT10
;               ^ label
        Push    "r0-r3, lr"
;       ^ function.macro
;               ^ string
        [ :DEF: Debug
;       ^ preproc
;         ^ operator
        ]
;       ^ preproc
msg     =       "No", 0
; <- label
;       ^ keyword.directive
        MOV     r0, #{TRUE}
;                     ^ constant.builtin
