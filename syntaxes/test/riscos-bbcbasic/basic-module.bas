REM Module written in BASIC: header of EQUD offsets
DIM mod% 4096
FOR pass% = 4 TO 6 STEP 2
O% = mod% : P% = 0
[ OPT pass% + (1 << 4)
EQUD 0
EQUD init - P%
EQUD 0
EQUD 0
EQUD title
EQUD help
.title EQUS "BasicMod" : EQUB 0
.help  EQUS "BasicMod" + CHR$9 + "1.00" : EQUB 0
ALIGN
.init
  STMFD R13!, {R0-R3, R14}
  MOV R0, #&8100 + &4000
  LDR R1, [R12, #offset%]
  BL handler%
  ADR R2, title
  LDMFD R13!, {R0-R3, PC}
]
NEXT pass%
SYS "OS_File", 10, "BasicMod", &FFA, , mod%, O%
