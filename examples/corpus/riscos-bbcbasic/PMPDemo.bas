REM >PMPDemo
REM
REM A physical memory pool (PMP) dynamic area driven from BASIC.
REM
REM A PMP owns physical pages and maps them into its logical window on
REM request.  When OS_ChangeDynamicArea is used on one, the kernel calls
REM the handler with reason 6 (ResizePMP) - the only reason a PMP is given -
REM and the handler grows or shrinks the pool itself with OS_DynamicArea 21
REM (claim/release physical pages) and 22 (map/unmap them).
REM
REM Written for BASIC V 1.75+ (UAL push/pop, DCD/DCB).  RISC OS 5.23+.

ON ERROR PROCfail : END

REM ---- flags and reasons ------------------------------------------------
DA_PMP%            = 1 << 20
DA_NotUserDrag%    = 1 << 7
DAR_PhysOp%        = 21
DAR_LogOp%         = 22
DAH_ResizePMP%     = 6
ANY_PAGE%          = -2
RELEASE%           = -1
UNMAP%             = -1

REM ---- workspace --------------------------------------------------------
ws_mapped%  = 0          : REM pages currently claimed and mapped
ws_max%     = 4          : REM pool limit in pages
ws_list%    = 8          : REM one 12-byte page-list entry
ws_len%     = ws_list% + 12

REM register names used as operands below
sp = 13 : lr = 14

SYS "OS_ReadMemMapInfo" TO pagesize%
maxpages% = 64
area% = 0 : code% = 0 : ws% = 0

SYS "OS_Module", 6,,, 1024 TO ,, code%
SYS "OS_Module", 6,,, ws_len% TO ,, ws%
ws%!ws_mapped% = 0
ws%!ws_max% = maxpages%

PROCassemble

REM R9 = physical pool limit in pages; initial logical size 0
flags% = DA_PMP% OR DA_NotUserDrag%
SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, maxpages% * pagesize%, handler%, ws%, "PMP demo", maxpages% TO ,area%,,base%
PRINT "PMP area "; area%; " window at &"; ~base%

FOR n% = 8 TO 32 STEP 8
  SYS "OS_ChangeDynamicArea", area%, 8 * pagesize% TO ,moved%
  PRINT "grew by "; moved% DIV pagesize%; " pages -> "; ws%!ws_mapped%; " mapped"
  base%!((n% - 1) * pagesize%) = n%          : REM touch the newest page
NEXT n%

SYS "OS_ChangeDynamicArea", area%, -16 * pagesize% TO ,moved%
PRINT "shrank by "; moved% DIV pagesize%; " pages -> "; ws%!ws_mapped%; " mapped"

REM Asking for more than the pool allows must come back as an error
SYS "XOS_ChangeDynamicArea", area%, maxpages% * pagesize% TO e%;f%
IF f% AND 1 THEN PRINT "Refused: "; $(e% + 4)

PROCtidy
END

REM =======================================================================
DEF PROCassemble
LOCAL pass%
FOR pass% = 0 TO 2 STEP 2
P% = code%
[ OPT pass%
; ---- handler, reason 6 only ----
.handler%
        teq     r0, #DAH_ResizePMP%
        beq     resize
        adr     r0, err_reason
        msr     cpsr_f, #1 << 28
        mov     pc, lr

; ---- ResizePMP ----
; R1 = signed change in pages, R2 = area number.
; Everything preserved; V set and R0 -> error on failure.
; One page at a time keeps the page list to a single entry.
.resize
        push    {r1-r8, lr}
        mov     r8, r0                  ; reason, to give back
        mov     r7, r2                  ; area number
        ldr     r6, [r12, #ws_mapped%]
        cmp     r1, #0
        beq     resize_ok
        blt     resize_shrink

        ; grow
        add     r5, r6, r1              ; target
        ldr     r4, [r12, #ws_max%]
        cmp     r5, r4
        bhi     resize_toobig
.grow_loop
        cmp     r6, r5
        bhs     resize_ok
        add     r2, r12, #ws_list%
        str     r6, [r2, #0]            ; pool index
        mvn     r3, #1                  ; -2, any page will do
        str     r3, [r2, #4]
        mov     r3, #0
        str     r3, [r2, #8]            ; flags
        mov     r0, #DAR_PhysOp%
        mov     r1, r7
        mov     r3, #1
        swi     "XOS_DynamicArea"
        bvs     resize_err
        add     r2, r12, #ws_list%
        str     r6, [r2, #0]            ; window page
        str     r6, [r2, #4]            ; shows pool index r6
        mov     r3, #0
        str     r3, [r2, #8]
        mov     r0, #DAR_LogOp%
        mov     r1, r7
        mov     r3, #1
        swi     "XOS_DynamicArea"
        bvs     resize_err
        add     r6, r6, #1
        str     r6, [r12, #ws_mapped%]
        b       grow_loop

.resize_shrink
        rsb     r5, r1, #0
        cmp     r5, r6
        movhi   r5, r6
        sub     r5, r6, r5              ; target
.shrink_loop
        cmp     r6, r5
        bls     resize_ok
        sub     r6, r6, #1
        add     r2, r12, #ws_list%
        str     r6, [r2, #0]
        mvn     r3, #0                  ; -1, unmap
        str     r3, [r2, #4]
        mov     r3, #0
        str     r3, [r2, #8]
        mov     r0, #DAR_LogOp%
        mov     r1, r7
        mov     r3, #1
        swi     "XOS_DynamicArea"
        bvs     resize_err
        add     r2, r12, #ws_list%
        str     r6, [r2, #0]
        mvn     r3, #0                  ; -1, release the page
        str     r3, [r2, #4]
        mov     r3, #0
        str     r3, [r2, #8]
        mov     r0, #DAR_PhysOp%
        mov     r1, r7
        mov     r3, #1
        swi     "XOS_DynamicArea"
        bvs     resize_err
        str     r6, [r12, #ws_mapped%]
        b       shrink_loop

.resize_ok
        mov     r0, r8
        msr     cpsr_f, #0
        pop     {r1-r8, pc}
.resize_toobig
        adr     r0, err_toobig
        msr     cpsr_f, #1 << 28
.resize_err
        pop     {r1-r8, pc}             ; V set, r0 -> error

.err_reason
        dcd     &820E40
        dcb     "PMP demo handles ResizePMP only", 0
        align
.err_toobig
        dcd     &820E41
        dcb     "PMP demo pool limit reached", 0
        align
]
NEXT pass%
ENDPROC

REM =======================================================================
DEF PROCtidy
IF area% THEN
  REM empty the pool through our own handler, then remove the area
  IF ws%!ws_mapped% THEN SYS "OS_ChangeDynamicArea", area%, -ws%!ws_mapped% * pagesize%
  SYS "OS_DynamicArea", 1, area%
  area% = 0
ENDIF
IF ws% THEN SYS "OS_Module", 7,, ws% : ws% = 0
IF code% THEN SYS "OS_Module", 7,, code% : code% = 0
ENDPROC

DEF PROCfail
ON ERROR OFF
PROCtidy
PRINT REPORT$; " ("; ERL; ")"
ENDPROC
