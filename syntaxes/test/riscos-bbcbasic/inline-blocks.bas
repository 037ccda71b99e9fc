DEF PROCassemble
DIM buf% 64
P% = buf%
[OPT 2:LDMIA r0!, {r1, r2}:]
[opt opt%
.loop% ldrb r1, [r0], #1   \ next byte: teq r1, #0
teq r1, #0 ; end?: bne loop%
swi "OS_IntOn"
swine "OS_GBPB"
SWI &20066
push {lr}
pop {pc}
MCR CP15,0,R0,C7,C10,4
LDFD F0,[R0]
MVFNES F1,F0
]
[       OPT     2
.table%(0) EQUD 0
]
ENDPROC
