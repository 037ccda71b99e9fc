// VtoolsD's procedure macros, read natively as the vmm.inc layer is, so
// their procedures are analysed when the VtoolsD header CDEFNS.INC that
// defines them is not on the include path. With the header found, its own
// definitions are used instead.
//
// What is known of them comes from the sources that use them:
// `DEFCPROC Name <USES esi edi, pObj:DWORD, pThunk:DWORD>` opens a procedure
// C code calls, whose body reads its parameters by name and ends with a
// plain `ret`, which must pop the USES registers: MASM's own PROC frame
// with the C language (the callers are C and C++ functions; the sources
// give the procedures C names, `_getVTabOffset`, with no STDCALL `@n`).
// `DEFSPROC Name <>` opens one with no parameters; what its S stands for is
// not known, so only the empty list is read, as a procedure with no frame.

/** The text a VtoolsD procedure macro call stands for; undefined when it is not one this layer reads. */
export function vtoolsdExpansion(macro: string, args: readonly string[]): string | undefined {
  const [name = '', ...rest] = args;
  const list = rest.join(', ').trim();
  if (!/^[A-Za-z_@$?][\w@$?]*$/.test(name)) return undefined;
  switch (macro.toLowerCase()) {
    case 'defcproc': return `${name} PROC C ${list}`;
    case 'defsproc': return list === '' ? `${name} PROC` : undefined;
    case 'endcproc': case 'endsproc': return `${name} ENDP`;
    default: return undefined;
  }
}

export function isVtoolsdMacro(name: string): boolean {
  return /^(def|end)[cs]proc$/i.test(name);
}

/** For the outline and a syntax error's scope: which argument names the procedure each macro opens, and which close one. */
export const VTOOLSD_PROCEDURE_MACROS: ReadonlyMap<string, { readonly opens?: number; readonly closes: boolean }> = new Map([
  ['defcproc', { opens: 0, closes: false }],
  ['defsproc', { opens: 0, closes: false }],
  ['endcproc', { closes: true }],
  ['endsproc', { closes: true }],
]);
