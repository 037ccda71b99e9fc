   10 REM >MakeDA - builds a dynamic-area handler
   20 ON ERROR PRINT REPORT$;" at line ";ERL:END
   30 DIM code% 1024
   40 FOR pass% = 0 TO 2 STEP 2
   50 P% = code%
   60 [ OPT pass%
   70 .handler
   80   CMP R0, #4
   90   ADDCC PC, PC, R0, LSL #2
  100   B unknown
  110   B pregrow
  120   B postgrow
  130   B preshrink
  140   B postshrink
  150 .unknown  MOV PC, R14           ; nothing to do
  160 .pregrow
  420   STMFD R13!, {R1-R12, R14}
  430   LDMFD R13!, {R1-R12, PC}
  440 ]
  450 NEXT pass%
  460 END
