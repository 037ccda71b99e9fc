; dynarea.s
;
; DALib: a small C-callable library for applications and modules that want
; a private dynamic area with sensible defaults.  Assemble with objasm or
; asasm; link with the C code that includes "dynarea.h".
;
;   typedef struct {
;       int      number;      /*  0 area number, 0 when not created    */
;       char    *base;        /*  4 logical base                       */
;       unsigned size;        /*  8 current size in bytes (handler)    */
;       unsigned max;         /* 12 maximum size in bytes              */
;       unsigned minimum;     /* 16 PreShrink never goes below this     */
;       int      locked;      /* 20 non-zero: refuse every shrink       */
;   } dynarea_t;
;
;   _kernel_oserror *dynarea_create(dynarea_t *da, const char *name,
;                                   unsigned initial, unsigned flags);
;   _kernel_oserror *dynarea_resize(dynarea_t *da, int change);
;   _kernel_oserror *dynarea_destroy(dynarea_t *da);
;   _kernel_oserror *dynarea_phys(const void *addr, unsigned *pa,
;                                 unsigned *ppn);
;
; The dynarea_t is the handler's workspace (R7 at creation, R12 in the
; handler), so it must live somewhere that outlasts the area: static data
; in a module, or the heap of an application that destroys the area in its
; atexit() handler.

        AREA    |Asm$$Code|, CODE, READONLY

        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:OSMem

        EXPORT  dynarea_create
        EXPORT  dynarea_resize
        EXPORT  dynarea_destroy
        EXPORT  dynarea_phys

; Structure offsets
da_number       *       0
da_base         *       4
da_size         *       8
da_max          *       12
da_minimum      *       16
da_locked       *       20

; Register names for the handler: R12 is the dynarea_t
dap     RN      12

; The only caller-controlled flag bits we pass on: access privileges,
; cacheability and the Task Manager drag lock.  In particular Shrinkable
; (bit 9, which would bring TestShrink calls we don't serve), SparseMap,
; PMP and every reserved bit are masked off.
DALib_AllowedFlags *    DynAreaFlags_APBits :OR: \
                        DynAreaFlags_NotBufferable :OR: \
                        DynAreaFlags_NotCacheable :OR: \
                        DynAreaFlags_NotUserDraggable

; OS_Memory 0: logical address given; fill in page number and PA
DALib_ConvFlags *       (1 :SHL: 9) :OR: (1 :SHL: 11) :OR: (1 :SHL: 13)

; ---------------------------------------------------------------------------
; _kernel_oserror *dynarea_create(dynarea_t *da, const char *name,
;                                 unsigned initial, unsigned flags)
;
; da->max and da->minimum must be filled in by the caller.

dynarea_create ROUT
        STMFD   sp!, {v1-v6, lr}
        MOV     v6, a1                          ; keep the struct pointer
        MOV     ip, #0
        STR     ip, [v6, #da_number]
        STR     ip, [v6, #da_size]
        STR     ip, [v6, #da_locked]

        MOV     v5, a2                          ; name -> R8
        MOV     ip, a4                          ; flags
        MOV     a2, #-1                         ; any area number
        ; a3 = initial size already
        MOV     a4, #-1                         ; any base
        LDR     v1, =DALib_AllowedFlags
        AND     v1, ip, v1                      ; R4 = flags, sanitised
        LDR     v2, [v6, #da_max]               ; R5 = max (never -1 here)
        CMN     v2, #1
        MOVEQ   v2, #16*1024*1024               ; -1 is deprecated: cap it
        STREQ   v2, [v6, #da_max]
        ADR     v3, dynarea_handler             ; R6 = handler
        MOV     v4, v6                          ; R7 = workspace
        MOV     a1, #DAReason_Create
        ; R8 = name: v5 is r8
        SWI     XOS_DynamicArea
        BVS     %FT90
        STR     a2, [v6, #da_number]
        STR     a4, [v6, #da_base]
        MOV     a1, #0                          ; no error
        LDMFD   sp!, {v1-v6, pc}

90      LDMFD   sp!, {v1-v6, pc}                ; a1 -> error block

; ---------------------------------------------------------------------------
; _kernel_oserror *dynarea_resize(dynarea_t *da, int change)

dynarea_resize ROUT
        STMFD   sp!, {lr}
        LDR     a1, [a1, #da_number]
        TEQ     a1, #0
        ADREQ   a1, err_noarea
        LDMEQFD sp!, {pc}
        SWI     XOS_ChangeDynamicArea           ; a2 = signed change
        MOVVC   a1, #0
        LDMFD   sp!, {pc}

; ---------------------------------------------------------------------------
; _kernel_oserror *dynarea_destroy(dynarea_t *da)
;
; Clears da->locked and da->minimum first so the handler's PreShrink lets
; everything go while the kernel empties the area.

dynarea_destroy ROUT
        STMFD   sp!, {v1, lr}
        MOV     v1, a1
        LDR     a2, [v1, #da_number]
        TEQ     a2, #0
        MOVEQ   a1, #0
        LDMEQFD sp!, {v1, pc}
        MOV     a1, #0
        STR     a1, [v1, #da_locked]
        STR     a1, [v1, #da_minimum]
        MOV     a1, #DAReason_Remove
        SWI     XOS_DynamicArea
        LDMVSFD sp!, {v1, pc}                   ; still exists; a1 -> error
        MOV     a1, #0
        STR     a1, [v1, #da_number]
        STR     a1, [v1, #da_base]
        LDMFD   sp!, {v1, pc}

; ---------------------------------------------------------------------------
; _kernel_oserror *dynarea_phys(const void *addr, unsigned *pa, unsigned *ppn)
;
; One-entry page block on the stack: +0 PPN, +4 LA, +8 PA.

dynarea_phys ROUT
        STMFD   sp!, {v1-v2, lr}
        SUB     sp, sp, #12
        MOV     v1, a2
        MOV     v2, a3
        STR     a1, [sp, #4]                    ; logical address given
        MOV     a1, #OSMemReason_Convert
        ORR     a1, a1, #DALib_ConvFlags
        MOV     a2, sp
        MOV     a3, #1
        SWI     XOS_Memory
        BVS     %FT90
        LDR     ip, [sp, #8]
        TEQ     v1, #0
        STRNE   ip, [v1]
        LDR     ip, [sp, #0]
        TEQ     v2, #0
        STRNE   ip, [v2]
        MOV     a1, #0
90      ADD     sp, sp, #12
        LDMFD   sp!, {v1-v2, pc}

; ---------------------------------------------------------------------------
; The area handler shared by every DALib area.
;
; In:   r0 = reason, r12 (dap) -> dynarea_t, r1-r5 as the kernel documents
; Out:  see each routine.  R1-R12 are preserved throughout.
;
; Reasons 0-3 go through the table; 4 and up (TestShrink, Abort, ResizePMP
; and anything newer) take the B on the line after the ADDCC.

dynarea_handler ROUT
        CMP     r0, #4
        ADDCC   pc, pc, r0, LSL #2
        B       dah_unknown
        B       dah_pregrow
        B       dah_postgrow
        B       dah_preshrink
        B       dah_postshrink

dah_unknown
        ADR     r0, err_reason
        SETV
        MOV     pc, lr

; PreGrow: r2 = pages, r3 = bytes, r4 = current size.  Not a specific-pages
; area, so r1 is 0 and is left strictly alone.
dah_pregrow
        STMFD   sp!, {r6, lr}
        LDR     r6, [dap, #da_max]
        SUB     r6, r6, r4                      ; room left (r4 <= max)
        CMP     r3, r6
        ADRHI   r0, err_full
        BHI     %FT90
        CLRV
        LDMFD   sp!, {r6, pc}
90      SETV
        LDMFD   sp!, {r6, pc}

; PostGrow: r4 = new size.
dah_postgrow
        STR     r4, [dap, #da_size]
        CLRV
        MOV     pc, lr

; PreShrink: r3 = bytes wanted, r4 = current size, r5 = page size.
dah_preshrink
        STMFD   sp!, {r6-r7, lr}
        LDR     r6, [dap, #da_locked]
        TEQ     r6, #0
        BNE     %FT80
        LDR     r6, [dap, #da_minimum]
        SUBS    r7, r4, r6                      ; bytes above the minimum
        BLS     %FT80
        CMP     r3, r7
        MOVHI   r3, r7
        SUB     r6, r5, #1
        BICS    r3, r3, r6
        BEQ     %FT80
        CLRV
        LDMFD   sp!, {r6-r7, pc}
80      MOV     r3, #0
        ADR     r0, err_locked
        SETV
        LDMFD   sp!, {r6-r7, pc}

; PostShrink: r4 = new size.
dah_postshrink
        STR     r4, [dap, #da_size]
        CLRV
        MOV     pc, lr

; ---------------------------------------------------------------------------
; Error blocks

err_reason
        DCD     &820D40
        DCB     "DALib: area handler reason not supported", 0
        ALIGN
err_full
        DCD     &820D41
        DCB     "DALib: area is at its maximum size", 0
        ALIGN
err_locked
        DCD     &820D42
        DCB     "DALib: area is locked and cannot shrink", 0
        ALIGN
err_noarea
        DCD     &820D43
        DCB     "DALib: area has not been created", 0
        ALIGN

        LTORG

        END
