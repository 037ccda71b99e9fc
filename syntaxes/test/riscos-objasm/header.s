; > s.Module
        TTL     PhysBuf - a dynamic area with locked physical pages
        SUBT    Module header

        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:Machine.<Machine>
        GET     OS:Hdr.FileSwitch
        GET     hdr.Workspace

        AREA    |Asm$$Code|, CODE, READONLY, PIC
        ENTRY

Module_BaseAddr
        DCD     0                               ; start
        DCD     Init - Module_BaseAddr
        DCD     Final - Module_BaseAddr
        DCD     Service - Module_BaseAddr
        DCD     Title - Module_BaseAddr
        DCD     Help - Module_BaseAddr
        DCD     0

Title   =       "PhysBuf", 0
Help    =       "PhysBuf", 9, "0.01 (20 Nov 1997)", 0
        ALIGN

        END
