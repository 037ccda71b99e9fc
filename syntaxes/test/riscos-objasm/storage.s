                GBLL    Debug
Debug           SETL    {FALSE}
wp              RN      12

                ^       0, wp
ws_area         #       4
ws_count        #       4
ws_flags        #       4
ws_size         *       :INDEX: @

dyn_PreGrow     *       0
dyn_PostGrow    EQU     1
DAFlags         *       (1 :SHL: 7) :OR: (2_1010 :AND: &F)
Magic           *       &56534552
Letter          *       'c'
Mask            *       1 << 4 | 1 >> 2

        [ Debug
        !       0, "Debugging build of $Module"
        |
        ASSERT  ws_size < &100
        ]
        [ :DEF: NoCache :LAND: :LNOT: Debug
        IF {CONFIG} = 26
        MOV     pc, lr
        ELSE
        BX      lr
        ENDIF
        ]
count   SETA    0
        WHILE   count < 4
        DCD     |Image$$RO$$Base| + count
count   SETA    count + 1
        WEND
        % 16
        & 0, 1
