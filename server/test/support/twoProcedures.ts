const procedure = (name: string, value: number): string => `BeginProc ${name}
        mov     eax, ${value}
        ret
EndProc ${name}
`;

/** A VxD source of two procedures, First (EAX = 1) and Second (EAX = `second`): an edit of `second` changes only Second. */
export const twoProcedures = (second: number): string => `        .386p
        include vmm.inc
VxD_LOCKED_CODE_SEG
${procedure('First', 1)}
${procedure('Second', second)}
VxD_LOCKED_CODE_ENDS
        END
`;
