        MACRO
$label  ClaimArea $size, $name
$label  MOV     r0, #0
        MOV     r1, #-1
        LDR     r2, =$size
        ADR     r8, %FT01
        SWI     XOS_DynamicArea
        MEXIT
01      DCB     "$name area", 0
        ALIGN
        MEND

        MACRO
        Trace   $reg
        DREG    $reg, "value ",,Integer
        MEND

        MakeErrorBlock PhysBuf_NoPages
ErrorNumber_PhysBuf_NoPages * &81A400
Area    ClaimArea 4096, "PhysBuf"
        Trace   r1
        DLINE   "ready"
